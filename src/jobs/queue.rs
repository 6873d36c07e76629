//! The `jobs` table: enqueue in the caller's transaction; claim with a lease;
//! record the outcome.
//!
//! A claim sets `locked_until` and `claimed_by` and counts the attempt. On
//! PostgreSQL the due row is picked `FOR UPDATE SKIP LOCKED`, so workers of
//! several instances take different rows without waiting on each other. On
//! SQLite (one writer at a time) the claim is a conditional UPDATE: of two
//! workers racing for a row, one changes it and the other changes nothing and
//! moves on. A worker that dies mid-job leaves a lease that expires, and the
//! job is taken up again: at least once, never lost.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Text, Timestamp};

use crate::config::RetryPolicy;
use crate::db::DbConn;
use crate::db::schema::jobs;
use crate::error::AppResult;

/// Longest error text kept per row.
const MAX_ERROR_LEN: usize = 1000;

#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = jobs)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub org_id: Option<i64>,
    pub run_after: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub claimed_by: Option<String>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    pub failed_at: Option<NaiveDateTime>,
}

/// How an attempt failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Might work later (server down, 4xx): retry with backoff.
    Transient,
    /// Will never work (a 5xx refusal): give up now.
    Permanent,
}

pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn later(from: NaiveDateTime, by: Duration) -> NaiveDateTime {
    from + chrono::Duration::from_std(by).unwrap_or(chrono::Duration::hours(1))
}

/// Queues a job of `kind` with its JSON `payload`, due now. Call it inside the
/// transaction of the change that causes the job, so both are kept or
/// neither; after commit, wake the runner (`Mailer::wake`).
pub fn enqueue(
    conn: &mut DbConn,
    kind: &str,
    payload: &str,
    org_id: Option<i64>,
) -> AppResult<i64> {
    let created = now();
    let values = (
        jobs::kind.eq(kind),
        jobs::payload.eq(payload),
        jobs::org_id.eq(org_id),
        jobs::run_after.eq(created),
        jobs::attempts.eq(0),
        jobs::created_at.eq(created),
    );
    let id = crate::each_backend!(conn, c => diesel::insert_into(jobs::table)
        .values(values)
        .returning(jobs::id)
        .get_result::<i64>(c))?;
    Ok(id)
}

/// Claims the oldest due job for `worker` for `lease`, counting the attempt.
/// `None` when nothing is due.
pub fn claim_next(conn: &mut DbConn, worker: &str, lease: Duration) -> AppResult<Option<JobRow>> {
    let now = now();
    match conn {
        DbConn::Pg(pg) => Ok(diesel::sql_query(
            "UPDATE jobs SET locked_until = $1, claimed_by = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM jobs \
                 WHERE finished_at IS NULL AND failed_at IS NULL AND run_after <= $3 \
                   AND (locked_until IS NULL OR locked_until < $3) \
                 ORDER BY run_after, id LIMIT 1 \
                 FOR UPDATE SKIP LOCKED) \
             RETURNING *",
        )
        .bind::<Timestamp, _>(later(now, lease))
        .bind::<Text, _>(worker)
        .bind::<Timestamp, _>(now)
        .get_result::<JobRow>(pg)
        .optional()?),
        DbConn::Sqlite(_) => claim_by_conditional_update(conn, worker, lease),
    }
}

fn claim_by_conditional_update(
    conn: &mut DbConn,
    worker: &str,
    lease: Duration,
) -> AppResult<Option<JobRow>> {
    for _ in 0..10 {
        let now = now();
        let due = jobs::finished_at
            .is_null()
            .and(jobs::failed_at.is_null())
            .and(jobs::run_after.le(now))
            .and(jobs::locked_until.is_null().or(jobs::locked_until.lt(now)));
        let Some(id) = jobs::table
            .filter(due)
            .order((jobs::run_after.asc(), jobs::id.asc()))
            .select(jobs::id)
            .first::<i64>(conn)
            .optional()?
        else {
            return Ok(None);
        };
        let claimed = diesel::update(jobs::table.find(id).filter(due))
            .set((
                jobs::locked_until.eq(later(now, lease)),
                jobs::claimed_by.eq(worker),
                jobs::attempts.eq(jobs::attempts + 1),
            ))
            .execute(conn)?;
        if claimed == 1 {
            return Ok(Some(
                jobs::table
                    .find(id)
                    .select(JobRow::as_select())
                    .first(conn)?,
            ));
        }
    }
    // Lost every race: others are busy with the queue; try again at the next poll.
    Ok(None)
}

/// Records success. Only the worker holding the claim can mark the job;
/// `false` when its lease expired and another worker took the job over.
pub fn mark_done(conn: &mut DbConn, job: &JobRow, worker: &str) -> AppResult<bool> {
    let updated = diesel::update(
        jobs::table
            .find(job.id)
            .filter(jobs::claimed_by.eq(worker))
            .filter(jobs::finished_at.is_null()),
    )
    .set((
        jobs::finished_at.eq(now()),
        jobs::locked_until.eq(None::<NaiveDateTime>),
        jobs::last_error.eq(None::<String>),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Records a failed attempt and schedules the next one after a backoff, or
/// gives the job up (it stays, with its last error, until retried) when the
/// failure is permanent or `policy.max_attempts` are used. Returns whether
/// the job was given up.
pub fn mark_failed(
    conn: &mut DbConn,
    job: &JobRow,
    worker: &str,
    error: &str,
    failure: Failure,
    policy: &RetryPolicy,
) -> AppResult<bool> {
    let now = now();
    let error: String = error.chars().take(MAX_ERROR_LEN).collect();
    let give_up = failure == Failure::Permanent
        || u32::try_from(job.attempts).unwrap_or(0) >= policy.max_attempts;
    diesel::update(
        jobs::table
            .find(job.id)
            .filter(jobs::claimed_by.eq(worker))
            .filter(jobs::finished_at.is_null()),
    )
    .set((
        jobs::last_error.eq(error),
        jobs::run_after.eq(later(now, policy.backoff(job.attempts))),
        jobs::locked_until.eq(None::<NaiveDateTime>),
        jobs::failed_at.eq(give_up.then_some(now)),
    ))
    .execute(conn)?;
    Ok(give_up)
}

/// Makes a failed job due again with a fresh count of attempts; `false` when
/// it is not (or no longer) failed. The last error stays until the next run.
pub fn make_due(conn: &mut DbConn, id: i64) -> AppResult<bool> {
    let updated = diesel::update(jobs::table.find(id).filter(jobs::failed_at.is_not_null()))
        .set((
            jobs::failed_at.eq(None::<NaiveDateTime>),
            jobs::run_after.eq(now()),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::claimed_by.eq(None::<String>),
            jobs::attempts.eq(0),
        ))
        .execute(conn)?;
    Ok(updated == 1)
}

/// How many jobs of `kind` are neither finished nor given up.
pub fn open_of_kind(conn: &mut DbConn, kind: &str) -> AppResult<i64> {
    Ok(jobs::table
        .filter(jobs::kind.eq(kind))
        .filter(jobs::finished_at.is_null())
        .filter(jobs::failed_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Deletes jobs finished more than `age` ago: the table keeps what is
/// pending, failed, or recent, and no more.
pub fn purge_finished(conn: &mut DbConn, age: Duration) -> AppResult<usize> {
    let cutoff = now() - chrono::Duration::from_std(age).unwrap_or(chrono::Duration::days(7));
    Ok(diesel::delete(jobs::table.filter(jobs::finished_at.lt(cutoff))).execute(conn)?)
}

/// Every job of `kind`, oldest first (support and tests).
pub fn of_kind(conn: &mut DbConn, kind: &str) -> AppResult<Vec<JobRow>> {
    Ok(jobs::table
        .filter(jobs::kind.eq(kind))
        .order(jobs::id.asc())
        .select(JobRow::as_select())
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
