//! Sections whose features arrive with later issues. Each page is guarded by
//! the same privilege as the finished section will be, so the menu and the
//! handlers agree from the start.

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Scope;
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

pub async fn setup(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&Section::Setup.opened_by())?;
    show(
        &state,
        &scope,
        &session,
        Section::Setup,
        "Setup settings for this organization will appear here.",
    )
    .await
}
