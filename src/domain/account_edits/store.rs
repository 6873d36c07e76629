//! The rows behind account operations. Only the operations in this folder
//! call these, inside their transactions.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::input::{AccountInput, NumberChoice};
use super::pin::PinHash;
use super::rules::{self, Resolved};
use crate::db::DbConn;
use crate::db::schema::{account_invitations, accounts};
use crate::domain::accounts::{Account, Status};
use crate::domain::numbers;
use crate::domain::orgs::Organization;
use crate::domain::values::PersonName;
use crate::each_backend;
use crate::error::{AppError, AppResult, FieldErrors};

pub(super) fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn name(n: &Option<PersonName>) -> &str {
    n.as_ref().map_or("", PersonName::as_str)
}

/// Inserts the account as `saved`; a unique index refusing it (a request
/// racing this one) becomes the field error.
pub(super) fn insert(
    conn: &mut DbConn,
    input: &AccountInput,
    resolved: &Resolved,
    pin: Option<&PinHash>,
) -> AppResult<Account> {
    let now = now();
    let values = (
        accounts::org_id.eq(resolved.org.id),
        accounts::account_ref.eq(input.account_ref.as_str()),
        accounts::first_name.eq(name(&input.first_name)),
        accounts::last_name.eq(name(&input.last_name)),
        accounts::username.eq(input.username.stored()),
        accounts::username_kind.eq(input.username.kind().as_str()),
        accounts::pin_hash.eq(pin.map(PinHash::as_str)),
        accounts::application.eq(input.application.as_str()),
        accounts::user_permissions_id.eq(resolved.profile.id),
        accounts::forwarding_number.eq(input.forwarding_number.as_ref().map(|f| f.as_str())),
        accounts::features.eq(resolved.features.to_string()),
        accounts::monitor_calls.eq(input.monitor_calls.as_str()),
        accounts::monitor_sms.eq(input.monitor_sms.as_str()),
        accounts::restrict_incoming_social.eq(resolved.restrict_incoming_social),
        accounts::language.eq(input.language),
        accounts::status.eq(Status::Saved.as_str()),
        accounts::created_at.eq(now),
        accounts::updated_at.eq(now),
    );
    let inserted: QueryResult<i64> = each_backend!(conn, c => diesel::insert_into(accounts::table)
        .values(values)
        .returning(accounts::id)
        .get_result(c));
    let id = inserted.map_err(rules::unique_violation_as_field)?;
    by_id(conn, id)
}

pub(super) fn by_id(conn: &mut DbConn, id: i64) -> AppResult<Account> {
    Ok(accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)?)
}

/// Takes the account's row for the rest of the transaction (on PostgreSQL a
/// second change of the same account waits here until the first commits)
/// and reads it as it is now; `None` when it is gone or of another org.
pub(super) fn take(conn: &mut DbConn, org_id: i64, id: i64) -> AppResult<Option<Account>> {
    let changed = diesel::update(accounts::table.find(id).filter(accounts::org_id.eq(org_id)))
        .set(accounts::updated_at.eq(now()))
        .execute(conn)?;
    if changed == 0 {
        return Ok(None);
    }
    by_id(conn, id).map(Some)
}

pub(super) fn update_row(
    conn: &mut DbConn,
    id: i64,
    input: &AccountInput,
    resolved: &Resolved,
) -> AppResult<()> {
    diesel::update(accounts::table.find(id))
        .set((
            accounts::account_ref.eq(input.account_ref.as_str()),
            accounts::first_name.eq(name(&input.first_name)),
            accounts::last_name.eq(name(&input.last_name)),
            accounts::username.eq(input.username.stored()),
            accounts::username_kind.eq(input.username.kind().as_str()),
            accounts::application.eq(input.application.as_str()),
            accounts::user_permissions_id.eq(resolved.profile.id),
            accounts::forwarding_number.eq(input.forwarding_number.as_ref().map(|f| f.as_str())),
            accounts::features.eq(resolved.features.to_string()),
            accounts::monitor_calls.eq(input.monitor_calls.as_str()),
            accounts::monitor_sms.eq(input.monitor_sms.as_str()),
            accounts::restrict_incoming_social.eq(resolved.restrict_incoming_social),
            accounts::language.eq(input.language),
            accounts::updated_at.eq(now()),
        ))
        .execute(conn)
        .map_err(rules::unique_violation_as_field)?;
    Ok(())
}

pub(super) fn set_pin(conn: &mut DbConn, id: i64, pin: &PinHash) -> AppResult<()> {
    diesel::update(accounts::table.find(id))
        .set((
            accounts::pin_hash.eq(pin.as_str()),
            accounts::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The username changed under a pending invitation: its link (to the old
/// address) stops working and the account is `saved` again, to be invited
/// at the new address with Resend Invite. True when there was one.
pub(super) fn withdraw_invitation(conn: &mut DbConn, account: &Account) -> AppResult<bool> {
    if account.status() != Status::Invited {
        return Ok(false);
    }
    let now = now();
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
    diesel::update(accounts::table.find(account.id))
        .set((
            accounts::status.eq(Status::Saved.as_str()),
            accounts::invited_at.eq(None::<NaiveDateTime>),
            accounts::invitation_expires_at.eq(None::<NaiveDateTime>),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Gives the account the number `choice` asks for, in the caller's
/// transaction; `current` is the number it holds now (editing). Returns the
/// number it holds afterwards. A number taken a moment ago, or a tag with
/// nothing left, is a field error and the caller's transaction rolls back.
pub(super) fn apply_number(
    conn: &mut DbConn,
    org: &Organization,
    account_id: i64,
    current: Option<String>,
    choice: &NumberChoice,
) -> AppResult<Option<String>> {
    match choice {
        NumberChoice::Keep => Ok(current),
        NumberChoice::None => {
            numbers::release_for_account(conn, account_id)?;
            Ok(None)
        }
        NumberChoice::Specific(n) if current.as_deref() == Some(n.as_str()) => Ok(current),
        NumberChoice::Specific(n) => {
            // Released first: an account holds at most one number.
            numbers::release_for_account(conn, account_id)?;
            if numbers::assign_specific(conn, org, n.as_str(), account_id)? {
                Ok(Some(n.as_str().to_owned()))
            } else {
                Err(rules::number_refusal(conn, org, n.as_str())?)
            }
        }
        NumberChoice::NextWithTag(tag) => {
            numbers::release_for_account(conn, account_id)?;
            match numbers::assign_next(conn, org, Some(tag), account_id)? {
                Some(n) => Ok(Some(n)),
                None => {
                    let mut errors = FieldErrors::new();
                    errors.add(
                        "number_tag",
                        crate::msg!(
                            "accounts-no-number-with-tag",
                            tag = tag.as_str(),
                            org = org.name.as_str()
                        ),
                    );
                    Err(AppError::Invalid(errors))
                }
            }
        }
    }
}

pub(super) fn delete_row(conn: &mut DbConn, id: i64) -> AppResult<()> {
    diesel::delete(accounts::table.find(id)).execute(conn)?;
    Ok(())
}
