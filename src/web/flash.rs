//! Flash messages for Post/Redirect/Get, kept in the server-side session.

use actix_session::Session;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

const KEY: &str = "flash";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flash {
    /// "success", "error" or "info": also the CSS class.
    pub kind: String,
    /// Kept as id and arguments: shown in the language of the page that
    /// takes it.
    pub message: Msg,
}

fn push(session: &Session, kind: &str, message: Msg) {
    let mut all: Vec<Flash> = session.get(KEY).ok().flatten().unwrap_or_default();
    all.push(Flash {
        kind: kind.into(),
        message,
    });
    // Losing a flash is harmless; the change itself is already saved.
    let _ = session.insert(KEY, all);
}

pub fn success(session: &Session, message: impl Into<Msg>) {
    push(session, "success", message.into());
}

pub fn error(session: &Session, message: impl Into<Msg>) {
    push(session, "error", message.into());
}

pub fn info(session: &Session, message: impl Into<Msg>) {
    push(session, "info", message.into());
}

/// The pending messages, removed from the session.
pub fn take(session: &Session) -> Vec<Flash> {
    // Removing marks the session changed (a database write) even when the
    // key is absent, so look first: most page views have no message.
    if !session.contains_key(KEY) {
        return Vec::new();
    }
    session
        .remove_as::<Vec<Flash>>(KEY)
        .and_then(Result::ok)
        .unwrap_or_default()
}
