//! Email. A change that sends mail renders a typed `Email` and queues it with
//! `jobs::send_email::queue` inside its own transaction; a `send_email` job
//! sends it through the configured transport, retrying with
//! backoff.
//!
//! ```ignore
//! db::transaction(conn, |conn| {
//!     /* … create the administrator, issue the token … */
//!     jobs::send_email::queue(conn, &mail::Email::AdminInvitation { … })
//! })?;
//! state.mailer.wake();
//! ```

pub mod batch_completed;
pub mod outbox;
pub mod rendered;
pub mod templates;
pub mod transport;

use anyhow::Context as _;
use lettre::message::Mailbox;

use crate::config::{MailConfig, MailTransport};

pub use batch_completed::BatchCompleted;
pub use templates::{Address, Composed, Email, Language, Piece, Rendered};
pub use transport::{Letter, MemoryMailbox, SentEmail, Transport};

/// Where mail goes and who it is from: what the `send_email` job needs.
pub struct Outgoing {
    transport: Transport,
    from: Mailbox,
}

impl Outgoing {
    pub fn from_config(config: &MailConfig) -> anyhow::Result<Self> {
        Ok(Self {
            transport: Transport::from_config(config)?,
            from: config
                .from
                .parse()
                .with_context(|| format!("MAIL_FROM '{}' is not a valid address", config.from))?,
        })
    }

    /// Sends one email. Blocking: call it from the job runner.
    pub fn send(&self, letter: &Letter) -> anyhow::Result<()> {
        self.transport.send(&self.from, letter)
    }

    pub fn mailbox(&self) -> Option<MemoryMailbox> {
        self.transport.mailbox()
    }
}

/// An absolute link for an email: `BASE_URL` followed by `path` (`/invite/…`).
pub fn link(base_url: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base_url.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// One line for the start-up message: where email goes.
pub fn describe(config: &MailConfig) -> String {
    match config.transport {
        MailTransport::Smtp => format!(
            "Emails are sent through the SMTP server at {}.",
            config
                .smtp_url
                .as_deref()
                .map(transport::smtp_endpoint)
                .unwrap_or_default()
        ),
        MailTransport::Files if config.smtp_url.is_none() => format!(
            "Emails are written to {} (no SMTP_URL set).",
            config.mail_dir
        ),
        MailTransport::Files => format!("Emails are written to {}.", config.mail_dir),
        MailTransport::Memory => {
            "Emails are kept in memory and never delivered (MAIL_TRANSPORT=memory).".into()
        }
    }
}
