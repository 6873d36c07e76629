-- Work that outlives a request (email delivery, purges) is a row here,
-- written in the transaction of the change that causes it and run by the
-- job runner of any instance. A row is claimed by setting `locked_until`
-- and `claimed_by` (a lease: a claim of a dead worker expires and the job
-- is taken up again); `attempts` counts claims; `failed_at` is set when
-- the job is given up, so it can be shown (per tenant, `org_id`) and retried.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    -- JSON; never a secret or a link: the row outlives the work.
    payload TEXT NOT NULL,
    org_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    run_after TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    claimed_by TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    failed_at TIMESTAMP
);
-- "Due jobs": only open rows are indexed, so the index stays small however
-- many finished jobs the table keeps.
CREATE INDEX jobs_due ON jobs(run_after, id) WHERE finished_at IS NULL AND failed_at IS NULL;
-- The Failed Jobs report of an org: newest first per org.
CREATE INDEX jobs_failed ON jobs(org_id, failed_at) WHERE failed_at IS NOT NULL;

-- The outbox keeps the rendered messages; when and by whom they are sent is
-- now the business of their send_email job. Unsent messages become jobs
-- (given-up ones as failed jobs, so they can be retried from the report).
INSERT INTO jobs (kind, payload, org_id, run_after, attempts, last_error, created_at, failed_at)
SELECT 'send_email', '{"outbox_id":' || o.id || '}',
       (SELECT a.org_id FROM administrators a WHERE a.email = o.to_addr),
       o.next_attempt_at, o.attempts, o.last_error, o.created_at, o.failed_at
FROM outbox o
WHERE o.sent_at IS NULL;
-- A sent message's links must not stay usable by whoever reads the database.
UPDATE outbox SET body_text = '(removed after sending)', body_html = '(removed after sending)'
WHERE sent_at IS NOT NULL;
DROP INDEX outbox_due;
ALTER TABLE outbox DROP COLUMN attempts;
ALTER TABLE outbox DROP COLUMN next_attempt_at;
ALTER TABLE outbox DROP COLUMN locked_until;
ALTER TABLE outbox DROP COLUMN claimed_by;
ALTER TABLE outbox DROP COLUMN last_error;
ALTER TABLE outbox DROP COLUMN failed_at;
