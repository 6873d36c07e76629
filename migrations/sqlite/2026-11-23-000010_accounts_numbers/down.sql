DROP TABLE invitation_templates;
DROP TABLE account_invitations;
DROP TABLE numbers;
DROP TABLE accounts;
DROP TABLE user_permissions;
DROP TABLE org_settings;
