//! `send_sms`: the job that sends one SMS stored in the outbox, and `queue`,
//! which stores it and queues the job in the caller's transaction. Like
//! `send_email`, the payload names the outbox row and the recipient, never
//! the text (it holds the activation link).

use serde::{Deserialize, Serialize};

use crate::db::DbConn;
use crate::error::AppResult;
use crate::jobs::{Context, Job, JobError};
use crate::mail::outbox as rows;
use crate::sms::outbox;

/// Stores the SMS and queues its delivery; `org_id` is the tenant a failed
/// delivery is reported under (Reports → Failed Jobs). Call it inside the
/// transaction of the change that causes the SMS; wake the runner after
/// the commit.
pub fn queue(
    conn: &mut DbConn,
    kind: &'static str,
    to: &str,
    body: &str,
    org_id: Option<i64>,
) -> AppResult<i64> {
    let outbox_id = outbox::store(conn, kind, to, body)?;
    let job = SendSms {
        outbox_id,
        sms: kind.into(),
        to: to.to_owned(),
    };
    crate::jobs::enqueue(conn, &job, org_id)?;
    Ok(outbox_id)
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SendSms {
    pub outbox_id: i64,
    /// The kind of message (`account_invitation_sms`), for the report.
    pub sms: String,
    /// The device number, for the report.
    pub to: String,
}

impl Job for SendSms {
    const KIND: &'static str = "send_sms";

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let message = {
            let mut conn = ctx.db.get()?;
            rows::find(&mut conn, self.outbox_id)?
        };
        let Some(message) = message else {
            return Err(JobError::Permanent(anyhow::anyhow!(
                "outbox message {} does not exist",
                self.outbox_id
            )));
        };
        if message.sent_at.is_some() {
            // Sent by a worker that died before recording the job as done.
            return Ok(());
        }
        // No connection is held while the provider answers.
        ctx.sms
            .send(&message.to_addr, &message.body_text)
            .map_err(|e| {
                if e.permanent {
                    JobError::Permanent(e.into())
                } else {
                    JobError::Retry(e.into())
                }
            })?;
        let mut conn = ctx.db.get()?;
        rows::mark_sent(&mut conn, message.id)?;
        Ok(())
    }

    fn summary(&self) -> String {
        crate::msg!("jobs-sms-to", sms = &self.sms, to = &self.to).to_string()
    }
}
