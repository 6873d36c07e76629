//! Allocate to a Sub-Organization and Withdraw to the parent: the checked
//! numbers (from the list), or "N Available numbers (with tag T)" from a
//! page of their own.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::bulk::BulkForm;
use super::list::Choice;
use super::{list_url, numbers_word, report};
use crate::auth::{Authorized, Scope};
use crate::domain::numbers::input::Tag;
use crate::domain::numbers::moves::{Moved, Selection, may_withdraw};
use crate::domain::numbers::{self as domain, available_count, available_tags};
use crate::domain::orgs;
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::{OrgOption, org_options};
use crate::web::{State, flash, render_status, see_other};

/// The most numbers one "N Available numbers" move may name.
const MAX_COUNT: i64 = 1_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Allocate,
    Withdraw,
}

#[derive(Template)]
#[template(path = "numbers/move.html")]
struct MovePage<'a> {
    chrome: Chrome,
    heading: String,
    action: String,
    intro: String,
    button: String,
    /// Allocate: the sub-orgs to choose from.
    targets: Vec<OrgOption<'a>>,
    tags: Vec<Choice>,
    count: String,
    errors: FieldErrors,
    available: i64,
    no_targets: bool,
}

/// The typed values of the page, kept when it is shown again.
#[derive(Default, Clone)]
struct Typed {
    count: String,
    tag: String,
    to_org: String,
}

async fn move_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    kind: Kind,
    typed: Typed,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    if kind == Kind::Withdraw && !may_withdraw(scope) {
        return Err(AppError::Conflict(crate::msg!(
            "numbers-withdraw-parent-only",
            org = scope.org().name.as_str()
        )));
    }
    let org = scope.org().clone();
    let heading = crate::i18n::t(match kind {
        Kind::Allocate => "numbers-allocate-title",
        Kind::Withdraw => "numbers-withdraw-title",
    });
    let (chrome, (available, tags, below, parent)) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Setup,
        heading.clone(),
        move |conn| {
            let available = available_count(conn, &org)?;
            let tags = available_tags(conn, &org)?;
            let below = match kind {
                // Allocate: to the orgs below (`orgs::below_root` of its tree).
                Kind::Allocate => orgs::tree(conn, &org)?,
                Kind::Withdraw => std::sync::Arc::from([]),
            };
            let parent = match org.parent_id {
                Some(id) => Some(orgs::by_id(conn, id)?),
                None => None,
            };
            Ok((available, tags, below, parent))
        },
    )
    .await?;
    let here = scope.org().label();
    let n = super::grouped(available.unsigned_abs());
    let intro = match (kind, &parent) {
        (Kind::Withdraw, Some(parent)) => crate::msg!(
            "numbers-withdraw-intro",
            here = here.as_str(),
            parent = parent.label(),
            n = n
        ),
        _ => crate::msg!("numbers-allocate-intro", here = here.as_str(), n = n),
    }
    .to_string();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let no_targets = kind == Kind::Allocate && orgs::below_root(&below).is_empty();
    let page = MovePage {
        no_targets,
        action: format!(
            "{}/numbers/{}",
            chrome.base,
            match kind {
                Kind::Allocate => "allocate",
                Kind::Withdraw => "withdraw",
            }
        ),
        chrome,
        heading,
        intro,
        button: crate::i18n::t(match kind {
            Kind::Allocate => "numbers-allocate",
            Kind::Withdraw => "numbers-withdraw",
        }),
        targets: org_options(orgs::below_root(&below), &typed.to_org),
        tags: tags
            .into_iter()
            .map(|t| Choice {
                selected: typed.tag == t,
                label: t.clone(),
                value: t,
            })
            .collect(),
        count: typed.count,
        errors,
        available,
    };
    render_status(status, &page)
}

pub async fn allocate_form(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
) -> AppResult<HttpResponse> {
    let typed = Typed::default();
    move_page(
        &state,
        &auth,
        &session,
        Kind::Allocate,
        typed,
        FieldErrors::new(),
    )
    .await
}

pub async fn withdraw_form(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
) -> AppResult<HttpResponse> {
    let typed = Typed::default();
    move_page(
        &state,
        &auth,
        &session,
        Kind::Withdraw,
        typed,
        FieldErrors::new(),
    )
    .await
}

/// "N Available numbers (with tag T)" as typed, or the messages.
fn parse_count(typed: &Typed) -> Result<Selection, FieldErrors> {
    let mut errors = FieldErrors::new();
    let count = match typed.count.trim().replace(',', "").parse::<i64>() {
        Ok(n) if (1..=MAX_COUNT).contains(&n) => Some(n),
        _ => {
            errors.add(
                "count",
                crate::msg!(
                    "numbers-enter-count",
                    max = super::grouped(MAX_COUNT.unsigned_abs())
                ),
            );
            None
        }
    };
    let tag = errors.check("tag", Tag::parse_msg(&typed.tag));
    match (count, tag) {
        (Some(count), Some(tag)) => Ok(Selection::Available { count, tag }),
        _ => Err(errors),
    }
}

async fn submit(
    state: State,
    session: Session,
    scope: &Scope,
    body: web::Bytes,
    kind: Kind,
) -> AppResult<HttpResponse> {
    let form = BulkForm::parse(&body)?;
    let by_count = form.pairs.value("mode") == "count";
    let back = if by_count {
        list_url(scope, "")
    } else {
        form.back_url(scope)
    };
    let typed = Typed {
        count: form.pairs.value("count"),
        tag: form.pairs.value("with_tag"),
        to_org: form.pairs.value("to_org"),
    };
    let selection = if by_count {
        match parse_count(&typed) {
            Ok(selection) => selection,
            Err(errors) => return move_page(&state, scope, &session, kind, typed, errors).await,
        }
    } else {
        if form.ticked.is_empty() {
            flash::error(&session, crate::msg!("numbers-select-first"));
            return Ok(see_other(&back));
        }
        Selection::Ticked(form.ticked)
    };
    let acting = scope.acting().clone();
    let to_org = typed.to_org.clone();
    let chosen = selection.clone();
    let result = state
        .db
        .run(move |conn| match kind {
            Kind::Allocate => domain::allocate(conn, &acting, &to_org, &chosen),
            Kind::Withdraw => domain::withdraw(conn, &acting, &chosen),
        })
        .await;
    let moved = match result {
        Ok(moved) => moved,
        Err(AppError::Invalid(errors)) if by_count => {
            return move_page(&state, scope, &session, kind, typed, errors).await;
        }
        Err(AppError::Invalid(errors)) => {
            flash::error(
                &session,
                errors
                    .get("to_org")
                    .cloned()
                    .unwrap_or_else(|| crate::msg!("numbers-choose-suborg")),
            );
            return Ok(see_other(&back));
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            return Ok(see_other(&back));
        }
        Err(e) => return Err(e),
    };
    say(&session, kind, &moved, &selection);
    Ok(see_other(&back))
}

fn say(session: &Session, kind: Kind, moved: &Moved, selection: &Selection) {
    let n = numbers_word(moved.outcome.count());
    let done = match kind {
        Kind::Allocate => crate::msg!("numbers-allocated-done", numbers = n, to = moved.to.label()),
        Kind::Withdraw => crate::msg!(
            "numbers-withdrew-done",
            numbers = n,
            from = moved.from.name.as_str(),
            to = moved.to.label()
        ),
    };
    if let Selection::Available { count, tag } = selection {
        let tag = tag.as_ref().map_or("", |t| t.as_str());
        let tagged = if tag.is_empty() { "no" } else { "yes" };
        if moved.outcome.count() == 0 {
            flash::error(
                session,
                crate::msg!(
                    "numbers-nothing-moved",
                    org = moved.from.name.as_str(),
                    tag = tag,
                    tagged = tagged
                ),
            );
            return;
        }
        flash::success(session, done);
        if moved.short > 0 {
            flash::info(
                session,
                crate::msg!(
                    "numbers-moved-short",
                    asked = super::grouped(count.unsigned_abs()),
                    found = super::grouped(moved.outcome.count() as u64),
                    tag = tag,
                    tagged = tagged
                ),
            );
        }
        return;
    }
    report(session, &moved.outcome, done, "moved");
}

pub async fn allocate(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    submit(state, session, &auth, body, Kind::Allocate).await
}

pub async fn withdraw(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    submit(state, session, &auth, body, Kind::Withdraw).await
}
