//! Account invitations (seed 001): by email or SMS according to the
//! username, a single-use link valid for the org's invitation validity,
//! stored hashed; sending a new one revokes the previous.
//!
//! `issue` is the building block every door uses (Save & Invite, Resend
//! Invite, bulk, import) inside its own operation's transaction; `resend`
//! is the operation behind the account page's Resend Invite button.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{account_invitations, accounts as accounts_table};
use crate::db::{self, DbConn};
use crate::domain::accounts::{self, Account, Status, UsernameKind};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Actor, Event};
use crate::domain::invitation_templates::{self as templates, render};
use crate::domain::invitations::Links;
use crate::domain::orgs::Organization;
use crate::domain::privileges::Privilege;
use crate::domain::{numbers, org_settings, tokens};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;

/// How an invitation travels (the same type as the templates').
pub use crate::domain::invitation_templates::Channel;

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

/// Why `account` may not be invited (`Account::may_be_invited` is false),
/// in words for the administrator.
pub fn refusal(account: &Account) -> Msg {
    let name = account.name();
    if account.kind() == UsernameKind::None {
        return msg!("accounts-invite-refused-no-portal", name = name);
    }
    match account.status() {
        Status::Active => msg!("accounts-invite-refused-active", name = name),
        Status::Suspended => msg!("accounts-invite-refused-suspended", name = name),
        Status::Saved | Status::Invited => msg!("accounts-invite-refused", name = name),
    }
}

/// The message when neither the account nor the org has a number for it.
pub fn no_number_message(org: &Organization) -> Msg {
    msg!("accounts-invite-needs-number", org = org.name.as_str())
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Invites (or re-invites) `account` of `org`: a building block for
/// operations (Save & Invite, Resend Invite, bulk, import), run inside the
/// caller's transaction. The caller has checked the privilege; this checks
/// the account may be invited and that a number is there for it (its own,
/// or an Available one in the org to pick at activation), revokes earlier
/// links, stores the new one hashed, sets the account `invited` and queues
/// the email or SMS. It writes the `account_invited` audit event.
pub fn issue(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    account: &Account,
    links: &Links,
) -> AppResult<Sent> {
    if account.org_id != org.id {
        return Err(AppError::internal(anyhow::anyhow!(
            "account {} is not of org {}",
            account.id,
            org.id
        )));
    }
    if !account.may_be_invited() {
        return Err(AppError::Conflict(refusal(account)));
    }
    let (channel, to) = match (account.kind(), &account.username) {
        (UsernameKind::Email, Some(to)) => (Channel::Email, to.clone()),
        (UsernameKind::Device, Some(to)) => (Channel::Sms, to.clone()),
        _ => {
            return Err(AppError::Conflict(
                format!("{} has no username.", account.name()).into(),
            ));
        }
    };
    let number = numbers::of_account(conn, account.id)?.map(|n| n.e164);
    if number.is_none() && numbers::available_count(conn, org)? == 0 {
        return Err(AppError::Conflict(no_number_message(org)));
    }

    let now = now();
    let ttl_days = org_settings::effective(conn, org)?.invitation_ttl_days;
    let expires_at = now + chrono::Duration::days(ttl_days);
    // Conditional, and first: on PostgreSQL it holds the account's row until
    // commit, so two invitations of one account run one after the other (the
    // second revokes the first's link), and an account activated meanwhile
    // is not sent back to `invited`.
    let changed =
        diesel::update(accounts_table::table.find(account.id).filter(
            accounts_table::status.eq_any([Status::Saved.as_str(), Status::Invited.as_str()]),
        ))
        .set((
            accounts_table::status.eq(Status::Invited.as_str()),
            accounts_table::invited_at.eq(Some(now)),
            accounts_table::invitation_expires_at.eq(Some(expires_at)),
            accounts_table::updated_at.eq(now),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(AppError::Conflict(msg!(
            "accounts-invite-changed-meanwhile",
            name = account.name()
        )));
    }
    diesel::update(
        account_invitations::table
            .filter(account_invitations::account_id.eq(account.id))
            .filter(account_invitations::state.eq("sent")),
    )
    .set((
        account_invitations::state.eq("revoked"),
        account_invitations::ended_at.eq(Some(now)),
    ))
    .execute(conn)?;
    let token = tokens::random_token();
    diesel::insert_into(account_invitations::table)
        .values((
            account_invitations::account_id.eq(account.id),
            account_invitations::channel.eq(channel.as_str()),
            account_invitations::sent_to.eq(&to),
            account_invitations::token_hash.eq(tokens::hash(&token)),
            account_invitations::state.eq("sent"),
            account_invitations::created_by.eq(&actor.name),
            account_invitations::created_at.eq(now),
            account_invitations::expires_at.eq(expires_at),
        ))
        .execute(conn)?;

    let language = accounts::parse_language(&account.language).unwrap_or("English");
    let template = templates::effective(conn, org, channel, language)?;
    let link = crate::mail::link(&links.base_url, &format!("/activate/{token}"));
    let number_words = number
        .clone()
        .unwrap_or_else(|| templates::number_to_choose(language).to_owned());
    let values = render::Values {
        first_name: &account.first_name,
        number: &number_words,
        link: &link,
        org_name: &org.name,
    };
    templates::queue(
        conn,
        templates::Outgoing {
            channel,
            to: &to,
            name: &account.name(),
            message: render::compose(&template.text, &values),
            language,
            sms_kind: "account_invitation_sms",
            org_id: org.id,
        },
    )?;

    let target = format!("{} <{to}>", account.name());
    let number_note = match &number {
        Some(n) => format!("number {n}"),
        None => "number to be chosen at activation".into(),
    };
    let event = Event {
        org_id: Some(org.id),
        action: "account_invited",
        target: &target,
        details: format!(
            "by {} to {to}; {number_note}; valid {ttl_days} days",
            channel.label()
        ),
    };
    audit::record(conn, actor, event)?;
    Ok(Sent {
        channel,
        to,
        number,
    })
}

/// Resend Invite on one account of the acting org: a new link by email or
/// SMS; the previous link stops working.
pub fn resend(
    conn: &mut DbConn,
    acting: &Acting,
    account_id: i64,
    links: &Links,
) -> AppResult<Sent> {
    acting.require(Privilege::AccountsInvite)?;
    db::transaction(conn, |conn| {
        let account =
            accounts::find_in_org(conn, acting.org(), account_id)?.ok_or(AppError::NotFound)?;
        issue(conn, &acting.actor(), acting.org().org(), &account, links)
    })
}
