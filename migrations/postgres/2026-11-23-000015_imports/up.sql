-- CSV import (issue 9). An uploaded file is kept between its preview and
-- the import, and read by the job that runs the import (on whichever
-- instance claims it); it is deleted when the import finishes, or after a
-- day if it was never imported. The rows themselves then live on as the
-- batch's items.
CREATE TABLE import_uploads (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    admin_id BIGINT REFERENCES administrators(id) ON DELETE CASCADE,
    user_permissions_id BIGINT NOT NULL REFERENCES user_permissions(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content BYTEA NOT NULL,
    batch_id BIGINT REFERENCES batches(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX import_uploads_created ON import_uploads(created_at);

-- What an imported row created: the account and its `updated_at` right
-- after the import, so Undo can tell which accounts changed since.
ALTER TABLE batch_items ADD COLUMN account_id BIGINT;
ALTER TABLE batch_items ADD COLUMN account_stamp TIMESTAMP;
CREATE INDEX batch_items_account ON batch_items(account_id);

-- "Undo this import", recorded on the batch.
ALTER TABLE batches ADD COLUMN undone_at TIMESTAMP;
ALTER TABLE batches ADD COLUMN undone_by TEXT;
ALTER TABLE batches ADD COLUMN undone_count BIGINT NOT NULL DEFAULT 0;

-- Setup > Manage Alerts: who is told of an event of an org (and its
-- sub-orgs): an administrator (their primary email at the time) or another
-- address.
CREATE TABLE alert_recipients (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    admin_id BIGINT REFERENCES administrators(id) ON DELETE CASCADE,
    email TEXT,
    created_at TIMESTAMP NOT NULL,
    CHECK ((admin_id IS NULL) <> (email IS NULL))
);
CREATE UNIQUE INDEX alert_recipients_admin ON alert_recipients(org_id, event, admin_id) WHERE admin_id IS NOT NULL;
CREATE UNIQUE INDEX alert_recipients_email ON alert_recipients(org_id, event, email) WHERE email IS NOT NULL;
