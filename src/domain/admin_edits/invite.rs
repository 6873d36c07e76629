//! Add New Administrator / Add API User: the record is created as invited
//! and the invitation queued in the same transaction.

use super::rules::{self, Action, audit_name};
use super::{AdminInput, store};
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{Administrator, KIND_ADMIN, KIND_API};
use crate::domain::audit::{self, Event};
use crate::domain::invitations::{self, Links};
use crate::domain::orgs;
use crate::error::AppResult;

/// What `invite` did: the new record, its invitation queued.
#[derive(Debug)]
pub struct Invited {
    pub admin: Administrator,
}

/// Adds an administrator (or, when `input` names an External Application,
/// an API user) as invited and queues the invitation email. Wake the
/// mailer after it returns.
pub fn invite(
    conn: &mut DbConn,
    acting: &Acting,
    links: &Links,
    input: AdminInput,
) -> AppResult<Invited> {
    let kind = if input.is_api() { KIND_API } else { KIND_ADMIN };
    rules::require(acting, kind, Action::Create)?;
    db::transaction(conn, |conn| {
        let profile = rules::resolve(conn, acting, &input)?;
        let admin = store::create_invited(conn, kind, &profile)?;
        let org = orgs::by_id(conn, admin.org_id)?;
        let inviter_name = acting.admin().full_name();
        invitations::send_invitation(conn, &admin, &org.name, &links.inviter(&inviter_name))?;
        let event = Event {
            org_id: Some(admin.org_id),
            action: if input.is_api() {
                "api_user_created"
            } else {
                "administrator_created"
            },
            target: &audit_name(&admin),
            details: format!(
                "invited; org {}; {}",
                org.label(),
                admin.external_application.as_deref().map_or_else(
                    || format!("role id {}", admin.role_id),
                    |a| format!("application {a}")
                )
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(Invited { admin })
    })
}
