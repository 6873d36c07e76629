use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{Authorized, Scope};
use crate::domain::privileges::{PrivilegeSet, p};
use crate::domain::role_edits;
use crate::domain::roles::{self, Role};
use crate::error::{AppError, AppResult};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

use super::form::{find, list_url, owned_here, role_id};
use crate::i18n::{Msg, filters};

// ---------------------------------------------------------------- delete

#[derive(Template)]
#[template(path = "roles/delete.html")]
struct DeletePage {
    chrome: Chrome,
    role: Role,
    /// Why it cannot be deleted now (administrators still assigned).
    blocked: Option<Msg>,
    assigned: i64,
}

/// A role of the viewed org that may be deleted from this page, or 404/403.
async fn find_deletable(state: &State, scope: &Scope, id: i64) -> AppResult<(Role, PrivilegeSet)> {
    let (role, privileges) = find(state, scope, id).await?;
    if !owned_here(scope, &role) {
        return Err(AppError::Forbidden);
    }
    Ok((role, privileges))
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    auth: Authorized<p::RolesDelete>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (role, _) = find_deletable(&state, &auth, role_id(path)?).await?;
    let role_id = role.id;
    let assigned = state
        .db
        .run(move |conn| roles::admins_assigned(conn, role_id))
        .await?;
    let blocked = (assigned > 0).then(|| roles::still_assigned(&role.name, assigned));
    let chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Roles,
        crate::i18n::t("roles-delete-title"),
    )
    .await?;
    render(&DeletePage {
        chrome,
        role,
        blocked,
        assigned,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::RolesDelete>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = role_id(path)?;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| role_edits::delete(conn, &acting, id))
        .await;
    match result {
        Ok(role) => flash::success(&session, crate::msg!("roles-deleted", name = role.name)),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&list_url(&auth)))
}
