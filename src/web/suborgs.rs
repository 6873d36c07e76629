//! Profile → Sub-Organizations: list, create, rename and delete the
//! sub-organizations of the org being viewed.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::acting::ScopedOrg;
use crate::domain::org_edits;
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::{Privilege, p};
use crate::domain::values::OrgName;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

pub struct Row {
    org: Organization,
    admins: i64,
    suborgs: i64,
}

#[derive(Template)]
#[template(path = "suborgs/list.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    can_create: bool,
    can_edit: bool,
    can_delete: bool,
    new_name: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "suborgs/delete.html")]
struct DeletePage {
    chrome: Chrome,
    org: Organization,
    blocked: Option<String>,
}

#[derive(Deserialize)]
pub struct NameForm {
    name: String,
}

async fn list_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    new_name: String,
    errors: FieldErrors,
) -> AppResult<ListPage> {
    let org = scope.org().clone();
    let rows = state
        .db
        .run(move |conn| {
            Ok(orgs::children_with_counts(conn, &org)?
                .into_iter()
                .map(|(org, admins, suborgs)| Row {
                    org,
                    admins,
                    suborgs,
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(ListPage {
        chrome: Chrome::load(state, scope, session, Section::Profile, "Sub-Organizations").await?,
        rows,
        can_create: scope.has(Privilege::ProfileCreateSubOrganization),
        can_edit: scope.has(Privilege::ProfileEdit),
        can_delete: scope.has(Privilege::ProfileDeleteSubOrganization),
        new_name,
        errors,
    })
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileView>,
) -> AppResult<HttpResponse> {
    render(&list_page(&state, &auth, &session, String::new(), FieldErrors::new()).await?)
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileCreateSubOrganization>,
    form: web::Form<NameForm>,
) -> AppResult<HttpResponse> {
    let name = match OrgName::parse(&form.name) {
        Ok(name) => name,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            let page = list_page(&state, &auth, &session, form.into_inner().name, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| org_edits::create(conn, &acting, &name))
        .await;
    match result {
        Ok(child) => {
            flash::success(
                &session,
                format!("Sub-Organization '{}' created.", child.name),
            );
            Ok(see_other(&format!(
                "/orgs/{}/suborgs",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let page = list_page(&state, &auth, &session, form.into_inner().name, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

/// A strict descendant of the viewed org, or 404.
async fn find_sub(state: &State, scope: &Scope, display_id: String) -> AppResult<ScopedOrg> {
    let acting = scope.acting().clone();
    state
        .db
        .run(move |conn| org_edits::find_sub(conn, &acting, &display_id))
        .await
}

pub async fn rename(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileEdit>,
    path: web::Path<(String, String)>,
    form: web::Form<NameForm>,
) -> AppResult<HttpResponse> {
    let display_id = path.into_inner().1;
    let sub = find_sub(&state, &auth, display_id.clone()).await?;
    let back = format!("/orgs/{}/suborgs", auth.org().display_id);
    let name = match OrgName::parse(&form.name) {
        Ok(name) => name,
        Err(message) => {
            flash::error(
                &session,
                format!("'{}' was not renamed: {message}", sub.name),
            );
            return Ok(see_other(&back));
        }
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| org_edits::rename(conn, &acting, &display_id, &name))
        .await;
    match result {
        Ok(old) => flash::success(
            &session,
            format!(
                "Sub-Organization '{old}' renamed to '{}'.",
                form.name.trim()
            ),
        ),
        Err(AppError::Invalid(errors)) => flash::error(
            &session,
            errors
                .get("name")
                .unwrap_or("The name is not valid.")
                .to_owned(),
        ),
        Err(e) => return Err(e),
    }
    Ok(see_other(&back))
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileDeleteSubOrganization>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let sub = find_sub(&state, &auth, path.into_inner().1).await?;
    let check = sub.clone();
    let found = state
        .db
        .run(move |conn| orgs::dependants(conn, &check))
        .await?;
    let blocked = (!found.is_empty()).then(|| {
        format!(
            "It still has {}. Move or delete them first.",
            orgs::describe_dependants(&found)
        )
    });
    let chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Profile,
        "Delete Sub-Organization",
    )
    .await?;
    render(&DeletePage {
        chrome,
        org: sub.org().clone(),
        blocked,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileDeleteSubOrganization>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let display_id = path.into_inner().1;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| org_edits::delete(conn, &acting, &display_id))
        .await;
    match result {
        Ok(sub) => flash::success(
            &session,
            format!("Sub-Organization '{}' deleted.", sub.name),
        ),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&format!(
        "/orgs/{}/suborgs",
        auth.org().display_id
    )))
}
