//! Audit events: every change an administrator makes, and every sign-in.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::audit_events;
use crate::error::AppResult;

/// Who did it: an administrator, or nobody signed in yet (failed sign-in, first run).
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<i64>,
    pub name: String,
    pub client_addr: Option<String>,
}

impl Actor {
    pub fn anonymous(client_addr: Option<String>) -> Self {
        Self {
            id: None,
            name: "(not signed in)".into(),
            client_addr,
        }
    }

    pub fn system() -> Self {
        Self {
            id: None,
            name: "(system)".into(),
            client_addr: None,
        }
    }
}

/// One audit entry; `details` is a short before/after summary.
pub struct Event<'a> {
    pub org_id: Option<i64>,
    pub action: &'a str,
    pub target: &'a str,
    pub details: String,
}

pub fn record(conn: &mut DbConn, actor: &Actor, event: Event<'_>) -> AppResult<()> {
    record_many(conn, actor, std::slice::from_ref(&event))
}

/// Records many events of one actor at once (a CSV import writes one per
/// account): the same rows as `record`, in multi-row inserts.
pub fn record_many(conn: &mut DbConn, actor: &Actor, events: &[Event<'_>]) -> AppResult<()> {
    let now = chrono::Utc::now().naive_utc();
    // 8 values a row: well under SQLite's 32,766 bound values per statement.
    for chunk in events.chunks(1000) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|event| {
                (
                    audit_events::org_id.eq(event.org_id),
                    audit_events::actor_id.eq(actor.id),
                    audit_events::actor_name.eq(&actor.name),
                    audit_events::action.eq(event.action),
                    audit_events::target.eq(event.target),
                    audit_events::details.eq(&event.details),
                    audit_events::client_addr.eq(&actor.client_addr),
                    audit_events::created_at.eq(now),
                )
            })
            .collect();
        crate::each_backend!(conn, c => diesel::insert_into(audit_events::table)
            .values(&rows)
            .execute(c))?;
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub id: i64,
    pub org_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target: String,
    pub details: String,
    pub client_addr: Option<String>,
    pub created_at: NaiveDateTime,
}
