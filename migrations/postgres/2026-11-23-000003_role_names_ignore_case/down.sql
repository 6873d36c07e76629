DROP INDEX roles_org_lower_name;
CREATE UNIQUE INDEX roles_org_name ON roles (COALESCE(org_id, 0), name);
