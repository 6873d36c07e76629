//! `ScopedOrg`: an organization proven to lie in the acting
//! administrator's subtree. Its only constructors are the home org of a
//! loaded `Acting` (`new`, visible to the parent module alone) and lookups
//! below an org already in scope.

use std::ops::Deref;

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::organizations;
use crate::domain::orgs::{self, Organization};
use crate::error::AppResult;

/// An organization proven to lie in the acting administrator's subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopedOrg(Organization);

impl ScopedOrg {
    /// Only `Acting::load` calls this, with the signed-in administrator's
    /// own org.
    pub(super) fn new(org: Organization) -> Self {
        ScopedOrg(org)
    }

    pub fn org(&self) -> &Organization {
        &self.0
    }

    /// `display_id`, if it names this org or one below it.
    pub fn find_below(&self, conn: &mut DbConn, display_id: &str) -> AppResult<Option<ScopedOrg>> {
        if display_id == self.0.display_id {
            return Ok(Some(self.clone()));
        }
        Ok(orgs::find_in_subtree(conn, &self.0, display_id)?.map(ScopedOrg))
    }

    /// The org with this id, if it is this org or one below it.
    pub fn find_below_by_id(&self, conn: &mut DbConn, id: i64) -> AppResult<Option<ScopedOrg>> {
        if id == self.0.id {
            return Ok(Some(self.clone()));
        }
        Ok(organizations::table
            .find(id)
            .filter(organizations::path.like(format!("{}%", self.0.path)))
            .select(Organization::as_select())
            .first(conn)
            .optional()?
            .map(ScopedOrg))
    }

    /// This org and every org below it (parents before children).
    pub fn subtree(&self, conn: &mut DbConn) -> AppResult<Vec<ScopedOrg>> {
        Ok(orgs::subtree(conn, &self.0)?
            .into_iter()
            .map(ScopedOrg)
            .collect())
    }

    /// The direct children, each in scope by construction.
    pub fn children(&self, conn: &mut DbConn) -> AppResult<Vec<ScopedOrg>> {
        Ok(orgs::children(conn, &self.0)?
            .into_iter()
            .map(ScopedOrg)
            .collect())
    }

    /// Re-reads the org (after a rename, say).
    pub fn reload(&self, conn: &mut DbConn) -> AppResult<ScopedOrg> {
        Ok(ScopedOrg(orgs::by_id(conn, self.0.id)?))
    }
}

impl Deref for ScopedOrg {
    type Target = Organization;
    fn deref(&self) -> &Organization {
        &self.0
    }
}
