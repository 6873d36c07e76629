//! Bulk operations on accounts (seed 001, issue 8): Resend Invite, change
//! User Permissions / features, Delete and Move, on ticked accounts or on
//! every account a list filter matches. Each run is a Batch with one result
//! per account, recorded in the transaction of that account's change; a
//! rule that refuses one account is its result, and the rest go on.
//!
//! The per-account work reuses the single-account operations:
//! `account_invites::issue`, `account_edits::update` and `delete` (called
//! for the account's own org, inside the batch's transaction, so their
//! checks and audit events are the same as on the account page). Move is
//! its own rule set (`moving`).
//!
//! Up to [`IN_REQUEST`] accounts run in the request; more go to the job
//! queue (`jobs::account_bulk`), which reloads the administrator and
//! resumes from the results already recorded.

mod items;
pub mod moving;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::db::{self, DbConn};
use crate::domain::accounts::{self, Account, Filter};
use crate::domain::acting::Acting;
use crate::domain::alerts;
use crate::domain::batches::{self, Operation, State};
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::invitations::Links;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};
use crate::jobs::{self, account_bulk::AccountBulkJob};

pub use moving::{MOVE_REFUSED, MOVE_REFUSED_ID, Preflight, preflight};

/// Runs of more accounts than this go through the job queue.
pub const IN_REQUEST: usize = 100;

/// More ticked ids than anyone ticks by hand; a long list is selected by
/// its filter instead.
pub const MAX_TICKED: usize = 1000;

/// Ticked ids: distinct, in the order given, at most [`MAX_TICKED`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ticked(Vec<i64>);

impl Ticked {
    /// Values that are not ids are ignored, like ids of accounts out of scope.
    pub fn parse<'a>(values: impl IntoIterator<Item = &'a str>) -> AppResult<Ticked> {
        let mut seen = HashSet::new();
        let mut ids = Vec::new();
        for (n, value) in values.into_iter().enumerate() {
            if n >= MAX_TICKED {
                return Err(AppError::BadRequest(crate::msg!(
                    "accounts-bulk-too-many-ticked",
                    max = MAX_TICKED
                )));
            }
            if let Ok(id) = value.trim().parse::<i64>()
                && seen.insert(id)
            {
                ids.push(id);
            }
        }
        Ok(Ticked(ids))
    }

    pub fn ids(&self) -> &[i64] {
        &self.0
    }
}

/// Which accounts.
#[derive(Debug, Clone)]
pub enum Selection {
    Ticked(Ticked),
    /// Every account of the acting org's subtree the filter matches.
    AllMatching(Filter),
}

/// A change of User Permissions and/or features for many accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditChange {
    /// The profile to give them (it must be usable in each account's org).
    pub user_permissions_id: Option<i64>,
    /// Feature keys to switch on, and to switch off.
    pub switch_on: Vec<String>,
    pub switch_off: Vec<String>,
}

impl EditChange {
    pub fn on(&self) -> Vec<Feature> {
        self.switch_on
            .iter()
            .filter_map(|k| Feature::from_key(k))
            .collect()
    }

    pub fn off(&self) -> Vec<Feature> {
        self.switch_off
            .iter()
            .filter_map(|k| Feature::from_key(k))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.user_permissions_id.is_none() && self.on().is_empty() && self.off().is_empty()
    }

    /// The features of `current` after this change.
    pub fn apply(&self, current: &FeatureSet) -> FeatureSet {
        let mut set = current.clone();
        for f in self.on() {
            set.insert(f);
        }
        for f in self.off() {
            set.remove(f);
        }
        set
    }
}

/// What a bulk run does to each account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    ResendInvite,
    Edit(EditChange),
    Delete,
    /// To the org with this id (in the acting administrator's scope).
    Move {
        to: i64,
    },
}

impl Action {
    /// The privilege the bulk action needs (besides those of each change).
    pub fn privilege(&self) -> Privilege {
        match self {
            Action::ResendInvite => Privilege::AccountsBulkInvite,
            Action::Edit(_) => Privilege::AccountsBulkEdit,
            Action::Delete => Privilege::AccountsBulkDelete,
            Action::Move { .. } => Privilege::AccountsMove,
        }
    }

    pub fn operation(&self) -> Operation {
        match self {
            Action::ResendInvite => Operation::ResendAccountInvites,
            Action::Edit(_) => Operation::EditAccounts,
            Action::Delete => Operation::DeleteAccounts,
            Action::Move { .. } => Operation::MoveAccounts,
        }
    }
}

/// How a bulk run was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Started {
    pub batch_id: i64,
    /// It went to the job queue (or queued mail): wake the worker.
    pub wake: bool,
}

/// The selected accounts in scope, in id order.
pub fn targets(
    conn: &mut DbConn,
    acting: &Acting,
    selection: &Selection,
) -> AppResult<Vec<Account>> {
    let ids = match selection {
        Selection::Ticked(ticked) => ticked.ids().to_vec(),
        Selection::AllMatching(filter) => accounts::matching_ids(conn, acting.org(), filter)?,
    };
    let mut found = Vec::with_capacity(ids.len());
    // In chunks: SQLite binds at most 32,766 values per statement.
    for chunk in ids.chunks(5000) {
        found.extend(accounts::in_subtree(conn, acting.org(), chunk)?);
    }
    Ok(found)
}

/// Starts `action` on the selection: checks the privilege, snapshots the
/// target ids into a new Batch, and runs it here (up to [`IN_REQUEST`]
/// accounts) or queues it. A Move is refused as a whole, before any batch,
/// when the destination lacks numbers ([`MOVE_REFUSED`]).
pub fn start(
    conn: &mut DbConn,
    acting: &Acting,
    action: &Action,
    selection: &Selection,
    links: &Links,
) -> AppResult<Started> {
    acting.require(action.privilege())?;
    let mut targets = targets(conn, acting, selection)?;
    if let Action::Move { to } = action {
        let dest = moving::destination(conn, acting, *to)?;
        targets.retain(|a| a.org_id != dest.id);
        if !targets.is_empty() {
            moving::check_numbers(conn, &dest, &targets)?;
        }
    }
    if let Action::Edit(change) = action
        && change.is_empty()
    {
        return Err(AppError::Conflict(crate::msg!(
            "accounts-bulk-edit-nothing"
        )));
    }
    if targets.is_empty() {
        return Err(AppError::Conflict(crate::msg!("accounts-select-first")));
    }
    let ids: Vec<i64> = targets.iter().map(|a| a.id).collect();
    let total = i64::try_from(ids.len()).map_err(AppError::internal)?;
    if ids.len() > IN_REQUEST {
        let batch_id = db::transaction(conn, |conn| {
            let batch = batches::create(conn, acting, action.operation(), None, total)?;
            let job = AccountBulkJob {
                batch_id: batch.id,
                admin_id: acting.id(),
                org: acting.org().display_id.clone(),
                action: serde_json::to_value(action).map_err(AppError::internal)?,
                ids,
                base_url: links.base_url.clone(),
                invite_ttl_secs: links.invite_ttl.as_secs(),
            };
            jobs::enqueue(conn, &job, Some(acting.org().id))?;
            Ok::<_, AppError>(batch.id)
        })?;
        return Ok(Started {
            batch_id,
            wake: true,
        });
    }
    let batch = db::transaction(conn, |conn| {
        batches::create(conn, acting, action.operation(), None, total)
    })?;
    let alerts_queued = run(conn, acting, batch.id, action, &ids, links)?;
    Ok(Started {
        batch_id: batch.id,
        wake: matches!(action, Action::ResendInvite) || alerts_queued > 0,
    })
}

/// Works through `ids` for batch `batch_id`, one transaction per account,
/// skipping the positions already recorded (a run resumed after its worker
/// died), and marks the batch Done. An error that is not about one account
/// (the database gone) marks it Failed and is returned. Returns how many
/// "Batch completed" emails (Setup > Manage Alerts) were queued.
pub fn run(
    conn: &mut DbConn,
    acting: &Acting,
    batch_id: i64,
    action: &Action,
    ids: &[i64],
    links: &Links,
) -> AppResult<usize> {
    if !acting.has(action.privilege()) {
        alerts::finish_batch(conn, batch_id, State::Failed, acting.org(), &links.base_url)?;
        return Err(AppError::Forbidden);
    }
    let done: HashSet<i64> = batches::recorded_positions(conn, batch_id)?
        .into_iter()
        .collect();
    let dest = match action {
        Action::Move { to } => Some(moving::destination(conn, acting, *to)?),
        _ => None,
    };
    for (position, id) in (1..).zip(ids) {
        if done.contains(&position) {
            continue;
        }
        let step = db::transaction(conn, |conn| {
            // A second run of the same job (its lease ran out while the
            // first still worked) leaves alone what the first recorded.
            if batches::is_recorded(conn, batch_id, position)? {
                return Ok(());
            }
            let item = match (action, &dest) {
                (Action::Move { .. }, Some(dest)) => moving::move_one(conn, acting, dest, *id)?,
                _ => items::one(conn, acting, action, *id, links)?,
            };
            batches::record_item(conn, batch_id, position, &item)
        });
        match step {
            Ok(()) => {}
            // Recorded by that other run a moment before: its change stands,
            // this one was rolled back with the refused insert.
            Err(AppError::Internal(e))
                if e.downcast_ref::<diesel::result::Error>()
                    .is_some_and(db::is_unique_violation) => {}
            Err(e) => {
                alerts::finish_batch(conn, batch_id, State::Failed, acting.org(), &links.base_url)?;
                return Err(e);
            }
        }
    }
    let (_, queued) =
        alerts::finish_batch(conn, batch_id, State::Done, acting.org(), &links.base_url)?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticked_ids_are_distinct_and_capped() {
        let t = Ticked::parse(["3", "1", "3", "x", " 2 "]).unwrap();
        assert_eq!(t.ids(), &[3, 1, 2]);
        let many: Vec<String> = (0..=MAX_TICKED).map(|i| i.to_string()).collect();
        assert!(Ticked::parse(many.iter().map(String::as_str)).is_err());
    }

    #[test]
    fn an_action_survives_the_job_payload() {
        let action = Action::Edit(EditChange {
            user_permissions_id: Some(4),
            switch_on: vec!["e911".into()],
            switch_off: vec![],
        });
        let json = serde_json::to_value(&action).unwrap();
        assert_eq!(serde_json::from_value::<Action>(json).unwrap(), action);
        let json = serde_json::to_value(Action::Move { to: 7 }).unwrap();
        assert_eq!(
            serde_json::from_value::<Action>(json).unwrap(),
            Action::Move { to: 7 }
        );
    }
}
