//! Sign in and sign out.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::session::Client;
use crate::auth::{CurrentAdmin, TypedSession, password};
use crate::domain::{admins, mfa, orgs, sign_in};
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::msg;
use crate::web::flash::{self, Flash};
use crate::web::layout::Section;
use crate::web::{State, render, see_other};

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    csrf: String,
    email: String,
    error: Option<String>,
    flashes: Vec<Flash>,
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
}

/// Where a signed-in administrator starts: the Dashboard of their org, or the
/// first section their role opens.
pub fn landing(admin: &CurrentAdmin) -> String {
    landing_in(admin, &admin.home().display_id)
}

/// The first section this administrator may open in the org `display_id`.
pub fn landing_in(admin: &CurrentAdmin, display_id: &str) -> String {
    let base = format!("/orgs/{display_id}");
    Section::ALL
        .into_iter()
        .find(|s| admin.privileges().has_any(&s.opened_by()))
        .map_or_else(
            || format!("{base}/dashboard"),
            |s| format!("{base}/{}", s.slug()),
        )
}

pub async fn home(admin: Option<CurrentAdmin>) -> HttpResponse {
    match admin {
        Some(admin) => see_other(&landing(&admin)),
        None => see_other("/login"),
    }
}

pub async fn login_form(
    admin: Option<CurrentAdmin>,
    session: Session,
    csrf_token: CsrfToken,
) -> AppResult<HttpResponse> {
    if let Some(admin) = admin {
        return Ok(see_other(&landing(&admin)));
    }
    render(&LoginPage {
        csrf: csrf_token.value(),
        email: String::new(),
        error: None,
        flashes: flash::take(&session),
    })
}

/// What every refused sign-in says: a wrong email, a wrong password, an
/// account waiting after failed passwords and a throttled client address
/// all read the same, with the same status, after the same work.
const REFUSED: &str = "auth-login-refused";

pub async fn login(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let LoginForm { email, password } = form.into_inner();
    let client = Client::of(&req);
    let now = state.clock.now();
    let lookup = email.clone();
    let addr = client.addr.clone();
    let attempt = state
        .db
        .run(move |conn| sign_in::begin(conn, &lookup, addr.as_deref(), now))
        .await?;
    // Always one full verification (against a dummy hash when the email is
    // unknown or the try is held back), so timing reveals nothing.
    let stored = attempt.hash_to_check();
    let matches = password::gated(move || password::verify(stored.as_deref(), &password)).await?;

    let refusal = match &attempt.account {
        Some(admin) if matches && admin.may_sign_in() => None,
        Some(admin) if matches && admin.kind == admins::KIND_ADMIN => match admin.status() {
            admins::Status::LoginSuspended => Some("auth-login-suspended"),
            admins::Status::AccountSuspended => Some("auth-account-suspended"),
            _ => Some(REFUSED),
        },
        _ => Some(REFUSED),
    };

    if let Some(message) = refusal {
        let email_tried = email.clone();
        let addr = client.addr.clone();
        state
            .db
            .run(move |conn| {
                sign_in::record_failure(conn, &attempt, &email_tried, matches, addr, now)
            })
            .await?;
        let page = LoginPage {
            csrf: csrf_token.value(),
            email,
            error: Some(crate::i18n::t(message)),
            flashes: vec![],
        };
        return render(&page);
    }
    let admin = attempt.account.ok_or(AppError::Unauthenticated)?;
    // The second step: with MFA on (or required by the org and not yet set
    // up), the session holds the password's success as pending, under a
    // new id, and asks for a code (or an enrolment) first. The administrator
    // is not signed in until it passes; the lockout count is cleared then.
    let found = admin.clone();
    let (required, emailed) = state
        .db
        .run(move |conn| {
            let org = orgs::by_id(conn, found.org_id)?;
            let required = mfa::policy::effective(conn, &org)?.required;
            let emailed = mfa::email_code::uses_email(conn, &found)?;
            if emailed {
                mfa::email_code::send(conn, &found, now)?;
            }
            Ok((required, emailed))
        })
        .await?;
    if emailed {
        state.mailer.wake();
    }
    if admin.mfa_enabled || required {
        let enrol = !admin.mfa_enabled;
        crate::web::mfa::pending::start(&session, admin.id, enrol, emailed, now)?;
        return Ok(see_other(if enrol {
            crate::web::mfa::LOGIN_ENROL
        } else {
            crate::web::mfa::LOGIN_CODE
        }));
    }
    complete(&state, &session, admin, &client).await
}

/// The password (and any second step) passed: a fresh session, signed in.
pub(crate) async fn complete(
    state: &State,
    session: &Session,
    admin: admins::Administrator,
    client: &Client,
) -> AppResult<HttpResponse> {
    finish(state, session, admin, client).await?;
    Ok(see_other("/"))
}

/// `complete` without the redirect (the page after enrolment shows the
/// recovery codes, signed in).
pub(crate) async fn finish(
    state: &State,
    session: &Session,
    admin: admins::Administrator,
    client: &Client,
) -> AppResult<()> {
    crate::web::mfa::pending::clear(session);
    TypedSession(session.clone()).sign_in(admin.id, client)?;
    let addr = client.addr.clone();
    state
        .db
        .run(move |conn| sign_in::record_success(conn, &admin, addr))
        .await?;
    Ok(())
}

pub async fn logout(
    state: State,
    session: Session,
    admin: Option<CurrentAdmin>,
) -> AppResult<HttpResponse> {
    if let Some(admin) = admin {
        let acting = (*admin.0).clone();
        state
            .db
            .run(move |conn| sign_in::record_sign_out(conn, &acting))
            .await?;
    }
    TypedSession(session.clone()).sign_out();
    flash::info(&session, msg!("auth-signed-out"));
    Ok(see_other("/login"))
}
