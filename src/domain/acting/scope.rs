//! `ScopedOrg`: an organization proven to lie in the acting
//! administrator's subtree. Its only constructors are the home org of a
//! loaded `Acting` (`new`, visible to the parent module alone) and a lookup
//! below an org already in scope (`find_below`).

use std::ops::Deref;
use std::sync::Arc;

use crate::db::DbConn;
use crate::domain::orgs::{self, Organization};
use crate::error::AppResult;

/// An organization proven to lie in the acting administrator's subtree
/// (shared: a request clones it into each piece of database work).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopedOrg(Arc<Organization>);

impl ScopedOrg {
    /// Only `Acting::load` calls this, with the signed-in administrator's
    /// own org.
    pub(super) fn new(org: Organization) -> Self {
        ScopedOrg(Arc::new(org))
    }

    pub fn org(&self) -> &Organization {
        &self.0
    }

    /// `display_id`, if it names this org or one below it.
    pub fn find_below(&self, conn: &mut DbConn, display_id: &str) -> AppResult<Option<ScopedOrg>> {
        if display_id == self.0.display_id {
            return Ok(Some(self.clone()));
        }
        Ok(orgs::find_in_subtree(conn, &self.0, display_id)?.map(|org| ScopedOrg(Arc::new(org))))
    }
}

impl Deref for ScopedOrg {
    type Target = Organization;
    fn deref(&self) -> &Organization {
        &self.0
    }
}
