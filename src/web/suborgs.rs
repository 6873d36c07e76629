//! Profile → Sub-Organizations: list, create, rename and delete the
//! sub-organizations of the org being viewed.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::audit::{self, Event};
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
    let parent = auth.org().clone();
    let actor = auth.actor();
    let result = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let child = orgs::create_child(conn, &parent, &name)?;
                let event = Event {
                    org_id: Some(parent.id),
                    action: "suborg_created",
                    target: &child.label(),
                    details: format!("created below {}", parent.label()),
                };
                audit::record(conn, &actor, event)?;
                Ok(child)
            })
        })
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
async fn find_sub(state: &State, scope: &Scope, display_id: String) -> AppResult<Organization> {
    let root = scope.org().clone();
    let sub = state
        .db
        .run(move |conn| orgs::find_in_subtree(conn, &root, &display_id))
        .await?
        .ok_or(AppError::NotFound)?;
    if sub.id == scope.org().id {
        return Err(AppError::NotFound);
    }
    Ok(sub)
}

pub async fn rename(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileEdit>,
    path: web::Path<(String, String)>,
    form: web::Form<NameForm>,
) -> AppResult<HttpResponse> {
    let sub = find_sub(&state, &auth, path.into_inner().1).await?;
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
    let actor = auth.actor();
    let parent_id = auth.org().id;
    let old = sub.name.clone();
    let result = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                orgs::rename(conn, &sub, &name)?;
                let event = Event {
                    org_id: Some(parent_id),
                    action: "suborg_renamed",
                    target: &sub.display_id,
                    details: format!("name: '{}' → '{}'", sub.name, name.as_str()),
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => flash::success(
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
    let (admins, suborgs) = state
        .db
        .run(move |conn| orgs::dependants(conn, &check))
        .await?;
    let blocked = (admins > 0 || suborgs > 0).then(|| {
        format!("It still has {admins} administrator(s) and {suborgs} sub-organization(s). Move or delete them first.")
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
        org: sub,
        blocked,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileDeleteSubOrganization>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let sub = find_sub(&state, &auth, path.into_inner().1).await?;
    let actor = auth.actor();
    let parent_id = auth.org().id;
    let name = sub.name.clone();
    let result = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                orgs::delete(conn, &sub)?;
                let event = Event {
                    org_id: Some(parent_id),
                    action: "suborg_deleted",
                    target: &sub.label(),
                    details: String::new(),
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => flash::success(&session, format!("Sub-Organization '{name}' deleted.")),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&format!(
        "/orgs/{}/suborgs",
        auth.org().display_id
    )))
}
