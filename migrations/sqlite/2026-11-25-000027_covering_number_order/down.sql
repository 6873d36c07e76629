DROP INDEX numbers_org_order;
CREATE INDEX numbers_org_order ON numbers (org_id, e164);
