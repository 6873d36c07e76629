//! `send_email`: the job that delivers one outbox message, and `queue`,
//! which stores an email in the outbox and queues that job. It lives with
//! the jobs (which run mail) rather than in `mail` (which knows nothing of
//! jobs), so the two modules point one way.

use serde::{Deserialize, Serialize};

use crate::db::DbConn;
use crate::error::AppResult;
use crate::jobs::{Context, Job, JobError};
use crate::mail::outbox;
use crate::mail::templates::Email;
use crate::mail::transport::is_permanent;

/// Renders `email`, stores it and queues its delivery. Call it inside the
/// transaction of the change that causes the email, so both are kept or
/// neither; then, after commit, `Mailer::wake` so it goes at once instead of
/// at the runner's next poll.
pub fn queue(conn: &mut DbConn, email: &Email) -> AppResult<()> {
    let stored = outbox::store(conn, email)?;
    let job = SendEmail {
        outbox_id: stored.outbox_id,
        email: email.kind().into(),
        to: stored.to,
    };
    crate::jobs::enqueue(conn, &job, stored.org_id)?;
    Ok(())
}

/// The payload names the outbox row (which holds the message) and, for the
/// Failed Jobs report, the kind of email and its recipient; never the link.
#[derive(Debug, Serialize, Deserialize)]
pub struct SendEmail {
    pub outbox_id: i64,
    /// Absent in jobs made from outbox rows by the migration.
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub to: String,
}

impl Job for SendEmail {
    const KIND: &'static str = "send_email";

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let message = {
            let mut conn = ctx.db.get()?;
            outbox::find(&mut conn, self.outbox_id)?
        };
        let Some(message) = message else {
            return Err(JobError::Permanent(anyhow::anyhow!(
                "outbox message {} does not exist",
                self.outbox_id
            )));
        };
        if message.sent_at.is_some() {
            // A worker sent it and died before recording the job as done.
            return Ok(());
        }
        // No connection is held while talking to the mail server.
        ctx.mail.send(&message.letter()).map_err(|e| {
            if is_permanent(&e) {
                JobError::Permanent(e)
            } else {
                JobError::Retry(e)
            }
        })?;
        let mut conn = ctx.db.get()?;
        outbox::mark_sent(&mut conn, message.id)?;
        Ok(())
    }

    fn summary(&self) -> String {
        match (self.email.is_empty(), self.to.is_empty()) {
            (false, false) => {
                crate::msg!("jobs-email-to", email = &self.email, to = &self.to).to_string()
            }
            (true, false) => crate::msg!("jobs-to", to = &self.to).to_string(),
            _ => crate::msg!("jobs-outbox-message", id = self.outbox_id).to_string(),
        }
    }
}
