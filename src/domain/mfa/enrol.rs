//! Turning the authenticator app on: the administrator scanned the QR code
//! and typed a current code. From My Profile, or at sign-in when their org
//! requires MFA (before they are signed in, so the actor is given).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::recovery;
use super::secret::{self, Sealer};
use crate::db::schema::administrators;
use crate::db::{self, DbConn, Lock};
use crate::domain::admins;
use crate::domain::audit::{self, Actor, Event};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::msg;

/// The app is on; the recovery codes to show once.
pub struct Enrolled {
    pub recovery_codes: Vec<String>,
}

/// Confirms `secret_b32` for administrator `admin_id` with `code` (current
/// at `now`, one step of skew). The step of `code` counts as used, so the
/// same code cannot then sign in. A wrong code is a field error on `code`.
#[allow(clippy::too_many_arguments)]
pub fn enrol(
    conn: &mut DbConn,
    admin_id: i64,
    actor: &Actor,
    proved: &super::ProvedBy<'_>,
    sealer: &Sealer,
    secret_b32: &str,
    code: &str,
    now: NaiveDateTime,
) -> AppResult<Enrolled> {
    let Some(parsed) = secret::parse(secret_b32) else {
        return Err(AppError::Conflict(msg!("me-mfa-setup-expired")));
    };
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Administrator(admin_id))?;
        proved.confirm(conn)?;
        let admin = admins::find_by_id(conn, admin_id)?.ok_or(AppError::NotFound)?;
        if admin.mfa_enabled {
            return Err(AppError::Conflict(msg!("me-mfa-already-on")));
        }
        let totp = secret::totp(parsed.clone(), &admin.email)?;
        let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let Some(step) = totp.check(&digits, super::unix(now)) else {
            let mut errors = FieldErrors::new();
            errors.add("code", msg!("me-mfa-code-wrong"));
            return Err(AppError::Invalid(errors));
        };
        let sealed = sealer.seal(admin.id, &parsed)?;
        diesel::update(administrators::table.find(admin.id))
            .set((
                administrators::totp_secret.eq(Some(sealed)),
                administrators::totp_last_step.eq(Some(i64::try_from(step).unwrap_or(i64::MAX))),
                administrators::mfa_enabled.eq(true),
            ))
            .execute(conn)?;
        let recovery_codes = recovery::replace(conn, admin.id)?;
        crate::domain::sessions::bump_for_admins(conn, &[admin.id])?;
        let event = Event {
            org_id: Some(admin.org_id),
            action: "mfa_enrolled",
            target: &format!("{} <{}>", admin.full_name(), admin.email),
            details: format!(
                "authenticator app; {} recovery codes issued",
                recovery_codes.len()
            ),
        };
        audit::record(conn, actor, event)?;
        Ok(Enrolled { recovery_codes })
    })
}
