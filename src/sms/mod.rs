//! SMS: account invitations to a device number. A change that sends an SMS
//! stores it in the outbox (`sms::outbox::store`, inside its transaction)
//! and queues a `send_sms` job naming the row (`jobs::send_sms::queue`);
//! the job sends it through the transport chosen by `SMS_TRANSPORT`:
//!
//! - `log` (the default): a line in the log that never holds the link, and
//!   the whole message appended to `SMS_FILE`, so a developer running the
//!   portal locally can follow an activation link;
//! - `webhook`: `POST SMS_WEBHOOK_URL` with `{"to": "+1555…", "body": "…"}`;
//!   2xx is sent, other 4xx can never succeed, 5xx and network errors are
//!   retried with backoff by the job queue.

pub mod outbox;
mod webhook;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::{SmsConfig, SmsTransport};

pub use webhook::Webhook;

/// Why an SMS was not sent.
#[derive(Debug)]
pub struct SendError {
    /// Retrying the same message cannot succeed (the webhook refused it).
    pub permanent: bool,
    /// For the job's last error: the status or the network error, never the
    /// message (it holds the link) nor the webhook's address (it may hold a
    /// key).
    pub message: String,
}

impl SendError {
    fn retry(message: impl Into<String>) -> Self {
        Self {
            permanent: false,
            message: message.into(),
        }
    }

    fn permanent(message: impl Into<String>) -> Self {
        Self {
            permanent: true,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SendError {}

/// Where SMS go: what the `send_sms` job needs.
pub enum Transport {
    Log { file: Option<PathBuf> },
    Webhook(Box<Webhook>),
}

impl Transport {
    pub fn from_config(config: &SmsConfig) -> anyhow::Result<Self> {
        match config.transport {
            SmsTransport::Log => {
                let file = config.file.as_ref().map(PathBuf::from);
                if let Some(dir) = file.as_ref().and_then(|f| f.parent())
                    && !dir.as_os_str().is_empty()
                {
                    std::fs::create_dir_all(dir).with_context(|| {
                        format!("cannot create the directory of SMS_FILE {}", dir.display())
                    })?;
                }
                Ok(Transport::Log { file })
            }
            SmsTransport::Webhook => {
                let url = config
                    .webhook_url
                    .as_deref()
                    .context("SMS_WEBHOOK_URL is not set")?;
                Ok(Transport::Webhook(Box::new(Webhook::new(
                    url,
                    config.webhook_token.clone(),
                ))))
            }
        }
    }

    /// Sends one SMS. Blocking: call it from the job runner.
    pub fn send(&self, to: &str, body: &str) -> Result<(), SendError> {
        match self {
            Transport::Log { file } => {
                tracing::info!(target: "switchboard::sms", "SMS to {to}: {}", preview(body));
                if let Some(path) = file {
                    append(path, to, body).map_err(|e| {
                        SendError::retry(format!(
                            "cannot write to SMS_FILE {}: {e}",
                            path.display()
                        ))
                    })?;
                }
                Ok(())
            }
            Transport::Webhook(webhook) => webhook.send(to, body),
        }
    }
}

/// The first 20 characters of a message, with every web address taken out
/// first: the log may be read by people who must not use the link.
pub fn preview(body: &str) -> String {
    let without_links: Vec<&str> = body
        .split_whitespace()
        .map(|word| if word.contains("://") { "[link]" } else { word })
        .collect();
    let text = without_links.join(" ");
    let mut short: String = text.chars().take(20).collect();
    if text.chars().count() > 20 {
        short.push('…');
    }
    short
}

fn append(path: &std::path::Path, to: &str, body: &str) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let stamp = chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC");
    // One write, so two instances appending at once do not interleave lines.
    f.write_all(format!("--- {stamp} SMS to {to}\n{body}\n\n").as_bytes())
}

/// One line for the start-up message: where SMS go.
pub fn describe(config: &SmsConfig) -> String {
    match (config.transport, &config.file) {
        (SmsTransport::Webhook, _) => format!(
            "SMS are posted to the webhook at {}.",
            config
                .webhook_url
                .as_deref()
                .map(webhook::endpoint)
                .unwrap_or_default()
        ),
        (SmsTransport::Log, Some(file)) => {
            format!("SMS are logged and written in full to {file} (no SMS_WEBHOOK_URL set).")
        }
        (SmsTransport::Log, None) => {
            "SMS are only logged, without their links (SMS_FILE=off, no SMS_WEBHOOK_URL set)."
                .into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_never_shows_a_link() {
        assert_eq!(
            preview("https://portal.example.com/activate/abc Hi Ann"),
            "[link] Hi Ann"
        );
        assert_eq!(
            preview("Hi Ann, Acme invites you: http://x/activate/t"),
            "Hi Ann, Acme invites…"
        );
        assert_eq!(preview("Short"), "Short");
    }

    #[test]
    fn log_transport_appends_the_whole_message_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sms.txt");
        let t = Transport::Log {
            file: Some(file.clone()),
        };
        t.send("+15550100000", "Hi Ann: http://x/activate/one")
            .unwrap();
        t.send("+15550100001", "Hi Bob: http://x/activate/two")
            .unwrap();
        let text = std::fs::read_to_string(file).unwrap();
        assert!(text.contains("SMS to +15550100000\nHi Ann: http://x/activate/one\n"));
        assert!(text.contains("SMS to +15550100001\nHi Bob: http://x/activate/two\n"));
    }
}
