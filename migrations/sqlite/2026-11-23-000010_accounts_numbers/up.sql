-- Accounts (end users of the phone service), their phone Numbers, the User
-- Permissions profiles that say which features they get, the org settings
-- behind Setup (Feature Settings, Domain Restriction, invitation validity),
-- account invitations and Invitation Templates.

-- Per-org settings. A NULL column means "as the parent org": sub-orgs
-- inherit each setting from the nearest ancestor that defines it.
CREATE TABLE org_settings (
    org_id BIGINT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
    -- Feature Settings: comma-separated feature keys the org offers.
    features TEXT,
    -- Domain Restriction: comma-separated allowed email domains; '' = any.
    allowed_domains TEXT,
    -- How long an account invitation link stays valid.
    invitation_ttl_days BIGINT CHECK (invitation_ttl_days BETWEEN 1 AND 365)
);

-- Named class-of-service profiles. Visible in the org that defines them and
-- its whole subtree; editable only there. At most one default per org.
CREATE TABLE user_permissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    -- comma-separated feature keys an account with this profile gets
    features TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX user_permissions_name ON user_permissions (org_id, LOWER(name));
CREATE UNIQUE INDEX user_permissions_default ON user_permissions (org_id) WHERE is_default;

-- Every top org starts with a default profile.
INSERT INTO user_permissions (org_id, name, is_default, features, created_at, updated_at)
    SELECT id, 'Default User Permissions', TRUE, '', created_at, created_at
    FROM organizations WHERE parent_id IS NULL;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- No cascade: an org is deleted only once its accounts are gone.
    org_id BIGINT NOT NULL REFERENCES organizations(id),
    -- "Account ID": the customer's own identifier, unique in the org.
    account_ref TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    -- Email (lower-cased) or device number (E.164); NULL for a No Portal
    -- Access account, which signs in to its phone with a PIN instead.
    username TEXT,
    username_kind TEXT NOT NULL CHECK (username_kind IN ('email', 'device', 'none')),
    pin_hash TEXT,
    application TEXT NOT NULL,
    user_permissions_id BIGINT NOT NULL REFERENCES user_permissions(id),
    forwarding_number TEXT,
    -- comma-separated feature keys switched on for this account
    features TEXT NOT NULL DEFAULT '',
    monitor_calls TEXT NOT NULL DEFAULT 'off' CHECK (monitor_calls IN ('auto', 'off')),
    monitor_sms TEXT NOT NULL DEFAULT 'off' CHECK (monitor_sms IN ('on', 'off')),
    restrict_incoming_social BOOLEAN NOT NULL DEFAULT FALSE,
    language TEXT NOT NULL DEFAULT 'English',
    status TEXT NOT NULL DEFAULT 'saved' CHECK (status IN ('saved', 'invited', 'active', 'suspended')),
    -- the latest invitation: when it was sent and until when it is valid
    invited_at TIMESTAMP,
    invitation_expires_at TIMESTAMP,
    activated_at TIMESTAMP,
    -- the batch (CSV import) that created it, for "Undo this import"
    batch_id BIGINT REFERENCES batches(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((username IS NULL) = (username_kind = 'none'))
);
CREATE UNIQUE INDEX accounts_ref ON accounts (org_id, LOWER(account_ref));
CREATE UNIQUE INDEX accounts_username ON accounts (org_id, username);
CREATE INDEX accounts_name_order ON accounts (last_name, first_name, id);
CREATE INDEX accounts_org ON accounts (org_id, status);
CREATE INDEX accounts_batch ON accounts (batch_id) WHERE batch_id IS NOT NULL;

-- Phone numbers, unique system-wide, each allocated to one org. An
-- assigned number names its account, and an account holds at most one
-- number: both are enforced here, so two administrators assigning at the
-- same moment can never give one number twice.
CREATE TABLE numbers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- No cascade: an org is deleted only once its numbers are withdrawn.
    org_id BIGINT NOT NULL REFERENCES organizations(id),
    e164 TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'reserved', 'assigned')),
    tag TEXT,
    account_id BIGINT UNIQUE REFERENCES accounts(id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((status = 'assigned') = (account_id IS NOT NULL))
);
CREATE INDEX numbers_org_status ON numbers (org_id, status, e164);
CREATE INDEX numbers_tag ON numbers (org_id, tag, status) WHERE tag IS NOT NULL;

-- Account invitations: single-use links stored hashed, by email or SMS.
CREATE TABLE account_invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    sent_to TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'accepted', 'revoked')),
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP
);
CREATE INDEX account_invitations_account ON account_invitations (account_id, id);

-- Setup > Invitation Templates: per org, channel and language; an org
-- without its own uses its nearest ancestor's, then the built-in text.
CREATE TABLE invitation_templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    language TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (org_id, channel, language)
);
