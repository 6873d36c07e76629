-- Unsent messages become due again in the outbox (failed ones included).
ALTER TABLE outbox
    ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00',
    ADD COLUMN locked_until TIMESTAMP,
    ADD COLUMN claimed_by TEXT,
    ADD COLUMN last_error TEXT,
    ADD COLUMN failed_at TIMESTAMP;
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
DROP TABLE jobs;
