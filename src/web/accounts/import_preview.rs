//! The preview of an uploaded file (a dry run: nothing written), its
//! "Download invalid rows", and Import / Import & Invite, which start the
//! batch in the background and open its progress page.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::base;
use super::import::limits;
use crate::auth::Authorized;
use crate::domain::account_import::Then;
use crate::domain::orgs::Organization;
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::import::{self, Preview, Show};
use crate::web::layout::{Chrome, Section};
use crate::web::{PAGE_SIZE, Pager, State, render_status, see_other};

#[derive(Debug, Deserialize, Default)]
pub struct PreviewQuery {
    pub show: Option<String>,
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "accounts/import_preview.html")]
struct PreviewPage {
    chrome: Chrome,
    id: i64,
    file_name: String,
    target: Organization,
    profile: String,
    /// `None` when the kept file no longer reads (`file_error` says why).
    preview: Option<Preview>,
    invalid_only: bool,
    pager: Pager,
    can_invite: bool,
    file_error: Option<String>,
}

fn upload_id(path: &(String, String)) -> AppResult<i64> {
    path.1.parse().map_err(|_| AppError::NotFound)
}

/// Preview: totals, the number pool, what was detected and the rows with
/// every problem next to its column. Nothing is written.
pub async fn preview(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsImport>,
    path: web::Path<(String, String)>,
    query: web::Query<PreviewQuery>,
) -> AppResult<HttpResponse> {
    let id = upload_id(&path)?;
    let query = query.into_inner();
    let invalid_only = query.show.as_deref() == Some("invalid");
    let show = if invalid_only {
        Show::Invalid
    } else {
        Show::All
    };
    let page = query.page.unwrap_or(1).max(1);
    let acting = auth.acting().clone();
    let limits = limits(&state);
    // Problems are worded on the database's thread: in this language.
    let (chrome, (upload, target, outcome)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("import-preview-title"),
        move |conn| {
            let (upload, target, sheet) = import::open(conn, &acting, id, limits)?;
            let outcome = match sheet {
                Ok(sheet) => Ok(import::preview(
                    conn,
                    &target,
                    &sheet,
                    show,
                    (page - 1) * PAGE_SIZE,
                    PAGE_SIZE,
                )?),
                Err(message) => Err(message),
            };
            Ok((upload, target, outcome))
        },
    )
    .await?;
    if let Some(batch) = upload.batch_id {
        return Ok(see_other(&format!(
            "{}/reports/batches/{batch}",
            base(&auth)
        )));
    }
    let (preview, file_error, status) = match outcome {
        Ok(p) => (Some(p), None, StatusCode::OK),
        Err(message) => (None, Some(message), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let matching = preview.as_ref().map_or(0, |p| p.matching);
    render_status(
        status,
        &PreviewPage {
            chrome,
            id,
            file_name: upload.file_name,
            target: target.org.org().clone(),
            profile: target.profile.name,
            preview,
            invalid_only,
            pager: Pager::new(Some(page), matching),
            can_invite: auth.has(crate::domain::privileges::Privilege::AccountsInvite),
            file_error,
        },
    )
}

/// "Download invalid rows".
pub async fn invalid_csv(
    state: State,
    auth: Authorized<p::AccountsImport>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = upload_id(&path)?;
    let acting = auth.acting().clone();
    let limits = limits(&state);
    // The rows' errors and the `error` header in the downloader's language
    // (the database's thread speaks the request's).
    let body = state
        .db
        .run(move |conn| {
            let (_, target, sheet) = import::open(conn, &acting, id, limits)?;
            let sheet = sheet.map_err(|m| AppError::Conflict(m.into()))?;
            import::invalid_rows(conn, &target, &sheet)
        })
        .await?;
    Ok(crate::web::csv_download(
        &format!("invalid-rows-{id}.csv"),
        body,
    ))
}

#[derive(Debug, Deserialize)]
pub struct StartForm {
    pub then: String,
}

/// Import or Import & Invite: the batch starts in the background and its
/// progress page opens.
pub async fn start(
    state: State,
    auth: Authorized<p::AccountsImport>,
    path: web::Path<(String, String)>,
    form: web::Form<StartForm>,
) -> AppResult<HttpResponse> {
    let id = upload_id(&path)?;
    let then = match form.then.as_str() {
        "import" => Then::Import,
        "import_invite" => Then::ImportAndInvite,
        _ => {
            return Err(AppError::BadRequest(crate::msg!("import-choose-then")));
        }
    };
    let acting = auth.acting().clone();
    let links = state.links();
    let limits = limits(&state);
    let started = state
        .db
        .run(move |conn| import::start(conn, &acting, id, then, &links, limits))
        .await?;
    state.mailer.wake();
    Ok(see_other(&format!(
        "{}/reports/batches/{}",
        base(&auth),
        started.batch_id
    )))
}
