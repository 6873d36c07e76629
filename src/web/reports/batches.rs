//! Reports → Batch Operation Reports: every bulk operation run in the viewed
//! org or below, newest first, each with its results and its downloadable
//! Batch Operations Report. Batches are read from the database, so a result
//! is there after signing out and on every instance.

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Scope;
use crate::domain::batch_report;
use crate::domain::batches::{self, Batch, Item, Listed, Operation};
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};
use crate::web::layout::{Chrome, Section};
use crate::web::{PAGE_SIZE, PageQuery, Pager, State, local_time, render};

pub use crate::domain::batches::VIEW_PRIVILEGES as OPENED_BY;
use crate::i18n::filters;

/// A batch as the pages show it.
pub struct BatchView {
    pub listed: Listed,
    pub when: String,
    pub finished: String,
    /// When "Undo this import" was done, in local time.
    pub undone: Option<String>,
    /// "Undo this import" is offered (a finished import, not undone, and
    /// the role may import and delete accounts).
    pub can_undo: bool,
}

impl BatchView {
    fn new(listed: Listed, time_zone: &str) -> Self {
        BatchView {
            when: local_time(Some(listed.batch.created_at), time_zone),
            finished: local_time(listed.batch.finished_at, time_zone),
            undone: listed
                .batch
                .undone_at
                .map(|at| local_time(Some(at), time_zone)),
            can_undo: false,
            listed,
        }
    }

    fn with_undo(mut self, scope: &Scope) -> Self {
        let b = &self.listed.batch;
        self.can_undo = b.is(Operation::ImportAccounts)
            && !b.is_running()
            && b.undone_at.is_none()
            && b.succeeded > 0
            && scope.has(Privilege::AccountsImport)
            && scope.has(Privilege::AccountsDelete);
        self
    }

    pub fn batch(&self) -> &Batch {
        &self.listed.batch
    }

    /// "40% — 4 of 10 rows done, 1 with errors so far."
    pub fn progress_text(&self) -> String {
        progress_text(self.batch())
    }

    /// "6 in all: 2 succeeded, 1 skipped, 3 failed" (counts never grouped,
    /// as the page always wrote them).
    pub fn results_text(&self) -> String {
        let b = self.batch();
        crate::msg!(
            "reports-results-summary",
            total = b.total.to_string(),
            succeeded = b.succeeded.to_string(),
            skipped = b.skipped.to_string(),
            failed = b.failed.to_string()
        )
        .to_string()
    }

    /// "Undone on … by …: 3 accounts removed.", once undone.
    pub fn undone_text(&self) -> Option<String> {
        let b = self.batch();
        self.undone.as_ref().map(|at| {
            crate::msg!(
                "reports-undone-on",
                at = at.as_str(),
                by = b.undone_by.as_deref().unwrap_or(""),
                count = b.undone_count,
                count_n = b.undone_count.to_string()
            )
            .to_string()
        })
    }

    pub fn is_reinvite(&self) -> bool {
        self.listed.batch.is(Operation::ReinviteAdministrators)
    }
}

fn progress_text(b: &Batch) -> String {
    crate::msg!(
        "reports-progress",
        percent = b.percent().to_string(),
        done = b.done().to_string(),
        total = b.total,
        total_n = b.total.to_string(),
        failed = b.failed.to_string()
    )
    .to_string()
}

#[derive(Template)]
#[template(path = "reports/batches.html")]
struct ListPage {
    chrome: Chrome,
    batches: Vec<BatchView>,
    pager: Pager,
}

#[derive(Template)]
#[template(path = "reports/batch.html")]
struct BatchPage {
    chrome: Chrome,
    view: BatchView,
    items: Vec<Item>,
    pager: Pager,
}

pub async fn list(
    state: State,
    session: Session,
    scope: Scope,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    scope.require_any(&OPENED_BY)?;
    let org = scope.org().clone();
    let page = query.page;
    let (listed, pager) = state
        .db
        .run(move |conn| {
            let pager = Pager::new(page, batches::count_in_scope(conn, &org)?);
            let listed = batches::page_in_scope(conn, &org, pager.offset(), PAGE_SIZE)?;
            Ok((listed, pager))
        })
        .await?;
    let tz = scope.time_zone();
    let batches = listed.into_iter().map(|l| BatchView::new(l, tz)).collect();
    let chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Reports,
        crate::i18n::t("reports-batch-operation-reports"),
    )
    .await?;
    render(&ListPage {
        chrome,
        batches,
        pager,
    })
}

/// The batch behind `{id}`, if it ran in the viewed org or below; else 404.
pub(super) async fn find(state: &State, scope: &Scope, id: &str) -> AppResult<Listed> {
    scope.require_any(&OPENED_BY)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = scope.org().clone();
    state
        .db
        .run(move |conn| batches::find_in_scope(conn, &org, id))
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let listed = find(&state, &scope, &path.1).await?;
    let page = query.page;
    let batch = listed.batch.clone();
    let (items, pager) = state
        .db
        .run(move |conn| {
            let pager = Pager::new(page, batch.done());
            let items = batches::items_page(conn, &batch, pager.offset(), PAGE_SIZE)?;
            Ok((items, pager))
        })
        .await?;
    let view = BatchView::new(listed, scope.time_zone()).with_undo(&scope);
    let title = view.batch().operation_shown();
    let chrome = Chrome::load(&state, &scope, &session, Section::Reports, title).await?;
    render(&BatchPage {
        chrome,
        view,
        items,
        pager,
    })
}

pub async fn csv(
    state: State,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let listed = find(&state, &scope, &path.1).await?;
    let batch = listed.batch;
    let file_name = if batch.is(Operation::ReinviteAdministrators) {
        format!("invitation-status-{}.csv", batch.id)
    } else {
        format!("batch-operations-report-{}.csv", batch.id)
    };
    // Its added columns are worded on the database's thread, which speaks
    // the request's language.
    let body = state
        .db
        .run(move |conn| {
            let items = batches::all_items(conn, &batch)?;
            batch_report::csv(&items)
        })
        .await?;
    Ok(crate::web::csv_download(&file_name, body))
}

/// How far a running batch got, for the progress bar's script.
pub async fn progress(
    state: State,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let b = find(&state, &scope, &path.1).await?.batch;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(serde_json::json!({
            "state": b.state,
            "percent": b.percent(),
            "done": b.done(),
            "total": b.total,
            "succeeded": b.succeeded,
            "skipped": b.skipped,
            "failed": b.failed,
            // What the page says of it, in the reader's language.
            "text": progress_text(&b),
        })))
}
