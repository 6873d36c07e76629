//! Setup > Manage Alerts: per event, the administrators of the subtree and
//! the other addresses told of it by email. Without the edit privilege the
//! page only lists who is on each event.

use std::collections::HashSet;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::alerts::{self, AlertEvent, Candidate, Recipients};
use crate::domain::privileges::{Privilege, p};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

/// One administrator checkbox.
struct Row {
    admin: Candidate,
    checked: bool,
}

/// One event's section of the page.
struct EventSection {
    event: AlertEvent,
    rows: Vec<Row>,
    /// The other addresses, one a line.
    addresses: String,
    /// Who is on the event now (the read-only view lists them).
    saved: Recipients,
    /// More than 200 administrators: only the chosen and those found.
    searchable: bool,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "setup/manage_alerts.html")]
struct Page {
    chrome: Chrome,
    action: String,
    editable: bool,
    q: String,
    sections: Vec<EventSection>,
}

/// What was posted for one event, to show again with its errors.
struct Posted {
    event: AlertEvent,
    admin_ids: Vec<i64>,
    addresses: String,
    errors: FieldErrors,
}

/// Each event's saved recipients and the administrators to offer; the
/// posted event shows what was posted instead of what is saved.
async fn page(
    state: &State,
    session: &Session,
    scope: &Scope,
    q: String,
    posted: Option<Posted>,
) -> AppResult<Page> {
    let org = scope.org().clone();
    let search = q.clone();
    let (chrome, loaded) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Setup,
        t("setup-alerts-title"),
        move |conn| {
            let candidates = alerts::candidates(conn, &org, &search)?;
            AlertEvent::ALL
                .iter()
                .map(|e| Ok((*e, alerts::recipients_of(conn, &org, *e)?)))
                .collect::<AppResult<Vec<_>>>()
                .map(|saved| (candidates, saved))
        },
    )
    .await?;
    let (candidates, saved) = loaded;
    let sections = saved
        .into_iter()
        .map(|(event, saved)| {
            let (checked, addresses, errors) = match &posted {
                Some(p) if p.event == event => (
                    p.admin_ids.iter().copied().collect::<HashSet<_>>(),
                    p.addresses.clone(),
                    p.errors.clone(),
                ),
                _ => (
                    saved.admin_ids().into_iter().collect(),
                    saved.addresses.join("\n"),
                    FieldErrors::new(),
                ),
            };
            // The chosen ones first, always, then those offered.
            let mut shown = HashSet::new();
            let rows = saved
                .admins
                .iter()
                .chain(candidates.admins.iter())
                .filter(|a| shown.insert(a.id))
                .map(|a| Row {
                    admin: a.clone(),
                    checked: checked.contains(&a.id),
                })
                .collect();
            EventSection {
                event,
                rows,
                addresses,
                saved,
                searchable: candidates.searchable,
                errors,
            }
        })
        .collect();
    Ok(Page {
        chrome,
        action: format!("/orgs/{}/setup/manage-alerts", scope.org().display_id),
        editable: scope.has(Privilege::SetupEditManageAlerts),
        q,
        sections,
    })
}

#[derive(Deserialize)]
pub struct Query {
    #[serde(default)]
    q: String,
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewManageAlerts>,
    query: web::Query<Query>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner().q.trim().to_owned();
    render(&page(&state, &session, &auth, q, None).await?)
}

/// The submitted form: `event`, repeated `admins`, `addresses` and the
/// search `q` the list was shown with.
fn parse_form(body: &[u8]) -> AppResult<(AlertEvent, Vec<i64>, String, String)> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest(msg!("setup-form-unreadable")))?;
    let (mut event, mut ids, mut addresses, mut q) =
        (None, Vec::new(), String::new(), String::new());
    for (key, value) in pairs {
        match key.as_str() {
            "event" => event = AlertEvent::from_key(&value),
            "admins" => ids.push(
                value
                    .parse()
                    .map_err(|_| AppError::BadRequest(msg!("setup-alerts-choose-from-list")))?,
            ),
            "addresses" => addresses = value,
            "q" => q = value.trim().to_owned(),
            _ => {}
        }
    }
    let event = event.ok_or_else(|| AppError::BadRequest(msg!("setup-alerts-choose-event")))?;
    Ok((event, ids, addresses, q))
}

pub async fn save(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditManageAlerts>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let (event, admin_ids, addresses, q) = parse_form(&body)?;
    let acting = auth.acting().clone();
    let (ids, text) = (admin_ids.clone(), addresses.clone());
    let result = state
        .db
        .run(move |conn| alerts::save(conn, &acting, event, &ids, &text))
        .await;
    match result {
        Ok(saved) => {
            let n = saved.total();
            flash::success(
                &session,
                msg!("setup-alerts-saved", count = n, event = event.shown()),
            );
            Ok(see_other(&format!(
                "/orgs/{}/setup/manage-alerts",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let posted = Posted {
                event,
                admin_ids,
                addresses,
                errors,
            };
            let page = page(&state, &session, &auth, q, Some(posted)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}
