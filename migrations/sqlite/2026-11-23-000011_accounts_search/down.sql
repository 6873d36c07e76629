DROP TRIGGER account_counts_move;
DROP TRIGGER account_counts_delete;
DROP TRIGGER account_counts_insert;
DROP TABLE account_counts;
DROP TRIGGER accounts_search_update;
DROP TRIGGER accounts_search_delete;
DROP TRIGGER accounts_search_insert;
DROP TABLE accounts_search;
