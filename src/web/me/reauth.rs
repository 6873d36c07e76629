//! Checking the current password before a change of email, backup email or
//! password. A wrong one counts towards the lockout (`domain::reauth`);
//! while the account waits, the form says the same as for a wrong one.

use crate::auth::password;
use crate::domain::acting::Acting;
use crate::domain::reauth::{self, Proof};
use crate::error::{AppResult, FieldErrors};
use crate::i18n::Msg;
use crate::msg;
use crate::web::State;

pub const WRONG: &str = "me-current-password-wrong";

/// The proof that `typed` is the current password, or the message to show
/// next to `field`.
pub async fn check(
    state: &State,
    acting: &Acting,
    field: &'static str,
    typed: String,
) -> AppResult<Result<Proof, FieldErrors>> {
    let mut errors = FieldErrors::new();
    if typed.is_empty() {
        errors.add(field, msg!("me-current-password-empty"));
        return Ok(Err(errors));
    }
    let now = state.clock.now();
    let who = acting.clone();
    let attempt = state
        .db
        .run(move |conn| reauth::begin(conn, &who, now))
        .await?;
    let hash = attempt.hash.clone();
    let matches = password::gated(move || password::verify(hash.as_deref(), &typed)).await?;
    if matches && let Some(proof) = attempt.clone().into_proof() {
        return Ok(Ok(proof));
    }
    let who = acting.clone();
    state
        .db
        .run(move |conn| reauth::failed(conn, &who, &attempt))
        .await?;
    errors.add(field, Msg::new(WRONG));
    Ok(Err(errors))
}
