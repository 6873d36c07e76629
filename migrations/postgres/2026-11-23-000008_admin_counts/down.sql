DROP TRIGGER admin_counts_move ON administrators;
DROP TRIGGER admin_counts_insert_delete ON administrators;
DROP FUNCTION admin_counts_keep();
DROP TABLE admin_counts;
