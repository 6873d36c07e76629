//! `/activate/{token}`: an account's end user opens the link of their
//! invitation, sees their number (or chooses one of a few Available
//! numbers) and activates the account. Public: no session, the CSRF token
//! comes from a cookie like the other link pages.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::guards;
use crate::domain::accounts::UsernameKind;
use crate::domain::activation::{self, DeadLink, Invitee, Outcome};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::{State, local_time, render, render_status};

#[derive(Template)]
#[template(path = "activate/form.html")]
struct FormPage {
    csrf: String,
    name: String,
    username: String,
    username_is_email: bool,
    org_name: String,
    application: String,
    /// The account's number, as people read it.
    number: Option<String>,
    /// Each Available number: its value, and as people read it.
    choices: Vec<(String, String)>,
    /// The choice to show selected (the first one, or what was sent).
    selected: String,
    expires: String,
    time_zone: String,
    message: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "activate/done.html")]
struct DonePage {
    name: String,
    username: String,
    application: String,
    number: String,
}

/// A dead link's page (its title and message are catalogue ids): no way into the portal from here (end users have
/// no use for the administrators' sign-in page).
#[derive(Template)]
#[template(path = "activate/dead.html")]
struct DeadPage {
    title: &'static str,
    message: &'static str,
}

#[derive(Deserialize)]
pub struct ActivateForm {
    #[serde(default)]
    number: Option<String>,
}

pub const TAKEN: &str = "auth-activate-taken";
const CHOOSE: &str = "auth-activate-choose";

fn dead(reason: DeadLink) -> AppResult<HttpResponse> {
    let (status, title, message) = match reason {
        DeadLink::Unknown => (
            StatusCode::NOT_FOUND,
            "auth-activate-unknown-title",
            "auth-activate-unknown",
        ),
        DeadLink::Expired => (
            StatusCode::GONE,
            "auth-activate-expired-title",
            "auth-activate-expired",
        ),
        DeadLink::Used => (
            StatusCode::GONE,
            "auth-activate-used-title",
            "auth-activate-used",
        ),
        DeadLink::Replaced => (
            StatusCode::GONE,
            "auth-activate-replaced-title",
            "auth-activate-replaced",
        ),
    };
    render_status(status, &DeadPage { title, message })
}

fn form_page(
    invitee: Invitee,
    csrf: String,
    selected: Option<String>,
    message: Option<&'static str>,
) -> FormPage {
    let account = invitee.account;
    let selected = selected
        .filter(|s| invitee.choices.contains(s))
        .or_else(|| invitee.choices.first().cloned())
        .unwrap_or_default();
    FormPage {
        csrf,
        name: account.name(),
        username: account.username_label().to_owned(),
        username_is_email: account.kind() == UsernameKind::Email,
        org_name: invitee.org.name.clone(),
        application: account.application.clone(),
        number: invitee.number.as_deref().map(readable),
        choices: invitee
            .choices
            .into_iter()
            .map(|n| {
                let label = readable(&n);
                (n, label)
            })
            .collect(),
        selected,
        expires: local_time(Some(invitee.expires_at), &invitee.org.time_zone),
        time_zone: invitee.org.time_zone,
        message,
    }
}

/// A North American number grouped as people write it, `+1 (555) 010-0123`;
/// others as stored (E.164).
fn readable(e164: &str) -> String {
    match e164.strip_prefix("+1") {
        Some(d) if d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit()) => {
            format!("+1 ({}) {}-{}", &d[..3], &d[3..6], &d[6..])
        }
        _ => e164.to_owned(),
    }
}

pub async fn form(
    state: State,
    csrf_token: CsrfToken,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let opened = state
        .db
        .run(move |conn| activation::open(conn, &token))
        .await?;
    match opened {
        Ok(invitee) => render(&form_page(invitee, csrf_token.value(), None, None)),
        Err(reason) => dead(reason),
    }
}

pub async fn submit(
    state: State,
    csrf_token: CsrfToken,
    req: HttpRequest,
    token: web::Path<String>,
    form: web::Form<ActivateForm>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let chosen = form.into_inner().number.filter(|n| !n.trim().is_empty());
    let client = guards::client_addr(&req);
    let sent = chosen.clone();
    let outcome = state
        .db
        .run(move |conn| activation::activate(conn, &token, sent.as_deref(), client))
        .await?;
    match outcome {
        Outcome::Activated { account, number } => render(&DonePage {
            name: account.name(),
            username: account.username_label().to_owned(),
            application: account.application.clone(),
            number: readable(&number),
        }),
        Outcome::Dead(reason) => dead(reason),
        Outcome::Taken(invitee) => render_status(
            StatusCode::CONFLICT,
            &form_page(invitee, csrf_token.value(), None, Some(TAKEN)),
        ),
        Outcome::NoChoice(invitee) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(invitee, csrf_token.value(), chosen, Some(CHOOSE)),
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn north_american_numbers_are_grouped() {
        assert_eq!(super::readable("+15550100123"), "+1 (555) 010-0123");
        assert_eq!(super::readable("+442079460000"), "+442079460000");
    }
}
