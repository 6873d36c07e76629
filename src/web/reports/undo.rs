//! "Undo this import" on a CSV import's batch: a confirmation page that
//! says how many accounts go and names those kept because they changed
//! since, and the POST that does it (`domain::account_import::undo`).

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::batches::find;
use crate::auth::Scope;
use crate::domain::account_import::{self, UndoPlan};
use crate::domain::batches::Batch;
use crate::error::AppResult;
use crate::i18n::filters;
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "reports/undo.html")]
struct ConfirmPage {
    chrome: Chrome,
    batch: Batch,
    plan: UndoPlan,
    /// The file's name, or "CSV import".
    file: String,
    /// "Delete 3 accounts".
    verb: String,
}

/// The acting administrator in the org the batch ran in (the accounts'
/// org), or the URL's org's scope when it is the same.
pub async fn confirm(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let batch = find(&state, &scope, &path.1).await?.batch;
    let acting = scope.acting().clone();
    let for_plan = batch.clone();
    let (chrome, plan) = Chrome::load_with(
        &state,
        &scope,
        &session,
        Section::Reports,
        crate::i18n::t("reports-undo-link"),
        move |conn| account_import::plan_undo(conn, &acting, &for_plan),
    )
    .await?;
    let file = batch
        .file_name
        .clone()
        .unwrap_or_else(|| crate::i18n::t("reports-undo-csv-import"));
    let n = plan.removable.len();
    let verb = msg!("reports-undo-confirm", count = n, count_n = n.to_string()).to_string();
    render(&ConfirmPage {
        chrome,
        batch,
        plan,
        file,
        verb,
    })
}

#[derive(Debug, Deserialize)]
pub struct UndoForm {
    /// "yes" when some accounts changed and the administrator confirmed
    /// removing the rest.
    pub confirm_rest: Option<String>,
}

pub async fn undo(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
    form: web::Form<UndoForm>,
) -> AppResult<HttpResponse> {
    let batch = find(&state, &scope, &path.1).await?.batch;
    let acting = scope.acting().clone();
    let confirmed = form.confirm_rest.as_deref() == Some("yes");
    let id = batch.id;
    let undone = state
        .db
        .run(move |conn| account_import::undo(conn, &acting, &batch, confirmed))
        .await?;
    let message = match undone.kept {
        0 => msg!(
            "reports-undo-done",
            removed = undone.removed,
            removed_n = undone.removed.to_string()
        ),
        kept => msg!(
            "reports-undo-done-kept",
            removed = undone.removed,
            removed_n = undone.removed.to_string(),
            kept = kept,
            kept_n = kept.to_string()
        ),
    };
    flash::success(&session, message);
    Ok(see_other(&format!(
        "/orgs/{}/reports/batches/{id}",
        scope.org().display_id
    )))
}
