-- Bumped (in the same transaction) by every change to what a signed-in
-- administrator may do or is shown as: their record, their role's
-- privileges, their org's name. Each request reads its session row anyway,
-- so an instance may keep the signed-in context in memory for as long as the
-- epoch is unchanged, and still sees such a change at the next request.
ALTER TABLE sessions ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0;
