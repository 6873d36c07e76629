//! Reports → Failed Jobs: the jobs of the viewed org's subtree that were
//! given up, newest first, each with a Retry button.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Scope;
use crate::domain::job_admin;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{PAGE_SIZE, PageQuery, Pager, State, flash, local_time, render, see_other};

pub struct Row {
    id: i64,
    kind: String,
    summary: String,
    attempts: i32,
    last_error: String,
    failed: String,
}

#[derive(Template)]
#[template(path = "reports/failed_jobs.html")]
struct FailedJobsPage {
    chrome: Chrome,
    rows: Vec<Row>,
    pager: Pager,
    can_retry: bool,
}

pub async fn list(
    state: State,
    session: Session,
    scope: Scope,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    scope.require(Privilege::ReportsViewAdministratorsActivity)?;
    let org = scope.org().clone();
    let page = query.page;
    let (jobs, pager) = state
        .db
        .run(move |conn| {
            let pager = Pager::new(page, job_admin::failed_count(conn, &org)?);
            let jobs = job_admin::failed_page(conn, &org, pager.offset(), PAGE_SIZE)?;
            Ok((jobs, pager))
        })
        .await?;
    let tz = scope.time_zone().to_owned();
    let rows = jobs
        .into_iter()
        .map(|j| Row {
            summary: j.summary(),
            failed: local_time(j.failed_at, &tz),
            id: j.id,
            kind: crate::jobs::kind_shown(&j.kind),
            attempts: j.attempts,
            last_error: j.last_error.unwrap_or_default(),
        })
        .collect();
    let chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Reports,
        crate::i18n::t("reports-failed-jobs"),
    )
    .await?;
    render(&FailedJobsPage {
        chrome,
        rows,
        pager,
        can_retry: scope.has(Privilege::AdministratorsEdit),
    })
}

pub async fn retry(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, i64)>,
) -> AppResult<HttpResponse> {
    let job_id = path.into_inner().1;
    let acting = scope.acting().clone();
    let result = state
        .db
        .run(move |conn| job_admin::retry(conn, &acting, job_id))
        .await;
    match result {
        Ok(retried) => {
            state.mailer.wake();
            let what = if retried.summary.is_empty() {
                retried.kind
            } else {
                format!("{} ({})", retried.kind, retried.summary)
            };
            flash::success(
                &session,
                crate::msg!(
                    "reports-job-queued",
                    id = retried.id.to_string(),
                    what = what
                ),
            );
        }
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&format!(
        "/orgs/{}/reports/jobs",
        scope.org().display_id
    )))
}
