//! One account of a bulk Resend Invite, Edit or Delete: the single-account
//! operation, called for the account's own org inside the batch's
//! transaction (a savepoint), turned into the account's result line.

use super::{Action, EditChange};
use crate::db::{self, DbConn};
use crate::domain::account_edits::{self, AccountInput};
use crate::domain::account_invites;
use crate::domain::accounts::{self, Account};
use crate::domain::acting::Acting;
use crate::domain::batches::{NewItem, Outcome};
use crate::domain::invitations::Links;
use crate::domain::orgs;
use crate::error::{AppError, AppResult};

pub(super) fn line(account: &Account, outcome: Outcome, result: &str, message: String) -> NewItem {
    NewItem {
        target: if account.name().is_empty() {
            format!("Account ID {}", account.account_ref)
        } else {
            account.name()
        },
        identifier: account
            .username
            .clone()
            .unwrap_or_else(|| format!("Account ID {}", account.account_ref)),
        input: None,
        outcome,
        result: result.into(),
        message,
    }
}

/// What a refusal of one account says in the report; `Err` for errors that
/// are not about the account (the database), which stop the batch.
pub(super) fn refused(account: &Account, error: AppError) -> AppResult<NewItem> {
    Ok(match error {
        AppError::Conflict(m) | AppError::BadRequest(m) => {
            line(account, Outcome::Failed, "Failed", m.to_string())
        }
        AppError::Invalid(fields) => line(account, Outcome::Failed, "Failed", fields.joined()),
        AppError::Forbidden => line(
            account,
            Outcome::Skipped,
            "Skipped",
            "Your role does not allow this change to this account.".into(),
        ),
        AppError::NotFound => line(
            account,
            Outcome::Skipped,
            "Skipped",
            "No longer in this organization.".into(),
        ),
        other => return Err(other),
    })
}

/// The account as it is now, if it is still in the acting subtree.
pub(super) fn reread(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Option<Account>> {
    Ok(accounts::in_subtree(conn, acting.org(), &[id])?.pop())
}

/// Gone (deleted meanwhile, or never in scope): nothing to name but the id.
pub(super) fn gone(id: i64) -> NewItem {
    NewItem {
        target: format!("Account {id}"),
        identifier: String::new(),
        input: None,
        outcome: Outcome::Skipped,
        result: "Skipped".into(),
        message: "No longer in this organization.".into(),
    }
}

pub(super) fn one(
    conn: &mut DbConn,
    acting: &Acting,
    action: &Action,
    id: i64,
    links: &Links,
) -> AppResult<NewItem> {
    let Some(account) = reread(conn, acting, id)? else {
        return Ok(gone(id));
    };
    let org = orgs::by_id(conn, account.org_id)?;
    // The single-account operations act on accounts of the org acting in.
    let Some(here) = acting.within(conn, &org.display_id)? else {
        return Ok(gone(id));
    };
    let done = match action {
        Action::ResendInvite => db::transaction(conn, |conn| {
            account_invites::issue(conn, &here.actor(), &org, &account, links)
        })
        .map(|sent| {
            let message = match sent.number {
                Some(n) => format!("Invitation sent to {} (number {n}).", sent.to),
                None => format!(
                    "Invitation sent to {}; the number is chosen at activation.",
                    sent.to
                ),
            };
            line(&account, Outcome::Succeeded, "Sent", message)
        }),
        Action::Edit(change) => edit(conn, &here, &account, &org.display_id, change),
        Action::Delete => account_edits::delete(conn, &here, account.id).map(|d| {
            let message = match d.released_number {
                Some(n) => format!("Deleted; number {n} is Available again."),
                None => "Deleted.".into(),
            };
            line(&account, Outcome::Succeeded, "Deleted", message)
        }),
        Action::Move { .. } => Err(AppError::internal(anyhow::anyhow!(
            "a move runs through moving::move_one"
        ))),
    };
    match done {
        Ok(item) => Ok(item),
        Err(e) => refused(&account, e),
    }
}

fn edit(
    conn: &mut DbConn,
    here: &Acting,
    account: &Account,
    org_display_id: &str,
    change: &EditChange,
) -> AppResult<NewItem> {
    let mut input = AccountInput::of(account, org_display_id)?;
    if let Some(profile) = change.user_permissions_id {
        input.user_permissions_id = Some(profile);
    }
    input.features = change.apply(&account.feature_set());
    let updated = account_edits::update(conn, here, account.id, input)?;
    let outcome = if updated.changes == "no changes" {
        Outcome::Skipped
    } else {
        Outcome::Succeeded
    };
    let result = if outcome == Outcome::Skipped {
        "Unchanged"
    } else {
        "Changed"
    };
    Ok(line(account, outcome, result, updated.changes))
}
