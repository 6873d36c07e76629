//! Edit Administrator / Edit API User, with the suspension boxes.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::form::{AdminForm, build_page, scope_base};
use super::{Action, require};
use crate::auth::Scope;
use crate::db;
use crate::domain::admin_edits::{self};
use crate::domain::admins::{Administrator, KIND_API, Status};
use crate::domain::audit::{self, Event};
use crate::domain::orgs::{self};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::{State, flash, render_status, see_other};

fn form_of(admin: &Administrator, org_display_id: String) -> AdminForm {
    let status = admin.status();
    AdminForm {
        kind: admin.kind.clone(),
        first_name: admin.first_name.clone(),
        last_name: admin.last_name.clone(),
        email: admin.email.clone(),
        backup_email: admin.backup_email.clone().unwrap_or_default(),
        role_id: admin.role_id.to_string(),
        org: org_display_id,
        language: admin.language.clone(),
        external_application: admin.external_application.clone().unwrap_or_default(),
        custom_application: String::new(),
        login_suspended: (status == Status::LoginSuspended).then(|| "on".into()),
        account_suspended: (status == Status::AccountSuspended).then(|| "on".into()),
    }
}

pub async fn show(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let admin = super::find(&state, &scope, &path.1).await?;
    let org_id = admin.org_id;
    let org = state.db.run(move |conn| orgs::by_id(conn, org_id)).await?;
    let api = admin.kind == KIND_API;
    let form = form_of(&admin, org.display_id);
    let page = build_page(
        &state,
        &scope,
        &session,
        Some(admin),
        api,
        form,
        FieldErrors::new(),
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

pub async fn update(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
    form: web::Form<AdminForm>,
) -> AppResult<HttpResponse> {
    let admin = super::find_manageable(&state, &scope, &path.1).await?;
    let api = admin.kind == KIND_API;
    require(&scope, &admin.kind, Action::Edit)?;
    let form = form.into_inner();
    let want_login = form.login_suspended.is_some();
    let want_account = form.account_suspended.is_some();
    let status = admin.status();
    let suspension_changes = want_login != (status == Status::LoginSuspended)
        || want_account != (status == Status::AccountSuspended);
    if suspension_changes {
        require(&scope, &admin.kind, Action::Delete)?;
    }
    let is_self = admin.id == scope.admin().id;
    let profile = match super::validate::validate(&state, &scope, &form, api).await {
        Ok(p) => p,
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, Some(admin), api, form, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(e) => return Err(e),
    };
    if is_self && (want_login || want_account) {
        flash::error(&session, "You cannot suspend yourself.");
        return Ok(see_other(&format!(
            "{}/administrators/{}",
            scope_base(&scope),
            admin.id
        )));
    }
    let actor = scope.actor();
    let id = admin.id;
    let before = admin.clone();
    let result = state
        .db
        .run(move |conn| {
            db::transaction(conn, |conn| {
                let top = orgs::top(conn)?.ok_or(AppError::NotFound)?;
                let demoted = profile.role_id != before.role_id
                    || profile.org_id != before.org_id
                    || want_login
                    || want_account;
                if demoted {
                    admin_edits::ensure_not_last_super_admin(conn, &before, &top)?;
                }
                admin_edits::update_profile(conn, id, &profile)?;
                let status =
                    admin_edits::apply_suspension(conn, &before, want_login, want_account)?;
                let mut changes = Vec::new();
                let mut note = |field: &str, old: &str, new: &str| {
                    if old != new {
                        changes.push(format!("{field}: '{old}' → '{new}'"));
                    }
                };
                note(
                    "first name",
                    &before.first_name,
                    profile.first_name.as_str(),
                );
                note("last name", &before.last_name, profile.last_name.as_str());
                note("email", &before.email, profile.email.as_str());
                note(
                    "backup email",
                    before.backup_email.as_deref().unwrap_or(""),
                    profile.backup_email.as_ref().map_or("", |e| e.as_str()),
                );
                note("language", &before.language, &profile.language);
                note(
                    "org id",
                    &before.org_id.to_string(),
                    &profile.org_id.to_string(),
                );
                note(
                    "role id",
                    &before.role_id.to_string(),
                    &profile.role_id.to_string(),
                );
                note(
                    "application",
                    before.external_application.as_deref().unwrap_or(""),
                    profile.external_application.as_deref().unwrap_or(""),
                );
                note("status", before.status().as_str(), status.as_str());
                let event = Event {
                    org_id: Some(profile.org_id),
                    action: if api {
                        "api_user_updated"
                    } else {
                        "administrator_updated"
                    },
                    target: &format!("{} <{}>", before.full_name(), before.email),
                    details: if changes.is_empty() {
                        "no changes".into()
                    } else {
                        changes.join("; ")
                    },
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => {
            flash::success(&session, format!("{} was saved.", form.first_name.trim()));
            Ok(see_other(&format!("{}/administrators", scope_base(&scope))))
        }
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, Some(admin), api, form, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&format!(
                "{}/administrators/{}",
                scope_base(&scope),
                admin.id
            )))
        }
        Err(e) => Err(e),
    }
}
