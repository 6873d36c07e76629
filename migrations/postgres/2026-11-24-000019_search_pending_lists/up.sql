-- Trigram (GIN) indexes keep new entries in a "pending list" that every
-- search reads from end to end until VACUUM merges it (up to 4 MB by
-- default: after 100,000 administrators were added, a Name / Email search
-- took 56 ms, 0.1 ms once merged).
--
-- Administrators are added one at a time: their search indexes take each
-- entry at once, and a search never reads a pending list.
ALTER INDEX administrators_name_search SET (fastupdate = off);
ALTER INDEX administrators_email_search SET (fastupdate = off);
SELECT gin_clean_pending_list('administrators_name_search'::regclass);
SELECT gin_clean_pending_list('administrators_email_search'::regclass);

-- Accounts come by the thousand from CSV imports, where the pending list
-- makes adding them cheap: it stays, but small (512 kB), so a search after
-- an import reads a few pages, not hundreds.
ALTER INDEX accounts_name_search SET (gin_pending_list_limit = 512);
ALTER INDEX accounts_username_search SET (gin_pending_list_limit = 512);
ALTER INDEX accounts_ref_search SET (gin_pending_list_limit = 512);
