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
    if let DbConn::Pg(pg) = conn
        && events.len() > 1
    {
        return record_on_postgres(pg, actor, events, now);
    }
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

/// `record_many` on PostgreSQL: one array per column and `unnest`, a
/// statement of 8 parameters however many events (a multi-row insert has 8
/// per event, each parsed and bound).
fn record_on_postgres(
    pg: &mut diesel::PgConnection,
    actor: &Actor,
    events: &[Event<'_>],
    now: NaiveDateTime,
) -> AppResult<()> {
    use diesel::sql_types::{Array, BigInt, Nullable, Text, Timestamp};
    diesel::sql_query(
        "INSERT INTO audit_events \
         (actor_id, actor_name, client_addr, created_at, org_id, action, target, details) \
         SELECT $1, $2, $3, $4, e.* \
         FROM unnest($5::bigint[], $6::text[], $7::text[], $8::text[]) AS e",
    )
    .bind::<Nullable<BigInt>, _>(actor.id)
    .bind::<Text, _>(&actor.name)
    .bind::<Nullable<Text>, _>(&actor.client_addr)
    .bind::<Timestamp, _>(now)
    .bind::<Array<Nullable<BigInt>>, _>(events.iter().map(|e| e.org_id).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(events.iter().map(|e| e.action).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(events.iter().map(|e| e.target).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(
        events
            .iter()
            .map(|e| e.details.as_str())
            .collect::<Vec<_>>(),
    )
    .execute(pg)?;
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
