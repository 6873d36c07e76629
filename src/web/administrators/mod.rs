//! Administrators: the list (search, filters, pagination), Add New
//! Administrator, Add API User, edit with suspension, delete, and Re-invite
//! with its downloadable status.

mod delete;
mod edit;
mod form;
mod list;
mod reinvite;
mod validate;

pub use delete::{confirm_delete, delete};
pub use edit::{show, update};
pub use form::{create, new_admin, new_api_user};
pub use list::list;
pub use reinvite::{reinvite, reinvite_status_csv, result_page as reinvite_result};

use crate::auth::Scope;
use crate::domain::admins::{Administrator, KIND_API};
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};

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

pub fn may(scope: &Scope, kind: &str, action: Action) -> bool {
    scope.has(privilege_for(kind, action))
}

pub fn require(scope: &Scope, kind: &str, action: Action) -> AppResult<()> {
    if may(scope, kind, action) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The record behind `{id}`, looked up inside the viewed org's subtree and
/// visible to this administrator; anything else is 404.
pub async fn find(state: &crate::web::State, scope: &Scope, id: &str) -> AppResult<Administrator> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = scope.org().clone();
    let admin = state
        .db
        .run(move |conn| crate::domain::admin_directory::find_in_subtree(conn, &org, id))
        .await?
        .ok_or(AppError::NotFound)?;
    if !may(scope, &admin.kind, Action::View) {
        return Err(AppError::NotFound);
    }
    Ok(admin)
}

pub fn status_label(status: &str) -> &'static str {
    crate::domain::admins::Status::parse(status).map_or("Unknown", |s| s.label())
}

/// Like `find`, for changes: an administrator may only change someone whose
/// role grants nothing they lack themselves (else editing the email of a more
/// powerful admin and resetting the password would be an escalation).
pub async fn find_manageable(
    state: &crate::web::State,
    scope: &Scope,
    id: &str,
) -> AppResult<Administrator> {
    let admin = find(state, scope, id).await?;
    let role_id = admin.role_id;
    let grants = state
        .db
        .run(move |conn| {
            let role = crate::domain::roles::by_id(conn, role_id)?;
            crate::domain::roles::privileges_of(conn, &role)
        })
        .await?;
    if !grants.is_subset_of(scope.privileges()) {
        return Err(AppError::Forbidden);
    }
    Ok(admin)
}
