//! The pending second step of a sign-in, kept in the (not yet signed-in)
//! session: whose password passed, when, and whether they must set up MFA
//! first. `CurrentAdmin` never reads these keys, so no page opens with
//! them; they last ten minutes, then the password is asked again.

use actix_session::Session;
use chrono::NaiveDateTime;

use crate::error::{AppError, AppResult};

const ADMIN: &str = "mfa_pending";
const SINCE: &str = "mfa_pending_since";
const ENROL: &str = "mfa_pending_enrol";
const EMAILED: &str = "mfa_pending_emailed";

/// How long the code step may wait after the password.
const TTL_SECS: i64 = 10 * 60;

/// A password passed for `admin_id` at `now`; the session gets a new id.
/// `enrol`: MFA must be set up first; `emailed`: a code was emailed.
pub fn start(
    session: &Session,
    admin_id: i64,
    enrol: bool,
    emailed: bool,
    now: NaiveDateTime,
) -> AppResult<()> {
    session.renew();
    session
        .insert(ADMIN, admin_id)
        .map_err(AppError::internal)?;
    session
        .insert(SINCE, now.and_utc().timestamp())
        .map_err(AppError::internal)?;
    session.insert(ENROL, enrol).map_err(AppError::internal)?;
    session
        .insert(EMAILED, emailed)
        .map_err(AppError::internal)?;
    Ok(())
}

/// The pending step, if any and still fresh at `now`.
#[derive(Debug, Clone, Copy)]
pub struct Pending {
    pub admin_id: i64,
    pub enrol: bool,
    pub emailed: bool,
}

pub fn get(session: &Session, now: NaiveDateTime) -> Option<Pending> {
    let admin_id = session.get::<i64>(ADMIN).ok().flatten()?;
    let since = session.get::<i64>(SINCE).ok().flatten()?;
    let age = now.and_utc().timestamp() - since;
    if !(0..=TTL_SECS).contains(&age) {
        return None;
    }
    let enrol = session.get::<bool>(ENROL).ok().flatten().unwrap_or(false);
    let emailed = session.get::<bool>(EMAILED).ok().flatten().unwrap_or(false);
    Some(Pending {
        admin_id,
        enrol,
        emailed,
    })
}

/// Forgets the pending step (signed in, or starting again). Only touches
/// the session when there is something to remove.
pub fn clear(session: &Session) {
    if session.get::<i64>(ADMIN).ok().flatten().is_some() {
        session.remove(ADMIN);
        session.remove(SINCE);
        session.remove(ENROL);
        session.remove(EMAILED);
    }
}
