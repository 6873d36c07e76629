-- How many numbers each org holds in each status, kept by triggers in the
-- same transaction as every change, so Number Management's "412 of 500
-- assigned" for an org and its sub-orgs reads a few rows instead of
-- counting every number on each view (SQLite, 20,000 numbers: 1.5M
-- instructions a view for the count alone).
CREATE TABLE number_counts (
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, status)
);

INSERT INTO number_counts (org_id, status, n)
    SELECT org_id, status, COUNT(*) FROM numbers GROUP BY org_id, status;

CREATE TRIGGER number_counts_insert AFTER INSERT ON numbers BEGIN
    INSERT INTO number_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER number_counts_delete AFTER DELETE ON numbers BEGIN
    UPDATE number_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
END;

CREATE TRIGGER number_counts_move AFTER UPDATE OF org_id, status ON numbers
WHEN old.org_id <> new.org_id OR old.status <> new.status BEGIN
    UPDATE number_counts SET n = n - 1 WHERE org_id = old.org_id AND status = old.status;
    INSERT INTO number_counts (org_id, status, n) VALUES (new.org_id, new.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET n = n + 1;
END;
