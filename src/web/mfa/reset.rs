//! Reset MFA: an administrator with Administrators Edit removes another
//! administrator's authenticator app and recovery codes (a lost phone).
//! A confirmation page first; their sessions end.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Scope;
use crate::domain::admin_edits::Action;
use crate::domain::admins::Administrator;
use crate::domain::mfa;
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::web::administrators::{find_manageable, require};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "mfa/reset.html")]
struct ResetPage {
    chrome: Chrome,
    admin: Administrator,
}

pub async fn confirm_reset(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let admin = find_manageable(&state, &scope, &path.1).await?;
    require(&scope, &admin.kind, Action::Edit)?;
    let record = format!(
        "/orgs/{}/administrators/{}",
        scope.org().display_id,
        admin.id
    );
    if !admin.mfa_enabled || admin.id == scope.acting().admin().id {
        return Ok(see_other(&record));
    }
    let mut chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Administrators,
        crate::i18n::t("admins-list-title"),
    )
    .await?;
    chrome.title = crate::msg!("admins-mfa-reset-title", name = admin.full_name()).to_string();
    render(&ResetPage { chrome, admin })
}

pub async fn reset(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id: i64 = path.1.parse().map_err(|_| AppError::NotFound)?;
    let record = format!("/orgs/{}/administrators/{id}", scope.org().display_id);
    let acting = scope.acting().clone();
    let result = state
        .db
        .run(move |conn| mfa::reset(conn, &acting, id))
        .await;
    match result {
        Ok(admin) => {
            flash::success(
                &session,
                crate::msg!("admins-mfa-was-reset", name = admin.full_name()),
            );
            Ok(see_other(&record))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&record))
        }
        Err(e) => Err(e),
    }
}
