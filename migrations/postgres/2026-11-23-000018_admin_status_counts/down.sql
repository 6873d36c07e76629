DROP TRIGGER admin_status_counts_update ON administrators;
DROP TRIGGER admin_status_counts_delete ON administrators;
DROP TRIGGER admin_status_counts_insert ON administrators;
DROP FUNCTION admin_status_counts_apply();
DROP TABLE admin_status_counts;
