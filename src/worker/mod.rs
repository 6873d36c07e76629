//! The worker: one thread per instance that runs due jobs whenever it is
//! woken (after a transaction that queued jobs commits) and at every poll
//! interval (retries, and jobs queued by other instances), and queues the
//! periodic jobs. Several instances share the table; the claim (see `queue`)
//! makes sure each job is run by one of them at a time.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::Context as _;

mod account_bulk;
mod account_import;
mod kinds;
mod purge_sessions;
mod reset_requested;

use crate::config::{JobsConfig, RetryPolicy};
use crate::jobs::queue::{self, Failure};
use crate::jobs::{Context, Job, JobError, Waker};
pub use purge_sessions::PurgeSessions;

pub struct Runner {
    ctx: Context,
    policy: RetryPolicy,
    poll_interval: Duration,
    purge_interval: Duration,
    /// How long a claim holds a job (`JobsConfig::lease`, 120 s by default).
    /// Longer than any single run (an SMTP command times out after 30 s; a
    /// long import renews its claim as it goes); when a worker dies, its
    /// claims expire after this and another worker (or the restarted one)
    /// takes them.
    lease: Duration,
    /// Random per process: claims are made and released under this name.
    id: String,
}

/// Starts the runner thread.
pub fn start(config: &JobsConfig, ctx: Context) -> anyhow::Result<Waker> {
    let runner = Runner {
        ctx,
        policy: config.retry,
        poll_interval: config.poll_interval,
        purge_interval: config.purge_interval,
        lease: config.lease,
        id: crate::domain::tokens::random_token()[..16].to_owned(),
    };
    let (wake, wakes) = Waker::channel();
    std::thread::Builder::new()
        .name("job-runner".into())
        .spawn(move || runner.run(wakes))
        .context("cannot start the job runner")?;
    Ok(wake)
}

impl Runner {
    /// Runs until every `Waker` is dropped.
    fn run(self, wake: Receiver<()>) {
        tracing::info!(worker = %self.id, "job runner started");
        // The first purge is queued at start, so an instance that restarts
        // often still purges.
        let mut next_purge = Instant::now();
        loop {
            if Instant::now() >= next_purge {
                self.schedule_purge();
                next_purge = Instant::now() + self.purge_interval;
            }
            self.run_due();
            let until_purge = next_purge.saturating_duration_since(Instant::now());
            match wake.recv_timeout(self.poll_interval.min(until_purge)) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        tracing::info!(worker = %self.id, "job runner stopped");
    }

    /// Queues a purge unless one is pending (queued by this instance or
    /// another). On PostgreSQL two instances may both queue one at the same
    /// moment; a second purge finds nothing to do, so that is harmless.
    fn schedule_purge(&self) {
        let queued = self.ctx.db.get().and_then(|mut conn| {
            crate::db::transaction(&mut conn, |conn| {
                if queue::open_of_kind(conn, PurgeSessions::KIND)? > 0 {
                    return Ok(false);
                }
                crate::jobs::enqueue(conn, &PurgeSessions {}, None).map(|_| true)
            })
        });
        if let Err(e) = queued {
            tracing::warn!("job runner: cannot queue the purge: {e}");
        }
    }

    /// Runs every job that is due now, one claim at a time; returns how many
    /// succeeded. A database error ends the pass (the next poll retries).
    pub fn run_due(&self) -> usize {
        let mut done = 0;
        loop {
            let claimed = self
                .ctx
                .db
                .get()
                .and_then(|mut conn| queue::claim_next(&mut conn, &self.id, self.lease));
            let job = match claimed {
                Ok(Some(job)) => job,
                Ok(None) => return done,
                Err(e) => {
                    tracing::warn!("job runner: cannot claim a job: {e}");
                    return done;
                }
            };
            let result = kinds::run(&job.kind, &job.payload, &self.ctx);
            let recorded = self.ctx.db.get().and_then(|mut conn| match &result {
                Ok(()) => queue::mark_done(&mut conn, &job, &self.id).map(|_| false),
                Err(JobError::Retry(e)) => queue::mark_failed(
                    &mut conn,
                    &job,
                    &self.id,
                    &format!("{e:#}"),
                    Failure::Transient,
                    &self.policy,
                ),
                Err(JobError::Permanent(e)) => queue::mark_failed(
                    &mut conn,
                    &job,
                    &self.id,
                    &format!("{e:#}"),
                    Failure::Permanent,
                    &self.policy,
                ),
            });
            match (&result, &recorded) {
                (Ok(()), _) => {
                    done += 1;
                    tracing::info!(id = job.id, kind = %job.kind, "job done");
                }
                (Err(JobError::Retry(e) | JobError::Permanent(e)), Ok(true)) => {
                    tracing::error!(id = job.id, kind = %job.kind, attempts = job.attempts,
                        "job failed, given up: {e:#}");
                }
                (Err(JobError::Retry(e) | JobError::Permanent(e)), _) => {
                    tracing::warn!(id = job.id, kind = %job.kind, attempts = job.attempts,
                        "job failed, will retry: {e:#}");
                }
            }
            if let Err(e) = recorded {
                // The lease will expire and the job be run again.
                tracing::warn!(id = job.id, "job runner: cannot record the outcome: {e}");
                return done;
            }
        }
    }
}
