//! Operations on roles: create, update, delete. Each checks the privilege,
//! the no-escalation rule and ownership, owns its transaction and writes
//! the audit event.

use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::privileges::{Privilege, PrivilegeSet};
use crate::domain::roles::{self, Role, RoleName};
use crate::error::{AppError, AppResult, FieldErrors};

/// Why a role with no privilege is refused, shown above the privilege list.
pub fn no_privilege() -> crate::i18n::Msg {
    crate::msg!("roles-no-privilege")
}

/// A role must grant something: an empty one is refused before anything
/// is written.
fn require_some(privileges: &PrivilegeSet) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if privileges.is_empty() {
        errors.add("privileges", no_privilege());
    }
    errors.into_result()
}

/// The role form: a name and the ticked privileges (closed under "edit
/// implies view").
#[derive(Debug, Clone)]
pub struct RoleInput {
    pub name: RoleName,
    pub requested: PrivilegeSet,
}

/// A role visible in the acting org, with its privileges, or "not found".
pub fn find(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<(Role, PrivilegeSet)> {
    let role = roles::find_visible(conn, acting.org(), id)?.ok_or(AppError::NotFound)?;
    let privileges = roles::privileges_of(conn, &role)?;
    Ok((role, privileges))
}

/// Roles are changed only on their owner's page; the built-in one never.
pub fn owned_here(acting: &Acting, role: &Role) -> bool {
    !role.builtin && role.org_id == Some(acting.org().id)
}

fn find_owned(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<(Role, PrivilegeSet)> {
    let (role, privileges) = find(conn, acting, id)?;
    if !owned_here(acting, &role) {
        return Err(AppError::Forbidden);
    }
    Ok((role, privileges))
}

/// "dashboard.view, roles.view" (or "none"): privileges in audit details.
pub fn summary(keys: impl Iterator<Item = Privilege>) -> String {
    let keys: Vec<&str> = keys.map(Privilege::key).collect();
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(", ")
    }
}

/// "+ Create Role": a role of the acting org holding what was ticked, of
/// which the creator must hold every privilege.
pub fn create(conn: &mut DbConn, acting: &Acting, input: RoleInput) -> AppResult<Role> {
    acting.require(Privilege::RolesCreate)?;
    let privileges = roles::resolve_grant(
        &input.requested,
        &PrivilegeSet::default(),
        acting.privileges(),
    )?;
    require_some(&privileges)?;
    db::transaction(conn, |conn| {
        let role = roles::create(conn, acting.org(), &input.name, &privileges)?;
        let event = Event {
            org_id: Some(acting.org().id),
            action: "role_created",
            target: &role.name,
            details: format!("privileges: {}", summary(privileges.iter())),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(role)
    })
}

/// Renames a role of the acting org and replaces its privileges. Privileges
/// the editor lacks stay as they were (they cannot see them to untick).
pub fn update(conn: &mut DbConn, acting: &Acting, id: i64, input: RoleInput) -> AppResult<Role> {
    acting.require(Privilege::RolesEdit)?;
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Role(id))?;
        let (role, before) = find_owned(conn, acting, id)?;
        let after = roles::resolve_grant(&input.requested, &before, acting.privileges())?;
        require_some(&after)?;
        roles::update(conn, &role, &input.name, &after)?;
        // Holders signed in now see their new privileges at the next request.
        crate::domain::sessions::bump_for_role(conn, role.id)?;
        let mut details = Vec::new();
        if role.name != input.name.as_str() {
            details.push(format!("name: '{}' → '{}'", role.name, input.name.as_str()));
        }
        details.push(format!(
            "privileges added: {}; removed: {}",
            summary(after.iter().filter(|p| !before.has(*p))),
            summary(before.iter().filter(|p| !after.has(*p))),
        ));
        let event = Event {
            org_id: role.org_id,
            action: "role_updated",
            target: input.name.as_str(),
            details: details.join("; "),
        };
        audit::record(conn, &acting.actor(), event)?;
        roles::by_id(conn, id)
    })
}

/// Deletes a role of the acting org that nobody holds. The role's row is
/// locked first, so an administrator being given the role at the same
/// moment (which locks it too) either commits first and blocks the delete,
/// or waits and finds the role gone.
pub fn delete(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Role> {
    acting.require(Privilege::RolesDelete)?;
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Role(id))?;
        let (role, before) = find_owned(conn, acting, id)?;
        roles::delete(conn, &role)?;
        let event = Event {
            org_id: role.org_id,
            action: "role_deleted",
            target: &role.name,
            details: format!("privileges: {}", summary(before.iter())),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(role)
    })
}
