//! Sections whose features arrive with later issues. Each page is guarded by
//! the same privilege as the finished section will be, so the menu and the
//! handlers agree from the start.

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::{Authorized, Scope};
use crate::domain::privileges::p;
use crate::error::AppResult;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render};

#[derive(Template)]
#[template(path = "placeholder.html")]
struct Placeholder {
    chrome: Chrome,
    message: &'static str,
}

async fn show(
    state: &State,
    scope: &Scope,
    session: &Session,
    section: Section,
    message: &'static str,
) -> AppResult<HttpResponse> {
    let chrome = Chrome::load(state, scope, session, section, section.label()).await?;
    render(&Placeholder { chrome, message })
}

pub async fn accounts(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsView>,
) -> AppResult<HttpResponse> {
    show(
        &state,
        &auth,
        &session,
        Section::Accounts,
        "No accounts have been added to this organization yet.",
    )
    .await
}
