DROP TABLE audit_events;
DROP TABLE tokens;
DROP TABLE sessions;
DROP TABLE administrators;
DROP TABLE role_privileges;
DROP TABLE roles;
DROP TABLE organizations;
