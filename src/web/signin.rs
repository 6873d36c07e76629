//! Sign in and sign out.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::{CurrentAdmin, TypedSession, guards, password};
use crate::domain::{admins, sign_in};
use crate::error::{AppError, AppResult};
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

pub async fn login(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let LoginForm { email, password } = form.into_inner();
    let lookup = email.clone();
    let found = state
        .db
        .run(move |conn| admins::find_by_email(conn, &lookup))
        .await?;
    let stored = found.as_ref().and_then(|a| a.password_hash.clone());
    // Always verify (a dummy hash for unknown emails) so timing reveals nothing.
    let matches = password::gated(move || password::verify(stored.as_deref(), &password)).await?;
    let client = guards::client_addr(&req);

    let refusal = match &found {
        Some(admin) if matches && admin.may_sign_in() => None,
        Some(admin) if matches && admin.kind == admins::KIND_ADMIN => match admin.status() {
            admins::Status::LoginSuspended => Some("Login suspended. Contact your administrator."),
            admins::Status::AccountSuspended => {
                Some("Account suspended. Contact your administrator.")
            }
            _ => Some("Incorrect email or password."),
        },
        _ => Some("Incorrect email or password."),
    };

    if let Some(message) = refusal {
        let email_tried = email.clone();
        let account = found.clone();
        state
            .db
            .run(move |conn| sign_in::record_failure(conn, account.as_ref(), &email_tried, client))
            .await?;
        let page = LoginPage {
            csrf: csrf_token.value(),
            email,
            error: Some(message.into()),
            flashes: vec![],
        };
        return render(&page);
    }
    let admin = found.ok_or(AppError::Unauthenticated)?;

    TypedSession(session.clone()).sign_in(admin.id)?;
    state
        .db
        .run(move |conn| sign_in::record_success(conn, &admin, client))
        .await?;
    Ok(see_other("/"))
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
    flash::info(&session, "You have signed out.");
    Ok(see_other("/login"))
}
