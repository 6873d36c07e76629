-- Every email is first written here, in the transaction of the change that
-- causes it; a worker sends it. A row is claimed by setting `locked_until`
-- and `claimed_by` with a conditional UPDATE, so two workers (or two portal
-- instances) never send the same row at once.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    to_addr TEXT NOT NULL,
    to_name TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    message_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    claimed_by TEXT,
    last_error TEXT,
    sent_at TIMESTAMP,
    failed_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
