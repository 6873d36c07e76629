DROP INDEX accounts_status_order;
DROP INDEX accounts_username_order;
DROP INDEX administrators_status_order;
DROP INDEX administrators_sign_in_order;
