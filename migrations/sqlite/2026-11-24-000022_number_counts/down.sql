DROP TRIGGER number_counts_move;
DROP TRIGGER number_counts_delete;
DROP TRIGGER number_counts_insert;
DROP TABLE number_counts;
