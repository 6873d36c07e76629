DROP INDEX administrators_name_order;
