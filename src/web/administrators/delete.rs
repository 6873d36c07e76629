use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Action, find_manageable, require};
use crate::auth::Scope;
use crate::domain::admin_edits;
use crate::domain::admins::Administrator;
use crate::error::{AppError, AppResult};
use crate::i18n::{Msg, filters};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "administrators/delete.html")]
struct DeletePage {
    chrome: Chrome,
    admin: Administrator,
    /// The seed's warning when this is the application's last API user.
    integration_warning: Option<Msg>,
    blocked: Option<Msg>,
}

#[derive(Deserialize)]
pub struct DeleteForm {
    confirm_integration: Option<String>,
}

/// Why this deletion is refused, if it is, and whether it needs the
/// integration warning confirmed.
async fn preflight(
    state: &State,
    scope: &Scope,
    admin: &Administrator,
) -> AppResult<(Option<Msg>, Option<Msg>)> {
    let acting = scope.acting().clone();
    let target = admin.clone();
    state
        .db
        .run(move |conn| {
            let blocked = admin_edits::refusal(conn, &acting, &target)?;
            let warning = admin_edits::is_last_of_application(conn, &target)?
                .then(|| admin_edits::integration_warning(&target));
            Ok((blocked, warning))
        })
        .await
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let admin = find_manageable(&state, &scope, &path.1).await?;
    require(&scope, &admin.kind, Action::Delete)?;
    let (blocked, integration_warning) = preflight(&state, &scope, &admin).await?;
    let mut chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Administrators,
        crate::i18n::t("admins-list-title"),
    )
    .await?;
    chrome.title = msg!("admins-delete-title", name = admin.full_name()).to_string();
    render(&DeletePage {
        chrome,
        admin,
        integration_warning,
        blocked,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
    form: web::Form<DeleteForm>,
) -> AppResult<HttpResponse> {
    let admin = find_manageable(&state, &scope, &path.1).await?;
    require(&scope, &admin.kind, Action::Delete)?;
    let list = format!("/orgs/{}/administrators", scope.org().display_id);
    let acting = scope.acting().clone();
    let (id, confirmed) = (admin.id, form.confirm_integration.is_some());
    let result = state
        .db
        .run(move |conn| admin_edits::delete(conn, &acting, id, confirmed))
        .await;
    match result {
        Ok(deleted) => {
            flash::success(
                &session,
                msg!("admins-deleted", name = deleted.admin.full_name()),
            );
            Ok(see_other(&list))
        }
        Err(AppError::Conflict(message)) => {
            // The integration warning must have been seen and confirmed.
            let back = if message == admin_edits::integration_warning(&admin) {
                format!("{list}/{}/delete", admin.id)
            } else {
                list
            };
            flash::error(&session, message);
            Ok(see_other(&back))
        }
        Err(e) => Err(e),
    }
}
