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

use super::{Row, Target, Verdict, check, describe};
use crate::db::schema::accounts;
use crate::db::{self, DbConn};
use crate::domain::account_edits::rules::{audit_label, effective_features};
use crate::domain::account_edits::{AccountInput, NumberChoice};
use crate::domain::accounts::{Account, Status};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::batches::{self, NewItem, Outcome, Recorded};
use crate::domain::features::FeatureSet;
use crate::domain::invitations::Links;
use crate::domain::privileges::Privilege;
use crate::domain::{account_invites, numbers};
use crate::each_backend;
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
                AppError::Conflict(m) => m.clone(),
                AppError::Invalid(fields) => fields.messages().collect::<Vec<_>>().join(" "),
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
                return Err(AppError::Conflict(format!(
                    "{n} was taken a moment ago; it is no longer Available."
                )));
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

/// Inserts the accounts in one statement per chunk; returns their ids in
/// the order given.
fn insert(
    conn: &mut DbConn,
    target: &Target,
    valid: &[(&Row, &AccountInput)],
    now: NaiveDateTime,
) -> AppResult<Vec<i64>> {
    if valid.is_empty() {
        return Ok(Vec::new());
    }
    let features: Vec<String> = valid
        .iter()
        .map(|(_, i)| {
            effective_features(&i.features, &FeatureSet::default(), &target.settings).to_string()
        })
        .collect();
    let social = target
        .settings
        .features
        .has(crate::domain::features::Feature::SocialMessaging);
    let inserted: Vec<(i64, Option<String>)> = if let DbConn::Pg(pg) = conn {
        insert_on_postgres(pg, target, valid, &features, social, now)?
    } else {
        let values: Vec<_> = valid
            .iter()
            .zip(&features)
            .map(|((_, input), features)| {
                (
                    accounts::org_id.eq(target.org.id),
                    accounts::account_ref.eq(input.account_ref.as_str()),
                    accounts::first_name.eq(name(&input.first_name)),
                    accounts::last_name.eq(name(&input.last_name)),
                    accounts::username.eq(input.username.stored()),
                    accounts::username_kind.eq(input.username.kind().as_str()),
                    accounts::application.eq(input.application.as_str()),
                    accounts::user_permissions_id.eq(target.profile.id),
                    accounts::forwarding_number
                        .eq(input.forwarding_number.as_ref().map(|f| f.as_str())),
                    accounts::features.eq(features.as_str()),
                    accounts::monitor_calls.eq(input.monitor_calls.as_str()),
                    accounts::monitor_sms.eq(input.monitor_sms.as_str()),
                    accounts::restrict_incoming_social.eq(social && input.restrict_incoming_social),
                    accounts::language.eq(input.language),
                    accounts::status.eq(Status::Saved.as_str()),
                    accounts::created_at.eq(now),
                    accounts::updated_at.eq(now),
                )
            })
            .collect();
        // Returned in insertion order on both backends; matched back by
        // username all the same, so the order is not relied on.
        each_backend!(conn, c => diesel::insert_into(accounts::table)
            .values(&values)
            .returning((accounts::id, accounts::username))
            .get_results(c))?
    };
    let by_username: HashMap<String, i64> = inserted
        .into_iter()
        .filter_map(|(id, u)| Some((u?, id)))
        .collect();
    valid
        .iter()
        .map(|(_, input)| {
            input
                .username
                .stored()
                .and_then(|u| by_username.get(u).copied())
                .ok_or_else(|| {
                    AppError::internal(anyhow::anyhow!("an imported account was not returned"))
                })
        })
        .collect()
}

fn name(n: &Option<crate::domain::values::PersonName>) -> String {
    n.as_ref().map_or("", |n| n.as_str()).to_owned()
}

/// "First Last" as `Account::name` says it.
fn full_name(input: &AccountInput) -> String {
    format!("{} {}", name(&input.first_name), name(&input.last_name))
        .trim()
        .to_owned()
}

#[derive(QueryableByName)]
struct Inserted {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    username: Option<String>,
}

/// `insert` on PostgreSQL: one array per column and `unnest`, so a chunk
/// is a statement of 17 parameters instead of 17 per row (8,500 for 500
/// rows, which the server parses and binds one by one).
fn insert_on_postgres(
    pg: &mut diesel::PgConnection,
    target: &Target,
    valid: &[(&Row, &AccountInput)],
    features: &[String],
    social: bool,
    now: NaiveDateTime,
) -> AppResult<Vec<(i64, Option<String>)>> {
    use diesel::sql_types::{Array, BigInt, Bool, Nullable, Text, Timestamp};
    let column = |f: &dyn Fn(&AccountInput) -> String| -> Vec<String> {
        valid.iter().map(|(_, i)| f(i)).collect()
    };
    let inserted: Vec<Inserted> = diesel::sql_query(
        "INSERT INTO accounts (org_id, user_permissions_id, status, created_at, updated_at, \
         account_ref, first_name, last_name, username, username_kind, application, \
         forwarding_number, features, monitor_calls, monitor_sms, restrict_incoming_social, \
         language) \
         SELECT $1, $2, $3, $4, $4, r.* FROM unnest($5::text[], $6::text[], $7::text[], \
         $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], \
         $14::text[], $15::bool[], $16::text[]) AS r \
         RETURNING id, username",
    )
    .bind::<BigInt, _>(target.org.id)
    .bind::<BigInt, _>(target.profile.id)
    .bind::<Text, _>(Status::Saved.as_str())
    .bind::<Timestamp, _>(now)
    .bind::<Array<Text>, _>(column(&|i| i.account_ref.as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| name(&i.first_name)))
    .bind::<Array<Text>, _>(column(&|i| name(&i.last_name)))
    .bind::<Array<Nullable<Text>>, _>(
        valid
            .iter()
            .map(|(_, i)| i.username.stored().map(str::to_owned))
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(column(&|i| i.username.kind().as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| i.application.as_str().to_owned()))
    .bind::<Array<Nullable<Text>>, _>(
        valid
            .iter()
            .map(|(_, i)| i.forwarding_number.as_ref().map(|f| f.as_str().to_owned()))
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(features)
    .bind::<Array<Text>, _>(column(&|i| i.monitor_calls.as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| i.monitor_sms.as_str().to_owned()))
    .bind::<Array<Bool>, _>(
        valid
            .iter()
            .map(|(_, i)| social && i.restrict_incoming_social)
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(column(&|i| i.language.to_owned()))
    .load(pg)?;
    Ok(inserted.into_iter().map(|r| (r.id, r.username)).collect())
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
