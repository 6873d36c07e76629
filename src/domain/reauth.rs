//! Asking a signed-in administrator for their current password again before
//! a change that would let a stolen session keep the account (a new email,
//! backup email or password). A wrong current password counts towards the
//! lockout like a wrong password at sign-in, so a stolen session cannot be
//! used to guess it either.
//!
//! Like sign-in, in two halves around the check, which runs on the password
//! threads: `begin` claims a try and reads the hash afresh (not from the
//! context kept per session); the change then takes the `Proof` and makes
//! sure, in its own transaction, that the password has not changed since.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::administrators;
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::lockout::{self, Claim};
use crate::error::{AppError, AppResult};
use crate::msg;

/// A try at the current password, before the check.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// The hash to check against; `None` while the account waits (the
    /// dummy hash is checked instead: same work, never a match).
    pub hash: Option<String>,
    /// The wait this try starts if the password is wrong.
    pub locks_for: Option<chrono::Duration>,
}

/// The current password was checked against `hash`.
#[derive(Debug, Clone)]
pub struct Proof {
    hash: String,
}

impl Attempt {
    /// Call only when the password matched `self.hash`.
    pub fn into_proof(self) -> Option<Proof> {
        self.hash.map(|hash| Proof { hash })
    }
}

pub fn begin(conn: &mut DbConn, acting: &Acting, now: NaiveDateTime) -> AppResult<Attempt> {
    let claim = lockout::claim(conn, acting.id(), now)?;
    let Claim::Admitted { locks_for } = claim else {
        return Ok(Attempt {
            hash: None,
            locks_for: None,
        });
    };
    let hash: Option<String> = administrators::table
        .find(acting.id())
        .select(administrators::password_hash)
        .first(conn)?;
    Ok(Attempt { hash, locks_for })
}

/// The current password was wrong (or the account waits): audited.
pub fn failed(conn: &mut DbConn, acting: &Acting, attempt: &Attempt) -> AppResult<()> {
    let details = match (&attempt.hash, attempt.locks_for) {
        (None, _) => "refused: the account is waiting after failed passwords".to_owned(),
        (Some(_), Some(wait)) => format!(
            "wrong current password; the account now waits {}",
            lockout::minutes(wait)
        ),
        (Some(_), None) => "wrong current password".into(),
    };
    let actor = acting.actor();
    let event = Event {
        org_id: Some(acting.admin().org_id),
        action: "reauthentication_failed",
        target: &actor.name,
        details,
    };
    audit::record(conn, &actor, event)
}

/// Inside the change's transaction: the password is still the one checked,
/// and the count of failures starts again.
pub fn confirm(conn: &mut DbConn, acting: &Acting, proof: &Proof) -> AppResult<()> {
    let current: Option<String> = administrators::table
        .find(acting.id())
        .select(administrators::password_hash)
        .first(conn)?;
    if current.as_deref() != Some(proof.hash.as_str()) {
        return Err(AppError::Conflict(msg!("me-password-changed-meanwhile")));
    }
    lockout::clear(conn, acting.id())
}
