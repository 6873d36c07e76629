//! Delete an account: its number returns to Available, its invitations go
//! with it (they cascade).

use super::rules::audit_name;
use super::store;
use crate::db::{self, DbConn};
use crate::domain::accounts::Account;
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::numbers;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};

#[derive(Debug)]
pub struct Deleted {
    pub account: Account,
    /// The number it held, Available again.
    pub released_number: Option<String>,
}

/// Deletes account `id` of the acting org (any other id is not found).
pub fn delete(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Deleted> {
    acting.require(Privilege::AccountsDelete)?;
    db::transaction(conn, |conn| {
        let account = store::take(conn, acting.org().id, id)?.ok_or(AppError::NotFound)?;
        let released_number = numbers::release_for_account(conn, account.id)?;
        store::delete_row(conn, account.id)?;
        let event = Event {
            org_id: Some(account.org_id),
            action: "account_deleted",
            target: &audit_name(&account),
            details: format!(
                "Account ID {}; status {}; {}",
                account.account_ref,
                account.status,
                released_number.as_deref().map_or_else(
                    || "no number".to_owned(),
                    |n| format!("number {n} returned to Available")
                )
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(Deleted {
            account,
            released_number,
        })
    })
}
