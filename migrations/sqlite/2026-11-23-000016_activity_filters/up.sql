-- Reports → Administrators Activity reads newest first: over the whole tree
-- (the top org, or a date range) by time, one action by time, and one org
-- by time (audit_events_org_time, from the foundation).
CREATE INDEX audit_events_time ON audit_events(created_at, id);
CREATE INDEX audit_events_action_time ON audit_events(action, created_at);
