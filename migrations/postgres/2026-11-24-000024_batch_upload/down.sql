ALTER TABLE batches DROP COLUMN upload_id;
