-- The Administrators and Accounts lists as they open (by name) read their
-- 25 rows from the name index alone: it now also holds every column a row
-- of those lists shows, so no row of the table is looked up. (PostgreSQL
-- keeps its plain name indexes: there a page's cost is its round trips.)
DROP INDEX administrators_name_order;
CREATE INDEX administrators_name_order ON administrators (
    last_name, first_name, id,
    kind, email, last_sign_in_at, role_id, org_id, status, external_application, locked_until
);
DROP INDEX accounts_name_order;
CREATE INDEX accounts_name_order ON accounts (
    last_name, first_name, id,
    account_ref, username, username_kind, status, invitation_expires_at, activated_at, org_id
);
