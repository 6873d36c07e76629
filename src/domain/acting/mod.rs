//! Who is acting, and in which organization.
//!
//! `Acting` is the signed-in administrator as the database knows them at the
//! start of the request: their record, home organization, role and
//! privileges, the client address, and the organization they act in as a
//! `ScopedOrg`. Operations take `&Acting`; tenant queries take `&ScopedOrg`.
//!
//! Neither can be made up. `Acting::load` reads the administrator from the
//! database (the guard passes the id from the session) and refuses one who
//! may not sign in; the only ways to get a `ScopedOrg` are the acting
//! administrator's home org, or a lookup that proves the org lies in a
//! subtree already in scope. An org from elsewhere is simply not found.

pub mod scope;

pub use scope::ScopedOrg;

use std::sync::Arc;

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{administrators, organizations, role_privileges, roles};
use crate::domain::admins::Administrator;
use crate::domain::audit::Actor;
use crate::domain::orgs::Organization;
use crate::domain::privileges::{Privilege, PrivilegeSet};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};

/// The administrator performing an operation, and where. Cheap to clone
/// (every request clones the kept context, and handlers clone it into
/// their database work): what does not change within a session is shared.
#[derive(Debug, Clone)]
pub struct Acting {
    admin: Arc<Administrator>,
    home: ScopedOrg,
    role_name: Arc<str>,
    privileges: Arc<PrivilegeSet>,
    client_addr: Option<String>,
    org: ScopedOrg,
}

impl Acting {
    /// The administrator with this id as they are now, acting in their home
    /// org; `None` when they may not use the portal (suspended, deleted, an
    /// API user).
    pub fn load(
        conn: &mut DbConn,
        admin_id: i64,
        client_addr: Option<String>,
    ) -> AppResult<Option<Acting>> {
        // One round trip for every request: the administrator, their org,
        // their role and its privileges (a row per privilege, or one row
        // with none for the built-in role, which holds them all).
        let rows: Vec<(Administrator, Organization, Role, Option<String>)> = administrators::table
            .inner_join(organizations::table)
            .inner_join(roles::table)
            .left_join(role_privileges::table.on(role_privileges::role_id.eq(roles::id)))
            .filter(administrators::id.eq(admin_id))
            .select((
                Administrator::as_select(),
                Organization::as_select(),
                Role::as_select(),
                role_privileges::privilege.nullable(),
            ))
            .load(conn)?;
        let Some((admin, org, role, _)) = rows.first().cloned() else {
            return Ok(None);
        };
        if !admin.may_sign_in() {
            return Ok(None);
        }
        let privileges = if role.builtin {
            PrivilegeSet::all()
        } else {
            PrivilegeSet::from_keys(rows.iter().filter_map(|(_, _, _, key)| key.as_deref()))
        };
        let home = ScopedOrg::new(org);
        Ok(Some(Acting {
            admin: Arc::new(admin),
            org: home.clone(),
            home,
            role_name: role.name.into(),
            privileges: Arc::new(privileges),
            client_addr,
        }))
    }

    /// The same administrator acting in `display_id`, when that org lies in
    /// their subtree; `None` otherwise (the caller answers 404).
    pub fn within(&self, conn: &mut DbConn, display_id: &str) -> AppResult<Option<Acting>> {
        Ok(self.home.find_below(conn, display_id)?.map(|org| Acting {
            org,
            ..self.clone()
        }))
    }

    /// Like `within`, without a database round trip when it is the home org.
    pub fn at_home(&self) -> Acting {
        Acting {
            org: self.home.clone(),
            ..self.clone()
        }
    }

    /// The same context for another request (from another address).
    pub fn for_request(&self, client_addr: Option<String>) -> Acting {
        Acting {
            client_addr,
            ..self.clone()
        }
    }

    pub fn admin(&self) -> &Administrator {
        &self.admin
    }

    pub fn id(&self) -> i64 {
        self.admin.id
    }

    /// The org the administrator acts in (from the URL).
    pub fn org(&self) -> &ScopedOrg {
        &self.org
    }

    /// The administrator's own org: the widest subtree they may touch.
    pub fn home(&self) -> &ScopedOrg {
        &self.home
    }

    /// The zone pages show times in: the administrator's own (My
    /// Profile), else that of the org they act in.
    pub fn time_zone(&self) -> &str {
        self.admin
            .time_zone
            .as_deref()
            .unwrap_or(&self.org.time_zone)
    }

    pub fn role_name(&self) -> &str {
        &self.role_name
    }

    pub fn privileges(&self) -> &PrivilegeSet {
        &self.privileges
    }

    pub fn client_addr(&self) -> Option<&str> {
        self.client_addr.as_deref()
    }

    pub fn has(&self, p: Privilege) -> bool {
        self.privileges.has(p)
    }

    /// 403 unless the role holds `p`.
    pub fn require(&self, p: Privilege) -> AppResult<()> {
        if self.has(p) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// For pages that open with any one of several privileges (a section
    /// such as Setup or Reports): 403 when the role holds none of them.
    pub fn require_any(&self, ps: &[Privilege]) -> AppResult<()> {
        if self.privileges.has_any(ps) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// No escalation: an administrator may grant (in a role, or by assigning
    /// one, or by taking over an account through its email) only privileges
    /// they hold themselves.
    pub fn may_grant(&self, grants: &PrivilegeSet) -> bool {
        grants.is_subset_of(&self.privileges)
    }

    /// How the audit log names this administrator.
    pub fn actor(&self) -> Actor {
        Actor {
            id: Some(self.admin.id),
            name: format!("{} <{}>", self.admin.full_name(), self.admin.email),
            client_addr: self.client_addr.clone(),
        }
    }
}
