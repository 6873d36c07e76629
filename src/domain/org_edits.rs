//! Operations on sub-organizations: create, rename, delete. The rule that
//! sibling names differ counts and then writes, so each operation first
//! locks the parent's row: of two requests creating "Sales" under the same
//! parent at once, the second waits and then sees the first.

use crate::db::{self, DbConn, Lock};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::audit::{self, Event};
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::Privilege;
use crate::domain::values::OrgName;
use crate::error::{AppError, AppResult};
use crate::msg;

/// A strict descendant of the acting org, or "not found".
pub fn find_sub(conn: &mut DbConn, acting: &Acting, display_id: &str) -> AppResult<ScopedOrg> {
    let sub = acting
        .org()
        .find_below(conn, display_id)?
        .ok_or(AppError::NotFound)?;
    if sub.id == acting.org().id {
        return Err(AppError::NotFound);
    }
    Ok(sub)
}

/// Creates a sub-organization directly below the acting org.
pub fn create(conn: &mut DbConn, acting: &Acting, name: &OrgName) -> AppResult<Organization> {
    acting.require(Privilege::ProfileCreateSubOrganization)?;
    let parent = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(parent.id))?;
        let child = orgs::create_child(conn, parent, name)?;
        let event = Event {
            org_id: Some(parent.id),
            action: "suborg_created",
            target: &child.label(),
            details: format!("created below {}", parent.label()),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(child)
    })
}

/// Renames a sub-organization of the acting org's subtree; returns its old name.
pub fn rename(
    conn: &mut DbConn,
    acting: &Acting,
    display_id: &str,
    name: &OrgName,
) -> AppResult<String> {
    acting.require(Privilege::ProfileEdit)?;
    db::transaction(conn, |conn| {
        let sub = find_sub(conn, acting, display_id)?;
        if let Some(parent_id) = sub.parent_id {
            db::lock(conn, Lock::Organization(parent_id))?;
        }
        orgs::rename(conn, &sub, name)?;
        crate::domain::sessions::bump_for_org(conn, sub.id)?;
        let event = Event {
            org_id: Some(acting.org().id),
            action: "suborg_renamed",
            target: &sub.display_id,
            details: format!("name: '{}' → '{}'", sub.name, name.as_str()),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(sub.name.clone())
    })
}

/// Deletes an empty sub-organization of the acting org's subtree.
pub fn delete(conn: &mut DbConn, acting: &Acting, display_id: &str) -> AppResult<Organization> {
    acting.require(Privilege::ProfileDeleteSubOrganization)?;
    let result = db::transaction(conn, |conn| {
        let sub = find_sub(conn, acting, display_id)?;
        db::lock(conn, Lock::Organization(sub.id))?;
        orgs::delete(conn, &sub)?;
        let event = Event {
            org_id: Some(acting.org().id),
            action: "suborg_deleted",
            target: &sub.label(),
            details: String::new(),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(sub.org().clone())
    });
    match result {
        // Something was added to it meanwhile (an administrator, a role).
        Err(AppError::Internal(e))
            if e.downcast_ref::<diesel::result::Error>()
                .is_some_and(db::is_foreign_key_violation) =>
        {
            Err(AppError::Conflict(msg!("suborgs-in-use")))
        }
        other => other,
    }
}
