//! Phone numbers (Setup > Number Management): unique system-wide, each
//! allocated to one org, `available`, `reserved` or `assigned`, with an
//! optional tag (e.g. `PORTED`).
//!
//! Assignment is atomic and enforced by the database, not only by code:
//! - the assigning statement is one conditional `UPDATE … WHERE status IN
//!   (…)`: of two transactions racing for the same number, the second finds
//!   it no longer matching and changes nothing (PostgreSQL re-checks the
//!   condition after the first commits; SQLite runs write transactions one
//!   at a time);
//! - `numbers.account_id` is UNIQUE (an account holds at most one number)
//!   and a CHECK ties `status = 'assigned'` to `account_id` being set.

pub mod add;
pub mod edits;
pub mod input;
pub mod listing;
pub mod moves;
pub mod usage;

pub use add::{Added, add};
pub use edits::{Outcome, Ticked};
pub use input::{AddForm, NewNumbers, Source, Tag};
pub use moves::{Moved, Selection, allocate, withdraw};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::numbers;
use crate::domain::orgs::Organization;
use crate::error::AppResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Available,
    Reserved,
    Assigned,
}

impl Status {
    pub const ALL: &'static [Status] = &[Status::Available, Status::Reserved, Status::Assigned];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Available => "available",
            Status::Reserved => "reserved",
            Status::Assigned => "assigned",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|st| st.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Available => "Available",
            Status::Reserved => "Reserved",
            Status::Assigned => "Assigned",
        }
    }

    /// The label in the reader's language (`label` stays English for audit).
    pub fn shown(self) -> std::borrow::Cow<'static, str> {
        crate::i18n::text(match self {
            Status::Available => "numbers-status-available",
            Status::Reserved => "numbers-status-reserved",
            Status::Assigned => "numbers-status-assigned",
        })
    }
}

#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = numbers)]
pub struct Number {
    pub id: i64,
    pub org_id: i64,
    pub e164: String,
    pub status: String,
    pub tag: Option<String>,
    pub account_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Number {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Available)
    }
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Assigns this number of `org` (Available or Reserved) to the account.
/// `false` when it is not (or no longer) free in that org: the caller
/// reports it and writes nothing else.
pub fn assign_specific(
    conn: &mut DbConn,
    org: &Organization,
    e164: &str,
    account_id: i64,
) -> AppResult<bool> {
    let changed = diesel::update(
        numbers::table
            .filter(numbers::e164.eq(e164))
            .filter(numbers::org_id.eq(org.id))
            .filter(numbers::status.eq_any(["available", "reserved"])),
    )
    .set((
        numbers::status.eq("assigned"),
        numbers::account_id.eq(account_id),
        numbers::updated_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Assigns the first Available number of `org` (with `tag`, when given) to
/// the account and returns it; `None` when there is none left. Reserved
/// numbers are never picked automatically.
pub fn assign_next(
    conn: &mut DbConn,
    org: &Organization,
    tag: Option<&str>,
    account_id: i64,
) -> AppResult<Option<String>> {
    // A concurrent transaction may take the candidate between the read and
    // the conditional update; then the update changes nothing and the next
    // candidate is tried.
    for _ in 0..20 {
        let mut query = numbers::table
            .filter(numbers::org_id.eq(org.id))
            .filter(numbers::status.eq("available"))
            .select(numbers::e164)
            .order(numbers::e164)
            .into_boxed();
        if let Some(tag) = tag {
            query = query.filter(numbers::tag.eq(tag));
        }
        let Some(candidate) = query.first::<String>(conn).optional()? else {
            return Ok(None);
        };
        if assign_specific(conn, org, &candidate, account_id)? {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

/// Returns the account's number (if any) to Available.
pub fn release_for_account(conn: &mut DbConn, account_id: i64) -> AppResult<Option<String>> {
    let held: Option<String> = numbers::table
        .filter(numbers::account_id.eq(account_id))
        .select(numbers::e164)
        .first(conn)
        .optional()?;
    if held.is_some() {
        diesel::update(numbers::table.filter(numbers::account_id.eq(account_id)))
            .set((
                numbers::status.eq("available"),
                numbers::account_id.eq(None::<i64>),
                numbers::updated_at.eq(now()),
            ))
            .execute(conn)?;
    }
    Ok(held)
}

/// The number assigned to the account, if any.
pub fn of_account(conn: &mut DbConn, account_id: i64) -> AppResult<Option<Number>> {
    Ok(numbers::table
        .filter(numbers::account_id.eq(account_id))
        .select(Number::as_select())
        .first(conn)
        .optional()?)
}

/// How many numbers of the org are Available (what invitations without a
/// number and moves need).
pub fn available_count(conn: &mut DbConn, org: &Organization) -> AppResult<i64> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq("available"))
        .count()
        .get_result(conn)?)
}

/// The first `n` Available numbers of the org: the short list an end user
/// picks from at activation, and the form's choices.
pub fn available_short_list(
    conn: &mut DbConn,
    org: &Organization,
    n: i64,
) -> AppResult<Vec<String>> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq("available"))
        .select(numbers::e164)
        .order(numbers::e164)
        .limit(n)
        .load(conn)?)
}

/// The tags used on Available numbers of the org (the form's "tag" choices).
pub fn available_tags(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<String>> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq("available"))
        .filter(numbers::tag.is_not_null())
        .select(numbers::tag.assume_not_null())
        .distinct()
        .order(numbers::tag.assume_not_null())
        .load(conn)?)
}
