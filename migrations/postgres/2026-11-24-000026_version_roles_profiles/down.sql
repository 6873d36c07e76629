DROP TRIGGER user_permissions_version ON user_permissions;
DROP TRIGGER roles_version ON roles;
