//! Request guards, each building on the last:
//! `CurrentAdmin` (signed in, still allowed) → `Scope` (the org in the URL
//! lies in the admin's subtree, else 404) → `Authorized<P>` (the role holds
//! privilege `P`, else 403). A handler's signature shows what it needs.

use std::marker::PhantomData;
use std::ops::Deref;
use std::rc::Rc;

use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use crate::auth::session::TypedSession;
use crate::domain::acting::Acting;
use crate::domain::privileges::RequiredPrivilege;
use crate::error::AppError;
use crate::state::AppState;

/// The signed-in administrator, acting in their home organization.
#[derive(Clone)]
pub struct CurrentAdmin(pub Rc<Acting>);

impl Deref for CurrentAdmin {
    type Target = Acting;
    fn deref(&self) -> &Acting {
        &self.0
    }
}

pub use crate::auth::session::client_addr;

fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("app state missing")))
}

/// Loads the signed-in administrator (and, when `display_id` is given, the
/// org of the URL within their subtree) in one database round trip, or
/// takes them from the contexts kept per session; caches the administrator
/// for the rest of the request. A session whose administrator may no longer
/// sign in ends here. The flag says whether `display_id` was looked up.
async fn load(
    req: &HttpRequest,
    display_id: Option<String>,
) -> Result<(CurrentAdmin, Option<Acting>, bool), AppError> {
    let session = TypedSession(req.get_session());
    let Some(admin_id) = session.admin_id() else {
        return Err(AppError::Unauthenticated);
    };
    let state = app_state(req)?;
    let addr = client_addr(req);
    let seen_from = addr.clone();
    // Kept from an earlier request of this session while nothing it depends
    // on has changed (the session row's epoch): no database trip at all.
    let key = session.context_key();
    let kept = key
        .as_ref()
        .and_then(|(sid, epoch)| state.contexts.get(sid, *epoch))
        .filter(|acting| acting.id() == admin_id);
    let (acting, scoped, looked_up) = match kept {
        Some(acting) => (acting.for_request(addr), None, false),
        None => {
            let wanted = display_id.clone();
            let loaded = state
                .db
                .run(move |conn| {
                    let Some(home) = Acting::load(conn, admin_id, addr)? else {
                        return Ok(None);
                    };
                    let scoped = match wanted {
                        Some(id) => home.within(conn, &id)?,
                        None => None,
                    };
                    Ok(Some((home, scoped)))
                })
                .await?;
            let Some((home, scoped)) = loaded else {
                // Suspended, deleted, or turned into an API user: the session ends now.
                session.purge();
                return Err(AppError::Unauthenticated);
            };
            if let Some((sid, epoch)) = key {
                state.contexts.put(sid, epoch, home.clone());
            }
            (home, scoped, display_id.is_some())
        }
    };
    session.touch(seen_from.as_deref());
    // The rest of the request speaks the administrator's language.
    crate::i18n::set_current(crate::i18n::Language::from_name(&acting.admin().language));
    let current = CurrentAdmin(Rc::new(acting));
    req.extensions_mut().insert(current.clone());
    Ok((current, scoped, looked_up))
}

impl FromRequest for CurrentAdmin {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            if let Some(cached) = req.extensions().get::<CurrentAdmin>() {
                return Ok(cached.clone());
            }
            Ok(load(&req, None).await?.0)
        })
    }
}

/// The organization named in the URL (`/orgs/{org}/…`), proven to lie in the
/// signed-in administrator's subtree: an `Acting` whose `org()` is that org.
#[derive(Clone)]
pub struct Scope {
    acting: Acting,
}

impl Scope {
    /// What operations take: the administrator acting in the URL's org.
    pub fn acting(&self) -> &Acting {
        &self.acting
    }
}

impl Deref for Scope {
    type Target = Acting;
    fn deref(&self) -> &Acting {
        &self.acting
    }
}

impl FromRequest for Scope {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let display_id = req
                .match_info()
                .get("org")
                .ok_or(AppError::NotFound)?
                .to_owned();
            let cached = req.extensions().get::<CurrentAdmin>().cloned();
            let (admin, scoped, fresh) = match cached {
                Some(admin) => (admin, None, false),
                None => load(&req, Some(display_id.clone())).await?,
            };
            if display_id == admin.home().display_id {
                return Ok(Scope {
                    acting: admin.at_home(),
                });
            }
            match (scoped, fresh) {
                (Some(acting), _) => return Ok(Scope { acting }),
                // Looked up with the administrator, and not in their subtree.
                (None, true) => return Err(AppError::NotFound),
                (None, false) => {}
            }
            // The administrator was loaded earlier in this request.
            let state = app_state(&req)?;
            let home = (*admin.0).clone();
            let acting = state
                .db
                .run(move |conn| home.within(conn, &display_id))
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Scope { acting })
        })
    }
}

/// A `Scope` whose administrator holds privilege `P`.
pub struct Authorized<P: RequiredPrivilege> {
    scope: Scope,
    _privilege: PhantomData<P>,
}

impl<P: RequiredPrivilege> Authorized<P> {
    pub fn scope(&self) -> &Scope {
        &self.scope
    }
}

impl<P: RequiredPrivilege> Deref for Authorized<P> {
    type Target = Scope;
    fn deref(&self) -> &Scope {
        &self.scope
    }
}

impl<P: RequiredPrivilege + 'static> FromRequest for Authorized<P> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let scope = Scope::from_request(req, payload);
        Box::pin(async move {
            let scope = scope.await?;
            if !scope.has(P::PRIVILEGE) {
                return Err(AppError::Forbidden);
            }
            Ok(Authorized {
                scope,
                _privilege: PhantomData,
            })
        })
    }
}
