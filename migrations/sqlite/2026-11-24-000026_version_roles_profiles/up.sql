-- The roles and User Permissions the lists' filters offer are kept in
-- memory beside the org tree (`orgs::Memo`), under the same version: it now
-- moves with every change to them as well, whoever makes it.
CREATE TRIGGER roles_insert_version AFTER INSERT ON roles
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
CREATE TRIGGER roles_update_version AFTER UPDATE ON roles
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
CREATE TRIGGER roles_delete_version AFTER DELETE ON roles
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
CREATE TRIGGER user_permissions_insert_version AFTER INSERT ON user_permissions
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
CREATE TRIGGER user_permissions_update_version AFTER UPDATE ON user_permissions
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
CREATE TRIGGER user_permissions_delete_version AFTER DELETE ON user_permissions
BEGIN
    UPDATE org_tree_version SET v = v + 1 WHERE id = 1;
END;
