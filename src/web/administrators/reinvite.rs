//! Re-invite: send the invitation again to the ticked administrators (or all
//! on the filtered list). Re-inviting an active administrator resets their
//! password and sessions (seed 003), so it needs an explicit confirmation.

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::{Deserialize, Serialize};

use super::list::ListQuery;
use super::{Action, may};
use crate::auth::Scope;
use crate::db;
use crate::domain::admin_directory;
use crate::domain::admins::{Administrator, KIND_API, Status};
use crate::domain::audit::{self, Event};
use crate::domain::invitations::{self, Inviter};
use crate::domain::privileges::Privilege;
use crate::domain::{orgs, roles};
use crate::error::{AppError, AppResult};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render, see_other};

const SESSION_KEY: &str = "reinvite_status";

/// Re-inviting goes with the Delete privilege of the record's kind (DESIGN.md).
pub const REINVITE: [Privilege; 2] = [Privilege::AdministratorsDelete, Privilege::ApiUsersDelete];

/// One line of the invitation status (and of the downloadable CSV).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusLine {
    pub name: String,
    pub email: String,
    pub result: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "administrators/reinvite_confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    active: Vec<Administrator>,
    ids: Vec<i64>,
}

#[derive(Template)]
#[template(path = "administrators/reinvite_result.html")]
struct ResultPage {
    chrome: Chrome,
    lines: Vec<StatusLine>,
    sent: usize,
    skipped: usize,
}

fn pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest("The form could not be read.".into()))
}

fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn may_reinvite(scope: &Scope, admin: &Administrator) -> bool {
    may(scope, &admin.kind, Action::Delete)
}

pub async fn reinvite(
    state: State,
    session: Session,
    scope: Scope,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    scope.require_any(&REINVITE)?;
    let pairs = pairs(&body)?;
    let org = scope.org().clone();
    let targets: Vec<Administrator> = if value(&pairs, "all") == Some("1") {
        let query = ListQuery {
            q: value(&pairs, "q").unwrap_or("").into(),
            role: value(&pairs, "role").unwrap_or("").into(),
            status: value(&pairs, "status").unwrap_or("").into(),
            page: None,
        };
        let filter = query.filter(&scope);
        state
            .db
            .run(move |conn| admin_directory::matching(conn, &org, &filter))
            .await?
    } else {
        let ids: Vec<i64> = pairs
            .iter()
            .filter(|(k, _)| k == "ids")
            .filter_map(|(_, v)| v.parse().ok())
            .collect();
        state
            .db
            .run(move |conn| admin_directory::in_subtree(conn, &org, &ids))
            .await?
    };
    let list = format!("/orgs/{}/administrators", scope.org().display_id);
    if targets.is_empty() {
        crate::web::flash::error(&session, "Select the administrators to re-invite.");
        return Ok(see_other(&list));
    }
    let confirm = value(&pairs, "confirm_active");
    let active: Vec<Administrator> = targets
        .iter()
        .filter(|a| a.status() == Status::Active)
        .cloned()
        .collect();
    if !active.is_empty() && confirm.is_none() {
        let mut chrome = Chrome::load(
            &state,
            &scope,
            &session,
            Section::Administrators,
            "Re-invite",
        )
        .await?;
        chrome.title = "Re-invite active administrators?".into();
        let ids = targets.iter().map(|a| a.id).collect();
        return render(&ConfirmPage {
            chrome,
            active,
            ids,
        });
    }
    let include_active = confirm == Some("yes");

    let mut lines = Vec::with_capacity(targets.len());
    for admin in targets {
        let line = reinvite_one(&state, &scope, admin, include_active).await?;
        lines.push(line);
    }
    state.mailer.wake();
    session
        .insert(SESSION_KEY, &lines)
        .map_err(AppError::internal)?;
    Ok(see_other(&format!("{list}/reinvite")))
}

async fn reinvite_one(
    state: &State,
    scope: &Scope,
    admin: Administrator,
    include_active: bool,
) -> AppResult<StatusLine> {
    let mut line = StatusLine {
        name: admin.full_name(),
        email: admin.email.clone(),
        result: "Skipped".into(),
        message: String::new(),
    };
    if !may_reinvite(scope, &admin) {
        line.message = "Your role does not allow re-inviting this user.".into();
        return Ok(line);
    }
    let status = admin.status();
    match status {
        Status::LoginSuspended | Status::AccountSuspended => {
            line.message = format!("{}: lift the suspension first.", status.label());
            return Ok(line);
        }
        Status::Active if !include_active => {
            line.message = "Already active; not re-invited.".into();
            return Ok(line);
        }
        _ => {}
    }
    let role_id = admin.role_id;
    let assigner = scope.privileges().clone();
    let actor = scope.actor();
    let inviter_name = scope.admin().full_name();
    let base_url = state.base_url.clone();
    let ttl = state.config.invite_ttl;
    let was_active = status == Status::Active;
    let outcome = state
        .db
        .run(move |conn| {
            let role = roles::by_id(conn, role_id)?;
            if admin.kind != KIND_API && !roles::privileges_of(conn, &role)?.is_subset_of(&assigner)
            {
                return Ok(false);
            }
            db::transaction(conn, |conn| {
                if was_active {
                    invitations::reinvite_active(conn, admin.id)?;
                }
                let org = orgs::by_id(conn, admin.org_id)?;
                let inviter = Inviter {
                    name: &inviter_name,
                    base_url: &base_url,
                    ttl,
                };
                invitations::send_invitation(conn, &admin, &org.name, &inviter)?;
                let event = Event {
                    org_id: Some(admin.org_id),
                    action: "administrator_reinvited",
                    target: &format!("{} <{}>", admin.full_name(), admin.email),
                    details: if was_active {
                        "was active: password and sessions reset".into()
                    } else {
                        "invitation sent again".into()
                    },
                };
                audit::record(conn, &actor, event)?;
                Ok(true)
            })
        })
        .await?;
    if outcome {
        line.result = "Sent".into();
        line.message = if was_active {
            "Invitation sent; the password was reset and sessions ended.".into()
        } else {
            "Invitation sent.".into()
        };
    } else {
        line.message = "Your role does not allow re-inviting this user.".into();
    }
    Ok(line)
}

fn stored(session: &Session) -> Vec<StatusLine> {
    session.get(SESSION_KEY).ok().flatten().unwrap_or_default()
}

pub async fn result_page(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&REINVITE)?;
    let lines = stored(&session);
    let sent = lines.iter().filter(|l| l.result == "Sent").count();
    let skipped = lines.len() - sent;
    let chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Administrators,
        "Re-invite",
    )
    .await?;
    render(&ResultPage {
        chrome,
        lines,
        sent,
        skipped,
    })
}

/// A spreadsheet cannot run a cell that starts like a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

pub async fn reinvite_status_csv(session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&REINVITE)?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["name", "email", "result", "message"])
        .map_err(AppError::internal)?;
    for line in stored(&session) {
        let record = [&line.name, &line.email, &line.result, &line.message].map(|c| neutralise(c));
        writer.write_record(&record).map_err(AppError::internal)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"invitation-status.csv\"",
        ))
        .body(body))
}
