//! The outbox table: emails are queued in the transaction of the change that
//! causes them, then claimed, sent and marked by a worker.
//!
//! Claiming is a conditional UPDATE (`locked_until` free or expired), so when
//! several workers share one database each row is sent by the worker whose
//! UPDATE changed it. A worker that dies mid-send leaves a lease that expires,
//! and the row is taken up again: delivery is at least once, never lost.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::outbox;
use crate::error::{AppError, AppResult};
use crate::mail::templates::Email;
use crate::mail::transport::{Letter, display_name};

/// Longest error text kept per row.
const MAX_ERROR_LEN: usize = 1000;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i64,
    pub kind: String,
    pub to_addr: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub claimed_by: Option<String>,
    pub last_error: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
    pub failed_at: Option<NaiveDateTime>,
}

impl OutboxMessage {
    pub fn letter(&self) -> Letter {
        Letter {
            to_addr: self.to_addr.clone(),
            to_name: self.to_name.clone(),
            subject: self.subject.clone(),
            text: self.body_text.clone(),
            html: self.body_html.clone(),
            message_id: self.message_id.clone(),
        }
    }
}

/// When to retry and when to give up.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub base: Duration,
    pub max: Duration,
    pub max_attempts: u32,
}

impl RetryPolicy {
    /// Wait after the `attempts`-th failed attempt: `base · 2^attempts`, at most `max`.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
        self.base
            .checked_mul(1u32 << exponent)
            .map_or(self.max, |d| d.min(self.max))
    }
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn later(from: NaiveDateTime, by: Duration) -> NaiveDateTime {
    from + chrono::Duration::from_std(by).unwrap_or(chrono::Duration::hours(1))
}

/// Renders `email` and queues it. Call it inside the transaction of the change
/// that causes the email, so both are kept or neither; then, after commit,
/// `Mailer::wake` so the worker sends it at once instead of at its next poll.
pub fn enqueue(conn: &mut DbConn, email: &Email) -> AppResult<()> {
    let rendered = email.render()?;
    let to = email.to().as_str();
    if to.parse::<lettre::Address>().is_err() {
        return Err(AppError::Conflict(format!("No email can be sent to {to}.")));
    }
    let name = display_name(email.to_name());
    let created = now();
    diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq(email.kind()),
            outbox::to_addr.eq(to),
            outbox::to_name.eq((!name.is_empty()).then_some(name)),
            outbox::subject.eq(&rendered.subject),
            outbox::body_text.eq(&rendered.text),
            outbox::body_html.eq(&rendered.html),
            outbox::message_id.eq(crate::domain::tokens::random_token()),
            outbox::created_at.eq(created),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(created),
        ))
        .execute(conn)?;
    Ok(())
}

/// Claims the oldest due message for `worker` for `lease`, counting the
/// attempt. `None` when nothing is due. The claim is the conditional UPDATE:
/// of two workers racing for a row, one changes it and the other changes
/// nothing and moves on to the next candidate.
pub fn claim_next(
    conn: &mut DbConn,
    worker: &str,
    lease: Duration,
) -> AppResult<Option<OutboxMessage>> {
    for _ in 0..10 {
        let now = now();
        let due = outbox::sent_at
            .is_null()
            .and(outbox::failed_at.is_null())
            .and(outbox::next_attempt_at.le(now))
            .and(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt(now)),
            );
        let Some(id) = outbox::table
            .filter(due)
            .order((outbox::next_attempt_at.asc(), outbox::id.asc()))
            .select(outbox::id)
            .first::<i64>(conn)
            .optional()?
        else {
            return Ok(None);
        };
        let claimed = diesel::update(outbox::table.find(id).filter(due))
            .set((
                outbox::locked_until.eq(later(now, lease)),
                outbox::claimed_by.eq(worker),
                outbox::attempts.eq(outbox::attempts + 1),
            ))
            .execute(conn)?;
        if claimed == 1 {
            let message = outbox::table
                .find(id)
                .select(OutboxMessage::as_select())
                .first(conn)?;
            return Ok(Some(message));
        }
    }
    // Lost every race: others are busy with the queue; try again at the next poll.
    Ok(None)
}

/// Records delivery. Only the worker holding the claim can mark the row.
pub fn mark_sent(conn: &mut DbConn, message: &OutboxMessage, worker: &str) -> AppResult<bool> {
    let updated = diesel::update(
        outbox::table
            .find(message.id)
            .filter(outbox::claimed_by.eq(worker))
            .filter(outbox::sent_at.is_null()),
    )
    .set((
        outbox::sent_at.eq(now()),
        outbox::locked_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Records a failed attempt and schedules the next one, or gives the message
/// up after `policy.max_attempts` (the row stays, with its last error).
pub fn mark_failed(
    conn: &mut DbConn,
    message: &OutboxMessage,
    worker: &str,
    error: &str,
    policy: &RetryPolicy,
) -> AppResult<()> {
    let now = now();
    let error: String = error.chars().take(MAX_ERROR_LEN).collect();
    let give_up = u32::try_from(message.attempts).unwrap_or(0) >= policy.max_attempts;
    diesel::update(
        outbox::table
            .find(message.id)
            .filter(outbox::claimed_by.eq(worker))
            .filter(outbox::sent_at.is_null()),
    )
    .set((
        outbox::last_error.eq(error),
        outbox::next_attempt_at.eq(later(now, policy.backoff(message.attempts))),
        outbox::locked_until.eq(None::<NaiveDateTime>),
        outbox::failed_at.eq(give_up.then_some(now)),
    ))
    .execute(conn)?;
    Ok(())
}

/// Every message queued for an address, oldest first (support and tests).
pub fn to_address(conn: &mut DbConn, to_addr: &str) -> AppResult<Vec<OutboxMessage>> {
    Ok(outbox::table
        .filter(outbox::to_addr.eq(to_addr))
        .order(outbox::id.asc())
        .select(OutboxMessage::as_select())
        .load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy {
            base: Duration::from_secs(5),
            max: Duration::from_secs(3600),
            max_attempts: 20,
        };
        assert_eq!(policy.backoff(1), Duration::from_secs(10));
        assert_eq!(policy.backoff(2), Duration::from_secs(20));
        assert_eq!(policy.backoff(9), Duration::from_secs(2560));
        assert_eq!(policy.backoff(10), Duration::from_secs(3600));
        assert_eq!(policy.backoff(1000), Duration::from_secs(3600));
    }
}
