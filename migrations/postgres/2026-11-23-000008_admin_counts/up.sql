-- How many administrators (and API users) each org has, kept by a trigger in
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

CREATE FUNCTION admin_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE admin_counts SET n = n - 1 WHERE org_id = OLD.org_id AND kind = OLD.kind;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO admin_counts (org_id, kind, n) VALUES (NEW.org_id, NEW.kind, 1)
            ON CONFLICT (org_id, kind) DO UPDATE SET n = admin_counts.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER admin_counts_insert_delete AFTER INSERT OR DELETE ON administrators
    FOR EACH ROW EXECUTE FUNCTION admin_counts_keep();

CREATE TRIGGER admin_counts_move AFTER UPDATE OF org_id, kind ON administrators
    FOR EACH ROW WHEN (OLD.org_id <> NEW.org_id OR OLD.kind <> NEW.kind)
    EXECUTE FUNCTION admin_counts_keep();
