-- The accounts list at 100,000 rows: what keeps its search and its counts
-- from reading every account.

-- Name / Username / Account ID search, served by an index: trigram indexes
-- (pg_trgm, created by 000007) answer `LIKE '%…%'` on exactly these
-- expressions without reading every row. Usernames are stored lower-case
-- (emails) or as E.164 digits, so they need no LOWER().
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX accounts_name_search ON accounts
    USING gin ((LOWER(first_name || ' ' || last_name)) gin_trgm_ops);
CREATE INDEX accounts_username_search ON accounts USING gin (username gin_trgm_ops);
CREATE INDEX accounts_ref_search ON accounts USING gin ((LOWER(account_ref)) gin_trgm_ops);

-- How many accounts each org has in each status, kept by triggers in the
-- same transaction as every insert, delete, status change and move, so the
-- list's "N in all" (unfiltered, or by status or organization) and the
-- Dashboard are a sum over a subtree's orgs instead of a count of its rows.
CREATE TABLE account_counts (
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, status)
);

INSERT INTO account_counts (org_id, status, n)
    SELECT org_id, status, COUNT(*) FROM accounts GROUP BY org_id, status;

-- Statement-level, from the statement's transition tables: an import of a
-- thousand accounts changes each org's count once, not a thousand times.
CREATE FUNCTION account_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO account_counts (org_id, status, n)
            SELECT org_id, status, COUNT(*) FROM new_rows GROUP BY org_id, status
            ON CONFLICT (org_id, status) DO UPDATE SET n = account_counts.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE account_counts c SET n = c.n - d.k
            FROM (SELECT org_id, status, COUNT(*) AS k FROM old_rows GROUP BY org_id, status) d
            WHERE c.org_id = d.org_id AND c.status = d.status;
    ELSE
        INSERT INTO account_counts (org_id, status, n)
            SELECT org_id, status, SUM(k) FROM (
                SELECT org_id, status, -1 AS k FROM old_rows
                UNION ALL
                SELECT org_id, status, 1 AS k FROM new_rows
            ) moved
            GROUP BY org_id, status
            HAVING SUM(k) <> 0
            ON CONFLICT (org_id, status) DO UPDATE SET n = account_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER account_counts_insert AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION account_counts_apply();

CREATE TRIGGER account_counts_delete AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION account_counts_apply();

CREATE TRIGGER account_counts_update AFTER UPDATE ON accounts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION account_counts_apply();
