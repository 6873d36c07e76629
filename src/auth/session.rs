//! A typed view of the session, so handlers never use string keys: who is
//! signed in, signing in (with a new session id) and out. Flash messages and
//! the CSRF token keep their own small modules over the same session.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use std::future::{Ready, ready};

use crate::auth::session_store::{
    ADDR_KEY, ADMIN_ID_KEY, EPOCH_KEY, SEEN_KEY, SID_KEY, TREE_KEY, UA_KEY,
};
use crate::error::{AppError, AppResult};

/// Where a sign-in came from, kept with the session for the list of
/// sessions on My Profile.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub addr: Option<String>,
    pub user_agent: Option<String>,
}

impl Client {
    /// The longest browser description kept.
    const MAX_AGENT: usize = 256;

    pub fn of(req: &actix_web::HttpRequest) -> Self {
        let user_agent = req
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(Self::MAX_AGENT).collect::<String>())
            .filter(|ua| !ua.trim().is_empty());
        Self {
            addr: client_addr(req),
            user_agent,
        }
    }
}

/// How often a busy session writes to extend its idle deadline. The idle
/// timeout is thus honoured to within this much.
pub const TOUCH_EVERY_SECS: i64 = 60;

pub struct TypedSession(pub Session);

impl TypedSession {
    /// The signed-in administrator's id, if any.
    pub fn admin_id(&self) -> Option<i64> {
        self.0.get::<i64>(ADMIN_ID_KEY).ok().flatten()
    }

    /// Signs `admin_id` in under a fresh session id (a planted cookie is
    /// worth nothing) with a fresh CSRF token, noting where from.
    pub fn sign_in(&self, admin_id: i64, client: &Client) -> AppResult<()> {
        self.0.renew();
        self.0
            .insert(ADMIN_ID_KEY, admin_id)
            .map_err(AppError::internal)?;
        self.0
            .insert(SID_KEY, crate::domain::tokens::random_token())
            .map_err(AppError::internal)?;
        if let Some(addr) = &client.addr {
            self.0.insert(ADDR_KEY, addr).map_err(AppError::internal)?;
        }
        if let Some(ua) = &client.user_agent {
            self.0.insert(UA_KEY, ua).map_err(AppError::internal)?;
        }
        crate::auth::csrf::rotate(&self.0);
        Ok(())
    }

    /// The random name of this signed-in session (see `sessions.sid`).
    pub fn sid(&self) -> Option<String> {
        self.0.get::<String>(SID_KEY).ok().flatten()
    }

    /// Drops the state and the old id (its row is deleted), keeping a new,
    /// empty session only to carry a flash message.
    pub fn sign_out(&self) {
        self.0.clear();
        self.0.renew();
    }

    /// A random name for this signed-in session (not its cookie key) and the
    /// epoch of its row: under these an instance keeps its signed-in context.
    pub fn context_key(&self) -> Option<(String, i64)> {
        let sid = self.0.get::<String>(SID_KEY).ok().flatten()?;
        let epoch = self.0.get::<i64>(EPOCH_KEY).ok().flatten()?;
        Some((sid, epoch))
    }

    /// The org tree's version read with this session at the start of the
    /// request (`orgs::seen`), if it was.
    pub fn tree_version(&self) -> Option<crate::domain::orgs::TreeVersion> {
        let encoded = self.0.get::<String>(TREE_KEY).ok().flatten()?;
        crate::domain::orgs::TreeVersion::decode(&encoded)
    }

    /// Keeps a signed-in session alive without writing on every request: the
    /// idle deadline is pushed back (a state change, so one write) at most
    /// once per `TOUCH_EVERY`, noting the address it was last used from. A
    /// page view is otherwise not a database write.
    pub fn touch(&self, addr: Option<&str>) {
        let now = chrono::Utc::now().timestamp();
        let seen = self.0.get::<i64>(SEEN_KEY).ok().flatten().unwrap_or(0);
        if now - seen >= TOUCH_EVERY_SECS {
            // Losing this write only means the next request tries again.
            let _ = self.0.insert(SEEN_KEY, now);
            if let Some(addr) = addr
                && self.0.get::<String>(ADDR_KEY).ok().flatten().as_deref() != Some(addr)
            {
                let _ = self.0.insert(ADDR_KEY, addr);
            }
        }
    }

    /// Ends the session outright (its row is deleted, the cookie removed).
    pub fn purge(&self) {
        self.0.purge();
    }
}

impl FromRequest for TypedSession {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(TypedSession(req.get_session())))
    }
}

/// The client's address as the server sees it (the TCP peer).
pub fn client_addr(req: &HttpRequest) -> Option<String> {
    req.peer_addr().map(|a| a.ip().to_string())
}
