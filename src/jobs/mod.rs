//! Background jobs: work that outlives a request (email delivery, purges) is
//! a row in the `jobs` table, written in the transaction of the change that
//! causes it, and run by the runner thread of any instance.
//!
//! A job kind is a serialisable struct implementing `Job` (its payload is the
//! struct as JSON) and listed in `worker::kinds::run` (the worker runs jobs;
//! this module only defines and queues them, so `domain` can queue a job and
//! a job kind can call `domain`). ARCHITECTURE.md, "Jobs".
//!
//! ```ignore
//! db::transaction(conn, |conn| {
//!     /* … the change … */
//!     jobs::enqueue(conn, &PurgeSessions {}, Some(org.id))
//! })?;
//! state.mailer.wake();
//! ```

pub mod account_bulk;
pub mod account_import;
pub mod queue;
pub mod send_email;
pub mod send_sms;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::db::{Db, DbConn};
use crate::error::{AppError, AppResult};
use crate::mail::{MemoryMailbox, Outgoing};

/// What a job may use while it runs.
pub struct Context {
    pub db: Db,
    pub mail: Outgoing,
    pub sms: crate::sms::Transport,
    /// Public URL for links in emails a job writes, without a trailing slash.
    pub base_url: String,
    /// How long a password reset link works.
    pub reset_ttl: std::time::Duration,
    /// What an import file may hold.
    pub import: crate::config::ImportConfig,
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

/// What handlers hold to get queued mail going. Cheap to clone; the job
/// runner stops when the last handle is dropped.
#[derive(Clone)]
pub struct Mailer {
    jobs: Waker,
    mailbox: Option<MemoryMailbox>,
}

impl Mailer {
    pub fn new(jobs: Waker, mailbox: Option<MemoryMailbox>) -> Self {
        Self { jobs, mailbox }
    }

    /// Asks the job runner to look for due jobs now (mail, and any other job).
    /// Call after the transaction that queued them has committed (before, it
    /// would not see the rows).
    pub fn wake(&self) {
        self.jobs.wake();
    }

    /// The emails "sent" so far, when the transport is `memory` (tests).
    pub fn mailbox(&self) -> Option<MemoryMailbox> {
        self.mailbox.clone()
    }
}

/// Wakes the worker. Cheap to clone; the worker stops when the last is dropped.
#[derive(Clone)]
pub struct Waker(std::sync::mpsc::SyncSender<()>);

impl Waker {
    /// A waker and the receiving end the worker listens on.
    pub fn channel() -> (Waker, std::sync::mpsc::Receiver<()>) {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        (Waker(tx), rx)
    }

    pub fn wake(&self) {
        // Full means a wake-up is already pending: the worker drains the whole
        // queue on each, so one is enough.
        let _ = self.0.try_send(());
    }
}

/// What the Failed Jobs report says about a job beside its kind (a
/// recipient, never a link). Kinds without a summary say nothing more.
/// A job's kind as the Failed Jobs report names it ("Send email"); an
/// unknown kind by its key.
pub fn kind_shown(kind: &str) -> String {
    let id = match kind {
        "send_email" => "jobs-kind-send-email",
        "send_sms" => "jobs-kind-send-sms",
        "account_import" => "jobs-kind-account-import",
        "account_bulk" => "jobs-kind-account-bulk",
        "purge_sessions" => "jobs-kind-purge-sessions",
        "password_reset_request" => "jobs-kind-password-reset-request",
        other => return other.to_owned(),
    };
    crate::i18n::t(id)
}

pub fn describe(kind: &str, payload: &str) -> String {
    match kind {
        send_email::SendEmail::KIND => serde_json::from_str::<send_email::SendEmail>(payload)
            .map(|j| j.summary())
            .unwrap_or_default(),
        send_sms::SendSms::KIND => serde_json::from_str::<send_sms::SendSms>(payload)
            .map(|j| j.summary())
            .unwrap_or_default(),
        _ => String::new(),
    }
}
