//! Reset PIN of a No Portal Access account (seed 004).

use super::pin::PinHash;
use super::rules::audit_name;
use super::store;
use crate::db::{self, DbConn};
use crate::domain::accounts::{Account, UsernameKind};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};

#[derive(Debug)]
pub struct PinReset {
    pub account: Account,
}

/// Replaces the PIN of No Portal Access account `id` of the acting org with
/// `pin` (the hash of a new one the adapter made and will show once). The
/// old PIN stops working at once. The audit says a PIN was set, never which.
pub fn reset_pin(conn: &mut DbConn, acting: &Acting, id: i64, pin: PinHash) -> AppResult<PinReset> {
    acting.require(Privilege::AccountsEdit)?;
    db::transaction(conn, |conn| {
        let account = store::take(conn, acting.org().id, id)?.ok_or(AppError::NotFound)?;
        if account.kind() != UsernameKind::None {
            return Err(AppError::Conflict(crate::msg!(
                "accounts-no-pin",
                name = account.name()
            )));
        }
        store::set_pin(conn, account.id, &pin)?;
        let event = Event {
            org_id: Some(account.org_id),
            action: "account_pin_reset",
            target: &audit_name(&account),
            details: "a new PIN was made and shown once; the old one no longer works".into(),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(PinReset {
            account: store::by_id(conn, account.id)?,
        })
    })
}
