DROP TRIGGER admin_status_counts_move;
DROP TRIGGER admin_status_counts_delete;
DROP TRIGGER admin_status_counts_insert;
DROP TABLE admin_status_counts;
