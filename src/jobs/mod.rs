//! Background jobs: work that outlives a request (email delivery, purges) is
//! a row in the `jobs` table, written in the transaction of the change that
//! causes it, and run by the runner thread of any instance.
//!
//! A job kind is a serialisable struct implementing `Job` (its payload is the
//! struct as JSON) and listed in `kinds::run`. See `docs-jobs.md`.
//!
//! ```ignore
//! db::transaction(conn, |conn| {
//!     /* … the change … */
//!     jobs::enqueue(conn, &PurgeSessions {}, Some(org.id))
//! })?;
//! state.mailer.wake();
//! ```

pub mod kinds;
pub mod purge_sessions;
pub mod queue;
pub mod runner;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::db::{Db, DbConn};
use crate::error::{AppError, AppResult};
use crate::mail::Outgoing;

/// What a job may use while it runs.
pub struct Context {
    pub db: Db,
    pub mail: Outgoing,
}

/// Why a run did not succeed.
#[derive(Debug)]
pub enum JobError {
    /// Try again later, with backoff.
    Retry(anyhow::Error),
    /// Retrying cannot help: the job is given up at once.
    Permanent(anyhow::Error),
}

impl From<AppError> for JobError {
    fn from(e: AppError) -> Self {
        JobError::Retry(anyhow::anyhow!("{e}"))
    }
}

/// One kind of job. The struct is the payload; it must hold nothing secret
/// (no links, no tokens): the row stays in the database after the work.
pub trait Job: Serialize + DeserializeOwned {
    /// Stored in `jobs.kind`; never change it once rows of it exist.
    const KIND: &'static str;

    /// Does the work. Blocking: runs on the runner thread. A run may be
    /// repeated (a worker can die after the work and before recording it),
    /// so make it harmless to do twice.
    fn run(&self, ctx: &Context) -> Result<(), JobError>;

    /// One line for the Failed Jobs report (a recipient, never a link).
    fn summary(&self) -> String {
        String::new()
    }
}

/// Queues `job` inside the caller's transaction; `org_id` is the tenant it
/// is shown under when it fails.
pub fn enqueue<J: Job>(conn: &mut DbConn, job: &J, org_id: Option<i64>) -> AppResult<i64> {
    let payload = serde_json::to_string(job).map_err(AppError::internal)?;
    queue::enqueue(conn, J::KIND, &payload, org_id)
}
