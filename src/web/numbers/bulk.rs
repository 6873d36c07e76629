//! What the list's buttons do to the checked numbers: Set Tag / Clear Tag,
//! Reserve, Make Available, and Delete (after a confirmation page).

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::list::ListQuery;
use super::{Pairs, list_url, numbers_word, report};
use crate::auth::{Authorized, Scope};
use crate::domain::numbers::edits::{self, Ticked};
use crate::domain::numbers::input::{NAMED, Tag};
use crate::domain::numbers::{Number, Status};
use crate::domain::privileges::p;
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

/// The list form as posted: the ticked numbers and the view to return to.
pub(super) struct BulkForm {
    pub pairs: Pairs,
    pub ticked: Ticked,
    pub back: ListQuery,
}

impl BulkForm {
    pub fn parse(body: &[u8]) -> AppResult<Self> {
        let pairs = Pairs::parse(body)?;
        let ticked = Ticked::parse(pairs.values("ids"))?;
        let back = ListQuery {
            q: pairs.value("q"),
            status: pairs.value("status"),
            tag: pairs.value("tag"),
            page: pairs.value("page").parse().ok(),
        };
        Ok(Self {
            pairs,
            ticked,
            back,
        })
    }

    pub fn back_url(&self, scope: &Scope) -> String {
        list_url(scope, &self.back.encoded_with_page())
    }
}

async fn set_status(
    state: State,
    session: Session,
    scope: &Scope,
    body: web::Bytes,
    to: Status,
) -> AppResult<HttpResponse> {
    let form = BulkForm::parse(&body)?;
    let back = form.back_url(scope);
    let acting = scope.acting().clone();
    let ticked = form.ticked;
    let outcome = state
        .db
        .run(move |conn| edits::set_status(conn, &acting, &ticked, to))
        .await?;
    let done = match to {
        Status::Reserved => crate::msg!(
            "numbers-reserved-done",
            numbers = numbers_word(outcome.count())
        ),
        _ => crate::msg!(
            "numbers-made-available-done",
            numbers = numbers_word(outcome.count())
        ),
    };
    report(&session, &outcome, done, to.label());
    Ok(see_other(&back))
}

pub async fn reserve(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    set_status(state, session, &auth, body, Status::Reserved).await
}

pub async fn unreserve(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    set_status(state, session, &auth, body, Status::Available).await
}

pub async fn tag(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = BulkForm::parse(&body)?;
    let back = form.back_url(&auth);
    let clear = form.pairs.value("clear") == "1";
    let tag = if clear {
        None
    } else {
        match Tag::parse_msg(&form.pairs.value("new_tag")) {
            Ok(Some(tag)) => Some(tag),
            Ok(None) => {
                flash::error(&session, crate::msg!("numbers-type-tag"));
                return Ok(see_other(&back));
            }
            Err(message) => {
                flash::error(
                    &session,
                    crate::msg!("numbers-tag-not-set", reason = message),
                );
                return Ok(see_other(&back));
            }
        }
    };
    let acting = auth.acting().clone();
    let ticked = form.ticked;
    let chosen = tag.clone();
    let outcome = state
        .db
        .run(move |conn| edits::set_tag(conn, &acting, &ticked, chosen.as_ref()))
        .await?;
    let done = match &tag {
        Some(tag) => crate::msg!(
            "numbers-tag-set-done",
            tag = tag.as_str(),
            numbers = numbers_word(outcome.count())
        ),
        None => crate::msg!(
            "numbers-tag-cleared-done",
            numbers = numbers_word(outcome.count())
        ),
    };
    report(&session, &outcome, done, "tagged");
    Ok(see_other(&back))
}

#[derive(Template)]
#[template(path = "numbers/delete.html")]
struct ConfirmPage {
    chrome: Chrome,
    /// What the Yes button posts to, with `hidden` fields.
    action: String,
    hidden: Vec<(String, String)>,
    cancel: String,
    deletable: Vec<Number>,
    named: usize,
    assigned: usize,
    org_label: String,
}

impl ConfirmPage {
    /// The numbers named on the page; the rest are counted.
    fn shown(&self) -> &[Number] {
        &self.deletable[..self.deletable.len().min(self.named)]
    }

    fn more(&self) -> usize {
        self.deletable.len().saturating_sub(self.named)
    }
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = BulkForm::parse(&body)?;
    let back = form.back_url(&auth);
    if form.ticked.is_empty() {
        flash::error(&session, crate::msg!("numbers-select-to-delete"));
        return Ok(see_other(&back));
    }
    if form.pairs.value("confirm") == "yes" {
        let acting = auth.acting().clone();
        let ticked = form.ticked;
        let outcome = state
            .db
            .run(move |conn| edits::delete(conn, &acting, &ticked))
            .await?;
        let done = crate::msg!(
            "numbers-deleted-done",
            numbers = numbers_word(outcome.count())
        );
        report(&session, &outcome, done, "deleted");
        return Ok(see_other(&back));
    }
    let org = auth.org().clone();
    let ticked = form.ticked.clone();
    let (chrome, found) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Setup,
        crate::i18n::t("numbers-delete-title"),
        move |conn| edits::selected(conn, &org, &ticked),
    )
    .await?;
    let (assigned, deletable): (Vec<Number>, Vec<Number>) = found
        .into_iter()
        .partition(|n| n.status() == Status::Assigned);
    let mut hidden: Vec<(String, String)> = form
        .ticked
        .ids()
        .iter()
        .map(|id| ("ids".to_owned(), id.to_string()))
        .collect();
    for (k, v) in [
        ("q", &form.back.q),
        ("status", &form.back.status),
        ("tag", &form.back.tag),
    ] {
        hidden.push((k.to_owned(), v.clone()));
    }
    if let Some(page) = form.back.page {
        hidden.push(("page".into(), page.to_string()));
    }
    render(&ConfirmPage {
        action: format!("{}/numbers/delete", chrome.base),
        chrome,
        hidden,
        cancel: back,
        named: NAMED,
        assigned: assigned.len(),
        deletable,
        org_label: auth.org().label(),
    })
}
