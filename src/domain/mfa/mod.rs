//! Two-factor authentication (issue 10, MFA): an authenticator app (TOTP,
//! RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock skew each
//! way), ten single-use recovery codes, and the org policy of Setup > Two
//! Factor Authentication. Time comes from the caller (`AppState::clock`),
//! never from the system, so tests move it.
//!
//! - `secret`: the shared secret, the QR code, sealing at rest.
//! - `enrol`: confirming an app with a current code (and the codes).
//! - `email_code`: codes by email instead of an app (5 minutes, once).
//! - `verify`: the code step of sign-in (once-only codes, recovery codes).
//! - `policy`: off / required for administrators, inherited.
//! - `reset`: another administrator's MFA removed; their sessions end.

pub mod email_code;
mod enrol;
pub mod policy;
mod recovery;
mod reset;
mod secret;
mod verify;

pub use enrol::{Enrolled, enrol};
pub use recovery::RECOVERY_CODES;
pub use reset::reset;
pub use secret::{Enrolment, Sealer};
pub use verify::{CodeCheck, SecondStep, second_step, verify};

/// How the administrator turning MFA on proved it is them: their current
/// password just now (My Profile; ASVS: re-authenticate before changing an
/// authentication factor, so a stolen session cannot set up its own), or
/// the password step of the sign-in under way (a forced enrolment).
pub enum ProvedBy<'a> {
    Reauth(
        &'a crate::domain::acting::Acting,
        &'a crate::domain::reauth::Proof,
    ),
    SignIn,
}

impl ProvedBy<'_> {
    /// Inside the enrolment's transaction.
    pub(crate) fn confirm(&self, conn: &mut crate::db::DbConn) -> crate::error::AppResult<()> {
        match self {
            Self::Reauth(acting, proof) => crate::domain::reauth::confirm(conn, acting, proof),
            Self::SignIn => Ok(()),
        }
    }
}

/// Unix seconds of a stored (UTC) time, as TOTP counts them.
pub(crate) fn unix(now: chrono::NaiveDateTime) -> u64 {
    u64::try_from(now.and_utc().timestamp()).unwrap_or(0)
}
