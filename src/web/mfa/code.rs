//! The code step of sign-in: a 6-digit code from the authenticator app, or
//! a recovery code, after the password passed.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{pending, sealer};
use crate::auth::csrf::CsrfToken;
use crate::auth::session::Client;
use crate::domain::mfa::{self, CodeCheck};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::msg;
use crate::web::flash::{self, Flash};
use crate::web::signin::complete;
use crate::web::{State, render, see_other};

#[derive(Template)]
#[template(path = "mfa/code.html")]
struct CodePage {
    csrf: String,
    /// A code was emailed (else: the authenticator app).
    emailed: bool,
    valid_minutes: i64,
    error: Option<String>,
    flashes: Vec<Flash>,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// What a refused code says: wrong, or the account waiting, alike.
const REFUSED: &str = "auth-code-incorrect";

fn expired(session: &Session) -> HttpResponse {
    pending::clear(session);
    flash::info(session, msg!("auth-sign-in-again"));
    see_other("/login")
}

pub async fn code_form(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
) -> AppResult<HttpResponse> {
    match pending::get(&session, state.clock.now()) {
        Some(p) if !p.enrol => render(&CodePage {
            csrf: csrf_token.value(),
            emailed: p.emailed,
            valid_minutes: mfa::email_code::VALID_MINUTES,
            error: None,
            flashes: flash::take(&session),
        }),
        Some(_) => Ok(see_other(super::LOGIN_ENROL)),
        None => Ok(expired(&session)),
    }
}

pub async fn submit_code(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    form: web::Form<CodeForm>,
) -> AppResult<HttpResponse> {
    let now = state.clock.now();
    let Some(p) = pending::get(&session, now).filter(|p| !p.enrol) else {
        return Ok(expired(&session));
    };
    let client = Client::of(&req);
    let code = form.into_inner().code;
    let sealer = sealer(&state);
    let addr = client.addr.clone();
    let step = state
        .db
        .run(move |conn| mfa::second_step(conn, p.admin_id, &sealer, &code, addr, now))
        .await?;
    match (step.check, step.admin) {
        (CodeCheck::Totp | CodeCheck::Email, Some(admin)) => {
            complete(&state, &session, admin, &client).await
        }
        (CodeCheck::Recovery { remaining }, Some(admin)) => {
            let response = complete(&state, &session, admin, &client).await?;
            flash::info(&session, msg!("auth-recovery-code-used", count = remaining));
            Ok(response)
        }
        // Right code, but the account may no longer sign in.
        (CodeCheck::Totp | CodeCheck::Email | CodeCheck::Recovery { .. }, None) => {
            Ok(expired(&session))
        }
        (CodeCheck::Replayed, _) => render(&CodePage {
            csrf: csrf_token.value(),
            emailed: p.emailed,
            valid_minutes: mfa::email_code::VALID_MINUTES,
            error: Some(crate::i18n::t("auth-code-replayed")),
            flashes: vec![],
        }),
        (CodeCheck::Wrong, _) => render(&CodePage {
            csrf: csrf_token.value(),
            emailed: p.emailed,
            valid_minutes: mfa::email_code::VALID_MINUTES,
            error: Some(crate::i18n::t(REFUSED)),
            flashes: vec![],
        }),
    }
}
