DROP INDEX numbers_tag_order;
DROP INDEX numbers_org_order;
