//! Resetting another administrator's MFA (a lost phone): the app and the
//! recovery codes are removed, their sessions end; at their next sign-in
//! the password is enough, or, where the org requires MFA, they enrol again.

use diesel::prelude::*;

use super::recovery;
use crate::db::schema::administrators;
use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::admin_edits::{Action, audit_name, find_manageable, rules};
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Event};
use crate::domain::sessions;
use crate::error::{AppError, AppResult};

/// Removes administrator `id`'s MFA. Needs the Edit privilege of the
/// record's kind (Administrators Edit); not for oneself (My Profile is the
/// place, behind the code); audited.
pub fn reset(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Administrator> {
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Administrator(id))?;
        let before = find_manageable(conn, acting, id)?;
        rules::require(acting, &before.kind, Action::Edit)?;
        if before.id == acting.admin().id {
            return Err(AppError::Forbidden);
        }
        if !before.mfa_enabled {
            return Err(AppError::Conflict(crate::msg!(
                "admins-mfa-not-used",
                name = before.full_name()
            )));
        }
        diesel::update(administrators::table.find(before.id))
            .set((
                administrators::totp_secret.eq(None::<String>),
                administrators::totp_last_step.eq(None::<i64>),
                administrators::mfa_enabled.eq(false),
            ))
            .execute(conn)?;
        recovery::delete_all(conn, before.id)?;
        super::email_code::delete(conn, before.id)?;
        let ended = sessions::end_all_for(conn, before.id)?;
        let event = Event {
            org_id: Some(before.org_id),
            action: "mfa_reset",
            target: &audit_name(&before),
            details: format!(
                "authenticator app and recovery codes removed; {ended} session(s) ended"
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        admins::find_by_id(conn, before.id)?.ok_or(AppError::NotFound)
    })
}
