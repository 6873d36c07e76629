//! Account invitations (seed 001): by email or SMS according to the
//! username, a single-use link valid for the org's invitation validity,
//! stored hashed; sending a new one revokes the previous.
//!
//! FOUNDATION STUB: the signatures are fixed; the bodies arrive with the
//! invitations work.

use crate::db::DbConn;
use crate::domain::accounts::Account;
use crate::domain::audit::Actor;
use crate::domain::invitations::Links;
use crate::domain::orgs::Organization;
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

/// What an invitation went out as.
#[derive(Debug, Clone)]
pub struct Sent {
    pub channel: Channel,
    /// The email address or device number it was sent to.
    pub to: String,
    /// The number the account holds, or None when the end user will pick
    /// one at activation.
    pub number: Option<String>,
}

/// Invites (or re-invites) `account` of `org`: a building block for
/// operations (Save & Invite, Resend Invite, bulk, import), run inside the
/// caller's transaction. The caller has checked the privilege; this checks
/// the account may be invited and that a number is there for it (its own,
/// or an Available one in the org to pick at activation), revokes earlier
/// links, stores the new one hashed, sets the account `invited` and queues
/// the email or SMS. It writes the `account_invited` audit event.
pub fn issue(
    _conn: &mut DbConn,
    _actor: &Actor,
    _org: &Organization,
    _account: &Account,
    _links: &Links,
) -> AppResult<Sent> {
    Err(AppError::Conflict(
        "Invitations for accounts are not available yet.".into(),
    ))
}
