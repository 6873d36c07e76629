//! The registry of job kinds: how a stored row becomes a typed job. To add a
//! kind, implement `Job` for a struct and add one line to `run` (and to
//! `jobs::describe` if the Failed Jobs report should say more than its kind).

use super::purge_sessions::PurgeSessions;
use crate::domain::password_resets::ResetRequested;
use crate::jobs::account_bulk::AccountBulkJob;
use crate::jobs::account_import::AccountImportJob;
use crate::jobs::send_email::SendEmail;
use crate::jobs::send_sms::SendSms;
use crate::jobs::{Context, Job, JobError};

fn decode<J: Job>(payload: &str) -> Result<J, JobError> {
    // A payload that does not parse never will: give it up rather than retry.
    serde_json::from_str(payload)
        .map_err(|e| JobError::Permanent(anyhow::anyhow!("{} payload: {e}", J::KIND)))
}

/// Runs the job stored as `kind` with `payload`.
pub fn run(kind: &str, payload: &str, ctx: &Context) -> Result<(), JobError> {
    match kind {
        SendEmail::KIND => decode::<SendEmail>(payload)?.run(ctx),
        SendSms::KIND => decode::<SendSms>(payload)?.run(ctx),
        <AccountBulkJob as Job>::KIND => decode::<AccountBulkJob>(payload)?.run(ctx),
        <AccountImportJob as Job>::KIND => decode::<AccountImportJob>(payload)?.run(ctx),
        PurgeSessions::KIND => decode::<PurgeSessions>(payload)?.run(ctx),
        ResetRequested::KIND => decode::<ResetRequested>(payload)?.run(ctx),
        // Retried, not given up: during a rolling upgrade a newer instance
        // knows the kind and will take the job.
        other => Err(JobError::Retry(anyhow::anyhow!(
            "this instance does not know job kind '{other}'"
        ))),
    }
}
