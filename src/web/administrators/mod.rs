//! Administrators: the list (search, filters, pagination), Add New
//! Administrator, Add API User, edit with suspension, delete, and Re-invite
//! with its downloadable status. The changes are operations in
//! `domain::admin_edits`; these handlers parse, call, and render.

mod delete;
mod edit;
mod form;
mod list;
mod reinvite;
mod unlock;
mod validate;

pub use delete::{confirm_delete, delete};
pub use edit::{show, update};
pub use form::{create, new_admin, new_api_user};
pub use list::list;
pub use reinvite::{reinvite, reinvite_status_csv, result_page as reinvite_result};
pub use unlock::unlock;

use crate::auth::Scope;
use crate::domain::admin_edits::{self, privilege_for};
use crate::domain::admins::Administrator;
use crate::error::{AppError, AppResult};

pub use crate::domain::admin_edits::Action;

pub fn may(scope: &Scope, kind: &str, action: Action) -> bool {
    scope.has(privilege_for(kind, action))
}

/// 403 unless the role holds the privilege of `kind` for `action`.
pub fn require(scope: &Scope, kind: &str, action: Action) -> AppResult<()> {
    admin_edits::rules::require(scope, kind, action)
}

fn parse_id(id: &str) -> AppResult<i64> {
    id.parse().map_err(|_| AppError::NotFound)
}

/// The record behind `{id}`, looked up inside the viewed org's subtree and
/// visible to this administrator; anything else is 404.
pub async fn find(state: &crate::web::State, scope: &Scope, id: &str) -> AppResult<Administrator> {
    let id = parse_id(id)?;
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

/// The status as the reader's language says it.
pub fn status_label(status: &str) -> std::borrow::Cow<'static, str> {
    crate::domain::admins::Status::parse(status)
        .map_or_else(|| crate::i18n::text("admins-status-unknown"), |s| s.shown())
}

/// Like `find`, for pages that lead to a change: the record must also be
/// one the administrator may manage (no escalation), else 403.
pub async fn find_manageable(
    state: &crate::web::State,
    scope: &Scope,
    id: &str,
) -> AppResult<Administrator> {
    let id = parse_id(id)?;
    let acting = scope.acting().clone();
    state
        .db
        .run(move |conn| admin_edits::find_manageable(conn, &acting, id))
        .await
}
