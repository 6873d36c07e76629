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
