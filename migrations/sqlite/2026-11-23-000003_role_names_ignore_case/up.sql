-- Role names are unique in their org whatever their case ("Sales" = "sales"),
-- enforced by the database so two simultaneous requests cannot both succeed.
DROP INDEX roles_org_name;
CREATE UNIQUE INDEX roles_org_lower_name ON roles (COALESCE(org_id, 0), LOWER(name));
