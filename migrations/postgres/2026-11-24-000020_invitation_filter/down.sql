DROP INDEX accounts_invitation;
