DROP TABLE alert_recipients;
ALTER TABLE batches DROP COLUMN undone_count;
ALTER TABLE batches DROP COLUMN undone_by;
ALTER TABLE batches DROP COLUMN undone_at;
DROP INDEX batch_items_account;
ALTER TABLE batch_items DROP COLUMN account_stamp;
ALTER TABLE batch_items DROP COLUMN account_id;
DROP TABLE import_uploads;
