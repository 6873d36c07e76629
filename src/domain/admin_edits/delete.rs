//! Delete an administrator or API user.

use super::rules::{self, Action, audit_name};
use super::store;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{Administrator, KIND_API};
use crate::domain::audit::{self, Event};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;

#[derive(Debug)]
pub struct Deleted {
    pub admin: Administrator,
}

/// Why deleting `id` would be refused now, if it would: oneself, or the last
/// active Enterprise Super Administrator. For the confirmation page; the
/// operation checks again under its lock.
pub fn refusal(
    conn: &mut DbConn,
    acting: &Acting,
    admin: &Administrator,
) -> AppResult<Option<Msg>> {
    if admin.id == acting.id() {
        return Ok(Some(msg!("admins-cannot-delete-self")));
    }
    // A transaction so that the lock the rule takes is released at once.
    match db::transaction(conn, |conn| {
        rules::ensure_not_last_super_admin(conn, admin.id)
    }) {
        Ok(()) => Ok(None),
        Err(AppError::Conflict(message)) => Ok(Some(message)),
        Err(e) => Err(e),
    }
}

/// The seed's warning when this is the last API user of its application.
pub fn integration_warning(admin: &Administrator) -> Msg {
    let app = admin.external_application.as_deref().unwrap_or("");
    msg!(
        "admins-integration-warning",
        name = admin.full_name(),
        app = app
    )
}

/// Is `admin` the last API user of its application in its org?
pub fn is_last_of_application(conn: &mut DbConn, admin: &Administrator) -> AppResult<bool> {
    Ok(admin.kind == KIND_API && store::other_api_users_of_application(conn, admin)? == 0)
}

/// Deletes an administrator and ends their sessions. Deleting the last API
/// user of an application needs `confirmed_integration` (the seed's
/// warning must have been seen): otherwise a Conflict carrying the warning.
pub fn delete(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    confirmed_integration: bool,
) -> AppResult<Deleted> {
    db::transaction(conn, |conn| {
        let admin = rules::find_manageable(conn, acting, id)?;
        rules::require(acting, &admin.kind, Action::Delete)?;
        if admin.id == acting.id() {
            return Err(AppError::Conflict(msg!("admins-cannot-delete-self")));
        }
        rules::ensure_not_last_super_admin(conn, admin.id)?;
        if is_last_of_application(conn, &admin)? && !confirmed_integration {
            return Err(AppError::Conflict(integration_warning(&admin)));
        }
        store::delete_row(conn, &admin)?;
        let event = Event {
            org_id: Some(admin.org_id),
            action: if admin.kind == KIND_API {
                "api_user_deleted"
            } else {
                "administrator_deleted"
            },
            target: &audit_name(&admin),
            details: admin
                .external_application
                .as_deref()
                .map(|a| format!("application {a}"))
                .unwrap_or_default(),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(Deleted { admin })
    })
}
