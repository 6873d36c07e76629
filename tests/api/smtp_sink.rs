//! A tiny SMTP server on loopback for tests: it speaks enough of RFC 5321
//! (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no AUTH) for
//! lettre to deliver to it, and records every message it accepts. A sink
//! started with `start_rejecting` refuses every recipient with a 550, as a
//! server does for a mailbox that does not exist, and counts the refusals.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent after DATA, with dot-stuffing undone.
    pub data: String,
}

impl Received {
    /// The value of the first header with this name (unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let mut found: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(value) = found.as_mut() {
                if line.starts_with([' ', '\t']) {
                    value.push_str(line);
                    continue;
                }
                break;
            }
            if let Some((key, value)) = line.split_once(':')
                && key.eq_ignore_ascii_case(name)
            {
                found = Some(value.trim().to_owned());
            }
        }
        found
    }
}

pub struct SmtpSink {
    pub port: u16,
    pub received: Arc<Mutex<Vec<Received>>>,
    /// Recipients refused with 550 (a sink started with `start_rejecting`).
    pub refused: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl SmtpSink {
    /// Listens on a free loopback port.
    pub async fn start() -> Self {
        Self::start_on(0).await
    }

    /// Listens on this port (e.g. one that a test kept free while the
    /// "mail server was down").
    pub async fn start_on(port: u16) -> Self {
        Self::listen(port, false).await
    }

    /// Listens on a free port and answers every RCPT TO with a permanent 550.
    pub async fn start_rejecting() -> Self {
        Self::listen(0, true).await
    }

    async fn listen(port: u16, reject: bool) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the SMTP sink");
        let port = listener.local_addr().expect("sink address").port();
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let refused: Arc<Mutex<Vec<String>>> = Arc::default();
        let store = received.clone();
        let refusals = refused.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let refusals = reject.then(|| refusals.clone());
                tokio::spawn(session(stream, store.clone(), refusals));
            }
        });
        Self {
            port,
            received,
            refused,
            task,
        }
    }

    /// The URL the portal's `SMTP_URL` should be set to.
    pub fn url(&self) -> String {
        url_for_port(self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().expect("sink lock").clone()
    }

    /// Waits until at least `count` messages arrived (or `timeout` passed).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= count || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// An SMTP URL without TLS for a loopback port.
pub fn url_for_port(port: u16) -> String {
    format!("smtp://127.0.0.1:{port}?tls=none")
}

/// A loopback port that nothing listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// One SMTP conversation; with `refusals`, every recipient is refused (and noted).
async fn session(
    stream: TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
    refusals: Option<Arc<Mutex<Vec<String>>>>,
) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut current = Received::default();
    macro_rules! reply {
        ($text:expr) => {
            if write
                .write_all(format!("{}\r\n", $text).as_bytes())
                .await
                .is_err()
            {
                return;
            }
        };
    }
    reply!("220 sink.test ESMTP ready");
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let command = line.trim_end_matches(['\r', '\n']);
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            reply!("250-sink.test greets you\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 OK");
        } else if upper.starts_with("HELO") {
            reply!("250 sink.test");
        } else if upper.starts_with("MAIL FROM:") {
            current = Received {
                mail_from: address_in(&command[10..]),
                ..Received::default()
            };
            reply!("250 OK");
        } else if upper.starts_with("RCPT TO:") {
            if let Some(refusals) = &refusals {
                refusals
                    .lock()
                    .expect("sink lock")
                    .push(address_in(&command[8..]));
                reply!("550 5.1.1 No such mailbox here");
                continue;
            }
            current.rcpt_to.push(address_in(&command[8..]));
            reply!("250 OK");
        } else if upper == "DATA" {
            if current.rcpt_to.is_empty() {
                reply!("503 RCPT first");
                continue;
            }
            reply!("354 End data with <CR><LF>.<CR><LF>");
            let mut data = String::new();
            loop {
                line.clear();
                match lines.read_line(&mut line).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                // Undo dot-stuffing (RFC 5321 §4.5.2).
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            current.data = data;
            store
                .lock()
                .expect("sink lock")
                .push(std::mem::take(&mut current));
            reply!("250 OK: queued");
        } else if upper == "RSET" {
            current = Received::default();
            reply!("250 OK");
        } else if upper == "NOOP" {
            reply!("250 OK");
        } else if upper == "QUIT" {
            reply!("221 Bye");
            return;
        } else {
            reply!("502 Command not implemented");
        }
    }
}

/// `<a@b.c> SIZE=…` → `a@b.c`
fn address_in(argument: &str) -> String {
    let argument = argument.trim();
    match (argument.find('<'), argument.find('>')) {
        (Some(start), Some(end)) if start < end => argument[start + 1..end].to_owned(),
        _ => argument.split_whitespace().next().unwrap_or("").to_owned(),
    }
}
