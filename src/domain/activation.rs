//! Activation: the end user opens the link of their invitation
//! (`/activate/<token>`), sees their number or picks one from a short list
//! of Available numbers, and confirms. In one transaction the account
//! becomes active, the invitation accepted and the chosen number theirs;
//! when the number was taken a moment before, nothing of that happens and
//! they choose again.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    account_invitations, accounts as accounts_table, numbers as numbers_table,
};
use crate::db::{self, DbConn};
use crate::domain::accounts::{Account, Status};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::numbers;
use crate::domain::orgs::{self, Organization};
use crate::domain::tokens;
use crate::domain::values::PhoneNumber;
use crate::error::{AppError, AppResult};

/// How many Available numbers the page offers.
pub const CHOICES: i64 = 5;

/// Why a link cannot be used. The page says so in words an end user
/// understands; an unknown (mistyped or made-up) link gets the same words
/// as any other dead one, so a page never tells whether a token existed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadLink {
    /// No invitation has this link.
    Unknown,
    Expired,
    /// The account was activated with it.
    Used,
    /// A newer invitation replaced it, or the account is no longer waiting
    /// for activation.
    Replaced,
}

/// The account a live link belongs to, as the page shows it.
#[derive(Debug, Clone)]
pub struct Invitee {
    pub account: Account,
    pub org: Organization,
    /// The number the account holds already.
    pub number: Option<String>,
    /// When it holds none: the Available numbers to choose from (empty when
    /// none is left).
    pub choices: Vec<String>,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = account_invitations)]
struct Invitation {
    id: i64,
    account_id: i64,
    state: String,
    expires_at: NaiveDateTime,
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn find_invitation(conn: &mut DbConn, raw: &str) -> AppResult<Option<Invitation>> {
    Ok(account_invitations::table
        .filter(account_invitations::token_hash.eq(tokens::hash(raw)))
        .select(Invitation::as_select())
        .first(conn)
        .optional()?)
}

/// Is the invitation usable now? (The account's status is checked apart.)
fn dead_reason(invitation: &Invitation, now: NaiveDateTime) -> Option<DeadLink> {
    match invitation.state.as_str() {
        "accepted" => Some(DeadLink::Used),
        "revoked" => Some(DeadLink::Replaced),
        _ if invitation.expires_at <= now => Some(DeadLink::Expired),
        _ => None,
    }
}

fn load_account(conn: &mut DbConn, id: i64) -> AppResult<Option<Account>> {
    Ok(accounts_table::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()?)
}

/// The account behind a live link, with its number or the numbers to choose
/// from; the link stays usable.
pub fn open(conn: &mut DbConn, raw: &str) -> AppResult<Result<Invitee, DeadLink>> {
    let Some(invitation) = find_invitation(conn, raw)? else {
        return Ok(Err(DeadLink::Unknown));
    };
    if let Some(dead) = dead_reason(&invitation, now()) {
        return Ok(Err(dead));
    }
    let Some(account) = load_account(conn, invitation.account_id)? else {
        return Ok(Err(DeadLink::Unknown));
    };
    if account.status() != Status::Invited {
        return Ok(Err(DeadLink::Replaced));
    }
    let org = orgs::by_id(conn, account.org_id)?;
    let number = numbers::of_account(conn, account.id)?.map(|n| n.e164);
    let choices = match number {
        Some(_) => Vec::new(),
        None => numbers::available_short_list(conn, &org, CHOICES)?,
    };
    Ok(Ok(Invitee {
        account,
        org,
        number,
        choices,
        expires_at: invitation.expires_at,
    }))
}

/// What confirming did.
#[derive(Debug, Clone)]
pub enum Outcome {
    Activated {
        account: Account,
        number: String,
    },
    Dead(DeadLink),
    /// The account has no number and none was chosen (nothing changed).
    NoChoice(Invitee),
    /// The chosen number was taken a moment ago (nothing changed).
    Taken(Invitee),
}

/// Why the activation transaction stopped; everything in it is undone.
enum Abort {
    Dead(DeadLink),
    NoChoice,
    Taken,
    Failed(AppError),
}

impl From<diesel::result::Error> for Abort {
    fn from(e: diesel::result::Error) -> Self {
        Abort::Failed(e.into())
    }
}

impl From<AppError> for Abort {
    fn from(e: AppError) -> Self {
        Abort::Failed(e)
    }
}

/// Activates the account of the link: status `active`, the invitation
/// `accepted`, and its number, or the chosen Available one of its org,
/// assigned, all in one transaction. A number someone else took meanwhile
/// undoes all of it (the link stays usable).
pub fn activate(
    conn: &mut DbConn,
    raw: &str,
    chosen: Option<&str>,
    client_addr: Option<String>,
) -> AppResult<Outcome> {
    let result = db::transaction(conn, |conn| -> Result<(Account, String), Abort> {
        let invitation = find_invitation(conn, raw)?.ok_or(Abort::Dead(DeadLink::Unknown))?;
        let now = now();
        if let Some(dead) = dead_reason(&invitation, now) {
            return Err(Abort::Dead(dead));
        }
        // The account's row first (as `account_invites::issue` does): on
        // PostgreSQL a resend or a second activation of the same account
        // waits here until this one ends, then finds it no longer invited.
        let changed = diesel::update(
            accounts_table::table
                .find(invitation.account_id)
                .filter(accounts_table::status.eq(Status::Invited.as_str())),
        )
        .set((
            accounts_table::status.eq(Status::Active.as_str()),
            accounts_table::activated_at.eq(Some(now)),
            accounts_table::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(Abort::Dead(DeadLink::Replaced));
        }
        let accepted = diesel::update(
            account_invitations::table
                .find(invitation.id)
                .filter(account_invitations::state.eq("sent"))
                .filter(account_invitations::expires_at.gt(now)),
        )
        .set((
            account_invitations::state.eq("accepted"),
            account_invitations::ended_at.eq(Some(now)),
        ))
        .execute(conn)?;
        if accepted == 0 {
            // A resend revoked it while this request waited for the account.
            return Err(Abort::Dead(DeadLink::Replaced));
        }
        let account =
            load_account(conn, invitation.account_id)?.ok_or(Abort::Dead(DeadLink::Unknown))?;
        let org = orgs::by_id(conn, account.org_id)?;
        let number = match numbers::of_account(conn, account.id)? {
            Some(held) => held.e164,
            None => {
                let choice = chosen
                    .map(PhoneNumber::parse)
                    .and_then(Result::ok)
                    .ok_or(Abort::NoChoice)?;
                take_available(conn, &org, choice.as_str(), account.id)?;
                choice.as_str().to_owned()
            }
        };
        let target = format!("{} <{}>", account.name(), account.username_label());
        let event = Event {
            org_id: Some(org.id),
            action: "account_activated",
            target: &target,
            details: format!("activated with the invitation link; number {number}"),
        };
        audit::record(conn, &Actor::anonymous(client_addr.clone()), event)?;
        Ok((account, number))
    });
    match result {
        Ok((account, number)) => Ok(Outcome::Activated { account, number }),
        Err(Abort::Failed(e)) => Err(e),
        Err(Abort::Dead(dead)) => Ok(Outcome::Dead(dead)),
        Err(abort @ (Abort::NoChoice | Abort::Taken)) => {
            // Read again after the rollback: the list without what was taken.
            Ok(match open(conn, raw)? {
                Err(dead) => Outcome::Dead(dead),
                Ok(invitee) if matches!(abort, Abort::Taken) => Outcome::Taken(invitee),
                Ok(invitee) => Outcome::NoChoice(invitee),
            })
        }
    }
}

/// Assigns an Available number of `org` to the account. Only Available
/// ones are offered (Reserved numbers are kept for the administrators to
/// give), so a Reserved or foreign number in a crafted form is "taken" too.
/// The assignment itself is `numbers::assign_specific`'s conditional
/// update: of two activations racing for the last number, one changes it,
/// the other changes nothing.
fn take_available(
    conn: &mut DbConn,
    org: &Organization,
    e164: &str,
    account_id: i64,
) -> Result<(), Abort> {
    let available = numbers_table::table
        .filter(numbers_table::e164.eq(e164))
        .filter(numbers_table::org_id.eq(org.id))
        .filter(numbers_table::status.eq(numbers::Status::Available.as_str()))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if !available || !numbers::assign_specific(conn, org, e164, account_id)? {
        return Err(Abort::Taken);
    }
    Ok(())
}
