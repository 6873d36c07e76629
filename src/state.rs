//! What every request handler shares. It lives outside `web` so that the
//! guards in `auth` can reach it without importing the HTTP layer.

use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;

/// Shared by every handler through `web::Data<AppState>`.
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    /// Public URL for links, without a trailing slash.
    pub base_url: String,
    /// Wake it after a transaction that queued email commits.
    pub mailer: crate::jobs::Mailer,
    /// Signed-in contexts already loaded, per session.
    pub contexts: Contexts,
    /// What lockouts and throttles reckon with (moved by tests).
    pub clock: crate::clock::Clock,
}

/// Values kept between requests by a string key (a session's), bounded:
/// past `MAX` entries the map starts again. Shared by the kept signed-in
/// contexts and the recalled sessions (`auth::session_store`).
pub struct Kept<V>(std::sync::Mutex<std::collections::HashMap<String, V>>);

impl<V> Default for Kept<V> {
    fn default() -> Self {
        Self(std::sync::Mutex::default())
    }
}

impl<V> Kept<V> {
    const MAX: usize = 10_000;

    /// What `read` makes of the value kept under `key`, if any.
    pub fn get<R>(&self, key: &str, read: impl FnOnce(&V) -> Option<R>) -> Option<R> {
        self.0.lock().ok()?.get(key).and_then(read)
    }

    pub fn put(&self, key: String, value: V) {
        if let Ok(mut kept) = self.0.lock() {
            if kept.len() >= Self::MAX {
                kept.clear();
            }
            kept.insert(key, value);
        }
    }

    pub fn forget(&self, key: &str) {
        if let Ok(mut kept) = self.0.lock() {
            kept.remove(key);
        }
    }
}

/// The signed-in context (`Acting`) of each session, kept between requests
/// while the session row's `epoch` is unchanged: every change to what an
/// administrator may do or is shown as bumps the epoch in its transaction,
/// and every request reads the session row anyway, so a kept context is
/// never used after such a change, on this instance or any other.
#[derive(Default)]
pub struct Contexts(Kept<Context>);

struct Context {
    epoch: i64,
    at: std::time::Instant,
    acting: crate::domain::acting::Acting,
}

impl Contexts {
    /// Even unchanged, a context is read again after this long.
    const FRESH: std::time::Duration = std::time::Duration::from_secs(60);

    pub fn get(&self, session: &str, epoch: i64) -> Option<crate::domain::acting::Acting> {
        self.0.get(session, |k| {
            (k.epoch == epoch && k.at.elapsed() < Self::FRESH).then(|| k.acting.clone())
        })
    }

    pub fn put(&self, session: String, epoch: i64, acting: crate::domain::acting::Acting) {
        self.0.put(
            session,
            Context {
                epoch,
                at: std::time::Instant::now(),
                acting,
            },
        );
    }
}

impl AppState {
    /// Link settings for operations that send invitations.
    pub fn links(&self) -> crate::domain::invitations::Links {
        crate::domain::invitations::Links {
            base_url: self.base_url.clone(),
            invite_ttl: self.config.invite_ttl,
        }
    }
}
