-- Name / Email search of the administrators list, served by an index:
-- trigram indexes (pg_trgm, a trusted extension shipped with PostgreSQL)
-- answer `LIKE '%…%'` on exactly these expressions without reading every row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX administrators_name_search ON administrators
    USING gin ((LOWER(first_name || ' ' || last_name)) gin_trgm_ops);
CREATE INDEX administrators_email_search ON administrators USING gin (email gin_trgm_ops);
