//! A check that runs before anything else a request does with the database,
//! inside the same trip through the blocking pool as the first thing it does.
//!
//! The session layer may serve a GET from the session as an earlier request
//! read it (`auth::session_store`) and leave here the check that the stored
//! session is still that one. The request's first `Db::run` runs the check
//! on its connection before its own work; unless the check confirms, that
//! work does not run and the trip answers `AppError::Unauthenticated` (the
//! session has ended) or `AppError::Stale` (it changed: ask again). A
//! request that made no trip has the check run before its response leaves
//! (`auth::session_check`). So a page costs one trip instead of two, and
//! nothing is read or written for a session that has ended.

use std::cell::RefCell;
use std::future::Future;

use super::DbConn;
use crate::error::{AppError, AppResult};

/// Reads what the request relied on and says whether it still holds.
pub type Check = Box<dyn FnOnce(&mut DbConn) -> AppResult<Verdict> + Send>;

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Still as relied on: the request goes on.
    Confirmed,
    /// Gone (the session ended): answered as signed out.
    Ended,
    /// Changed: the request is asked again, and read afresh then.
    Changed,
    /// Not read (the database failed first): answered "try again" (503),
    /// whatever the request did with the failure.
    Unknown,
}

enum Slot {
    Clear,
    Due(Check),
    Failed(Verdict),
}

struct First {
    /// A GET or HEAD: answering "ask again" loses nothing.
    may_defer: bool,
    slot: Slot,
}

tokio::task_local! {
    static FIRST: RefCell<First>;
}

/// Runs a request; `may_defer` when it is safe to repeat (GET, HEAD).
pub fn scope<F: Future>(may_defer: bool, f: F) -> impl Future<Output = F::Output> {
    FIRST.scope(
        RefCell::new(First {
            may_defer,
            slot: Slot::Clear,
        }),
        f,
    )
}

/// Whether this request may be asked again (a GET or HEAD).
pub fn may_defer() -> bool {
    FIRST
        .try_with(|first| first.borrow().may_defer)
        .unwrap_or(false)
}

/// Leaves `check` for the request's first trip. False, and nothing is
/// left, unless the request may be asked again and holds no check yet: the
/// caller then reads what it needs now instead.
pub fn defer(check: Check) -> bool {
    let mut check = Some(check);
    let _ = FIRST.try_with(|first| {
        let mut first = first.borrow_mut();
        if first.may_defer && matches!(first.slot, Slot::Clear) {
            first.slot = check.take().map_or(Slot::Clear, Slot::Due);
        }
    });
    check.is_none()
}

/// A trip's result: the work's own, or why it did not run.
pub(super) type Outcome<T> = AppResult<Result<AppResult<T>, Verdict>>;

/// On the trip's connection: `check` (when the request left one), then
/// `work` only if the check confirms.
pub(super) fn then<T>(
    check: Option<Check>,
    conn: &mut DbConn,
    work: impl FnOnce(&mut DbConn) -> AppResult<T>,
) -> Outcome<T> {
    let verdict = match check {
        Some(check) => check(conn)?,
        None => Verdict::Confirmed,
    };
    Ok(match verdict {
        Verdict::Confirmed => Ok(work(conn)),
        refused => Err(refused),
    })
}

/// Back on the request: the work's result, or the refusal, recorded for
/// `auth::session_check`. `checked` when the trip took a check: a failure
/// before it could run leaves the session unconfirmed.
pub(super) fn outcome<T>(checked: bool, outcome: Outcome<T>) -> AppResult<T> {
    let verdict = match outcome {
        // Confirmed (or nothing to confirm): the work's own result.
        Ok(Ok(done)) => return done,
        Ok(Err(refused)) => refused,
        Err(e) if !checked => return Err(e),
        Err(_) => Verdict::Unknown,
    };
    fail(verdict);
    Err(match verdict {
        Verdict::Ended => AppError::Unauthenticated,
        Verdict::Changed => AppError::Stale,
        _ => AppError::Busy,
    })
}

/// The check left for this request's first trip, taken by that trip.
pub(super) fn take() -> Option<Check> {
    FIRST
        .try_with(|first| {
            let mut first = first.borrow_mut();
            match std::mem::replace(&mut first.slot, Slot::Clear) {
                Slot::Due(check) => Some(check),
                other => {
                    first.slot = other;
                    None
                }
            }
        })
        .ok()
        .flatten()
}

/// The check did not confirm.
fn fail(verdict: Verdict) {
    let _ = FIRST.try_with(|first| first.borrow_mut().slot = Slot::Failed(verdict));
}

/// Whether a check is still waiting for a trip.
pub fn pending() -> bool {
    FIRST
        .try_with(|first| matches!(first.borrow().slot, Slot::Due(_)))
        .unwrap_or(false)
}

/// What this request's check found, if it did not confirm.
pub fn failed() -> Option<Verdict> {
    FIRST
        .try_with(|first| match first.borrow().slot {
            Slot::Failed(verdict) => Some(verdict),
            _ => None,
        })
        .ok()
        .flatten()
}
