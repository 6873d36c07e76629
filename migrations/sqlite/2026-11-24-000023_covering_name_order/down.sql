DROP INDEX accounts_name_order;
CREATE INDEX accounts_name_order ON accounts (last_name, first_name, id);
DROP INDEX administrators_name_order;
CREATE INDEX administrators_name_order ON administrators (last_name, first_name, id);
