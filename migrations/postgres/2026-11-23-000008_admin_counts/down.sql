DROP TRIGGER admin_counts_update ON administrators;
DROP TRIGGER admin_counts_delete ON administrators;
DROP TRIGGER admin_counts_insert ON administrators;
DROP FUNCTION admin_counts_apply();
DROP TABLE admin_counts;
