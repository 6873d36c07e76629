DROP VIEW admin_status_totals;
DROP VIEW admin_totals;
DROP VIEW account_totals;
