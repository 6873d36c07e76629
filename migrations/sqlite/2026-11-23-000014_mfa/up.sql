-- Authenticator app (TOTP): the shared secret (sealed with AES-256-GCM
-- when SESSION_SECRET is configured, see domain::mfa::seal), and the last
-- time step a code was accepted for, so a code is accepted once only.
-- administrators.mfa_enabled (foundation) says the app is confirmed.
ALTER TABLE administrators ADD COLUMN totp_secret TEXT;
ALTER TABLE administrators ADD COLUMN totp_last_step BIGINT;

-- Recovery codes: ten at enrolment, shown once, stored as hashes; a used
-- one keeps its row with used_at set.
CREATE TABLE mfa_recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    admin_id BIGINT NOT NULL REFERENCES administrators(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX mfa_recovery_codes_admin ON mfa_recovery_codes(admin_id);

-- Emailed codes: an administrator with mfa_enabled and no totp_secret gets
-- a 6-digit code by email at each sign-in. One live code per administrator
-- (a new sign-in replaces it), stored hashed, valid five minutes, at most
-- five attempts; deleted when used.
CREATE TABLE mfa_email_codes (
    admin_id BIGINT PRIMARY KEY NOT NULL REFERENCES administrators(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);

-- Setup > Two Factor Authentication: NULL as the parent org, else whether
-- administrators of the org must use two-factor authentication.
ALTER TABLE org_settings ADD COLUMN mfa_required BOOLEAN;
