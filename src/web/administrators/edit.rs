//! Edit Administrator / Edit API User, with the suspension boxes.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::form::{AdminForm, build_page, scope_base};
use super::{Action, require};
use crate::auth::Scope;
use crate::domain::admin_edits::{self, Changes};
use crate::domain::admins::{Administrator, KIND_API, Status};
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
    let record = format!("{}/administrators/{}", scope_base(&scope), admin.id);
    let acting = scope.acting().clone();
    let links = state.links();
    let id = admin.id;
    let result = match super::validate::parse(&form, api) {
        Ok(input) => {
            let changes = Changes {
                input,
                login_suspended: form.login_suspended.is_some(),
                account_suspended: form.account_suspended.is_some(),
            };
            state
                .db
                .run(move |conn| admin_edits::update(conn, &acting, &links, id, changes))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(updated) => {
            let name = updated.admin.full_name();
            let message = match updated.invitation_resent_to {
                Some(to) => {
                    state.mailer.wake();
                    crate::msg!("admins-saved-invitation-resent", name = name, email = to)
                }
                None => crate::msg!("admins-saved", name = name),
            };
            flash::success(&session, message);
            // Back on the record, not the list: the person is still in view.
            Ok(see_other(&record))
        }
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, Some(admin), api, form, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&record))
        }
        Err(e) => Err(e),
    }
}
