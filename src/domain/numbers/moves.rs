//! Allocate numbers from an org to one of its sub-orgs (any depth below),
//! and withdraw unused numbers of a sub-org back to its parent.
//!
//! Only unused numbers move (Available or Reserved, keeping their status
//! and tag); Assigned numbers stay with their account's org. Each move is
//! one conditional `UPDATE … WHERE org_id = <from> AND status IN (…)`: an
//! assignment (a conditional update of its own) or another move that
//! commits first makes the row no longer match, so it is left out and
//! counted, never moved twice or moved while assigned.

use diesel::prelude::*;

use super::edits::{Outcome, Ticked, UNUSED};
use super::input::{NAMED, Tag, named};
use crate::db::schema::numbers;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::Privilege;
use crate::each_backend;
use crate::error::{AppError, AppResult, FieldErrors};

/// Which numbers to move.
#[derive(Debug, Clone)]
pub enum Selection {
    /// The numbers ticked on the list.
    Ticked(Ticked),
    /// The first `count` Available numbers (with the tag, when given).
    Available { count: i64, tag: Option<Tag> },
}

/// What a move did.
#[derive(Debug, Clone)]
pub struct Moved {
    pub from: Organization,
    pub to: Organization,
    pub outcome: Outcome,
    /// Asked for more Available numbers than there were: how many fewer moved.
    pub short: i64,
}

/// Allocates numbers of the acting org to `to_display_id`, an org below it.
pub fn allocate(
    conn: &mut DbConn,
    acting: &Acting,
    to_display_id: &str,
    selection: &Selection,
) -> AppResult<Moved> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let from = acting.org();
    let to = from
        .find_below(conn, to_display_id)?
        .filter(|o| o.id != from.id)
        .ok_or_else(|| {
            let mut errors = FieldErrors::new();
            errors.add(
                "to_org",
                crate::msg!("numbers-choose-suborg-of", org = from.name.as_str()),
            );
            AppError::Invalid(errors)
        })?;
    move_numbers(conn, acting, from, to.org(), selection, "numbers_allocated")
}

/// Withdraws unused numbers of the acting org to its parent, which must be
/// in the administrator's scope too.
pub fn withdraw(conn: &mut DbConn, acting: &Acting, selection: &Selection) -> AppResult<Moved> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let from = acting.org();
    let parent_id = match from.parent_id {
        Some(id) if from.id != acting.home().id => id,
        _ => {
            return Err(AppError::Conflict(crate::msg!(
                "numbers-withdraw-parent-only",
                org = from.name.as_str()
            )));
        }
    };
    let to = orgs::by_id(conn, parent_id)?;
    move_numbers(conn, acting, from, &to, selection, "numbers_withdrawn")
}

/// Whether administrators acting in `org` may withdraw its numbers.
pub fn may_withdraw(acting: &Acting) -> bool {
    acting.org().parent_id.is_some() && acting.org().id != acting.home().id
}

fn move_numbers(
    conn: &mut DbConn,
    acting: &Acting,
    from: &Organization,
    to: &Organization,
    selection: &Selection,
    action: &str,
) -> AppResult<Moved> {
    let result = db::transaction(conn, |conn| {
        let now = chrono::Utc::now().naive_utc();
        let (mut changed, kept, short) = match selection {
            Selection::Ticked(ticked) => {
                let target = numbers::table
                    .filter(numbers::org_id.eq(from.id))
                    .filter(numbers::id.eq_any(ticked.ids()))
                    .filter(numbers::status.eq_any(UNUSED));
                let changed: Vec<String> = each_backend!(conn, c => diesel::update(target)
                    .set((numbers::org_id.eq(to.id), numbers::updated_at.eq(now)))
                    .returning(numbers::e164)
                    .get_results(c))?;
                // Those of the ticked still here: Assigned, or taken meanwhile.
                let kept: Vec<String> = numbers::table
                    .filter(numbers::org_id.eq(from.id))
                    .filter(numbers::id.eq_any(ticked.ids()))
                    .select(numbers::status)
                    .load(conn)?;
                let kept = outcome_of(ticked.len(), changed.len(), kept);
                (changed, kept, 0)
            }
            Selection::Available { count, tag } => {
                let changed = move_available(conn, from.id, to.id, *count, tag.as_ref(), now)?;
                let moved = i64::try_from(changed.len()).unwrap_or(i64::MAX);
                (changed, Outcome::default(), (*count - moved).max(0))
            }
        };
        changed.sort();
        let outcome = Outcome { changed, ..kept };
        if outcome.count() > 0 {
            let event = Event {
                org_id: Some(from.id),
                action,
                target: &to.label(),
                details: format!(
                    "{} numbers from {} to {}: {}",
                    outcome.count(),
                    from.label(),
                    to.label(),
                    named(&outcome.changed, NAMED)
                ),
            };
            audit::record(conn, &acting.actor(), event)?;
        }
        Ok(Moved {
            from: from.clone(),
            to: to.clone(),
            outcome,
            short,
        })
    });
    match result {
        // The destination was deleted meanwhile.
        Err(AppError::Internal(e))
            if e.downcast_ref::<diesel::result::Error>()
                .is_some_and(db::is_foreign_key_violation) =>
        {
            Err(AppError::Conflict(
                format!("{} no longer exists: nothing was moved.", to.name).into(),
            ))
        }
        other => other,
    }
}

/// Counts of the ticked numbers that did not move (`kept`: the statuses of
/// those still in the org they were to leave).
fn outcome_of(ticked: usize, moved: usize, kept: Vec<String>) -> Outcome {
    let as_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let assigned = kept.iter().filter(|s| *s == "assigned").count();
    Outcome {
        changed: Vec::new(),
        assigned: as_i64(assigned),
        unchanged: as_i64(kept.len() - assigned),
        missing: as_i64(ticked.saturating_sub(moved + kept.len())),
    }
}

/// Candidates read per round: few enough to bind on SQLite.
const ROUND: i64 = 5_000;

/// Moves the first `count` Available numbers (in number order) of `from`
/// to `to`; returns those moved. A round that finds its candidates taken by
/// a concurrent change (PostgreSQL) tries the next ones.
fn move_available(
    conn: &mut DbConn,
    from: i64,
    to: i64,
    count: i64,
    tag: Option<&Tag>,
    now: chrono::NaiveDateTime,
) -> AppResult<Vec<String>> {
    let mut moved: Vec<String> = Vec::new();
    let mut contended = 0;
    loop {
        let remaining = count - i64::try_from(moved.len()).unwrap_or(i64::MAX);
        if remaining <= 0 {
            break;
        }
        // Read a round of candidates, then move those still Available
        // here in one conditional statement.
        let mut candidates = numbers::table
            .filter(numbers::org_id.eq(from))
            .filter(numbers::status.eq("available"))
            .select(numbers::id)
            .order(numbers::e164)
            .limit(remaining.min(ROUND))
            .into_boxed();
        if let Some(tag) = tag {
            candidates = candidates.filter(numbers::tag.eq(tag.as_str().to_owned()));
        }
        let ids: Vec<i64> = candidates.load(conn)?;
        if ids.is_empty() {
            break;
        }
        let target = numbers::table
            .filter(numbers::id.eq_any(&ids))
            .filter(numbers::org_id.eq(from))
            .filter(numbers::status.eq("available"));
        let round: Vec<String> = each_backend!(conn, c => diesel::update(target)
            .set((numbers::org_id.eq(to), numbers::updated_at.eq(now)))
            .returning(numbers::e164)
            .get_results(c))?;
        if round.is_empty() {
            contended += 1;
            if contended > 5 {
                break;
            }
        }
        moved.extend(round);
    }
    Ok(moved)
}
