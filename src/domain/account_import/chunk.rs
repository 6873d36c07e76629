//! Adds one chunk of an import in one transaction: the rows the database
//! accepts become accounts (with their numbers, audit events and, for
//! Import & Invite, invitations) and every row of the chunk gets its result
//! in the batch, all or nothing. A chunk refused as a whole by something one
//! row did (a number taken or an email added a moment ago by someone else,
//! an invitation that cannot go out) runs again one row at a time, so only
//! that row fails.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::insert::{full_name, insert};
use super::{Row, Target, Verdict, check, describe};
use crate::db::schema::accounts;
use crate::db::{self, DbConn};
use crate::domain::account_edits::rules::audit_label;
use crate::domain::account_edits::{AccountInput, NumberChoice};
use crate::domain::accounts::Account;
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::batches::{self, NewItem, Outcome, Recorded};
use crate::domain::invitations::Links;
use crate::domain::privileges::Privilege;
use crate::domain::{account_invites, numbers};
use crate::error::{AppError, AppResult};

/// The two buttons under the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Then {
    /// Import: the accounts are `saved`; invite them later with Resend Invite.
    Import,
    /// Import & Invite: each imported account is invited in the same
    /// transaction as its adding.
    ImportAndInvite,
}

impl Then {
    pub fn label(self) -> &'static str {
        match self {
            Then::Import => "Import",
            Then::ImportAndInvite => "Import & Invite",
        }
    }

    /// Accounts: Import, and Accounts: Invite to invite.
    pub fn require(self, acting: &Acting) -> AppResult<()> {
        acting.require(Privilege::AccountsImport)?;
        if self == Then::ImportAndInvite {
            acting.require(Privilege::AccountsInvite)?;
        }
        Ok(())
    }
}

/// Adds `rows` (consecutive positions of batch `batch_id`) to the target
/// org and records their results; rows whose results are already recorded
/// (a resumed run) are left alone. Returns how many accounts it added.
pub fn add_chunk(
    conn: &mut DbConn,
    acting: &Acting,
    links: &Links,
    target: &Target,
    batch_id: i64,
    rows: &[Row],
    then: Then,
) -> AppResult<usize> {
    then.require(acting)?;
    match db::transaction(conn, |conn| {
        write(conn, acting, links, target, batch_id, rows, then)
    }) {
        Ok(n) => Ok(n),
        Err(e) if is_about_a_row(&e) && rows.len() > 1 => {
            let mut added = 0;
            for row in rows {
                added += add_chunk(
                    conn,
                    acting,
                    links,
                    target,
                    batch_id,
                    std::slice::from_ref(row),
                    then,
                )?;
            }
            Ok(added)
        }
        Err(e) if is_about_a_row(&e) => {
            let Some(row) = rows.first() else {
                return Ok(0);
            };
            let message = match &e {
                AppError::Conflict(m) => m.to_string(),
                AppError::Invalid(fields) => fields.joined(),
                _ => "Added by someone else a moment ago.".into(),
            };
            db::transaction(conn, |conn| {
                if !batches::recorded_between(conn, batch_id, row.position, row.position)?
                    .is_empty()
                {
                    return Ok(0);
                }
                let item = failed(row, message.clone());
                batches::record_items(conn, batch_id, &[item])?;
                Ok(0)
            })
        }
        Err(e) => Err(e),
    }
}

/// Refusals a row causes (as opposed to the database being gone).
fn is_about_a_row(e: &AppError) -> bool {
    match e {
        AppError::Conflict(_) | AppError::Invalid(_) => true,
        AppError::Internal(e) => e
            .downcast_ref::<diesel::result::Error>()
            .is_some_and(db::is_unique_violation),
        _ => false,
    }
}

fn item(row: &Row, outcome: Outcome, result: &str, message: String) -> NewItem {
    NewItem {
        target: row.target(),
        identifier: row.identifier(),
        input: Some(row.pairs.clone()),
        outcome,
        result: result.into(),
        message,
    }
}

fn failed(row: &Row, message: String) -> Recorded {
    Recorded {
        position: row.position,
        item: item(row, Outcome::Failed, "Invalid", message),
        account: None,
    }
}

fn write(
    conn: &mut DbConn,
    acting: &Acting,
    links: &Links,
    target: &Target,
    batch_id: i64,
    rows: &[Row],
    then: Then,
) -> AppResult<usize> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(0);
    };
    let done = batches::recorded_between(conn, batch_id, first.position, last.position)?;
    let rows: Vec<&Row> = rows
        .iter()
        .filter(|r| !done.contains(&r.position))
        .collect();
    if rows.is_empty() {
        return Ok(0);
    }
    let verdicts = check(conn, target, &rows)?;
    let valid: Vec<(&Row, &AccountInput)> = rows
        .iter()
        .zip(&verdicts)
        .filter_map(|(row, v)| match (v, &row.input) {
            (Verdict::Valid, Ok(input)) => Some((*row, input)),
            _ => None,
        })
        .collect();

    let now = chrono::Utc::now().naive_utc();
    let ids = insert(conn, target, &valid, now)?;
    let org = target.org.org();
    let mut numbers_of: HashMap<i64, String> = HashMap::new();
    for ((_, input), id) in valid.iter().zip(&ids) {
        if let NumberChoice::Specific(n) = &input.number {
            if !numbers::assign_specific(conn, org, n.as_str(), *id)? {
                return Err(AppError::Conflict(
                    format!("{n} was taken a moment ago; it is no longer Available.").into(),
                ));
            }
            numbers_of.insert(*id, n.as_str().to_owned());
        }
    }
    let actor = acting.actor();
    // Named from the rows, as written: the accounts are not read back.
    let names: Vec<String> = valid
        .iter()
        .map(|(_, input)| {
            audit_label(
                &full_name(input),
                input.username.stored(),
                input.account_ref.as_str(),
            )
        })
        .collect();
    let events: Vec<Event<'_>> = valid
        .iter()
        .zip(&ids)
        .zip(&names)
        .map(|(((_, input), id), name)| Event {
            org_id: Some(org.id),
            action: "account_created",
            target: name,
            details: format!(
                "CSV import (batch {batch_id}); Account ID {}; org {}; User Permissions {}; number {}",
                input.account_ref.as_str(),
                org.label(),
                target.profile.name,
                numbers_of
                    .get(id)
                    .map_or("none (chosen at activation)", String::as_str),
            ),
        })
        .collect();
    audit::record_many(conn, &actor, &events)?;
    let mut sent = HashMap::new();
    // Each account's `updated_at` as the batch keeps it for Undo: the
    // insert's, unless inviting changed it.
    let mut stamps: HashMap<i64, NaiveDateTime> = ids.iter().map(|id| (*id, now)).collect();
    if then == Then::ImportAndInvite {
        for account in load(conn, &ids)? {
            let invitation = account_invites::issue(conn, &actor, org, &account, links)?;
            sent.insert(account.id, invitation);
        }
        stamps = accounts::table
            .filter(accounts::id.eq_any(&ids))
            .select((accounts::id, accounts::updated_at))
            .load(conn)?
            .into_iter()
            .collect();
    }

    let by_row: HashMap<i64, i64> = valid
        .iter()
        .zip(&ids)
        .map(|((row, _), id)| (row.position, *id))
        .collect();
    let recorded: Vec<Recorded> = rows
        .iter()
        .zip(&verdicts)
        .map(|(row, verdict)| match verdict {
            Verdict::Valid => {
                let id = by_row.get(&row.position).copied().unwrap_or_default();
                let number = numbers_of.get(&id).map_or_else(
                    || "no number (chosen at activation)".to_owned(),
                    |n| format!("number {n}"),
                );
                let (result, message) = match sent.get(&id) {
                    Some(s) => (
                        "Added and invited",
                        format!(
                            "{number}; invitation sent by {} to {}",
                            s.channel.label(),
                            s.to
                        ),
                    ),
                    None => ("Added", number),
                };
                Recorded {
                    position: row.position,
                    item: item(row, Outcome::Succeeded, result, message),
                    account: stamps.get(&id).map(|at| (id, *at)),
                }
            }
            Verdict::Exists(message) => Recorded {
                position: row.position,
                item: item(row, Outcome::Skipped, "Already exists", message.clone()),
                account: None,
            },
            Verdict::Invalid(problems) => failed(row, describe(problems)),
        })
        .collect();
    batches::record_items(conn, batch_id, &recorded)?;
    Ok(ids.len())
}

fn load(conn: &mut DbConn, ids: &[i64]) -> AppResult<Vec<Account>> {
    let mut found: Vec<Account> = accounts::table
        .filter(accounts::id.eq_any(ids))
        .select(Account::as_select())
        .load(conn)?;
    let order: HashMap<i64, usize> = ids.iter().enumerate().map(|(n, id)| (*id, n)).collect();
    found.sort_by_key(|a| order.get(&a.id).copied());
    Ok(found)
}
