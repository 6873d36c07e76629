-- The Invitation filters (Pending, Expired) narrow by status and expiry:
-- their count reads this index alone instead of looking up every invited
-- account's row (20,000 accounts: 11 ms -> under 1 ms a count).
CREATE INDEX accounts_invitation ON accounts (status, invitation_expires_at, username_kind);
