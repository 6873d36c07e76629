//! Unlock: ends the wait of an administrator locked after failed passwords.

use chrono::NaiveDateTime;

use super::rules::{self, Action, audit_name};
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Event};
use crate::domain::lockout;
use crate::error::{AppError, AppResult};

/// Clears the failed passwords of administrator `id` so they can sign in at
/// once. Needs the Edit privilege of the record's kind; audited.
pub fn unlock(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    now: NaiveDateTime,
) -> AppResult<Administrator> {
    db::transaction(conn, |conn| {
        db::lock(conn, db::Lock::Administrator(id))?;
        let before = rules::find_manageable(conn, acting, id)?;
        rules::require(acting, &before.kind, Action::Edit)?;
        if !before.locked_at(now) {
            return Err(AppError::Conflict(crate::msg!(
                "admins-not-locked",
                name = before.full_name()
            )));
        }
        lockout::clear(conn, before.id)?;
        let event = Event {
            org_id: Some(before.org_id),
            action: "administrator_unlocked",
            target: &audit_name(&before),
            details: format!(
                "unlocked after {} failed password(s)",
                before.failed_sign_ins
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        admins::find_by_id(conn, before.id)?.ok_or(AppError::NotFound)
    })
}
