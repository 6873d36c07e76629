//! Re-invite, as a thin adapter over `domain::admin_reinvite`: read the
//! form, ask what must be confirmed (everyone on the filtered list rather
//! than this page; resetting active administrators), run the operation and
//! show its Batch. The result lives in the database, so the page and its
//! "Download invitation status" survive signing out and work on any
//! instance.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::list::ListQuery;
use crate::auth::Scope;
use crate::domain::admin_directory;
use crate::domain::admin_reinvite::{self, Selection, Ticked};
use crate::domain::admins::Administrator;
use crate::error::{AppError, AppResult};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render, see_other};

use crate::domain::admin_reinvite::REINVITE;
use crate::i18n::filters;

/// How many active administrators the confirmation names before "and N more".
const NAMED: usize = 50;

#[derive(Template)]
#[template(path = "administrators/reinvite_select_all.html")]
struct SelectAllPage {
    chrome: Chrome,
    total: i64,
    query: ListQuery,
    page_ids: Vec<i64>,
}

#[derive(Template)]
#[template(path = "administrators/reinvite_confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    active: Vec<Administrator>,
    more: usize,
    /// Set when everyone matching the filter is selected; else `ids`.
    all: Option<ListQuery>,
    ids: Vec<i64>,
    /// The one administrator's record, when Resend Invite was pressed there.
    record: Option<i64>,
}

/// The Re-invite form as posted from the list or a confirmation page.
struct ReinviteForm {
    all: bool,
    query: ListQuery,
    ticked: Ticked,
    page_ids: Ticked,
    /// "filter" or "page", chosen on the select-all confirmation.
    selection: Option<String>,
    /// "yes" or "no", chosen on the active-administrators confirmation.
    confirm_active: Option<String>,
    /// "record": Resend Invite on an administrator's record, which the
    /// user returns to instead of the batch.
    back: Option<String>,
}

impl ReinviteForm {
    /// The record Resend Invite was pressed on, if it was.
    fn record(&self) -> Option<i64> {
        match (self.back.as_deref(), self.all, self.ticked.ids()) {
            (Some("record"), false, [id]) => Some(*id),
            _ => None,
        }
    }

    fn parse(body: &[u8]) -> AppResult<Self> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
            .map_err(|_| AppError::BadRequest(crate::msg!("admins-form-unreadable")))?;
        let value = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let values = |key: &'static str| {
            pairs
                .iter()
                .filter(move |(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        Ok(ReinviteForm {
            all: value("all").as_deref() == Some("1"),
            query: ListQuery {
                q: value("q").unwrap_or_default(),
                role: value("role").unwrap_or_default(),
                status: value("status").unwrap_or_default(),
                page: None,
            },
            ticked: Ticked::parse(values("ids"))?,
            page_ids: Ticked::parse(values("page_ids"))?,
            selection: value("selection"),
            confirm_active: value("confirm_active"),
            back: value("back"),
        })
    }
}

pub async fn reinvite(
    state: State,
    session: Session,
    scope: Scope,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    scope.require_any(&REINVITE)?;
    let form = ReinviteForm::parse(&body)?;
    let list = format!("/orgs/{}/administrators", scope.org().display_id);
    let selection = match (form.all, form.selection.as_deref()) {
        (true, Some("filter")) => Selection::AllMatching(form.query.filter(&scope)),
        (true, Some("page")) => Selection::Ticked(form.page_ids.clone()),
        // The header box may select more than the visible page: say so first.
        (true, _) => match select_all_page(&state, &session, &scope, &form).await? {
            Some(page) => return Ok(page),
            // Everyone matching is on the page: nothing unseen is selected.
            None => Selection::AllMatching(form.query.filter(&scope)),
        },
        (false, _) => Selection::Ticked(form.ticked.clone()),
    };
    let acting = scope.acting().clone();
    let chosen = selection.clone();
    let targets = state
        .db
        .run(move |conn| admin_reinvite::targets(conn, &acting, &chosen))
        .await?;
    if targets.is_empty() {
        crate::web::flash::error(&session, crate::msg!("admins-reinvite-none"));
        return Ok(see_other(&list));
    }
    let active = admin_reinvite::active_others(&scope, &targets);
    let Some(confirm) = form
        .confirm_active
        .as_deref()
        .or(active.is_empty().then_some("no"))
    else {
        let record = form.record();
        return confirm_page(
            &state, &session, &scope, active, &selection, form.query, record,
        )
        .await;
    };
    let links = state.links();
    let include_active = confirm == "yes";
    let acting = scope.acting().clone();
    let outcome = state
        .db
        .run(move |conn| {
            admin_reinvite::reinvite(conn, &acting, &selection, include_active, &links)
        })
        .await;
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(AppError::Conflict(message)) => {
            crate::web::flash::error(&session, message);
            return Ok(see_other(&list));
        }
        Err(e) => return Err(e),
    };
    if outcome.queued_mail() {
        state.mailer.wake();
    }
    if let (Some(id), [admin]) = (form.record(), targets.as_slice())
        && outcome.sent == 1
    {
        crate::web::flash::success(
            &session,
            crate::msg!(
                "admins-reinvite-sent",
                name = admin.full_name(),
                email = admin.email.as_str()
            ),
        );
        return Ok(see_other(&format!("{list}/{id}")));
    }
    Ok(see_other(&format!(
        "/orgs/{}/reports/batches/{}",
        scope.org().display_id,
        outcome.batch_id
    )))
}

/// "All N administrators matching this filter are selected", when N is
/// more than the page showed; `None` when the page showed them all.
async fn select_all_page(
    state: &State,
    session: &Session,
    scope: &Scope,
    form: &ReinviteForm,
) -> AppResult<Option<HttpResponse>> {
    let org = scope.org().clone();
    let filter = form.query.filter(scope);
    let total = state
        .db
        .run(move |conn| admin_directory::count_exact(conn, &org, &filter))
        .await?;
    if total <= i64::try_from(form.page_ids.ids().len()).unwrap_or(i64::MAX) {
        return Ok(None);
    }
    let chrome = Chrome::load(
        state,
        scope,
        session,
        Section::Administrators,
        crate::i18n::t("admins-reinvite-all-title"),
    )
    .await?;
    render(&SelectAllPage {
        chrome,
        total,
        query: form.query.clone(),
        page_ids: form.page_ids.ids().to_vec(),
    })
    .map(Some)
}

async fn confirm_page(
    state: &State,
    session: &Session,
    scope: &Scope,
    mut active: Vec<Administrator>,
    selection: &Selection,
    query: ListQuery,
    record: Option<i64>,
) -> AppResult<HttpResponse> {
    let more = active.len().saturating_sub(NAMED);
    active.truncate(NAMED);
    let (all, ids) = match selection {
        Selection::AllMatching(_) => (Some(query), Vec::new()),
        Selection::Ticked(ticked) => (None, ticked.ids().to_vec()),
    };
    let chrome = Chrome::load(
        state,
        scope,
        session,
        Section::Administrators,
        crate::i18n::t("admins-reinvite-active-title"),
    )
    .await?;
    render(&ConfirmPage {
        chrome,
        active,
        more,
        all,
        ids,
        record,
    })
}

/// The results used to live in the session at this address; they are
/// Batches now, listed under Reports.
pub async fn result_page(scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&REINVITE)?;
    Ok(see_other(&format!(
        "/orgs/{}/reports/batches",
        scope.org().display_id
    )))
}

pub async fn reinvite_status_csv(scope: Scope) -> AppResult<HttpResponse> {
    result_page(scope).await
}
