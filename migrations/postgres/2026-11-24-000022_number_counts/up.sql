-- How many numbers each org holds in each status, kept by triggers in the
-- same transaction as every change, so Number Management's "412 of 500
-- assigned" for an org and its sub-orgs reads a few rows instead of
-- counting every number on each view.
CREATE TABLE number_counts (
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, status)
);

INSERT INTO number_counts (org_id, status, n)
    SELECT org_id, status, COUNT(*) FROM numbers GROUP BY org_id, status;

-- Statement-level, from the statement's transition tables: adding a
-- thousand numbers changes each org's count once, not a thousand times.
CREATE FUNCTION number_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO number_counts (org_id, status, n)
            SELECT org_id, status, COUNT(*) FROM new_rows GROUP BY org_id, status
            ON CONFLICT (org_id, status) DO UPDATE SET n = number_counts.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE number_counts c SET n = c.n - d.k
            FROM (SELECT org_id, status, COUNT(*) AS k FROM old_rows GROUP BY org_id, status) d
            WHERE c.org_id = d.org_id AND c.status = d.status;
    ELSE
        INSERT INTO number_counts (org_id, status, n)
            SELECT org_id, status, SUM(k) FROM (
                SELECT org_id, status, -1 AS k FROM old_rows
                UNION ALL
                SELECT org_id, status, 1 AS k FROM new_rows
            ) moved
            GROUP BY org_id, status
            HAVING SUM(k) <> 0
            ON CONFLICT (org_id, status) DO UPDATE SET n = number_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER number_counts_insert AFTER INSERT ON numbers
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION number_counts_apply();

CREATE TRIGGER number_counts_delete AFTER DELETE ON numbers
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION number_counts_apply();

CREATE TRIGGER number_counts_update AFTER UPDATE ON numbers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION number_counts_apply();
