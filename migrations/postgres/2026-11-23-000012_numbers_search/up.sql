-- Number Management lists an org's numbers in number order, unfiltered,
-- searched by digits, or by tag. With these indexes a page is read in
-- order and the read stops after it, instead of sorting every number of
-- the org on each view (a status filter uses numbers_org_status).
CREATE INDEX numbers_org_order ON numbers (org_id, e164);
CREATE INDEX numbers_tag_order ON numbers (org_id, tag, e164) WHERE tag IS NOT NULL;
