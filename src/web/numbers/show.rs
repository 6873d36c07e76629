//! One number: what it is and who holds it; Save its status (Available or
//! Reserved) and tag; Delete it after a confirmation page.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::list_url;
use crate::auth::{Authorized, Scope};
use crate::domain::numbers::edits::{self, Detail};
use crate::domain::numbers::{Status, Tag};
use crate::domain::privileges::{Privilege, p};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, local_time, render, render_status, see_other};

#[derive(Template)]
#[template(path = "numbers/show.html")]
struct ShowPage {
    chrome: Chrome,
    detail: Detail,
    created: String,
    updated: String,
    can_edit: bool,
    /// The form's values (as typed, when shown again with messages).
    status: String,
    tag: String,
    errors: FieldErrors,
    org_label: String,
}

impl ShowPage {
    fn assigned(&self) -> bool {
        self.detail.number.status() == Status::Assigned
    }
}

#[derive(Template)]
#[template(path = "numbers/delete_one.html")]
struct DeletePage {
    chrome: Chrome,
    detail: Detail,
}

#[derive(Deserialize)]
pub struct NumberForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    tag: String,
}

fn number_id(path: web::Path<(String, String)>) -> AppResult<i64> {
    path.into_inner().1.parse().map_err(|_| AppError::NotFound)
}

async fn page(
    state: &State,
    scope: &Scope,
    session: &Session,
    id: i64,
    typed: Option<(NumberForm, FieldErrors)>,
) -> AppResult<HttpResponse> {
    let org = scope.org().clone();
    let (chrome, detail) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Setup,
        crate::i18n::t("number"),
        move |conn| edits::detail(conn, &org, id),
    )
    .await?;
    let tz = scope.time_zone();
    let (status, tag, errors, code) = match typed {
        Some((form, errors)) => (
            form.status,
            form.tag,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        None => (
            detail.number.status.clone(),
            detail.number.tag.clone().unwrap_or_default(),
            FieldErrors::new(),
            StatusCode::OK,
        ),
    };
    render_status(
        code,
        &ShowPage {
            chrome: Chrome {
                title: detail.number.e164.clone(),
                ..chrome
            },
            created: local_time(Some(detail.number.created_at), tz),
            updated: local_time(Some(detail.number.updated_at), tz),
            can_edit: scope.has(Privilege::SetupEditNumberManagement),
            detail,
            status,
            tag,
            errors,
            org_label: scope.org().label(),
        },
    )
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewNumberManagement>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = number_id(path)?;
    page(&state, &auth, &session, id, None).await
}

pub async fn update(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    path: web::Path<(String, String)>,
    form: web::Form<NumberForm>,
) -> AppResult<HttpResponse> {
    let id = number_id(path)?;
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let status = match Status::parse(&form.status) {
        Some(s @ (Status::Available | Status::Reserved)) => Some(s),
        _ => {
            errors.add("status", crate::msg!("numbers-choose-status"));
            None
        }
    };
    let tag = errors.check("tag", Tag::parse_msg(&form.tag));
    let (Some(status), Some(tag)) = (status, tag) else {
        return page(&state, &auth, &session, id, Some((form, errors))).await;
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| edits::update(conn, &acting, id, status, tag.as_ref()))
        .await;
    let here = format!("/orgs/{}/numbers/{id}", auth.org().display_id);
    match result {
        Ok(number) => {
            flash::success(&session, crate::msg!("numbers-saved", number = number.e164));
            Ok(see_other(&here))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&here))
        }
        Err(e) => Err(e),
    }
}

pub async fn confirm_delete_one(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = number_id(path)?;
    let org = auth.org().clone();
    let (chrome, detail) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Setup,
        crate::i18n::t("numbers-delete-one-title"),
        move |conn| edits::detail(conn, &org, id),
    )
    .await?;
    render(&DeletePage { chrome, detail })
}

pub async fn delete_one(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = number_id(path)?;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| edits::delete_one(conn, &acting, id))
        .await;
    match result {
        Ok(number) => {
            flash::success(
                &session,
                crate::msg!("numbers-deleted-one", number = number.e164),
            );
            Ok(see_other(&list_url(&auth, "")))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&format!(
                "/orgs/{}/numbers/{id}",
                auth.org().display_id
            )))
        }
        Err(e) => Err(e),
    }
}
