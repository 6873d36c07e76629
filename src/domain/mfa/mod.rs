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

/// Unix seconds of a stored (UTC) time, as TOTP counts them.
pub(crate) fn unix(now: chrono::NaiveDateTime) -> u64 {
    u64::try_from(now.and_utc().timestamp()).unwrap_or(0)
}
