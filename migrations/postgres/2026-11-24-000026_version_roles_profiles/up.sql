-- The roles and User Permissions the lists' filters offer are kept in
-- memory beside the org tree (`orgs::Memo`), under the same version: it now
-- moves with every change to them as well, whoever makes it. (Both change
-- rarely, so the one version row is no bottleneck.)
CREATE TRIGGER roles_version
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles
FOR EACH STATEMENT EXECUTE FUNCTION organizations_bump_version();
CREATE TRIGGER user_permissions_version
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_permissions
FOR EACH STATEMENT EXECUTE FUNCTION organizations_bump_version();
