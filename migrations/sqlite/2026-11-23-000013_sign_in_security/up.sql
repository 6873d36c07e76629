-- My Profile: the administrator's own time zone (NULL: the org's).
ALTER TABLE administrators ADD COLUMN time_zone TEXT;
-- Lockout: failed passwords in a row, when the last one was, and until when
-- the account waits (1, 2, 4 … 15 minutes after the fifth failure).
ALTER TABLE administrators ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE administrators ADD COLUMN last_failed_sign_in_at TIMESTAMP;
ALTER TABLE administrators ADD COLUMN locked_until TIMESTAMP;

-- The session list of My Profile: the random name of a signed-in session
-- (never the cookie's key, nor its hash), where and in what it was used.
ALTER TABLE sessions ADD COLUMN sid TEXT;
ALTER TABLE sessions ADD COLUMN client_addr TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN last_seen_at TIMESTAMP;
CREATE INDEX sessions_sid ON sessions(sid);

-- Fixed-window counters (sign-in failures per client address, reset emails
-- per address and per client): one row per bucket, counted with a single
-- upsert so concurrent requests cannot both slip under the limit.
CREATE TABLE throttles (
    bucket TEXT PRIMARY KEY NOT NULL,
    window_start TIMESTAMP NOT NULL,
    hits INTEGER NOT NULL
);
CREATE INDEX throttles_window ON throttles(window_start);
