//! Move accounts to another org of the administrator's subtree (seed 001).
//!
//! Decision: an assigned number MOVES with its account (the number's
//! `org_id` becomes the destination in the same transaction), so an end
//! user keeps their phone number. Pending invitations stay valid. The
//! account gets its User Permissions if that profile is visible in the
//! destination (defined there or above), else the destination's default;
//! features the destination does not offer are switched off.
//!
//! Pending invitations without a number need Available numbers in the
//! destination: its Available numbers not already needed by its own
//! pending invitations without a number. The whole move is refused when
//! they are short ([`MOVE_REFUSED`]), and each account that needs one is
//! checked again in its transaction with the destination locked, so two
//! moves racing for the last number cannot both pass.

use std::collections::BTreeMap;

use diesel::prelude::*;

use super::items::{gone, line, reread};
use crate::db::schema::{accounts as accounts_table, numbers as numbers_table};
use crate::db::{self, DbConn, Lock};
use crate::domain::accounts::{Account, Status};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::audit::{self, Event};
use crate::domain::batches::{NewItem, Outcome};
use crate::domain::features::FeatureSet;
use crate::domain::org_settings;
use crate::domain::orgs::{self, Organization};
use crate::domain::user_permissions::{self, Profile};
use crate::domain::{account_edits, numbers};
use crate::error::{AppError, AppResult};

/// Seed 001's words when the destination lacks numbers.
pub const MOVE_REFUSED: &str = "Unable to move account(s). You do not have enough numbers available in the selected organization";

/// `MOVE_REFUSED` as a message for the reader (its catalogue id).
pub const MOVE_REFUSED_ID: &str = "accounts-move-refused";

/// The destination org, by id, if it lies in the acting subtree.
pub fn destination(conn: &mut DbConn, acting: &Acting, to: i64) -> AppResult<ScopedOrg> {
    let org = orgs::by_id(conn, to).map_err(|_| AppError::NotFound)?;
    acting
        .org()
        .find_below(conn, &org.display_id)?
        .ok_or_else(|| AppError::Conflict(crate::msg!("accounts-move-choose-destination")))
}

/// A pending invitation without a number: it takes one at activation.
fn needs_number(conn: &mut DbConn, account: &Account) -> AppResult<bool> {
    Ok(account.status() == Status::Invited && numbers::of_account(conn, account.id)?.is_none())
}

/// Available numbers of `dest` not already needed by its own pending
/// invitations without a number.
pub fn spare_numbers(conn: &mut DbConn, dest: &Organization) -> AppResult<(i64, i64)> {
    let available = numbers::available_count(conn, dest)?;
    let promised: i64 = accounts_table::table
        .left_join(
            numbers_table::table.on(numbers_table::account_id.eq(accounts_table::id.nullable())),
        )
        .filter(accounts_table::org_id.eq(dest.id))
        .filter(accounts_table::status.eq(Status::Invited.as_str()))
        .filter(numbers_table::id.is_null())
        .count()
        .get_result(conn)?;
    Ok((available, promised))
}

/// Refuses the move as a whole when the destination lacks numbers for the
/// targets' pending invitations without one (read with the destination
/// locked).
pub fn check_numbers(conn: &mut DbConn, dest: &Organization, targets: &[Account]) -> AppResult<()> {
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(dest.id))?;
        let mut need = 0;
        for a in targets {
            if needs_number(conn, a)? {
                need += 1;
            }
        }
        let (available, promised) = spare_numbers(conn, dest)?;
        if need > available - promised {
            return Err(AppError::Conflict(crate::msg!("accounts-move-refused")));
        }
        Ok(())
    })
}

/// What a move would do, for the pre-flight page. Nothing changes.
#[derive(Debug, Clone)]
pub struct Preflight {
    /// Accounts that would move (those already in the destination stay).
    pub moving: usize,
    pub already_there: usize,
    /// Pending invitations without a number.
    pub need_number: i64,
    pub available: i64,
    /// The destination's own pending invitations without a number.
    pub promised: i64,
    /// Accounts whose number moves with them.
    pub numbers_moving: i64,
    /// User Permissions they will have there, with how many accounts.
    pub profiles: Vec<(String, usize)>,
    /// Features switched off because the destination does not offer them,
    /// with how many accounts lose each.
    pub dropped: Vec<(String, usize)>,
}

impl Preflight {
    pub fn spare(&self) -> i64 {
        (self.available - self.promised).max(0)
    }

    pub fn blocked(&self) -> bool {
        self.need_number > self.available - self.promised
    }
}

/// The profile an account of `dest` keeps or gets.
fn profile_there(conn: &mut DbConn, dest: &ScopedOrg, account: &Account) -> AppResult<Profile> {
    match user_permissions::find_visible(conn, dest, account.user_permissions_id)? {
        Some(p) => Ok(p),
        None => user_permissions::default_for(conn, dest)?.ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("org {} has no default profile", dest.id))
        }),
    }
}

pub fn preflight(conn: &mut DbConn, dest: &ScopedOrg, targets: &[Account]) -> AppResult<Preflight> {
    let offered = org_settings::effective(conn, dest)?.features;
    let mut pf = Preflight {
        moving: 0,
        already_there: 0,
        need_number: 0,
        available: 0,
        promised: 0,
        numbers_moving: 0,
        profiles: Vec::new(),
        dropped: Vec::new(),
    };
    let mut profiles: BTreeMap<String, usize> = BTreeMap::new();
    let mut dropped: BTreeMap<String, usize> = BTreeMap::new();
    for a in targets {
        if a.org_id == dest.id {
            pf.already_there += 1;
            continue;
        }
        pf.moving += 1;
        if numbers::of_account(conn, a.id)?.is_some() {
            pf.numbers_moving += 1;
        } else if a.status() == Status::Invited {
            pf.need_number += 1;
        }
        *profiles
            .entry(profile_there(conn, dest, a)?.name)
            .or_default() += 1;
        for f in a.feature_set().iter() {
            if !offered.has(f) {
                *dropped.entry(f.label().to_owned()).or_default() += 1;
            }
        }
    }
    (pf.available, pf.promised) = spare_numbers(conn, dest)?;
    pf.profiles = profiles.into_iter().collect();
    pf.dropped = dropped.into_iter().collect();
    Ok(pf)
}

/// Moves one account into `dest`, inside the batch's transaction.
pub(super) fn move_one(
    conn: &mut DbConn,
    acting: &Acting,
    dest: &ScopedOrg,
    id: i64,
) -> AppResult<NewItem> {
    db::lock(conn, Lock::Organization(dest.id))?;
    let Some(account) = reread(conn, acting, id)? else {
        return Ok(gone(id));
    };
    if account.org_id == dest.id {
        return Ok(line(
            &account,
            Outcome::Skipped,
            "Skipped",
            format!("Already in {}.", dest.name),
        ));
    }
    let fail = |m: String| Ok(line(&account, Outcome::Failed, "Failed", m));
    if needs_number(conn, &account)? {
        let (available, promised) = spare_numbers(conn, dest)?;
        if available - promised < 1 {
            return fail(MOVE_REFUSED.into());
        }
    }
    let clash: i64 = accounts_table::table
        .filter(accounts_table::org_id.eq(dest.id))
        .filter(accounts_table::account_ref.eq(&account.account_ref))
        .count()
        .get_result(conn)?;
    if clash > 0 {
        return fail(format!(
            "Another account of {} has Account ID {}.",
            dest.name, account.account_ref
        ));
    }
    if let Some(username) = &account.username {
        let clash: i64 = accounts_table::table
            .filter(accounts_table::org_id.eq(dest.id))
            .filter(accounts_table::username.eq(username))
            .count()
            .get_result(conn)?;
        if clash > 0 {
            return fail(format!(
                "An account of {} already has the username {username}.",
                dest.name
            ));
        }
    }
    let from = orgs::by_id(conn, account.org_id)?;
    let profile = profile_there(conn, dest, &account)?;
    let offered = org_settings::effective(conn, dest)?.features;
    let before = account.feature_set();
    let after = before.intersection(&offered);
    let now = chrono::Utc::now().naive_utc();
    let changed = diesel::update(
        accounts_table::table
            .find(account.id)
            .filter(accounts_table::org_id.eq(account.org_id)),
    )
    .set((
        accounts_table::org_id.eq(dest.id),
        accounts_table::user_permissions_id.eq(profile.id),
        accounts_table::features.eq(after.to_string()),
        accounts_table::updated_at.eq(now),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(gone(id));
    }
    // The number goes with its account (ARCHITECTURE.md, "Move").
    let number = numbers::of_account(conn, account.id)?;
    if let Some(n) = &number {
        diesel::update(numbers_table::table.find(n.id))
            .set((
                numbers_table::org_id.eq(dest.id),
                numbers_table::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    let dropped: FeatureSet = before.changed(&after);
    let mut details = vec![
        format!("from {} to {}", from.label(), dest.label()),
        format!("User Permissions: {}", profile.name),
    ];
    details.push(match &number {
        Some(n) => format!("number {} moved with it", n.e164),
        None => "no number".into(),
    });
    if !dropped.is_empty() {
        details.push(format!("features switched off: {}", dropped.labels()));
    }
    let details = details.join("; ");
    let event = Event {
        org_id: Some(dest.id),
        action: "account_moved",
        target: &account_edits::audit_name(&account),
        details: details.clone(),
    };
    audit::record(conn, &acting.actor(), event)?;
    Ok(line(&account, Outcome::Succeeded, "Moved", details))
}
