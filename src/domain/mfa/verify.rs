//! The code step of sign-in, after the password: a code from the app or a
//! recovery code. The caller has claimed the try with `lockout::claim`
//! (so failed codes count like failed passwords) and calls `sign_in::
//! record_success` when this accepts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::recovery;
use super::secret::{self, Sealer};
use crate::db::schema::administrators;
use crate::db::{self, DbConn, Lock};
use crate::domain::admins;
use crate::domain::audit::{self, Actor, Event};
use crate::domain::lockout;
use crate::error::{AppError, AppResult};

/// What a code was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    /// A current code from the app, not used before.
    Totp,
    /// The code just emailed, in time and within its attempts.
    Email,
    /// An unused recovery code; this many remain.
    Recovery { remaining: i64 },
    /// A right code whose time step was already used: refused.
    Replayed,
    /// Neither.
    Wrong,
}

impl CodeCheck {
    pub fn accepted(self) -> bool {
        matches!(self, Self::Totp | Self::Email | Self::Recovery { .. })
    }
}

/// Checks `code` for administrator `admin_id` at `now`. A refusal (wrong,
/// replayed, or `locked_for` when the claim found the account waiting) is
/// audited here; an accepted recovery code too. `locks_for` is the wait
/// the claim started if this code is wrong.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    conn: &mut DbConn,
    admin_id: i64,
    sealer: &Sealer,
    code: &str,
    held: bool,
    locks_for: Option<chrono::Duration>,
    client_addr: Option<String>,
    now: NaiveDateTime,
) -> AppResult<CodeCheck> {
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Administrator(admin_id))?;
        let admin = admins::find_by_id(conn, admin_id)?.ok_or(AppError::NotFound)?;
        let (stored, last_step): (Option<String>, Option<i64>) = administrators::table
            .find(admin_id)
            .select((administrators::totp_secret, administrators::totp_last_step))
            .first(conn)?;
        let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let check = if held {
            CodeCheck::Wrong
        } else if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            match stored {
                Some(stored) if admin.mfa_enabled => {
                    let totp = secret::totp(sealer.open(admin.id, &stored)?, &admin.email)?;
                    match totp.check(&digits, super::unix(now)) {
                        None => CodeCheck::Wrong,
                        Some(step) => {
                            let step = i64::try_from(step).unwrap_or(i64::MAX);
                            if last_step.is_some_and(|last| step <= last) {
                                CodeCheck::Replayed
                            } else {
                                diesel::update(administrators::table.find(admin.id))
                                    .set(administrators::totp_last_step.eq(Some(step)))
                                    .execute(conn)?;
                                CodeCheck::Totp
                            }
                        }
                    }
                }
                None if admin.mfa_enabled => {
                    if super::email_code::check(conn, admin.id, &digits, now)? {
                        CodeCheck::Email
                    } else {
                        CodeCheck::Wrong
                    }
                }
                _ => CodeCheck::Wrong,
            }
        } else if admin.mfa_enabled && recovery::use_code(conn, admin.id, code, now)? {
            CodeCheck::Recovery {
                remaining: recovery::remaining(conn, admin.id)?,
            }
        } else {
            CodeCheck::Wrong
        };
        let target = format!("{} <{}>", admin.full_name(), admin.email);
        let actor = Actor {
            id: Some(admin.id),
            name: target.clone(),
            client_addr,
        };
        let wait = || match locks_for {
            Some(wait) => format!("; the account now waits {}", lockout::minutes(wait)),
            None => String::new(),
        };
        let (action, details) = match check {
            CodeCheck::Totp | CodeCheck::Email => return Ok(check),
            CodeCheck::Recovery { remaining } => (
                "mfa_recovery_code_used",
                format!("{remaining} recovery code(s) remain"),
            ),
            CodeCheck::Replayed => (
                "mfa_code_replayed",
                format!("refused: a code already used{}", wait()),
            ),
            CodeCheck::Wrong if held => (
                "mfa_code_failed",
                "refused: the account is waiting after failed sign-ins".into(),
            ),
            CodeCheck::Wrong => ("mfa_code_failed", format!("wrong code{}", wait())),
        };
        let event = Event {
            org_id: Some(admin.org_id),
            action,
            target: &target,
            details,
        };
        audit::record(conn, &actor, event)?;
        Ok(check)
    })
}

/// The code step as sign-in takes it: one try claimed on the account (a
/// waiting account is refused like a wrong code, without checking it),
/// the code checked, and, when it passes, the administrator if they may
/// still sign in (the caller then records the success, which clears the
/// count).
pub struct SecondStep {
    pub check: CodeCheck,
    pub admin: Option<admins::Administrator>,
}

pub fn second_step(
    conn: &mut DbConn,
    admin_id: i64,
    sealer: &Sealer,
    code: &str,
    client_addr: Option<String>,
    now: NaiveDateTime,
) -> AppResult<SecondStep> {
    let (held, locks_for) = match lockout::claim(conn, admin_id, now)? {
        lockout::Claim::Locked => (true, None),
        lockout::Claim::Admitted { locks_for } => (false, locks_for),
    };
    let check = verify(
        conn,
        admin_id,
        sealer,
        code,
        held,
        locks_for,
        client_addr,
        now,
    )?;
    let admin = if check.accepted() {
        admins::find_by_id(conn, admin_id)?.filter(admins::Administrator::may_sign_in)
    } else {
        None
    };
    Ok(SecondStep { check, admin })
}
