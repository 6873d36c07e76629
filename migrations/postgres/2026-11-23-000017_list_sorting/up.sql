-- The sortable columns of the Administrators and Accounts lists. Each sort
-- reads a page straight from its index, forwards or (for a page near the
-- end) backwards, and the id as the last key keeps paging stable. Email
-- needs none: it is UNIQUE and NOT NULL, so its own index orders it.
-- A missing sign-in or username sorts first going up, on both backends
-- (SQLite's order; PostgreSQL is told NULLS FIRST).
CREATE INDEX administrators_sign_in_order ON administrators (last_sign_in_at NULLS FIRST, id);
CREATE INDEX administrators_status_order ON administrators (status, last_name, first_name, id);
CREATE INDEX accounts_username_order ON accounts (username NULLS FIRST, id);
CREATE INDEX accounts_status_order ON accounts (status, last_name, first_name, id);
