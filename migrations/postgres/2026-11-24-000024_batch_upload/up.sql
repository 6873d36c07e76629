-- The upload an import batch was started from. The upload itself is
-- deleted once imported, so a second press of Import that comes after the
-- whole import is over still learns it was imported (409, not 404).
ALTER TABLE batches ADD COLUMN upload_id BIGINT;
