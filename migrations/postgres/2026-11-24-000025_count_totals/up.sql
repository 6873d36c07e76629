-- The whole database's counts, by status or kind (what the top org's lists
-- and Dashboard show). On SQLite these are tables kept by triggers; here
-- they are views summing the per-org counts: a single row per status would
-- serialise every account written.
CREATE VIEW account_totals AS
    SELECT status, CAST(SUM(n) AS BIGINT) AS n FROM account_counts GROUP BY status;
CREATE VIEW admin_totals AS
    SELECT kind, CAST(SUM(n) AS BIGINT) AS n FROM admin_counts GROUP BY kind;
CREATE VIEW admin_status_totals AS
    SELECT status, CAST(SUM(n) AS BIGINT) AS n FROM admin_status_counts GROUP BY status;
