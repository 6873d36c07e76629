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

CREATE TRIGGER admin_counts_insert AFTER INSERT ON administrators BEGIN
    INSERT INTO admin_counts (org_id, kind, n) VALUES (new.org_id, new.kind, 1)
        ON CONFLICT (org_id, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER admin_counts_delete AFTER DELETE ON administrators BEGIN
    UPDATE admin_counts SET n = n - 1 WHERE org_id = old.org_id AND kind = old.kind;
END;

CREATE TRIGGER admin_counts_move AFTER UPDATE OF org_id, kind ON administrators
WHEN old.org_id <> new.org_id OR old.kind <> new.kind BEGIN
    UPDATE admin_counts SET n = n - 1 WHERE org_id = old.org_id AND kind = old.kind;
    INSERT INTO admin_counts (org_id, kind, n) VALUES (new.org_id, new.kind, 1)
        ON CONFLICT (org_id, kind) DO UPDATE SET n = n + 1;
END;
