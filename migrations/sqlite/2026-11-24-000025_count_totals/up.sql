-- The whole database's counts, by status or kind: what the top org's lists
-- and Dashboard show, read from a handful of rows instead of summed over
-- every org's (four statuses of 53 orgs were a twelfth of the Accounts
-- list's work). Kept by triggers on the per-org counts, which triggers on
-- the rows keep. On PostgreSQL these are views summing the per-org counts:
-- there one row per status would serialise every account written.
CREATE TABLE account_totals (
    status TEXT PRIMARY KEY NOT NULL,
    n BIGINT NOT NULL DEFAULT 0
);
INSERT INTO account_totals (status, n)
    SELECT status, SUM(n) FROM account_counts GROUP BY status;

CREATE TRIGGER account_totals_insert AFTER INSERT ON account_counts BEGIN
    INSERT INTO account_totals (status, n) VALUES (new.status, new.n)
        ON CONFLICT (status) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER account_totals_update AFTER UPDATE OF status, n ON account_counts BEGIN
    UPDATE account_totals SET n = n - old.n WHERE status = old.status;
    INSERT INTO account_totals (status, n) VALUES (new.status, new.n)
        ON CONFLICT (status) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER account_totals_delete AFTER DELETE ON account_counts BEGIN
    UPDATE account_totals SET n = n - old.n WHERE status = old.status;
END;

CREATE TABLE admin_totals (
    kind TEXT PRIMARY KEY NOT NULL,
    n BIGINT NOT NULL DEFAULT 0
);
INSERT INTO admin_totals (kind, n)
    SELECT kind, SUM(n) FROM admin_counts GROUP BY kind;

CREATE TRIGGER admin_totals_insert AFTER INSERT ON admin_counts BEGIN
    INSERT INTO admin_totals (kind, n) VALUES (new.kind, new.n)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER admin_totals_update AFTER UPDATE OF kind, n ON admin_counts BEGIN
    UPDATE admin_totals SET n = n - old.n WHERE kind = old.kind;
    INSERT INTO admin_totals (kind, n) VALUES (new.kind, new.n)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER admin_totals_delete AFTER DELETE ON admin_counts BEGIN
    UPDATE admin_totals SET n = n - old.n WHERE kind = old.kind;
END;

CREATE TABLE admin_status_totals (
    status TEXT PRIMARY KEY NOT NULL,
    n BIGINT NOT NULL DEFAULT 0
);
INSERT INTO admin_status_totals (status, n)
    SELECT status, SUM(n) FROM admin_status_counts GROUP BY status;

CREATE TRIGGER admin_status_totals_insert AFTER INSERT ON admin_status_counts BEGIN
    INSERT INTO admin_status_totals (status, n) VALUES (new.status, new.n)
        ON CONFLICT (status) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER admin_status_totals_update AFTER UPDATE OF status, n ON admin_status_counts BEGIN
    UPDATE admin_status_totals SET n = n - old.n WHERE status = old.status;
    INSERT INTO admin_status_totals (status, n) VALUES (new.status, new.n)
        ON CONFLICT (status) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER admin_status_totals_delete AFTER DELETE ON admin_status_counts BEGIN
    UPDATE admin_status_totals SET n = n - old.n WHERE status = old.status;
END;
