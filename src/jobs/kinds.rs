//! The registry of job kinds: how a stored row becomes a typed job. To add a
//! kind, implement `Job` for a struct and add one line to `run` and `describe`.

use crate::jobs::purge_sessions::PurgeSessions;
use crate::jobs::{Context, Job, JobError};
use crate::mail::delivery::SendEmail;

fn decode<J: Job>(payload: &str) -> Result<J, JobError> {
    // A payload that does not parse never will: give it up rather than retry.
    serde_json::from_str(payload)
        .map_err(|e| JobError::Permanent(anyhow::anyhow!("{} payload: {e}", J::KIND)))
}

/// Runs the job stored as `kind` with `payload`.
pub fn run(kind: &str, payload: &str, ctx: &Context) -> Result<(), JobError> {
    match kind {
        SendEmail::KIND => decode::<SendEmail>(payload)?.run(ctx),
        PurgeSessions::KIND => decode::<PurgeSessions>(payload)?.run(ctx),
        // Retried, not given up: during a rolling upgrade a newer instance
        // knows the kind and will take the job.
        other => Err(JobError::Retry(anyhow::anyhow!(
            "this instance does not know job kind '{other}'"
        ))),
    }
}

/// What the Failed Jobs report says about a job beside its kind.
pub fn describe(kind: &str, payload: &str) -> String {
    fn summary<J: Job>(payload: &str) -> String {
        serde_json::from_str::<J>(payload)
            .map(|j| j.summary())
            .unwrap_or_default()
    }
    match kind {
        SendEmail::KIND => summary::<SendEmail>(payload),
        PurgeSessions::KIND => summary::<PurgeSessions>(payload),
        _ => String::new(),
    }
}
