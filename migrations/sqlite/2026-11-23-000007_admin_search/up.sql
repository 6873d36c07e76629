-- Name / Email search of the administrators list, served by an index: a
-- trigram full-text table (substring matches, case-insensitive) kept in step
-- with `administrators` by triggers. Without it every search reads every row.
CREATE VIRTUAL TABLE administrators_search USING fts5(name, email, tokenize = 'trigram');

INSERT INTO administrators_search (rowid, name, email)
    SELECT id, first_name || ' ' || last_name, email FROM administrators;

CREATE TRIGGER administrators_search_insert AFTER INSERT ON administrators BEGIN
    INSERT INTO administrators_search (rowid, name, email)
        VALUES (new.id, new.first_name || ' ' || new.last_name, new.email);
END;

CREATE TRIGGER administrators_search_delete AFTER DELETE ON administrators BEGIN
    DELETE FROM administrators_search WHERE rowid = old.id;
END;

CREATE TRIGGER administrators_search_update AFTER UPDATE OF first_name, last_name, email ON administrators BEGIN
    UPDATE administrators_search
        SET name = new.first_name || ' ' || new.last_name, email = new.email
        WHERE rowid = new.id;
END;
