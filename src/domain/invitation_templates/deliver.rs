//! Queues a filled-in template by email or SMS, in the caller's
//! transaction, through the outbox: the message (with its link) is stored
//! in the outbox row and blanked once sent; the job's payload names the row.

use crate::db::DbConn;
use crate::error::{AppError, AppResult};
use crate::jobs::send_email::SendEmail;
use crate::mail::{Address, Composed, Email, outbox};

use super::Channel;

/// The BCP 47 code of an account language (the HTML email's `lang`).
pub fn language_code(language: &str) -> &'static str {
    match language {
        "Spanish" => "es",
        "Italian" => "it",
        "German" => "de",
        "French" => "fr",
        _ => "en",
    }
}

/// One message to queue.
pub struct Outgoing<'a> {
    pub channel: Channel,
    /// An email address or an E.164 number, according to `channel`.
    pub to: &'a str,
    /// The recipient's name (email display name).
    pub name: &'a str,
    pub message: crate::mail::Composed,
    pub language: &'a str,
    /// The outbox kind of an SMS (`account_invitation_sms`, …).
    pub sms_kind: &'static str,
    /// The tenant a failed delivery is reported under.
    pub org_id: i64,
}

pub fn queue(conn: &mut DbConn, out: Outgoing<'_>) -> AppResult<()> {
    match out.channel {
        Channel::Email => {
            let to = out
                .to
                .parse::<Address>()
                .map_err(|_| AppError::Conflict(crate::msg!("setup-inv-no-email", to = out.to)))?;
            let email = Email::AccountInvitation {
                to,
                name: out.name.to_owned(),
                message: out.message,
                lang: language_code(out.language),
            };
            let stored = outbox::store(conn, &email)?;
            let job = SendEmail {
                outbox_id: stored.outbox_id,
                email: email.kind().into(),
                to: stored.to,
            };
            crate::jobs::enqueue(conn, &job, Some(out.org_id))?;
        }
        Channel::Sms => {
            let text = Composed::text(&out.message);
            crate::jobs::send_sms::queue(conn, out.sms_kind, out.to, &text, Some(out.org_id))?;
        }
    }
    Ok(())
}
