DROP TABLE admin_status_totals;
DROP TABLE admin_totals;
DROP TABLE account_totals;
