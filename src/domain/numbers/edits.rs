//! Changes an administrator makes to numbers of the org they act in:
//! Reserve and make Available again, set or clear the tag, delete. Each is
//! one conditional statement that leaves Assigned numbers alone (they are
//! changed only through their account), so an assignment committed a
//! moment earlier is never undone; what was left out is counted and said.

use diesel::prelude::*;

use super::input::{NAMED, Tag, named, thousands};
use super::{Number, Status};
use crate::db::schema::{accounts, numbers};
use crate::db::{self, DbConn};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::audit::{self, Event};
use crate::domain::privileges::Privilege;
use crate::each_backend;
use crate::error::{AppError, AppResult};

/// The most numbers one request may name (a page shows 25).
pub const MAX_SELECTED: usize = 1_000;

/// Statuses an administrator may change a number between.
pub const UNUSED: [&str; 2] = ["available", "reserved"];

/// Numbers ticked on the list: ids, at most [`MAX_SELECTED`], without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticked(Vec<i64>);

impl Ticked {
    pub fn parse<'a>(values: impl Iterator<Item = &'a str>) -> AppResult<Self> {
        let mut ids = Vec::new();
        for v in values {
            let id = v
                .trim()
                .parse::<i64>()
                .map_err(|_| AppError::BadRequest(crate::msg!("numbers-selection-unreadable")))?;
            if !ids.contains(&id) {
                ids.push(id);
            }
            if ids.len() > MAX_SELECTED {
                return Err(AppError::BadRequest(crate::msg!(
                    "numbers-select-at-most",
                    max = thousands(MAX_SELECTED as u64)
                )));
            }
        }
        Ok(Self(ids))
    }

    pub fn ids(&self) -> &[i64] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// What a change did to the numbers it was asked to change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The numbers changed, in order.
    pub changed: Vec<String>,
    /// Left alone because they are Assigned.
    pub assigned: i64,
    /// Left alone because they were already as asked.
    pub unchanged: i64,
    /// Not (or no longer) numbers of this org.
    pub missing: i64,
}

impl Outcome {
    pub fn count(&self) -> usize {
        self.changed.len()
    }

    /// "2 skipped: 1 is Assigned (change it through its account); 1 was
    /// already Reserved." or `None` when nothing was skipped.
    ///
    /// `already` is what the numbers already were: "Reserved", "Available",
    /// "tagged", "deleted" or "moved". Worded in the current language (call
    /// it where the message is shown).
    pub fn skipped(&self, already: &str) -> Option<String> {
        let mut why = Vec::new();
        let n = |k: i64| {
            let grouped = thousands(k.unsigned_abs());
            match crate::i18n::current() {
                crate::i18n::Language::English => grouped,
                _ => crate::i18n::number(k),
            }
        };
        let already = already.to_ascii_lowercase();
        if self.assigned > 0 {
            why.push(
                crate::msg!(
                    "numbers-skipped-assigned",
                    count = self.assigned,
                    n = n(self.assigned)
                )
                .to_string(),
            );
        }
        if self.unchanged > 0 {
            why.push(
                crate::msg!(
                    "numbers-skipped-unchanged",
                    count = self.unchanged,
                    n = n(self.unchanged),
                    already = already.as_str()
                )
                .to_string(),
            );
        }
        if self.missing > 0 {
            why.push(
                crate::msg!(
                    "numbers-skipped-missing",
                    count = self.missing,
                    n = n(self.missing)
                )
                .to_string(),
            );
        }
        let total = self.assigned + self.unchanged + self.missing;
        (total > 0)
            .then(|| crate::msg!("numbers-skipped", n = n(total), why = why.join("; ")).to_string())
    }
}

/// A number of `org` by id, or `None` (another org's is not found either).
pub fn find(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<Option<Number>> {
    Ok(numbers::table
        .filter(numbers::id.eq(id))
        .filter(numbers::org_id.eq(org.id))
        .select(Number::as_select())
        .first(conn)
        .optional()?)
}

/// A number with the name and Account ID of the account holding it.
#[derive(Debug, Clone)]
pub struct Detail {
    pub number: Number,
    pub account: Option<(String, String)>,
}

/// A number of `org` with its account, or "not found".
pub fn detail(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<Detail> {
    let number = find(conn, org, id)?.ok_or(AppError::NotFound)?;
    let account = match number.account_id {
        Some(account_id) => accounts::table
            .find(account_id)
            .select((
                accounts::first_name,
                accounts::last_name,
                accounts::account_ref,
            ))
            .first::<(String, String, String)>(conn)
            .optional()?
            .map(|(first, last, account_ref)| (format!("{first} {last}"), account_ref)),
        None => None,
    };
    Ok(Detail { number, account })
}

/// Counts what a conditional change left out of `ids`: `kept` are the
/// statuses the ids still in `org` have now.
fn outcome(ids: &[i64], changed: Vec<String>, kept: &[String]) -> Outcome {
    let assigned = kept.iter().filter(|s| *s == "assigned").count();
    let in_org = kept.len() + changed.len();
    let as_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    Outcome {
        assigned: as_i64(assigned),
        unchanged: as_i64(kept.len() - assigned),
        missing: as_i64(ids.len().saturating_sub(in_org)),
        changed,
    }
}

/// The statuses of the `ids` in `org` that are not among `changed`.
fn statuses_left(
    conn: &mut DbConn,
    org_id: i64,
    ids: &[i64],
    changed: &[String],
) -> AppResult<Vec<String>> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org_id))
        .filter(numbers::id.eq_any(ids))
        .filter(numbers::e164.ne_all(changed))
        .select(numbers::status)
        .load(conn)?)
}

/// "+15550100000, +15550100001 and 3 more" for audit details.
fn summary(changed: &[String]) -> String {
    if changed.is_empty() {
        "none".into()
    } else {
        named(changed, NAMED)
    }
}

/// Reserve (`to` = Reserved) or make Available again (`to` = Available)
/// the ticked numbers of the acting org that are in the other of the two.
pub fn set_status(
    conn: &mut DbConn,
    acting: &Acting,
    ticked: &Ticked,
    to: Status,
) -> AppResult<Outcome> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let from = match to {
        Status::Reserved => Status::Available,
        Status::Available => Status::Reserved,
        Status::Assigned => {
            return Err(AppError::BadRequest(crate::msg!(
                "numbers-assigned-through-accounts"
            )));
        }
    };
    let org = acting.org();
    db::transaction(conn, |conn| {
        let now = chrono::Utc::now().naive_utc();
        let target = numbers::table
            .filter(numbers::org_id.eq(org.id))
            .filter(numbers::id.eq_any(ticked.ids()))
            .filter(numbers::status.eq(from.as_str()));
        let mut changed: Vec<String> = each_backend!(conn, c => diesel::update(target)
            .set((numbers::status.eq(to.as_str()), numbers::updated_at.eq(now)))
            .returning(numbers::e164)
            .get_results(c))?;
        changed.sort();
        let kept = statuses_left(conn, org.id, ticked.ids(), &changed)?;
        let result = outcome(ticked.ids(), changed, &kept);
        if result.count() > 0 {
            let event = Event {
                org_id: Some(org.id),
                action: match to {
                    Status::Reserved => "numbers_reserved",
                    _ => "numbers_made_available",
                },
                target: &format!("{} numbers", result.count()),
                details: summary(&result.changed),
            };
            audit::record(conn, &acting.actor(), event)?;
        }
        Ok(result)
    })
}

/// Sets (or, with `None`, clears) the tag of the ticked numbers of the
/// acting org that are not Assigned.
pub fn set_tag(
    conn: &mut DbConn,
    acting: &Acting,
    ticked: &Ticked,
    tag: Option<&Tag>,
) -> AppResult<Outcome> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let org = acting.org();
    let tag = tag.map(Tag::as_str);
    db::transaction(conn, |conn| {
        let now = chrono::Utc::now().naive_utc();
        let target = numbers::table
            .filter(numbers::org_id.eq(org.id))
            .filter(numbers::id.eq_any(ticked.ids()))
            .filter(numbers::status.eq_any(UNUSED));
        let mut changed: Vec<String> = each_backend!(conn, c => diesel::update(target)
            .set((numbers::tag.eq(tag), numbers::updated_at.eq(now)))
            .returning(numbers::e164)
            .get_results(c))?;
        changed.sort();
        let kept = statuses_left(conn, org.id, ticked.ids(), &changed)?;
        let result = outcome(ticked.ids(), changed, &kept);
        if result.count() > 0 {
            let event = Event {
                org_id: Some(org.id),
                action: "numbers_tagged",
                target: &format!("{} numbers", result.count()),
                details: format!(
                    "tag: {}; {}",
                    tag.unwrap_or("none"),
                    summary(&result.changed)
                ),
            };
            audit::record(conn, &acting.actor(), event)?;
        }
        Ok(result)
    })
}

/// Deletes the ticked numbers of the acting org that are not Assigned.
pub fn delete(conn: &mut DbConn, acting: &Acting, ticked: &Ticked) -> AppResult<Outcome> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        let target = numbers::table
            .filter(numbers::org_id.eq(org.id))
            .filter(numbers::id.eq_any(ticked.ids()))
            .filter(numbers::status.eq_any(UNUSED));
        let mut changed: Vec<String> = each_backend!(conn, c => diesel::delete(target)
            .returning(numbers::e164)
            .get_results(c))?;
        changed.sort();
        let kept = statuses_left(conn, org.id, ticked.ids(), &changed)?;
        let result = outcome(ticked.ids(), changed, &kept);
        if result.count() > 0 {
            let event = Event {
                org_id: Some(org.id),
                action: "numbers_deleted",
                target: &format!("{} numbers", result.count()),
                details: summary(&result.changed),
            };
            audit::record(conn, &acting.actor(), event)?;
        }
        Ok(result)
    })
}

/// The number page's Save: status (Available or Reserved) and tag of one
/// number of the acting org that is not Assigned.
pub fn update(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    status: Status,
    tag: Option<&Tag>,
) -> AppResult<Number> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    if status == Status::Assigned {
        return Err(AppError::BadRequest(crate::msg!(
            "numbers-assigned-through-accounts"
        )));
    }
    let org = acting.org();
    let tag = tag.map(Tag::as_str);
    db::transaction(conn, |conn| {
        let before = find(conn, org, id)?.ok_or(AppError::NotFound)?;
        let changed = diesel::update(
            numbers::table
                .filter(numbers::id.eq(id))
                .filter(numbers::org_id.eq(org.id))
                .filter(numbers::status.eq_any(UNUSED)),
        )
        .set((
            numbers::status.eq(status.as_str()),
            numbers::tag.eq(tag),
            numbers::updated_at.eq(chrono::Utc::now().naive_utc()),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(refusal(conn, org, id)?);
        }
        let event = Event {
            org_id: Some(org.id),
            action: "number_updated",
            target: &before.e164,
            details: format!(
                "status: {} → {}; tag: {} → {}",
                before.status,
                status.as_str(),
                before.tag.as_deref().unwrap_or("none"),
                tag.unwrap_or("none")
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        find(conn, org, id)?.ok_or(AppError::NotFound)
    })
}

/// Deletes one number of the acting org that is not Assigned.
pub fn delete_one(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Number> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        let before = find(conn, org, id)?.ok_or(AppError::NotFound)?;
        let deleted = diesel::delete(
            numbers::table
                .filter(numbers::id.eq(id))
                .filter(numbers::org_id.eq(org.id))
                .filter(numbers::status.eq_any(UNUSED)),
        )
        .execute(conn)?;
        if deleted == 0 {
            return Err(refusal(conn, org, id)?);
        }
        let event = Event {
            org_id: Some(org.id),
            action: "numbers_deleted",
            target: &before.e164,
            details: format!(
                "status: {}; tag: {}",
                before.status,
                before.tag.as_deref().unwrap_or("none")
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(before)
    })
}

/// Why a conditional change of one number changed nothing: it is
/// Assigned, or no longer in this org.
fn refusal(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<AppError> {
    Ok(match find(conn, org, id)? {
        Some(number) => AppError::Conflict(crate::msg!(
            "numbers-assigned-refusal",
            number = number.e164
        )),
        None => AppError::NotFound,
    })
}

/// The ticked numbers that belong to `org`, in number order (others are
/// left out, as if they did not exist).
pub fn selected(conn: &mut DbConn, org: &ScopedOrg, ticked: &Ticked) -> AppResult<Vec<Number>> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::id.eq_any(ticked.ids()))
        .order(numbers::e164)
        .select(Number::as_select())
        .load(conn)?)
}
