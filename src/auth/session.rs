//! A typed view of the session, so handlers never use string keys: who is
//! signed in, signing in (with a new session id) and out. Flash messages and
//! the CSRF token keep their own small modules over the same session.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use std::future::{Ready, ready};

use crate::auth::session_store::ADMIN_ID_KEY;
use crate::error::{AppError, AppResult};

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
        crate::auth::csrf::rotate(&self.0);
        Ok(())
    }

    /// Drops the state and the old id (its row is deleted), keeping a new,
    /// empty session only to carry a flash message.
    pub fn sign_out(&self) {
        self.0.clear();
        self.0.renew();
    }

    /// Ends the session outright (its row is deleted, the cookie removed).
    pub fn purge(&self) {
        self.0.purge();
    }

    pub fn inner(&self) -> &Session {
        &self.0
    }
}

impl FromRequest for TypedSession {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(TypedSession(req.get_session())))
    }
}
