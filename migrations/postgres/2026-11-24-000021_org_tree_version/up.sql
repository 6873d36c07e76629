-- Every page shows part of the org tree (breadcrumb, switcher, the
-- Organization filters), and the tree rarely changes: the server keeps it
-- in memory and reads only this row to know it is current. `instance` names
-- this database, `v` moves with every change to `organizations`, whoever
-- makes it (this server, another one, the command line).
CREATE TABLE org_tree_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    instance TEXT NOT NULL,
    v BIGINT NOT NULL
);
INSERT INTO org_tree_version (id, instance, v)
VALUES (1, md5(random()::text || clock_timestamp()::text), 0);
CREATE FUNCTION organizations_bump_version() RETURNS trigger AS $$
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER organizations_version
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
FOR EACH STATEMENT EXECUTE FUNCTION organizations_bump_version();

-- The Dashboard sums the invited ones of each kept-counts table over the
-- subtree's orgs: these indexes alone answer it (SQLite, the top org's
-- Dashboard: 906k -> 767k instructions a view).
CREATE INDEX admin_status_counts_by_status ON admin_status_counts (status, org_id, n);
CREATE INDEX account_counts_by_status ON account_counts (status, org_id, n);
