//! Bulk operations on the accounts list, as thin adapters over
//! `domain::account_bulk`: the list posts the ticked ids (or "all matching
//! the filter") with the action; when the header box selects more than the
//! page showed, that is said first; then a confirmation page says what will
//! happen to how many accounts; then the run, and the Batch report. Move has
//! its own pages (`GET/POST /accounts/move`) with the pre-flight.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::Choice;
use super::bulk_kind::Kind;
use super::list::ListQuery;
use crate::auth::Scope;
use crate::db::DbConn;
use crate::domain::account_bulk::{self, Action, EditChange, Preflight, Selection, Ticked};
use crate::domain::accounts::{Account, Filter, choices};
use crate::domain::acting::Acting;
use crate::domain::features::Feature;
use crate::domain::orgs;
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};
use crate::i18n::{filters, t};
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::{OrgOption, org_options};
use crate::web::{State, render, see_other};

/// The selection as posted: the list's filter, the ticked ids, the ids of
/// the page shown, and whether the header box was ticked.
#[derive(Clone, Default)]
pub struct SelectionForm {
    pub all: bool,
    pub query: ListQuery,
    pub ids: Vec<i64>,
    pub page_ids: Vec<i64>,
}

/// The posted (or queried) fields as pairs.
pub struct Fields(Vec<(String, String)>);

impl Fields {
    fn parse(bytes: &[u8]) -> AppResult<Self> {
        serde_urlencoded::from_bytes(bytes)
            .map(Fields)
            .map_err(|_| AppError::BadRequest(crate::msg!("accounts-form-unreadable")))
    }

    fn value(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

impl SelectionForm {
    fn read(f: &Fields) -> AppResult<Self> {
        let s = |k: &str| f.value(k).unwrap_or_default().to_owned();
        Ok(SelectionForm {
            all: f.value("all") == Some("1"),
            query: ListQuery {
                q: s("q"),
                status: s("status"),
                invitation: s("invitation"),
                org: s("org"),
                permissions: s("permissions"),
                number: s("number"),
                page: None,
            },
            ids: Ticked::parse(f.values("ids"))?.ids().to_vec(),
            page_ids: Ticked::parse(f.values("page_ids"))?.ids().to_vec(),
        })
    }

    /// Hidden fields that carry this selection to the next page.
    pub fn hidden(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.all {
            out.push(("all", "1".to_owned()));
            let q = &self.query;
            for (k, v) in [
                ("q", &q.q),
                ("status", &q.status),
                ("invitation", &q.invitation),
                ("org", &q.org),
                ("permissions", &q.permissions),
                ("number", &q.number),
            ] {
                if !v.is_empty() {
                    out.push((k, v.clone()));
                }
            }
        } else {
            out.extend(self.ids.iter().map(|id| ("ids", id.to_string())));
        }
        out
    }

    fn query_string(&self) -> String {
        serde_urlencoded::to_string(self.hidden()).unwrap_or_default()
    }
}

/// The typed selection: the filter's org resolved in the subtree (an org
/// from elsewhere matches nothing).
fn selection(conn: &mut DbConn, acting: &Acting, form: &SelectionForm) -> AppResult<Selection> {
    if !form.all {
        return Ok(Selection::Ticked(Ticked::parse(
            form.ids
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        )?));
    }
    Ok(Selection::AllMatching(filter(conn, acting, &form.query)?))
}

fn filter(conn: &mut DbConn, acting: &Acting, query: &ListQuery) -> AppResult<Filter> {
    let org_id = if query.org.is_empty() {
        None
    } else {
        Some(
            acting
                .org()
                .find_below(conn, &query.org)?
                .map_or(0, |o| o.id),
        )
    };
    Ok(query.filter(org_id))
}

#[derive(Template)]
#[template(path = "accounts/bulk_select_all.html")]
struct SelectAllPage {
    chrome: Chrome,
    kind: Kind,
    total: usize,
    sel: SelectionForm,
}

pub struct FeatureChoice {
    pub key: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "accounts/bulk_confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    kind: Kind,
    sel: SelectionForm,
    total: usize,
    /// The first accounts, named.
    named: Vec<Account>,
    /// Saved or invited accounts with a username (Resend Invite).
    invitable: usize,
    with_number: usize,
    profiles: Vec<Choice>,
    features: Vec<FeatureChoice>,
    error: Option<String>,
}

const NAMED: usize = 20;

/// `POST /accounts/bulk`: from the list's bulk buttons.
pub async fn bulk(
    state: State,
    session: Session,
    scope: Scope,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let fields = Fields::parse(&body)?;
    let kind = fields
        .value("action")
        .and_then(Kind::parse)
        .ok_or_else(|| AppError::BadRequest(crate::msg!("accounts-bulk-choose-action")))?;
    scope.require(kind.privilege())?;
    let mut sel = SelectionForm::read(&fields)?;
    let list = format!("/orgs/{}/accounts", scope.org().display_id);
    match fields.value("selection") {
        Some("page") => {
            sel.all = false;
            sel.ids = sel.page_ids.clone();
        }
        Some("filter") => sel.all = true,
        _ => {}
    }
    let acting = scope.acting().clone();
    let chosen = sel.clone();
    let targets = state
        .db
        .run(move |conn| {
            let selection = selection(conn, &acting, &chosen)?;
            account_bulk::targets(conn, &acting, &selection)
        })
        .await?;
    if targets.is_empty() {
        crate::web::flash::error(&session, crate::msg!("accounts-select-first"));
        return Ok(see_other(&list));
    }
    // The header box may select more than the page showed: say so first.
    if sel.all && fields.value("selection").is_none() && targets.len() > sel.page_ids.len() {
        let mut chrome = Chrome::load(
            &state,
            &scope,
            &session,
            Section::Accounts,
            t("nav-accounts"),
        )
        .await?;
        chrome.title = crate::msg!("accounts-bulk-all-title", action = kind.label()).to_string();
        return render(&SelectAllPage {
            chrome,
            kind,
            total: targets.len(),
            sel,
        });
    }
    if kind == Kind::Move {
        return Ok(see_other(&format!("{list}/move?{}", sel.query_string())));
    }
    confirm_page(&state, &session, &scope, kind, sel, targets, None).await
}

async fn confirm_page(
    state: &State,
    session: &Session,
    scope: &Scope,
    kind: Kind,
    sel: SelectionForm,
    targets: Vec<Account>,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let org = scope.org().clone();
    let (mut chrome, profiles) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Accounts,
        t("nav-accounts"),
        move |conn| choices::profiles_in_subtree(conn, &org),
    )
    .await?;
    chrome.title = crate::msg!(
        "accounts-bulk-title",
        action = kind.label(),
        count = targets.len()
    )
    .to_string();
    let invitable = targets.iter().filter(|a| a.may_be_invited()).count();
    let ids: Vec<i64> = targets.iter().map(|a| a.id).collect();
    let with_number = if kind == Kind::Delete {
        state
            .db
            .run(move |conn| {
                let mut n = 0;
                for id in ids {
                    if crate::domain::numbers::of_account(conn, id)?.is_some() {
                        n += 1;
                    }
                }
                Ok(n)
            })
            .await?
    } else {
        0
    };
    let profiles = profiles
        .into_iter()
        .map(|(p, org_name)| {
            let label = if p.org_id == scope.org().id {
                p.name
            } else {
                format!("{} ({org_name})", p.name)
            };
            Choice::new(p.id.to_string(), label, "")
        })
        .collect();
    let features = Feature::ALL
        .iter()
        .filter(|f| f.restricted_by().is_none_or(|p| scope.has(p)))
        .map(|f| FeatureChoice {
            key: f.key(),
            label: f.shown(),
        })
        .collect();
    let total = targets.len();
    let mut named = targets;
    named.truncate(NAMED);
    let response = render(&ConfirmPage {
        chrome,
        kind,
        sel,
        total,
        named,
        invitable,
        with_number,
        profiles,
        features,
        error: error.clone(),
    })?;
    if error.is_some() {
        let mut response = response;
        *response.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    Ok(response)
}

/// `POST /accounts/bulk/run`: the confirmation page's button.
pub async fn bulk_run(
    state: State,
    session: Session,
    scope: Scope,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let fields = Fields::parse(&body)?;
    let kind = fields
        .value("action")
        .and_then(Kind::parse)
        .filter(|k| *k != Kind::Move)
        .ok_or_else(|| AppError::BadRequest(crate::msg!("accounts-bulk-choose-action")))?;
    scope.require(kind.privilege())?;
    let sel = SelectionForm::read(&fields)?;
    let action = match kind {
        Kind::Invite => Action::ResendInvite,
        Kind::Delete => Action::Delete,
        Kind::Edit => {
            let mut change = EditChange {
                user_permissions_id: fields
                    .value("user_permissions_id")
                    .and_then(|v| v.parse().ok()),
                ..EditChange::default()
            };
            for f in Feature::ALL {
                match fields.value(&format!("feature_{}", f.key())) {
                    Some("on") => change.switch_on.push(f.key().into()),
                    Some("off") => change.switch_off.push(f.key().into()),
                    _ => {}
                }
            }
            Action::Edit(change)
        }
        Kind::Move => return Err(AppError::NotFound),
    };
    run(&state, &session, &scope, action, sel, kind).await
}

async fn run(
    state: &State,
    session: &Session,
    scope: &Scope,
    action: Action,
    sel: SelectionForm,
    kind: Kind,
) -> AppResult<HttpResponse> {
    let acting = scope.acting().clone();
    let links = state.links();
    let chosen = sel.clone();
    let started = state
        .db
        .run(move |conn| {
            let selection = selection(conn, &acting, &chosen)?;
            account_bulk::start(conn, &acting, &action, &selection, &links)
        })
        .await;
    let started = match started {
        Ok(s) => s,
        Err(AppError::Conflict(message)) if kind != Kind::Move => {
            let acting = scope.acting().clone();
            let chosen = sel.clone();
            let targets = state
                .db
                .run(move |conn| {
                    let selection = selection(conn, &acting, &chosen)?;
                    account_bulk::targets(conn, &acting, &selection)
                })
                .await?;
            return confirm_page(
                state,
                session,
                scope,
                kind,
                sel,
                targets,
                Some(message.to_string()),
            )
            .await;
        }
        Err(e) => return Err(e),
    };
    if started.wake {
        state.mailer.wake();
    }
    Ok(see_other(&format!(
        "/orgs/{}/reports/batches/{}",
        scope.org().display_id,
        started.batch_id
    )))
}

#[derive(Template)]
#[template(path = "accounts/move.html")]
struct MovePage<'a> {
    chrome: Chrome,
    sel: SelectionForm,
    total: usize,
    dests: Vec<OrgOption<'a>>,
    to: String,
    dest_label: String,
    preflight: Option<Preflight>,
    refused: bool,
}

impl MovePage<'_> {
    /// A feature of the pre-flight (its English label) in the reader's language.
    pub fn feature_shown(&self, label: &str) -> String {
        Feature::ALL
            .iter()
            .find(|f| f.label() == label)
            .map_or_else(|| label.to_owned(), |f| f.shown())
    }

    pub fn refusal(&self) -> String {
        t(account_bulk::MOVE_REFUSED_ID)
    }
}

/// `GET /accounts/move?<selection>&to=<org>`: choose the destination and
/// see the pre-flight; nothing changes.
pub async fn move_form(
    state: State,
    session: Session,
    scope: Scope,
    query: web::Query<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    scope.require(Privilege::AccountsMove)?;
    let fields = Fields(query.into_inner());
    let sel = SelectionForm::read(&fields)?;
    let to = fields.value("to").unwrap_or_default().to_owned();
    move_page(&state, &session, &scope, sel, to, false).await
}

async fn move_page(
    state: &State,
    session: &Session,
    scope: &Scope,
    sel: SelectionForm,
    to: String,
    refused: bool,
) -> AppResult<HttpResponse> {
    let acting = scope.acting().clone();
    let chosen = sel.clone();
    let wanted = to.clone();
    let (mut chrome, (targets, subtree, dest)) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Accounts,
        t("accounts-move-title"),
        move |conn| {
            let selection = selection(conn, &acting, &chosen)?;
            let targets = account_bulk::targets(conn, &acting, &selection)?;
            let subtree = orgs::tree(conn, acting.org())?;
            let dest = if wanted.is_empty() {
                None
            } else {
                match acting.org().find_below(conn, &wanted)? {
                    Some(d) => Some((d.label(), account_bulk::preflight(conn, &d, &targets)?)),
                    None => None,
                }
            };
            Ok((targets, subtree, dest))
        },
    )
    .await?;
    if targets.is_empty() {
        crate::web::flash::error(session, crate::msg!("accounts-move-select-first"));
        return Ok(see_other(&format!(
            "/orgs/{}/accounts",
            scope.org().display_id
        )));
    }
    chrome.title = crate::msg!("accounts-move-count-title", count = targets.len()).to_string();
    // Orgs where every selected account already is are no destination.
    let first = targets[0].org_id;
    let all_in_one = targets.iter().all(|a| a.org_id == first);
    let dests = org_options(
        subtree
            .iter()
            .filter(|p| !(all_in_one && p.org.id == first)),
        &to,
    );
    let (dest_label, preflight) = match dest {
        Some((label, pf)) => (label, Some(pf)),
        None => (String::new(), None),
    };
    let response = render(&MovePage {
        chrome,
        total: targets.len(),
        sel,
        dests,
        to,
        dest_label,
        preflight,
        refused,
    })?;
    if refused {
        let mut response = response;
        *response.status_mut() = actix_web::http::StatusCode::CONFLICT;
        return Ok(response);
    }
    Ok(response)
}

/// `POST /accounts/move`: the pre-flight page's Move button.
pub async fn move_run(
    state: State,
    session: Session,
    scope: Scope,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    scope.require(Privilege::AccountsMove)?;
    let fields = Fields::parse(&body)?;
    let sel = SelectionForm::read(&fields)?;
    let to = fields.value("to").unwrap_or_default().to_owned();
    let acting = scope.acting().clone();
    let wanted = to.clone();
    let dest = state
        .db
        .run(move |conn| acting.org().find_below(conn, &wanted))
        .await?;
    let Some(dest) = dest else {
        return move_page(&state, &session, &scope, sel, String::new(), false).await;
    };
    let acting = scope.acting().clone();
    let links = state.links();
    let chosen = sel.clone();
    let action = Action::Move { to: dest.id };
    let started = state
        .db
        .run(move |conn| {
            let selection = selection(conn, &acting, &chosen)?;
            account_bulk::start(conn, &acting, &action, &selection, &links)
        })
        .await;
    match started {
        Ok(started) => {
            if started.wake {
                state.mailer.wake();
            }
            Ok(see_other(&format!(
                "/orgs/{}/reports/batches/{}",
                scope.org().display_id,
                started.batch_id
            )))
        }
        Err(AppError::Conflict(message)) if message.id() == Some(account_bulk::MOVE_REFUSED_ID) => {
            move_page(&state, &session, &scope, sel, to, true).await
        }
        Err(AppError::Conflict(message)) => {
            crate::web::flash::error(&session, message);
            Ok(see_other(&format!(
                "/orgs/{}/accounts",
                scope.org().display_id
            )))
        }
        Err(e) => Err(e),
    }
}
