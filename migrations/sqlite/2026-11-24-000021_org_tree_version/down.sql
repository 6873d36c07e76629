DROP INDEX account_counts_by_status;
DROP INDEX admin_status_counts_by_status;
DROP TRIGGER organizations_delete_version;
DROP TRIGGER organizations_update_version;
DROP TRIGGER organizations_insert_version;
DROP TABLE org_tree_version;
