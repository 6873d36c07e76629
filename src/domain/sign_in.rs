//! What signing in and out records: the last sign-in time and an audit
//! entry for each success, failure and sign-out.

use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::orgs;
use crate::error::AppResult;

/// A refused sign-in, filed under the org of the account tried (or the top
/// org for an unknown email). The attempted email is kept as typed, folded.
pub fn record_failure(
    conn: &mut DbConn,
    account: Option<&Administrator>,
    attempted: &str,
    client_addr: Option<String>,
) -> AppResult<()> {
    let org_id = match account {
        Some(a) => Some(a.org_id),
        None => orgs::top(conn)?.map(|o| o.id),
    };
    let event = Event {
        org_id,
        action: "sign_in_failed",
        target: &attempted.trim().to_lowercase(),
        details: String::new(),
    };
    audit::record(conn, &Actor::anonymous(client_addr), event)
}

pub fn record_success(
    conn: &mut DbConn,
    admin: &Administrator,
    client_addr: Option<String>,
) -> AppResult<()> {
    let actor = Actor {
        id: Some(admin.id),
        name: format!("{} <{}>", admin.full_name(), admin.email),
        client_addr,
    };
    db::transaction(conn, |conn| {
        admins::record_sign_in(conn, admin.id)?;
        let event = Event {
            org_id: Some(admin.org_id),
            action: "sign_in",
            target: &actor.name,
            details: String::new(),
        };
        audit::record(conn, &actor, event)
    })
}

pub fn record_sign_out(conn: &mut DbConn, acting: &Acting) -> AppResult<()> {
    let actor = acting.actor();
    let event = Event {
        org_id: Some(acting.admin().org_id),
        action: "sign_out",
        target: &actor.name,
        details: String::new(),
    };
    audit::record(conn, &actor, event)
}
