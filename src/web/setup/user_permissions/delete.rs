use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::{list_url, profile_id};
use crate::auth::Authorized;
use crate::domain::privileges::p;
use crate::domain::user_permission_edits;
use crate::domain::user_permissions::Profile;
use crate::error::{AppError, AppResult};
use crate::i18n::{Msg, filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "setup/user_permission_delete.html")]
struct DeletePage {
    chrome: Chrome,
    profile: Profile,
    /// Why it cannot be deleted now (accounts use it; the top org's default).
    blocked: Option<Msg>,
}

/// "Delete these User Permissions?", or why they cannot be deleted now.
pub async fn confirm_delete(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    let acting = auth.acting().clone();
    let (chrome, (profile, blocked)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Setup,
        t("setup-up-delete-title"),
        move |conn| {
            let profile = user_permission_edits::find(conn, &acting, id)?;
            if !user_permission_edits::owned_here(&acting, &profile) {
                return Err(AppError::Forbidden);
            }
            let blocked = user_permission_edits::why_not_deletable(conn, &acting, &profile)?;
            Ok((profile, blocked))
        },
    )
    .await?;
    render(&DeletePage {
        chrome,
        profile,
        blocked,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| user_permission_edits::delete(conn, &acting, id))
        .await;
    match result {
        Ok(profile) => flash::success(&session, msg!("setup-up-deleted", name = profile.name)),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&list_url(&auth)))
}
