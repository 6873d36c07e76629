-- How many administrators (and API users) each org has, kept by triggers in
-- the same transaction as every insert, delete and move, so the Dashboard
-- and the list's "N in all" are a sum over a subtree's orgs instead of a
-- count of 100,000 rows on every view.
CREATE TABLE admin_counts (
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, kind)
);

INSERT INTO admin_counts (org_id, kind, n)
    SELECT org_id, kind, COUNT(*) FROM administrators GROUP BY org_id, kind;

-- Statement-level, from the statement's transition tables: a batch insert
-- of a thousand administrators changes each org's count once, not a
-- thousand times (every change of a row is a new row version to vacuum).
CREATE FUNCTION admin_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO admin_counts (org_id, kind, n)
            SELECT org_id, kind, COUNT(*) FROM new_rows GROUP BY org_id, kind
            ON CONFLICT (org_id, kind) DO UPDATE SET n = admin_counts.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE admin_counts c SET n = c.n - d.k
            FROM (SELECT org_id, kind, COUNT(*) AS k FROM old_rows GROUP BY org_id, kind) d
            WHERE c.org_id = d.org_id AND c.kind = d.kind;
    ELSE
        INSERT INTO admin_counts (org_id, kind, n)
            SELECT org_id, kind, SUM(k) FROM (
                SELECT org_id, kind, -1 AS k FROM old_rows
                UNION ALL
                SELECT org_id, kind, 1 AS k FROM new_rows
            ) moved
            GROUP BY org_id, kind
            HAVING SUM(k) <> 0
            ON CONFLICT (org_id, kind) DO UPDATE SET n = admin_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER admin_counts_insert AFTER INSERT ON administrators
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_counts_apply();

CREATE TRIGGER admin_counts_delete AFTER DELETE ON administrators
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_counts_apply();

CREATE TRIGGER admin_counts_update AFTER UPDATE ON administrators
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_counts_apply();
