//! Add Account → Single Account: Save, or Save & Invite.

use super::input::{AccountInput, NumberChoice, Username};
use super::pin::PinHash;
use super::rules::{self, audit_name};
use super::store;
use crate::db::{self, DbConn};
use crate::domain::account_invites::{self, Sent};
use crate::domain::accounts::Account;
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::invitations::Links;
use crate::domain::orgs::Organization;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};

/// The two buttons under the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Save: the account is `saved`; invite it later with Resend Invite.
    Save,
    /// Save & Invite: the invitation is sent in the same transaction.
    Invite,
}

/// What `add` did.
#[derive(Debug)]
pub struct Added {
    /// The account as stored (after the invitation, when one was sent).
    pub account: Account,
    /// The org it was added to (the form's Organization).
    pub org: Organization,
    /// The number it holds; `None` when the end user picks one at activation.
    pub number: Option<String>,
    /// How the invitation went out, for Save & Invite.
    pub invitation: Option<Sent>,
}

/// Adds one account. `pin` is the hash of the PIN the adapter made for a
/// No Portal Access account (and must be `None` otherwise). With
/// `Then::Invite` the invitation is issued in the same transaction: if it
/// cannot be (no number for it, say), nothing is written and the error says
/// why. Wake the mailer after it returns with an invitation.
pub fn add(
    conn: &mut DbConn,
    acting: &Acting,
    links: &Links,
    input: AccountInput,
    pin: Option<PinHash>,
    then: Then,
) -> AppResult<Added> {
    acting.require(Privilege::AccountsEdit)?;
    if then == Then::Invite {
        acting.require(Privilege::AccountsInvite)?;
    }
    let no_portal = input.username == Username::NoPortalAccess;
    match (no_portal, &pin, then) {
        (true, None, _) => {
            return Err(AppError::internal(anyhow::anyhow!(
                "a No Portal Access account was added without a PIN"
            )));
        }
        (false, Some(_), _) => {
            return Err(AppError::BadRequest(crate::msg!(
                "accounts-pin-only-no-portal"
            )));
        }
        (true, Some(_), Then::Invite) => {
            return Err(AppError::Conflict(
                "A No Portal Access account has no email or device number to invite: use Save."
                    .into(),
            ));
        }
        _ => {}
    }
    db::transaction(conn, |conn| {
        let resolved = rules::resolve(conn, acting, &input, None)?;
        let account = store::insert(conn, &input, &resolved, pin.as_ref())?;
        let choice = match &input.number {
            NumberChoice::Keep => &NumberChoice::None,
            other => other,
        };
        let number = store::apply_number(conn, &resolved.org, account.id, None, choice)?;
        let org = resolved.org.org().clone();
        let event = Event {
            org_id: Some(org.id),
            action: "account_created",
            target: &audit_name(&account),
            details: format!(
                "Account ID {}; org {}; User Permissions {}; number {}; features {}{}",
                account.account_ref,
                org.label(),
                resolved.profile.name,
                number.as_deref().unwrap_or("none (chosen at activation)"),
                resolved.features.labels(),
                if no_portal {
                    "; No Portal Access, PIN set"
                } else {
                    ""
                }
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        let invitation = match then {
            Then::Save => None,
            Then::Invite => Some(account_invites::issue(
                conn,
                &acting.actor(),
                &org,
                &account,
                links,
            )?),
        };
        let account = store::by_id(conn, account.id)?;
        Ok(Added {
            account,
            org,
            number,
            invitation,
        })
    })
}
