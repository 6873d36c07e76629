ALTER TABLE org_settings DROP COLUMN mfa_required;
DROP TABLE mfa_email_codes;
DROP TABLE mfa_recovery_codes;
ALTER TABLE administrators DROP COLUMN totp_last_step;
ALTER TABLE administrators DROP COLUMN totp_secret;
