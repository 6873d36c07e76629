ALTER INDEX administrators_name_search RESET (fastupdate);
ALTER INDEX administrators_email_search RESET (fastupdate);
ALTER INDEX accounts_name_search RESET (gin_pending_list_limit);
ALTER INDEX accounts_username_search RESET (gin_pending_list_limit);
ALTER INDEX accounts_ref_search RESET (gin_pending_list_limit);
