DROP INDEX account_counts_by_status;
DROP INDEX admin_status_counts_by_status;
DROP TRIGGER organizations_version ON organizations;
DROP FUNCTION organizations_bump_version();
DROP TABLE org_tree_version;
