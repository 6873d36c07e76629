//! "Undo this import": removes the accounts a CSV import added, in one
//! step, as long as they have not changed since (activated, edited, moved,
//! invited again). Their numbers return to Available and their invitation
//! links stop working (the invitations go with the accounts). Accounts
//! that changed are named and kept; the rest are removed only once the
//! administrator confirms. The undo is audited and recorded on the batch.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::accounts;
use crate::db::{self, DbConn};
use crate::domain::account_edits::rules::audit_name;
use crate::domain::accounts::{Account, Status};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::batches::{self, Batch, Operation};
use crate::domain::numbers;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};

/// What an undo would do now.
#[derive(Debug, Clone, Default)]
pub struct UndoPlan {
    /// Unchanged since the import: (account id, how audit names it, its
    /// `updated_at` then, which the delete requires still).
    pub removable: Vec<(i64, String, NaiveDateTime)>,
    /// Changed since: (name, what changed). These are kept.
    pub changed: Vec<(String, String)>,
    /// Deleted since by other means.
    pub gone: usize,
}

/// What an undo did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undone {
    pub removed: usize,
    pub kept: usize,
}

fn require(acting: &Acting, batch: &Batch) -> AppResult<()> {
    acting.require(Privilege::AccountsImport)?;
    acting.require(Privilege::AccountsDelete)?;
    if !batch.is(Operation::ImportAccounts) {
        return Err(AppError::Conflict(crate::msg!("import-undo-not-import")));
    }
    if batch.is_running() {
        return Err(AppError::Conflict(crate::msg!("import-undo-running")));
    }
    if batch.undone_at.is_some() {
        return Err(AppError::Conflict(crate::msg!("import-undo-done-already")));
    }
    Ok(())
}

/// What undoing `batch` (found in the administrator's scope) would do.
pub fn plan_undo(conn: &mut DbConn, acting: &Acting, batch: &Batch) -> AppResult<UndoPlan> {
    require(acting, batch)?;
    plan(conn, batch)
}

fn plan(conn: &mut DbConn, batch: &Batch) -> AppResult<UndoPlan> {
    let created = batches::created_accounts(conn, batch.id)?;
    let ids: Vec<i64> = created.iter().map(|c| c.1).collect();
    let mut now: HashMap<i64, Account> = HashMap::new();
    for chunk in ids.chunks(1000) {
        let found: Vec<Account> = accounts::table
            .filter(accounts::id.eq_any(chunk))
            .select(Account::as_select())
            .load(conn)?;
        now.extend(found.into_iter().map(|a| (a.id, a)));
    }
    let mut plan = UndoPlan::default();
    for (_, id, stamp, _) in created {
        let Some(account) = now.get(&id) else {
            plan.gone += 1;
            continue;
        };
        match change_of(account, batch.org_id, stamp) {
            None => plan.removable.push((id, audit_name(account), stamp)),
            Some(why) => plan
                .changed
                .push((audit_name(account), crate::i18n::t(why))),
        }
    }
    Ok(plan)
}

/// What changed, as a catalogue id (worded for the reader by the caller).
fn change_of(account: &Account, org_id: i64, stamp: NaiveDateTime) -> Option<&'static str> {
    if account.org_id != org_id {
        Some("reports-undo-why-moved")
    } else if account.status() == Status::Active {
        Some("reports-undo-why-activated")
    } else if account.status() == Status::Suspended {
        Some("reports-undo-why-suspended")
    } else if account.updated_at != stamp {
        Some("reports-undo-why-edited")
    } else {
        None
    }
}

/// Undoes `batch`: removes the unchanged accounts in one transaction. When
/// some changed, nothing happens unless `confirmed` (the administrator saw
/// the list and chose to remove the rest).
pub fn undo(
    conn: &mut DbConn,
    acting: &Acting,
    batch: &Batch,
    confirmed: bool,
) -> AppResult<Undone> {
    require(acting, batch)?;
    db::transaction(conn, |conn| {
        // Read again inside the transaction: what changed a moment ago stays.
        let fresh = batches::by_id(conn, batch.id)?.ok_or(AppError::NotFound)?;
        require(acting, &fresh)?;
        let plan = plan(conn, &fresh)?;
        if !plan.changed.is_empty() && !confirmed {
            return Err(AppError::Conflict(
                format!(
                    "{} of the imported accounts changed since the import and will be kept: \
                 confirm to remove the other {}.",
                    plan.changed.len(),
                    plan.removable.len()
                )
                .into(),
            ));
        }
        let mut removed = Vec::new();
        for (id, name, stamp) in &plan.removable {
            numbers::release_for_account(conn, *id)?;
            // Conditional: an account changed since the plan was read stays.
            let gone = diesel::delete(
                accounts::table
                    .find(*id)
                    .filter(accounts::org_id.eq(fresh.org_id))
                    .filter(accounts::updated_at.eq(*stamp)),
            )
            .execute(conn)?;
            if gone == 1 {
                removed.push(name.clone());
            } else {
                return Err(AppError::Conflict(crate::msg!("import-undo-changed-now")));
            }
        }
        let actor = acting.actor();
        let details = format!("removed by Undo of the CSV import (batch {})", fresh.id);
        let mut events: Vec<Event<'_>> = removed
            .iter()
            .map(|name| Event {
                org_id: Some(fresh.org_id),
                action: "account_deleted",
                target: name,
                details: details.clone(),
            })
            .collect();
        let file = fresh.file_name.clone().unwrap_or_default();
        events.push(Event {
            org_id: Some(fresh.org_id),
            action: "import_undone",
            target: &file,
            details: format!(
                "batch {}: {} accounts removed, {} kept because they changed",
                fresh.id,
                removed.len(),
                plan.changed.len()
            ),
        });
        audit::record_many(conn, &actor, &events)?;
        batches::record_undo(conn, fresh.id, &actor.name, removed.len() as i64)?;
        Ok(Undone {
            removed: removed.len(),
            kept: plan.changed.len(),
        })
    })
}
