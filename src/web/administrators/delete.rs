use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Action, find_manageable, require};
use crate::auth::Scope;
use crate::db;
use crate::domain::admin_edits;
use crate::domain::admins::{Administrator, KIND_API};
use crate::domain::audit::{self, Event};
use crate::domain::orgs;
use crate::error::{AppError, AppResult};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "administrators/delete.html")]
struct DeletePage {
    chrome: Chrome,
    admin: Administrator,
    /// The seed's warning when this is the application's last API user.
    integration_warning: Option<String>,
    blocked: Option<String>,
}

#[derive(Deserialize)]
pub struct DeleteForm {
    confirm_integration: Option<String>,
}

fn integration_warning(admin: &Administrator) -> String {
    let app = admin.external_application.as_deref().unwrap_or("");
    format!(
        "'{}' is used to connect to '{app}'. If you delete this user, the integration with '{app}' will fail.",
        admin.full_name()
    )
}

/// Why this deletion is refused, if it is.
async fn refusal(state: &State, scope: &Scope, admin: &Administrator) -> AppResult<Option<String>> {
    if admin.id == scope.admin().id {
        return Ok(Some("You cannot delete yourself.".into()));
    }
    let target = admin.clone();
    let guard = state
        .db
        .run(move |conn| {
            let top = orgs::top(conn)?.ok_or(AppError::NotFound)?;
            admin_edits::ensure_not_last_super_admin(conn, &target, &top)
        })
        .await;
    match guard {
        Ok(()) => Ok(None),
        Err(AppError::Conflict(message)) => Ok(Some(message)),
        Err(e) => Err(e),
    }
}

async fn is_last_of_application(state: &State, admin: &Administrator) -> AppResult<bool> {
    if admin.kind != KIND_API {
        return Ok(false);
    }
    let target = admin.clone();
    Ok(state
        .db
        .run(move |conn| admin_edits::other_api_users_of_application(conn, &target))
        .await?
        == 0)
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let admin = find_manageable(&state, &scope, &path.1).await?;
    require(&scope, &admin.kind, Action::Delete)?;
    let blocked = refusal(&state, &scope, &admin).await?;
    let integration_warning = is_last_of_application(&state, &admin)
        .await?
        .then(|| integration_warning(&admin));
    let mut chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Administrators,
        "Administrators",
    )
    .await?;
    chrome.title = format!("Delete {}", admin.full_name());
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
    if let Some(message) = refusal(&state, &scope, &admin).await? {
        flash::error(&session, message);
        return Ok(see_other(&list));
    }
    if is_last_of_application(&state, &admin).await? && form.confirm_integration.is_none() {
        // The warning must have been seen and confirmed.
        flash::error(&session, integration_warning(&admin));
        return Ok(see_other(&format!("{list}/{}/delete", admin.id)));
    }
    let actor = scope.actor();
    let name = admin.full_name();
    let result = state
        .db
        .run(move |conn| {
            db::transaction(conn, |conn| {
                let top = orgs::top(conn)?.ok_or(AppError::NotFound)?;
                admin_edits::ensure_not_last_super_admin(conn, &admin, &top)?;
                admin_edits::delete(conn, &admin)?;
                let event = Event {
                    org_id: Some(admin.org_id),
                    action: if admin.kind == KIND_API {
                        "api_user_deleted"
                    } else {
                        "administrator_deleted"
                    },
                    target: &format!("{} <{}>", admin.full_name(), admin.email),
                    details: admin
                        .external_application
                        .as_deref()
                        .map(|a| format!("application {a}"))
                        .unwrap_or_default(),
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => flash::success(&session, format!("{name} was deleted.")),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&list))
}
