-- The accounts list at 100,000 rows: what keeps its search and its counts
-- from reading every account.

-- Name / Username / Account ID search, served by an index: a trigram
-- full-text table (substring matches, case-insensitive) kept in step with
-- `accounts` by triggers. A No Portal Access account has no username (NULL).
CREATE VIRTUAL TABLE accounts_search USING fts5(name, username, account_ref, tokenize = 'trigram');

INSERT INTO accounts_search (rowid, name, username, account_ref)
    SELECT id, first_name || ' ' || last_name, username, account_ref FROM accounts;

CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO accounts_search (rowid, name, username, account_ref)
        VALUES (new.id, new.first_name || ' ' || new.last_name, new.username, new.account_ref);
END;

CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM accounts_search WHERE rowid = old.id;
END;

CREATE TRIGGER accounts_search_update AFTER UPDATE OF first_name, last_name, username, account_ref ON accounts BEGIN
    UPDATE accounts_search
        SET name = new.first_name || ' ' || new.last_name, username = new.username,
            account_ref = new.account_ref
        WHERE rowid = new.id;
END;

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

CREATE TRIGGER account_counts_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO account_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER account_counts_delete AFTER DELETE ON accounts BEGIN
    UPDATE account_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
END;

CREATE TRIGGER account_counts_move AFTER UPDATE OF org_id, status ON accounts
WHEN old.org_id <> new.org_id OR old.status <> new.status BEGIN
    UPDATE account_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
    INSERT INTO account_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;
