-- Number Management as it opens (the org's numbers in number order) reads
-- its 25 rows from the order index alone: it now also holds every column of
-- `numbers` a row of the list shows, so no row of the table is looked up
-- (the account holding a number is still read by its id). As with the name
-- indexes (000023), PostgreSQL keeps its plain index.
DROP INDEX numbers_org_order;
CREATE INDEX numbers_org_order ON numbers (
    org_id, e164,
    status, tag, account_id, updated_at
);
