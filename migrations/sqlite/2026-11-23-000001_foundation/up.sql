-- Organizations form a tree; `path` ("/1/7/12/") makes "this org and below" one prefix query.
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id BIGINT REFERENCES organizations(id),
    path TEXT NOT NULL DEFAULT '',
    display_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX organizations_path ON organizations(path);
CREATE INDEX organizations_parent ON organizations(parent_id);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT REFERENCES organizations(id),
    name TEXT NOT NULL,
    builtin BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX roles_org_name ON roles(COALESCE(org_id, 0), name);

CREATE TABLE role_privileges (
    role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    privilege TEXT NOT NULL,
    PRIMARY KEY (role_id, privilege)
);

CREATE TABLE administrators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT NOT NULL REFERENCES organizations(id),
    role_id BIGINT NOT NULL REFERENCES roles(id),
    kind TEXT NOT NULL DEFAULT 'admin',
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    backup_email TEXT,
    language TEXT NOT NULL DEFAULT 'English',
    status TEXT NOT NULL,
    password_hash TEXT,
    external_application TEXT,
    last_sign_in_at TIMESTAMP,
    mfa_enabled BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX administrators_org ON administrators(org_id);
CREATE INDEX administrators_role ON administrators(role_id);

-- Server-side sessions; `id` is a hash of the cookie's key, never the key itself.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    admin_id BIGINT REFERENCES administrators(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_admin ON sessions(admin_id);
CREATE INDEX sessions_expires ON sessions(expires_at);

-- Single-use tokens (first-run setup, invitations, password resets), stored hashed.
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    org_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,
    admin_id BIGINT REFERENCES administrators(id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX tokens_admin ON tokens(admin_id);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL,
    actor_id BIGINT REFERENCES administrators(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    client_addr TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_events_org_time ON audit_events(org_id, created_at);
