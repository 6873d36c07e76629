//! Where sent email goes: an SMTP server (through lettre's connection pool),
//! a directory of `.eml` files, or memory (tests).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::{Address, Message, SmtpTransport, Transport as _};

use crate::config::{MailConfig, MailTransport};
use crate::mail::templates::one_line;

/// How long one SMTP command may take; the job lease is longer.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// What the memory transport keeps of each email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentEmail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub type MemoryMailbox = Arc<Mutex<Vec<SentEmail>>>;

pub enum Transport {
    Smtp(Box<SmtpTransport>),
    Files(PathBuf),
    Memory(MemoryMailbox),
}

/// One email as the outbox stores it, ready to become a MIME message.
#[derive(Debug, Clone)]
pub struct Letter {
    pub to_addr: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Random, fixed when queued: a retry carries the same Message-ID, so a
    /// duplicate after a crash mid-send can be recognised by the recipient.
    pub message_id: String,
}

impl Transport {
    pub fn from_config(config: &MailConfig) -> anyhow::Result<Self> {
        match config.transport {
            MailTransport::Memory => Ok(Transport::Memory(Arc::default())),
            MailTransport::Files => {
                let dir = PathBuf::from(&config.mail_dir);
                std::fs::create_dir_all(&dir)
                    .with_context(|| format!("cannot create MAIL_DIR {}", dir.display()))?;
                Ok(Transport::Files(dir))
            }
            MailTransport::Smtp => {
                let url = config.smtp_url.as_deref().context("SMTP_URL is not set")?;
                let url = lettre_url(url)?;
                let smtp = SmtpTransport::from_url(&url)
                    .context("SMTP_URL is not a valid SMTP address")?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Transport::Smtp(Box::new(smtp)))
            }
        }
    }

    pub fn mailbox(&self) -> Option<MemoryMailbox> {
        match self {
            Transport::Memory(mailbox) => Some(mailbox.clone()),
            _ => None,
        }
    }

    /// Sends one email. Blocking: call it from the job runner.
    pub fn send(&self, from: &Mailbox, letter: &Letter) -> anyhow::Result<()> {
        match self {
            Transport::Memory(mailbox) => {
                letter.to_message(from)?;
                mailbox
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(SentEmail {
                        to: letter.to_addr.clone(),
                        subject: one_line(&letter.subject),
                        text: letter.text.clone(),
                        html: letter.html.clone(),
                    });
                Ok(())
            }
            Transport::Files(dir) => {
                let message = letter.to_message(from)?;
                let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
                let name = format!("{stamp}-{}.eml", letter.message_id);
                // Written under a temporary name and renamed, so a reader of the
                // directory never sees half a message.
                let tmp = dir.join(format!(".{name}.tmp"));
                std::fs::write(&tmp, message.formatted())
                    .with_context(|| format!("cannot write {}", tmp.display()))?;
                std::fs::rename(&tmp, dir.join(&name))?;
                Ok(())
            }
            Transport::Smtp(smtp) => {
                let message = letter.to_message(from)?;
                smtp.send(&message)?;
                Ok(())
            }
        }
    }
}

impl Letter {
    /// The MIME message: text and HTML alternatives. The recipient's name is
    /// reduced to one line, so a CR/LF in it cannot start a header.
    pub fn to_message(&self, from: &Mailbox) -> anyhow::Result<Message> {
        let address: Address = self
            .to_addr
            .parse()
            .with_context(|| format!("'{}' is not a deliverable address", self.to_addr))?;
        let name = self
            .to_name
            .as_deref()
            .map(display_name)
            .filter(|n| !n.is_empty());
        let domain = from.email.domain().to_owned();
        Ok(Message::builder()
            .from(from.clone())
            .to(Mailbox::new(name, address))
            .subject(one_line(&self.subject))
            .message_id(Some(format!("<{}@{domain}>", self.message_id)))
            .multipart(MultiPart::alternative_plain_html(
                self.text.clone(),
                self.html.clone(),
            ))?)
    }
}

/// Did the SMTP server refuse for good (a 5xx reply)? Then retrying the same
/// message cannot succeed. Timeouts, refused connections and 4xx replies are
/// worth retrying.
pub fn is_permanent(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<lettre::transport::smtp::Error>()
        .is_some_and(lettre::transport::smtp::Error::is_permanent)
}

/// A display name fit for a header: one line, at most 100 characters.
pub fn display_name(name: &str) -> String {
    one_line(name).chars().take(100).collect()
}

/// Our `SMTP_URL` in lettre's terms. lettre treats `smtp://` without a `tls`
/// parameter as *unencrypted* (credentials included); we make STARTTLS the
/// default instead, and accept `tls=none` to mean lettre's plain form:
/// - `smtp://user:pass@host:587` → STARTTLS required (`tls=required`)
/// - `smtp://host:587?tls=opportunistic` → STARTTLS when offered
/// - `smtp://host:25?tls=none` → no TLS (a relay on a trusted network, tests)
/// - `smtps://user:pass@host:465` → TLS from the first byte
pub fn lettre_url(url: &str) -> anyhow::Result<String> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut tls = None;
    let mut rest = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("tls", value)) => tls = Some(value),
            _ => rest.push(pair),
        }
    }
    let scheme = base.split_once("://").map(|(s, _)| s);
    let tls = match (scheme, tls) {
        (Some("smtps"), None) => None,
        (Some("smtps"), Some(other)) => {
            anyhow::bail!("SMTP_URL: smtps:// takes no tls= parameter (found tls={other})")
        }
        (Some("smtp"), None | Some("required")) => Some("required"),
        (Some("smtp"), Some("opportunistic")) => Some("opportunistic"),
        (Some("smtp"), Some("none")) => None,
        (Some("smtp"), Some(other)) => {
            anyhow::bail!("SMTP_URL: tls= must be required, opportunistic or none, not '{other}'")
        }
        _ => anyhow::bail!("SMTP_URL must start with smtp:// or smtps://"),
    };
    rest.extend(tls.map(|t| {
        if t == "required" {
            "tls=required"
        } else {
            "tls=opportunistic"
        }
    }));
    Ok(if rest.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", rest.join("&"))
    })
}

/// Host and port of an SMTP URL, for the start-up message (never the password).
pub fn smtp_endpoint(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    rest.split(['/', '?']).next().unwrap_or("").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(name: &str, subject: &str) -> Letter {
        Letter {
            to_addr: "ann@example.com".into(),
            to_name: Some(name.into()),
            subject: subject.into(),
            text: "Hello".into(),
            html: "<p>Hello</p>".into(),
            message_id: "abc123".into(),
        }
    }

    fn from() -> Mailbox {
        "Switchboard <no-reply@localhost>".parse().unwrap()
    }

    /// The header block of a formatted message, one header per entry
    /// (continuation lines joined to their header).
    fn headers(letter: &Letter) -> Vec<String> {
        let raw = String::from_utf8(letter.to_message(&from()).unwrap().formatted()).unwrap();
        let head = raw.split("\r\n\r\n").next().unwrap().to_owned();
        let mut out: Vec<String> = Vec::new();
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                out.last_mut().unwrap().push_str(line);
            } else {
                out.push(line.to_owned());
            }
        }
        out
    }

    #[test]
    fn cr_lf_in_name_or_subject_cannot_add_a_header() {
        for evil in [
            "Ann\r\nBcc: victim@example.org",
            "Ann\nBcc: victim@example.org",
            "Ann\rBcc: victim@example.org",
        ] {
            let hs = headers(&letter(evil, &format!("Hi {evil}")));
            assert!(
                hs.iter()
                    .all(|h| !h.to_ascii_lowercase().starts_with("bcc:")),
                "{hs:#?}"
            );
            let to = hs.iter().find(|h| h.starts_with("To: ")).unwrap();
            assert!(to.contains("ann@example.com"), "{to}");
            assert!(!to.contains('\r') && !to.contains('\n'));
            let message = letter(evil, "x").to_message(&from()).unwrap();
            let recipients: Vec<String> = message
                .envelope()
                .to()
                .iter()
                .map(ToString::to_string)
                .collect();
            assert_eq!(recipients, ["ann@example.com"]);
        }
    }

    #[test]
    fn files_transport_writes_one_eml_per_message() {
        let dir = tempfile::tempdir().unwrap();
        let transport = Transport::Files(dir.path().to_owned());
        transport.send(&from(), &letter("Ann", "Hi")).unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        assert!(files[0].to_string_lossy().ends_with("-abc123.eml"));
        let raw = std::fs::read_to_string(&files[0]).unwrap();
        assert!(raw.contains("To: Ann <ann@example.com>\r\n"), "{raw}");
    }

    #[test]
    fn display_names_become_one_bounded_line() {
        assert_eq!(display_name(" Ann \r\n Lee\t"), "Ann Lee");
        assert_eq!(display_name(&"x".repeat(300)).len(), 100);
    }

    #[test]
    fn message_id_is_kept_across_retries() {
        let hs = headers(&letter("Ann", "Hi"));
        assert!(
            hs.contains(&"Message-ID: <abc123@localhost>".to_owned()),
            "{hs:#?}"
        );
    }

    #[test]
    fn smtp_urls_default_to_starttls() {
        assert_eq!(
            lettre_url("smtp://u:p@mail.example.com:587").unwrap(),
            "smtp://u:p@mail.example.com:587?tls=required"
        );
        assert_eq!(
            lettre_url("smtp://127.0.0.1:2525?tls=none").unwrap(),
            "smtp://127.0.0.1:2525"
        );
        assert_eq!(
            lettre_url("smtp://h:25?tls=opportunistic").unwrap(),
            "smtp://h:25?tls=opportunistic"
        );
        assert_eq!(lettre_url("smtps://u:p@h").unwrap(), "smtps://u:p@h");
        assert!(lettre_url("http://h").is_err());
        assert!(lettre_url("smtp://h?tls=maybe").is_err());
        assert!(lettre_url("smtps://h?tls=none").is_err());
        // Every form we produce is one lettre accepts.
        for url in ["smtp://u:p@h:587", "smtp://h:25?tls=none", "smtps://u:p@h"] {
            SmtpTransport::from_url(&lettre_url(url).unwrap()).unwrap();
        }
    }

    #[test]
    fn endpoint_hides_credentials() {
        assert_eq!(
            smtp_endpoint("smtp://user:s3cret@mail.example.com:587?tls=none"),
            "mail.example.com:587"
        );
        assert_eq!(
            smtp_endpoint("smtps://mail.example.com"),
            "mail.example.com"
        );
    }
}
