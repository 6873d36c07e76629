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

use crate::auth::session_store::ADMIN_ID_KEY;
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::Actor;
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::{Privilege, PrivilegeSet, RequiredPrivilege};
use crate::domain::roles;
use crate::error::AppError;
use crate::web::AppState;

/// The signed-in administrator, their home organization and privileges.
#[derive(Debug)]
pub struct AdminContext {
    pub admin: Administrator,
    pub home_org: Organization,
    pub role_name: String,
    pub privileges: PrivilegeSet,
    pub client_addr: Option<String>,
}

impl AdminContext {
    pub fn actor(&self) -> Actor {
        Actor {
            id: Some(self.admin.id),
            name: format!("{} <{}>", self.admin.full_name(), self.admin.email),
            client_addr: self.client_addr.clone(),
        }
    }
}

#[derive(Clone)]
pub struct CurrentAdmin(pub Rc<AdminContext>);

impl Deref for CurrentAdmin {
    type Target = AdminContext;
    fn deref(&self) -> &AdminContext {
        &self.0
    }
}

pub fn client_addr(req: &HttpRequest) -> Option<String> {
    req.peer_addr().map(|a| a.ip().to_string())
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
            let session = req.get_session();
            let Some(admin_id) = session.get::<i64>(ADMIN_ID_KEY).ok().flatten() else {
                return Err(AppError::Unauthenticated);
            };
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("app state missing")))?;
            let loaded = state
                .db
                .run(move |conn| {
                    let Some(admin) = admins::find_by_id(conn, admin_id)? else {
                        return Ok(None);
                    };
                    if !admin.may_sign_in() {
                        return Ok(None);
                    }
                    let home_org = orgs::by_id(conn, admin.org_id)?;
                    let role = roles::by_id(conn, admin.role_id)?;
                    let privileges = roles::privileges_of(conn, &role)?;
                    Ok(Some((admin, home_org, role.name, privileges)))
                })
                .await?;
            let Some((admin, home_org, role_name, privileges)) = loaded else {
                // Suspended, deleted, or turned into an API user: the session ends now.
                session.purge();
                return Err(AppError::Unauthenticated);
            };
            let current = CurrentAdmin(Rc::new(AdminContext {
                admin,
                home_org,
                role_name,
                privileges,
                client_addr: client_addr(&req),
            }));
            req.extensions_mut().insert(current.clone());
            Ok(current)
        })
    }
}

/// The organization named in the URL (`/orgs/{org}/…`), proven to lie in the
/// signed-in administrator's subtree. Tenant queries take it (or its org).
#[derive(Clone)]
pub struct Scope {
    admin: CurrentAdmin,
    org: Rc<Organization>,
}

impl Scope {
    pub fn org(&self) -> &Organization {
        &self.org
    }

    pub fn admin(&self) -> &AdminContext {
        &self.admin
    }

    pub fn actor(&self) -> Actor {
        self.admin.actor()
    }

    pub fn has(&self, p: Privilege) -> bool {
        self.admin.privileges.has(p)
    }

    /// For pages that open with any one of several privileges (a section
    /// such as Setup or Reports): 403 when the role holds none of them.
    pub fn require_any(&self, ps: &[Privilege]) -> Result<(), AppError> {
        if self.admin.privileges.has_any(ps) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The administrator's home org: the widest subtree they may see.
    pub fn home(&self) -> &Organization {
        &self.admin.home_org
    }
}

impl FromRequest for Scope {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let admin = CurrentAdmin::from_request(&req, payload);
        Box::pin(async move {
            let admin = admin.await?;
            let display_id = req
                .match_info()
                .get("org")
                .ok_or(AppError::NotFound)?
                .to_owned();
            if display_id == admin.home_org.display_id {
                let org = Rc::new(admin.home_org.clone());
                return Ok(Scope { admin, org });
            }
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("app state missing")))?;
            let home = admin.home_org.clone();
            let org = state
                .db
                .run(move |conn| orgs::find_in_subtree(conn, &home, &display_id))
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Scope {
                admin,
                org: Rc::new(org),
            })
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
