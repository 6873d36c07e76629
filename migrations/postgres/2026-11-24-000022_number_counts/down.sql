DROP TRIGGER number_counts_update ON numbers;
DROP TRIGGER number_counts_delete ON numbers;
DROP TRIGGER number_counts_insert ON numbers;
DROP FUNCTION number_counts_apply();
DROP TABLE number_counts;
