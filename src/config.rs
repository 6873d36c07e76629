//! Configuration from environment variables (and a `.env` file, if present).
//! The README's configuration table lists every variable read here.

use std::time::Duration;

use anyhow::Context;

use crate::db::DbTarget;

#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on, e.g. `127.0.0.1:8080`; port 0 picks a free port.
    pub bind_addr: String,
    /// Public URL used in links sent by email; defaults to `http://<bind_addr>`.
    pub base_url: Option<String>,
    pub database: DbTarget,
    pub db_pool_size: u32,
    pub secure_cookies: bool,
    /// Signs session cookies; shared by all instances (at least 64 bytes).
    pub session_secret: Option<String>,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    /// Name given to the top organization when the database is empty.
    pub top_org_name: String,
    pub setup_token_ttl: Duration,
    /// How long an administrator's invitation link works.
    pub invite_ttl: Duration,
    /// How long a password reset link works.
    pub reset_ttl: Duration,
    pub workers: Option<usize>,
    pub mail: MailConfig,
    pub sms: SmsConfig,
    pub jobs: JobsConfig,
    pub import: ImportConfig,
}

/// CSV import limits (issue 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportConfig {
    /// The largest file accepted, in bytes (`IMPORT_MAX_BYTES`, 5 MiB).
    pub max_bytes: usize,
    /// The most rows one file may have (`IMPORT_MAX_ROWS`, 1,000 as in the
    /// seed).
    pub max_rows: usize,
}

impl Default for ImportConfig {
    fn default() -> Self {
        Self {
            max_bytes: 5 * 1024 * 1024,
            max_rows: 1000,
        }
    }
}

#[derive(Clone, Debug)]
pub struct JobsConfig {
    /// How often the runner looks for due jobs it was not woken for
    /// (retries, and jobs queued by other instances).
    pub poll_interval: Duration,
    /// Backoff (doubling from `base` after each failed attempt, up to `max`)
    /// and the attempts before a job is given up.
    pub retry: RetryPolicy,
    /// How often expired sessions and tokens are purged.
    pub purge_interval: Duration,
    /// How long a claim holds a job (`JOB_LEASE_SECS`, 120): a job whose
    /// worker died is taken again after this.
    pub lease: Duration,
}

impl JobsConfig {
    /// `JOB_*` variables; the older `MAIL_*` names still work where no
    /// `JOB_*` one is set (they governed the email worker this replaced).
    fn from_lookup(
        var: impl Fn(&str) -> Option<String>,
        number: impl Fn(&str, u64) -> anyhow::Result<u64>,
    ) -> anyhow::Result<Self> {
        let either = |new: &str, old: &str, default: u64| -> anyhow::Result<u64> {
            if var(new).is_some() {
                number(new, default)
            } else {
                number(old, default)
            }
        };
        Ok(Self {
            poll_interval: Duration::from_millis(
                either("JOB_POLL_MS", "MAIL_POLL_MS", 1000)?.max(10),
            ),
            retry: RetryPolicy {
                base: Duration::from_millis(
                    either("JOB_RETRY_BASE_MS", "MAIL_RETRY_BASE_MS", 5000)?.max(1),
                ),
                max: Duration::from_secs(3600),
                max_attempts: u32::try_from(
                    either("JOB_MAX_ATTEMPTS", "MAIL_MAX_ATTEMPTS", 20)?.max(1),
                )?,
            },
            purge_interval: Duration::from_secs(60 * number("JOB_PURGE_MINUTES", 10)?.max(1)),
            lease: Duration::from_secs(number("JOB_LEASE_SECS", 120)?.max(1)),
        })
    }
}

#[derive(Clone, Debug)]
pub struct MailConfig {
    /// `smtp://user:pass@host:587` (STARTTLS required), `smtps://…:465`, or
    /// `smtp://host:25?tls=none` for a relay on a trusted network.
    pub smtp_url: Option<String>,
    /// Directory for `.eml` files when no SMTP server is configured.
    pub mail_dir: String,
    pub from: String,
    /// `MAIL_TRANSPORT`: SMTP when `SMTP_URL` is set, else files; `memory` in tests.
    pub transport: MailTransport,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailTransport {
    Smtp,
    Files,
    /// Kept in memory and never delivered: for tests.
    Memory,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            mail_dir: "data/mail".into(),
            from: "Switchboard <no-reply@localhost>".into(),
            transport: MailTransport::Files,
        }
    }
}

impl MailConfig {
    fn from_lookup(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let defaults = Self::default();
        let smtp_url = var("SMTP_URL");
        let transport = match var("MAIL_TRANSPORT")
            .map(|t| t.trim().to_lowercase())
            .as_deref()
        {
            None if smtp_url.is_some() => MailTransport::Smtp,
            None | Some("files" | "file") => MailTransport::Files,
            Some("smtp") if smtp_url.is_some() => MailTransport::Smtp,
            Some("smtp") => anyhow::bail!("MAIL_TRANSPORT=smtp needs SMTP_URL"),
            Some("memory") => MailTransport::Memory,
            Some(other) => {
                anyhow::bail!("MAIL_TRANSPORT must be smtp, files or memory, not '{other}'")
            }
        };
        Ok(Self {
            smtp_url,
            mail_dir: var("MAIL_DIR").unwrap_or(defaults.mail_dir),
            from: var("MAIL_FROM").unwrap_or(defaults.from),
            transport,
        })
    }
}

/// Where SMS (account invitations to a device number) go.
#[derive(Clone, Debug)]
pub struct SmsConfig {
    pub transport: SmsTransport,
    /// `SMS_WEBHOOK_URL`: where the webhook transport POSTs `{"to", "body"}`.
    pub webhook_url: Option<String>,
    /// `SMS_WEBHOOK_TOKEN`: sent as `Authorization: Bearer …` when set.
    pub webhook_token: Option<String>,
    /// `SMS_FILE`: the log transport appends every message here in full
    /// (the log itself never holds a link). `None` when set to `off`.
    pub file: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmsTransport {
    /// A line in the log (without the message's link) and the whole
    /// message appended to `SMS_FILE`: for running the portal locally.
    Log,
    /// POST JSON to `SMS_WEBHOOK_URL` (an SMS provider, or a relay to one).
    Webhook,
}

impl SmsConfig {
    /// `SMS_TRANSPORT` is `webhook` when `SMS_WEBHOOK_URL` is set, else `log`.
    /// `SMS_FILE` defaults to `sms.txt` beside `MAIL_DIR` (`data/sms.txt`),
    /// where the emails of a local portal go too.
    fn from_lookup(var: impl Fn(&str) -> Option<String>, mail_dir: &str) -> anyhow::Result<Self> {
        let webhook_url = var("SMS_WEBHOOK_URL").map(|u| u.trim().to_owned());
        let transport = match var("SMS_TRANSPORT")
            .map(|t| t.trim().to_lowercase())
            .as_deref()
        {
            None if webhook_url.is_some() => SmsTransport::Webhook,
            None | Some("log") => SmsTransport::Log,
            Some("webhook") if webhook_url.is_some() => SmsTransport::Webhook,
            Some("webhook") => anyhow::bail!("SMS_TRANSPORT=webhook needs SMS_WEBHOOK_URL"),
            Some(other) => anyhow::bail!("SMS_TRANSPORT must be log or webhook, not '{other}'"),
        };
        if let Some(url) = &webhook_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            anyhow::bail!("SMS_WEBHOOK_URL must start with http:// or https://");
        }
        let file = match var("SMS_FILE") {
            Some(f) if f.trim().eq_ignore_ascii_case("off") => None,
            Some(f) => Some(f.trim().to_owned()),
            None => Some(
                std::path::Path::new(mail_dir)
                    .parent()
                    .unwrap_or(std::path::Path::new(""))
                    .join("sms.txt")
                    .to_string_lossy()
                    .into_owned(),
            ),
        };
        Ok(Self {
            transport,
            webhook_url,
            webhook_token: var("SMS_WEBHOOK_TOKEN"),
            file,
        })
    }
}

impl Config {
    /// Reads the process environment; a `.env` file fills in what it lacks.
    pub fn from_env() -> anyhow::Result<Self> {
        let dotenv = read_dotenv(".env");
        Self::from_lookup(|k| std::env::var(k).ok().or_else(|| dotenv.get(k).cloned()))
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let var = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        let number = |k: &str, default: u64| -> anyhow::Result<u64> {
            match var(k) {
                None => Ok(default),
                Some(v) => v
                    .trim()
                    .parse()
                    .with_context(|| format!("{k} must be a whole number")),
            }
        };
        let database_url =
            var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/switchboard.db".into());
        Ok(Self {
            bind_addr: var("BIND_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into()),
            base_url: var("BASE_URL").map(|u| u.trim_end_matches('/').to_owned()),
            database: DbTarget::parse(&database_url)?,
            db_pool_size: u32::try_from(number("DB_POOL_SIZE", 8)?)?,
            secure_cookies: matches!(
                var("SECURE_COOKIES").as_deref().map(str::trim),
                Some("true" | "1" | "yes")
            ),
            session_secret: var("SESSION_SECRET"),
            session_idle: Duration::from_secs(60 * number("SESSION_IDLE_MINUTES", 30)?),
            session_absolute: Duration::from_secs(3600 * number("SESSION_ABSOLUTE_HOURS", 12)?),
            top_org_name: var("TOP_ORG_NAME").unwrap_or_else(|| "My Organization".into()),
            setup_token_ttl: Duration::from_secs(3600 * 24),
            invite_ttl: Duration::from_secs(86_400 * number("INVITE_TTL_DAYS", 7)?),
            reset_ttl: Duration::from_secs(60 * number("RESET_TTL_MINUTES", 60)?),
            workers: var("WORKERS")
                .map(|w| w.parse())
                .transpose()
                .context("WORKERS")?,
            mail: MailConfig::from_lookup(var)?,
            sms: SmsConfig::from_lookup(
                var,
                &var("MAIL_DIR").unwrap_or_else(|| MailConfig::default().mail_dir),
            )?,
            jobs: JobsConfig::from_lookup(var, number)?,
            import: ImportConfig {
                max_bytes: usize::try_from(number(
                    "IMPORT_MAX_BYTES",
                    ImportConfig::default().max_bytes as u64,
                )?)?,
                max_rows: usize::try_from(number(
                    "IMPORT_MAX_ROWS",
                    ImportConfig::default().max_rows as u64,
                )?)?
                .max(1),
            },
        })
    }
}

/// Minimal `.env` support: `KEY=value` lines, `#` comments, optional quotes.
fn read_dotenv(path: &str) -> std::collections::HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Default::default();
    };
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            let key = k.trim().trim_start_matches("export ").trim().to_owned();
            (
                key,
                v.trim().trim_matches('"').trim_matches('\'').to_owned(),
            )
        })
        .collect()
}

/// When to retry and when to give up.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub base: Duration,
    pub max: Duration,
    pub max_attempts: u32,
}

impl RetryPolicy {
    /// Wait after the `attempts`-th failed attempt: `base · 2^attempts`, at most `max`.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
        self.base
            .checked_mul(1u32 << exponent)
            .map_or(self.max, |d| d.min(self.max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sms(vars: &[(&str, &str)]) -> anyhow::Result<SmsConfig> {
        Config::from_lookup(|k| {
            vars.iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| (*v).to_owned())
        })
        .map(|c| c.sms)
    }

    #[test]
    fn sms_goes_to_the_log_and_a_file_beside_the_mail_by_default() {
        let c = sms(&[]).unwrap();
        assert_eq!(c.transport, SmsTransport::Log);
        assert_eq!(c.file.as_deref(), Some("data/sms.txt"));
        let c = sms(&[("MAIL_DIR", "/tmp/x/mail")]).unwrap();
        assert_eq!(c.file.as_deref(), Some("/tmp/x/sms.txt"));
        let c = sms(&[("SMS_FILE", "off")]).unwrap();
        assert_eq!(c.file, None);
    }

    #[test]
    fn a_webhook_url_chooses_the_webhook() {
        let c = sms(&[("SMS_WEBHOOK_URL", "https://sms.example.com/send")]).unwrap();
        assert_eq!(c.transport, SmsTransport::Webhook);
        let c = sms(&[
            ("SMS_WEBHOOK_URL", "https://sms.example.com/send"),
            ("SMS_TRANSPORT", "log"),
        ])
        .unwrap();
        assert_eq!(c.transport, SmsTransport::Log);
        assert!(sms(&[("SMS_TRANSPORT", "webhook")]).is_err());
        assert!(sms(&[("SMS_TRANSPORT", "carrier-pigeon")]).is_err());
        assert!(sms(&[("SMS_WEBHOOK_URL", "ftp://x")]).is_err());
    }
}
