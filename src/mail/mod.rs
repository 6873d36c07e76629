//! Email. A change that sends mail renders a typed `Email` and queues it with
//! `outbox::enqueue` inside its own transaction; a background worker sends
//! the outbox through the configured transport, retrying with backoff.
//!
//! ```ignore
//! db::transaction(conn, |conn| {
//!     /* … create the administrator, issue the token … */
//!     mail::outbox::enqueue(conn, &mail::Email::AdminInvitation { … })
//! })?;
//! state.mailer.wake();
//! ```

pub mod outbox;
pub mod templates;
pub mod transport;
pub mod worker;

use std::sync::mpsc;

use anyhow::Context;

use crate::config::{MailConfig, MailTransport};
use crate::db::Db;

pub use templates::{Email, Language, Rendered};
pub use transport::{MemoryMailbox, SentEmail, Transport};

/// A handle on the delivery worker. Cheap to clone; the worker stops when
/// the last handle is dropped.
#[derive(Clone)]
pub struct Mailer {
    wake: mpsc::SyncSender<()>,
    mailbox: Option<MemoryMailbox>,
}

impl Mailer {
    /// Builds the transport from configuration and starts the worker thread.
    pub fn start(config: &MailConfig, db: Db) -> anyhow::Result<Self> {
        let transport = Transport::from_config(config)?;
        let from = config
            .from
            .parse()
            .with_context(|| format!("MAIL_FROM '{}' is not a valid address", config.from))?;
        let mailbox = transport.mailbox();
        let worker = worker::Worker {
            db,
            transport,
            from,
            policy: outbox::RetryPolicy {
                base: config.retry_base,
                max: config.retry_max,
                max_attempts: config.max_attempts,
            },
            poll_interval: config.poll_interval,
            id: crate::domain::tokens::random_token()[..16].to_owned(),
        };
        // One pending wake-up is enough: the worker drains the whole queue.
        let (wake, wakes) = mpsc::sync_channel(1);
        std::thread::Builder::new()
            .name("email-worker".into())
            .spawn(move || worker.run(wakes))
            .context("cannot start the email worker")?;
        Ok(Self { wake, mailbox })
    }

    /// Asks the worker to look at the outbox now. Call after the transaction
    /// that queued mail has committed (before, it would not see the row).
    pub fn wake(&self) {
        let _ = self.wake.try_send(());
    }

    /// The emails "sent" so far, when the transport is `memory` (tests).
    pub fn mailbox(&self) -> Option<MemoryMailbox> {
        self.mailbox.clone()
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
