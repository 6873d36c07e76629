DROP INDEX audit_events_action_time;
DROP INDEX audit_events_time;
