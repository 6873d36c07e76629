//! The delivery worker: a thread that sends due outbox messages whenever it
//! is woken (after a transaction that queued mail commits) and at every poll
//! interval (retries, and mail queued by other instances).

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use lettre::message::Mailbox;

use crate::db::Db;
use crate::mail::outbox::{self, RetryPolicy};
use crate::mail::transport::Transport;

/// How long a claim holds a message. Longer than any single SMTP send
/// (commands time out after 30 s); when a worker dies, its claims expire
/// after this and another worker (or the restarted one) takes them.
pub const LEASE: Duration = Duration::from_secs(120);

pub struct Worker {
    pub db: Db,
    pub transport: Transport,
    pub from: Mailbox,
    pub policy: RetryPolicy,
    pub poll_interval: Duration,
    /// Random per process: claims are made and released under this name.
    pub id: String,
}

impl Worker {
    /// Runs until every sender of `wake` is dropped.
    pub fn run(self, wake: Receiver<()>) {
        tracing::info!(worker = %self.id, "email worker started");
        loop {
            self.deliver_due();
            match wake.recv_timeout(self.poll_interval) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        tracing::info!(worker = %self.id, "email worker stopped");
    }

    /// Sends every message that is due now, one claim at a time; returns how
    /// many were sent. A database error ends the pass (the next poll retries).
    pub fn deliver_due(&self) -> usize {
        let mut sent = 0;
        loop {
            let mut conn = match self.db.get() {
                Ok(conn) => conn,
                Err(e) => {
                    tracing::warn!("email worker: no database connection: {e}");
                    return sent;
                }
            };
            let message = match outbox::claim_next(&mut conn, &self.id, LEASE) {
                Ok(Some(message)) => message,
                Ok(None) => return sent,
                Err(e) => {
                    tracing::warn!("email worker: cannot claim mail: {e}");
                    return sent;
                }
            };
            // No connection is held while talking to the mail server.
            drop(conn);
            let result = self.transport.send(&self.from, &message.letter());
            let recorded = self.db.get().and_then(|mut conn| match &result {
                Ok(()) => outbox::mark_sent(&mut conn, &message, &self.id).map(|_| ()),
                Err(e) => outbox::mark_failed(
                    &mut conn,
                    &message,
                    &self.id,
                    &format!("{e:#}"),
                    &self.policy,
                ),
            });
            match &result {
                Ok(()) => {
                    sent += 1;
                    tracing::info!(id = message.id, kind = %message.kind, "email sent");
                }
                Err(e)
                    if u32::try_from(message.attempts).unwrap_or(0) >= self.policy.max_attempts =>
                {
                    tracing::error!(
                        id = message.id,
                        attempts = message.attempts,
                        "email not sent, giving up: {e:#}"
                    );
                }
                Err(e) => tracing::warn!(
                    id = message.id,
                    attempts = message.attempts,
                    "email not sent, will retry: {e:#}"
                ),
            }
            if let Err(e) = recorded {
                // The lease will expire and the message be tried again.
                tracing::warn!(
                    id = message.id,
                    "email worker: cannot record the attempt: {e}"
                );
                return sent;
            }
        }
    }
}
