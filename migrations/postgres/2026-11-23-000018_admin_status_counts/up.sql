-- How many administrators each org has in each status, kept by triggers in
-- the same transaction as every insert, delete, move and change of status,
-- so the Dashboard's "invited, not yet active" is a sum over a subtree's
-- orgs instead of a count of 100,000 rows on every view.
CREATE TABLE admin_status_counts (
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, status)
);

INSERT INTO admin_status_counts (org_id, status, n)
    SELECT org_id, status, COUNT(*) FROM administrators GROUP BY org_id, status;

-- Statement-level, from the statement's transition tables, as admin_counts:
-- a batch insert changes each org's count once, not once a row.
CREATE FUNCTION admin_status_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO admin_status_counts (org_id, status, n)
            SELECT org_id, status, COUNT(*) FROM new_rows GROUP BY org_id, status
            ON CONFLICT (org_id, status) DO UPDATE SET n = admin_status_counts.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE admin_status_counts c SET n = c.n - d.k
            FROM (SELECT org_id, status, COUNT(*) AS k FROM old_rows GROUP BY org_id, status) d
            WHERE c.org_id = d.org_id AND c.status = d.status;
    ELSE
        INSERT INTO admin_status_counts (org_id, status, n)
            SELECT org_id, status, SUM(k) FROM (
                SELECT org_id, status, -1 AS k FROM old_rows
                UNION ALL
                SELECT org_id, status, 1 AS k FROM new_rows
            ) moved
            GROUP BY org_id, status
            HAVING SUM(k) <> 0
            ON CONFLICT (org_id, status) DO UPDATE SET n = admin_status_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER admin_status_counts_insert AFTER INSERT ON administrators
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_status_counts_apply();

CREATE TRIGGER admin_status_counts_delete AFTER DELETE ON administrators
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_status_counts_apply();

CREATE TRIGGER admin_status_counts_update AFTER UPDATE ON administrators
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION admin_status_counts_apply();
