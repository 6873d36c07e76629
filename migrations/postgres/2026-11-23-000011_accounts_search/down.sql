DROP TRIGGER account_counts_update ON accounts;
DROP TRIGGER account_counts_delete ON accounts;
DROP TRIGGER account_counts_insert ON accounts;
DROP FUNCTION account_counts_apply();
DROP TABLE account_counts;
DROP INDEX accounts_ref_search;
DROP INDEX accounts_username_search;
DROP INDEX accounts_name_search;
