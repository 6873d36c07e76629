//! Adding numbers to an org: one, a range or a list, all or nothing.
//!
//! Numbers are unique system-wide (`numbers.e164` is UNIQUE), so a number
//! that exists in any org is refused. The check is a query over the
//! candidates; two administrators adding the same numbers at the same
//! moment both pass it on PostgreSQL, and then the unique index stops the
//! second insert, which is reported with the same message. Candidates are
//! inserted in sorted order, so two such inserts wait on each other rather
//! than deadlock.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::input::{NAMED, NewNumbers, named, thousands};
use crate::db::schema::numbers;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::privileges::Privilege;
use crate::domain::values::PhoneNumber;
use crate::each_backend;
use crate::error::{AppError, AppResult, FieldErrors};

/// Rows per multi-row insert: 6 values a row keeps a statement far below
/// SQLite's 32,766 bound parameters (and PostgreSQL's 65,535).
const INSERT_BATCH: usize = 1_000;

/// Candidates per `IN (…)` of the duplicate check.
const CHECK_BATCH: usize = 5_000;

/// What was added.
#[derive(Debug, Clone)]
pub struct Added {
    pub count: usize,
    pub first: String,
    pub last: String,
    pub tag: Option<String>,
}

impl Added {
    /// "Added 1,000 numbers (+15550100000 to +15550100999) with tag PORTED."
    pub fn message(&self) -> crate::i18n::Msg {
        let tag = self.tag.as_deref().unwrap_or("");
        let tagged = if self.tag.is_some() { "yes" } else { "no" };
        if self.count == 1 {
            crate::msg!(
                "numbers-added-one",
                number = self.first.as_str(),
                tag = tag,
                tagged = tagged
            )
        } else {
            crate::msg!(
                "numbers-added-many",
                n = thousands(self.count as u64),
                first = self.first.as_str(),
                last = self.last.as_str(),
                tag = tag,
                tagged = tagged
            )
        }
    }
}

/// Why the transaction ended without adding anything.
enum Failed {
    App(AppError),
    /// A unique violation: someone added some of them meanwhile.
    Raced,
}

impl From<diesel::result::Error> for Failed {
    fn from(e: diesel::result::Error) -> Self {
        if db::is_unique_violation(&e) {
            Failed::Raced
        } else {
            Failed::App(e.into())
        }
    }
}

impl From<AppError> for Failed {
    fn from(e: AppError) -> Self {
        Failed::App(e)
    }
}

/// Adds the numbers to the acting org as Available, with the tag; refuses
/// them all, naming the duplicates, when any exists already.
pub fn add(conn: &mut DbConn, acting: &Acting, input: &NewNumbers) -> AppResult<Added> {
    acting.require(Privilege::SetupEditNumberManagement)?;
    let (Some(first), Some(last)) = (input.numbers.first(), input.numbers.last()) else {
        let mut errors = FieldErrors::new();
        errors.add(
            input.source.field(),
            crate::msg!("numbers-enter-at-least-one"),
        );
        return Err(AppError::Invalid(errors));
    };
    let org = acting.org();
    let tag = input.tag.as_ref().map(|t| t.as_str().to_owned());
    let result = db::transaction(conn, |conn| {
        let existing = existing(conn, &input.numbers)?;
        if !existing.is_empty() {
            return Err(Failed::App(duplicates(input, &existing)));
        }
        let now = chrono::Utc::now().naive_utc();
        for chunk in input.numbers.chunks(INSERT_BATCH) {
            insert(conn, org.id, chunk, tag.as_deref(), now)?;
        }
        let event = Event {
            org_id: Some(org.id),
            action: "numbers_added",
            target: &format!("{} numbers", input.numbers.len()),
            details: format!(
                "count: {}; {first} to {last}; tag: {}",
                input.numbers.len(),
                tag.as_deref().unwrap_or("none")
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(())
    });
    match result {
        Ok(()) => Ok(Added {
            count: input.numbers.len(),
            first: first.to_string(),
            last: last.to_string(),
            tag,
        }),
        Err(Failed::App(e)) => Err(e),
        // Rolled back: now the other administrator's numbers can be read.
        Err(Failed::Raced) => Err(duplicates(input, &existing(conn, &input.numbers)?)),
    }
}

fn insert(
    conn: &mut DbConn,
    org_id: i64,
    chunk: &[PhoneNumber],
    tag: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let rows: Vec<_> = chunk
        .iter()
        .map(|n| {
            (
                numbers::org_id.eq(org_id),
                numbers::e164.eq(n.as_str()),
                numbers::status.eq("available"),
                numbers::tag.eq(tag),
                numbers::created_at.eq(now),
                numbers::updated_at.eq(now),
            )
        })
        .collect();
    each_backend!(conn, c => diesel::insert_into(numbers::table).values(&rows).execute(c))
}

/// Which of these numbers exist already (in any org), in order.
fn existing(conn: &mut DbConn, candidates: &[PhoneNumber]) -> AppResult<Vec<String>> {
    let mut found = Vec::new();
    for chunk in candidates.chunks(CHECK_BATCH) {
        let values: Vec<&str> = chunk.iter().map(PhoneNumber::as_str).collect();
        found.extend(
            numbers::table
                .filter(numbers::e164.eq_any(values))
                .select(numbers::e164)
                .load::<String>(conn)?,
        );
    }
    found.sort();
    Ok(found)
}

/// The refusal, next to the field the numbers were typed in.
fn duplicates(input: &NewNumbers, existing: &[String]) -> AppError {
    let message = match existing.len() {
        0 => crate::msg!("numbers-added-meanwhile"),
        1 if input.numbers.len() == 1 => {
            crate::msg!("numbers-exists-one", number = existing[0].as_str())
        }
        1 => crate::msg!("numbers-exists-one-of", number = existing[0].as_str()),
        n if n == input.numbers.len() => crate::msg!(
            "numbers-exist-all",
            n = thousands(n as u64),
            numbers = named(existing, NAMED)
        ),
        n => crate::msg!(
            "numbers-exist-some",
            n = thousands(n as u64),
            numbers = named(existing, NAMED)
        ),
    };
    let mut errors = FieldErrors::new();
    errors.add(input.source.field(), message);
    AppError::Invalid(errors)
}
