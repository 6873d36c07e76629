//! A typed view of the session, so handlers never use string keys: who is
//! signed in, signing in (with a new session id) and out. Flash messages and
//! the CSRF token keep their own small modules over the same session.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use std::future::{Ready, ready};

use crate::auth::session_store::{ADMIN_ID_KEY, EPOCH_KEY};
use crate::error::{AppError, AppResult};

/// A random name for the signed-in session, set at sign-in.
const SID_KEY: &str = "sid";

/// When the session last pushed its idle deadline back (Unix seconds).
const SEEN_KEY: &str = "seen";

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
    /// worth nothing) with a fresh CSRF token.
    pub fn sign_in(&self, admin_id: i64) -> AppResult<()> {
        self.0.renew();
        self.0
            .insert(ADMIN_ID_KEY, admin_id)
            .map_err(AppError::internal)?;
        self.0
            .insert(SID_KEY, crate::domain::tokens::random_token())
            .map_err(AppError::internal)?;
        crate::auth::csrf::rotate(&self.0);
        Ok(())
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

    /// Keeps a signed-in session alive without writing on every request: the
    /// idle deadline is pushed back (a state change, so one write) at most
    /// once per `TOUCH_EVERY`. A page view is otherwise not a database write.
    pub fn touch(&self) {
        let now = chrono::Utc::now().timestamp();
        let seen = self.0.get::<i64>(SEEN_KEY).ok().flatten().unwrap_or(0);
        if now - seen >= TOUCH_EVERY_SECS {
            // Losing this write only means the next request tries again.
            let _ = self.0.insert(SEEN_KEY, now);
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
