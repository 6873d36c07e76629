//! The rules every administrator operation checks.

use diesel::prelude::*;

use super::{AdminInput, Profile};
use crate::db::schema::{administrators, roles as roles_t};
use crate::db::{self, DbConn, Lock};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::admins::{self, Administrator, KIND_ADMIN, KIND_API, Status};
use crate::domain::orgs;
use crate::domain::privileges::Privilege;
use crate::domain::roles::{self, SUPER_ADMIN_ROLE};
use crate::error::{AppError, AppResult, FieldErrors};

/// What an administrator may do to another: each needs the privilege of the
/// record's kind (Administrators or API Users).
#[derive(Debug, Clone, Copy)]
pub enum Action {
    View,
    Create,
    Edit,
    /// Delete, and (DESIGN.md) re-invite and suspend.
    Delete,
}

pub fn privilege_for(kind: &str, action: Action) -> Privilege {
    let api = kind == KIND_API;
    match (api, action) {
        (false, Action::View) => Privilege::AdministratorsView,
        (false, Action::Create) => Privilege::AdministratorsCreate,
        (false, Action::Edit) => Privilege::AdministratorsEdit,
        (false, Action::Delete) => Privilege::AdministratorsDelete,
        (true, Action::View) => Privilege::ApiUsersView,
        (true, Action::Create) => Privilege::ApiUsersCreate,
        (true, Action::Edit) => Privilege::ApiUsersEdit,
        (true, Action::Delete) => Privilege::ApiUsersDelete,
    }
}

pub fn require(acting: &Acting, kind: &str, action: Action) -> AppResult<()> {
    acting.require(privilege_for(kind, action))
}

/// The administrator `id` of the acting org's subtree, visible to the actor,
/// and manageable by them: their role grants nothing the actor lacks (else
/// editing the email of a more powerful admin and resetting the password
/// would be an escalation). Anything else is "not found" or 403.
pub fn find_manageable(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Administrator> {
    let admin = crate::domain::admin_directory::find_in_subtree(conn, acting.org(), id)?
        .ok_or(AppError::NotFound)?;
    if !acting.has(privilege_for(&admin.kind, Action::View)) {
        return Err(AppError::NotFound);
    }
    let role = roles::by_id(conn, admin.role_id)?;
    let grants = roles::privileges_of(conn, &role)?;
    if !acting.may_grant(&grants) {
        return Err(AppError::Forbidden);
    }
    Ok(admin)
}

/// Checks the input against the database: the org must lie in the acting
/// org's subtree, the role be visible there and within the assigner's
/// privileges. Missing choices are field errors; a role beyond one's own
/// privileges is a forged form, refused outright.
pub(super) fn resolve(
    conn: &mut DbConn,
    acting: &Acting,
    input: &AdminInput,
) -> AppResult<Profile> {
    let mut errors = FieldErrors::new();
    let target: Option<ScopedOrg> = acting.org().find_below(conn, &input.org)?;
    if target.is_none() {
        errors.add("org", crate::msg!("admins-choose-organization"));
    }
    let role_id = match (&target, input.is_api()) {
        (_, true) => Some(super::store::api_user_role_id(conn)?),
        (None, false) => None,
        (Some(target), false) => match input.role_id {
            Some(id) if roles::find_visible(conn, target, id)?.is_some() => {
                // Held until commit: the role cannot be deleted under us.
                db::lock(conn, Lock::Role(id))?;
                let role = roles::by_id(conn, id)?;
                let grants = roles::privileges_of(conn, &role)?;
                if !acting.may_grant(&grants) {
                    return Err(AppError::Forbidden);
                }
                Some(id)
            }
            _ => {
                errors.add("role_id", crate::msg!("admins-choose-role-error"));
                None
            }
        },
    };
    errors.clone().into_result()?;
    match (target, role_id) {
        (Some(org), Some(role_id)) => Ok(Profile {
            first_name: input.first_name.clone(),
            last_name: input.last_name.clone(),
            email: input.email.clone(),
            backup_email: input.backup_email.clone(),
            language: input.language.clone(),
            org_id: org.id,
            role_id,
            external_application: input.external_application.clone(),
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Refuses to take away the portal's last way in: the last active Enterprise
/// Super Administrator of the top organization.
///
/// Call it inside the operation's transaction, before the write. It locks
/// the top organization's row first and then reads the administrator afresh,
/// so of two requests racing to remove the last two super administrators
/// (one demoting herself, one suspending the other) the second waits for the
/// first to commit and then sees what it did — on PostgreSQL too, where a
/// plain count-then-write under READ COMMITTED lets both through.
pub fn ensure_not_last_super_admin(conn: &mut DbConn, admin_id: i64) -> AppResult<()> {
    let top = orgs::top(conn)?.ok_or(AppError::NotFound)?;
    db::lock(conn, Lock::Organization(top.id))?;
    let Some(admin) = admins::find_by_id(conn, admin_id)? else {
        return Ok(());
    };
    let role_name: String = roles_t::table
        .find(admin.role_id)
        .select(roles_t::name)
        .first(conn)?;
    let is_super = role_name == SUPER_ADMIN_ROLE && admin.org_id == top.id;
    if !is_super || admin.status() != Status::Active || admin.kind != KIND_ADMIN {
        return Ok(());
    }
    let others: i64 = administrators::table
        .inner_join(roles_t::table)
        .filter(roles_t::builtin.eq(true))
        .filter(administrators::org_id.eq(top.id))
        .filter(administrators::status.eq(Status::Active.as_str()))
        .filter(administrators::kind.eq(KIND_ADMIN))
        .filter(administrators::id.ne(admin.id))
        .count()
        .get_result(conn)?;
    if others == 0 {
        return Err(AppError::Conflict(crate::msg!(
            "admins-last-super-admin",
            name = admin.full_name()
        )));
    }
    Ok(())
}

/// "Ann Lee <ann@example.com>": how audit entries name an administrator.
pub fn audit_name(admin: &Administrator) -> String {
    format!("{} <{}>", admin.full_name(), admin.email)
}
