DROP TRIGGER admin_counts_move;
DROP TRIGGER admin_counts_delete;
DROP TRIGGER admin_counts_insert;
DROP TABLE admin_counts;
