//! Lockout after failed passwords, per administrator (Keycloak's brute-force
//! detection, ASVS 6.3): after the fifth failure in a row the account waits
//! 1 minute, after the sixth 2, then 4, 8, and 15 minutes at most; a success
//! resets the count, and so do twelve hours without a failure.
//!
//! A try is **claimed before its password is checked**: the claim counts it
//! as a failure and, at the fifth, starts the wait at once; a success then
//! clears the count. So parallel tries cannot all be checked against a
//! count none of them has raised yet: of ten wrong passwords sent at once,
//! five are checked and the rest find the account waiting.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::administrators;
use crate::db::{self, DbConn, Lock};
use crate::error::AppResult;

/// Failures in a row that are free; the next wait starts with this one.
pub const FREE_FAILURES: i32 = 5;
/// The longest wait, in minutes.
pub const MAX_WAIT_MINUTES: i64 = 15;

/// A quiet spell after which earlier failures are forgotten.
fn forget_after() -> chrono::Duration {
    chrono::Duration::hours(12)
}

/// How long the account waits after its `n`th failure in a row: nothing
/// before the fifth, then 1, 2, 4, 8, 15, 15 … minutes.
pub fn wait_after(n: i32) -> Option<chrono::Duration> {
    let past = n - FREE_FAILURES;
    if past < 0 {
        return None;
    }
    let minutes = 1i64
        .checked_shl(u32::try_from(past.min(10)).unwrap_or(10))
        .unwrap_or(i64::MAX)
        .min(MAX_WAIT_MINUTES);
    Some(chrono::Duration::minutes(minutes))
}

/// What a claim found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The password may be checked. If it is wrong, the account now waits
    /// this long (the claim has already started the wait).
    Admitted { locks_for: Option<chrono::Duration> },
    /// The account is waiting: the password must not be checked.
    Locked,
}

/// Claims one password try for administrator `admin_id` at `now`, counted
/// as a failure until `clear` says it succeeded. The row is locked for the
/// read and the write (`FOR UPDATE`; SQLite's write transaction), so
/// concurrent claims are counted one after the other.
pub fn claim(conn: &mut DbConn, admin_id: i64, now: NaiveDateTime) -> AppResult<Claim> {
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Administrator(admin_id))?;
        let found: Option<(i32, Option<NaiveDateTime>, Option<NaiveDateTime>)> =
            administrators::table
                .find(admin_id)
                .select((
                    administrators::failed_sign_ins,
                    administrators::last_failed_sign_in_at,
                    administrators::locked_until,
                ))
                .first(conn)
                .optional()?;
        let Some((failed, last_failed, locked_until)) = found else {
            return Ok(Claim::Locked);
        };
        let target = administrators::table.find(admin_id);
        if locked_until.is_some_and(|until| until > now) {
            // The same write as a try that is counted, so a waiting account
            // takes the same work as one that is not.
            diesel::update(target)
                .set(administrators::last_failed_sign_in_at.eq(now))
                .execute(conn)?;
            return Ok(Claim::Locked);
        }
        let forgotten = last_failed.is_none_or(|at| now - at >= forget_after());
        let n = if forgotten {
            1
        } else {
            failed.saturating_add(1)
        };
        let locks_for = wait_after(n);
        diesel::update(target)
            .set((
                administrators::failed_sign_ins.eq(n),
                administrators::last_failed_sign_in_at.eq(now),
                administrators::locked_until.eq(locks_for.map(|w| now + w)),
            ))
            .execute(conn)?;
        Ok(Claim::Admitted { locks_for })
    })
}

/// The password was right: the count starts again. Call it inside the
/// transaction that records the success.
pub fn clear(conn: &mut DbConn, admin_id: i64) -> AppResult<()> {
    diesel::update(administrators::table.find(admin_id))
        .set((
            administrators::failed_sign_ins.eq(0),
            administrators::last_failed_sign_in_at.eq(None::<NaiveDateTime>),
            administrators::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(())
}

/// "1 minute", "15 minutes".
pub fn minutes(wait: chrono::Duration) -> String {
    match wait.num_minutes() {
        1 => "1 minute".into(),
        n => format!("{n} minutes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_the_fifth_failure_up_to_fifteen_minutes() {
        let waits: Vec<Option<i64>> = (1..=11)
            .map(|n| wait_after(n).map(|w| w.num_minutes()))
            .collect();
        assert_eq!(
            waits,
            vec![
                None,
                None,
                None,
                None,
                Some(1),
                Some(2),
                Some(4),
                Some(8),
                Some(15),
                Some(15),
                Some(15)
            ]
        );
        assert_eq!(wait_after(i32::MAX).map(|w| w.num_minutes()), Some(15));
    }
}
