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

CREATE TRIGGER admin_status_counts_insert AFTER INSERT ON administrators BEGIN
    INSERT INTO admin_status_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER admin_status_counts_delete AFTER DELETE ON administrators BEGIN
    UPDATE admin_status_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
END;

CREATE TRIGGER admin_status_counts_move AFTER UPDATE OF org_id, status ON administrators
WHEN old.org_id <> new.org_id OR old.status <> new.status BEGIN
    UPDATE admin_status_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
    INSERT INTO admin_status_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;
