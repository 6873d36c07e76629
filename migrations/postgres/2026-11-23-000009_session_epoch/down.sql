ALTER TABLE sessions DROP COLUMN epoch;
