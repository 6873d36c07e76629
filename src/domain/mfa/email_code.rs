//! Emailed codes: the second step for an administrator who chose codes by
//! email instead of an app. At each sign-in (after the password) a 6-digit
//! code is queued through the job queue to the sign-in email; it is valid
//! five minutes, once, with at most five attempts, and stored hashed (with
//! the administrator's id, so equal codes hash apart). A new sign-in
//! replaces the code.

use blake2::{Blake2b, Digest, digest::consts::U32};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::Rng;

use super::recovery;
use crate::db::schema::{administrators, mfa_email_codes};
use crate::db::{self, DbConn, Lock};
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::invitations::recipient;
use crate::each_backend;
use crate::error::{AppError, AppResult};
use crate::mail::{self, Language};
use crate::msg;

/// How long an emailed code is valid.
pub const VALID_MINUTES: i64 = 5;
/// Tries one emailed code allows.
pub const MAX_ATTEMPTS: i32 = 5;

fn hash(admin_id: i64, code: &str) -> String {
    let mut h = Blake2b::<U32>::new();
    h.update(b"switchboard emailed sign-in code\0");
    h.update(admin_id.to_be_bytes());
    h.update(code.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Does this administrator get codes by email (MFA on, no app)?
pub fn uses_email(conn: &mut DbConn, admin: &Administrator) -> AppResult<bool> {
    if !admin.mfa_enabled {
        return Ok(false);
    }
    let secret: Option<String> = administrators::table
        .find(admin.id)
        .select(administrators::totp_secret)
        .first(conn)?;
    Ok(secret.is_none())
}

/// A new code for `admin` at `now`, replacing any earlier one, queued to
/// their sign-in email in the same transaction. Call `mailer.wake()` after.
pub fn send(conn: &mut DbConn, admin: &Administrator, now: NaiveDateTime) -> AppResult<()> {
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let expires = now + chrono::Duration::minutes(VALID_MINUTES);
    let hashed = hash(admin.id, &code);
    let email = mail::Email::SignInCode {
        to: recipient(&admin.email)?,
        name: admin.full_name(),
        code,
        valid_minutes: u32::try_from(VALID_MINUTES).unwrap_or(5),
        language: Language::from_name(&admin.language),
    };
    db::transaction(conn, |conn| {
        each_backend!(conn, c => diesel::insert_into(mfa_email_codes::table)
            .values((
                mfa_email_codes::admin_id.eq(admin.id),
                mfa_email_codes::code_hash.eq(&hashed),
                mfa_email_codes::expires_at.eq(expires),
                mfa_email_codes::attempts.eq(0),
            ))
            .on_conflict(mfa_email_codes::admin_id)
            .do_update()
            .set((
                mfa_email_codes::code_hash.eq(&hashed),
                mfa_email_codes::expires_at.eq(expires),
                mfa_email_codes::attempts.eq(0),
            ))
            .execute(c))?;
        crate::jobs::send_email::queue(conn, &email)
    })
}

/// Checks an emailed `code` (inside the caller's transaction, the
/// administrator's row locked): counts the attempt, and uses the code up
/// when it is right, unexpired and within its attempts.
pub(crate) fn check(
    conn: &mut DbConn,
    admin_id: i64,
    code: &str,
    now: NaiveDateTime,
) -> AppResult<bool> {
    let found: Option<(String, NaiveDateTime, i32)> = mfa_email_codes::table
        .find(admin_id)
        .select((
            mfa_email_codes::code_hash,
            mfa_email_codes::expires_at,
            mfa_email_codes::attempts,
        ))
        .first(conn)
        .optional()?;
    let Some((stored, expires_at, attempts)) = found else {
        return Ok(false);
    };
    if expires_at <= now || attempts >= MAX_ATTEMPTS {
        return Ok(false);
    }
    let right = stored == hash(admin_id, code);
    if right {
        diesel::delete(mfa_email_codes::table.find(admin_id)).execute(conn)?;
    } else {
        diesel::update(mfa_email_codes::table.find(admin_id))
            .set(mfa_email_codes::attempts.eq(attempts + 1))
            .execute(conn)?;
    }
    Ok(right)
}

/// Turns emailed codes on for `admin_id` (MFA off until now); returns the
/// recovery codes to show once. Audited.
pub fn enrol(
    conn: &mut DbConn,
    admin_id: i64,
    actor: &Actor,
    proved: &super::ProvedBy<'_>,
) -> AppResult<super::Enrolled> {
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Administrator(admin_id))?;
        proved.confirm(conn)?;
        let admin = admins::find_by_id(conn, admin_id)?.ok_or(AppError::NotFound)?;
        if admin.mfa_enabled {
            return Err(AppError::Conflict(msg!("me-mfa-already-on")));
        }
        diesel::update(administrators::table.find(admin.id))
            .set((
                administrators::totp_secret.eq(None::<String>),
                administrators::totp_last_step.eq(None::<i64>),
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
                "codes by email; {} recovery codes issued",
                recovery_codes.len()
            ),
        };
        audit::record(conn, actor, event)?;
        Ok(super::Enrolled { recovery_codes })
    })
}

/// Removes any pending code (MFA reset). Callers own the transaction.
pub(crate) fn delete(conn: &mut DbConn, admin_id: i64) -> AppResult<()> {
    diesel::delete(mfa_email_codes::table.find(admin_id)).execute(conn)?;
    Ok(())
}
