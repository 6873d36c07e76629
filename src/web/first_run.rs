//! First run: with an empty database the portal creates the top organization
//! and prints a one-time `/setup/<token>` link; the form there creates the
//! first Enterprise Super Administrator, after which the link is dead.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::{guards, password};
use crate::config::Config;
use crate::db::DbConn;
use crate::domain::first_admin::{self, Authority, NewSuperAdmin};
use crate::domain::values::{Email, NewPassword, PersonName};
use crate::error::{AppResult, FieldErrors};
use crate::i18n::filters;
use crate::i18n::t;
use crate::msg;
use crate::web::{State, flash, render, render_status, see_other};

/// Called at start: when no administrator exists, makes sure the top org
/// exists and returns a fresh setup link (older links stop working).
pub fn prepare(conn: &mut DbConn, config: &Config, base_url: &str) -> AppResult<Option<String>> {
    Ok(
        first_admin::prepare(conn, &config.top_org_name, config.setup_token_ttl)?
            .map(|token| format!("{base_url}/setup/{token}")),
    )
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    csrf: String,
    org_name: String,
    form: SetupForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub struct SetupForm {
    first_name: String,
    last_name: String,
    email: String,
    #[serde(default)]
    password: String,
}

fn link_dead() -> HttpResponse {
    crate::web::errors::page(
        StatusCode::NOT_FOUND,
        &t("auth-setup-link-dead-title"),
        &t("auth-setup-link-dead"),
    )
}

async fn org_name_for(state: &State, token: String) -> AppResult<Option<String>> {
    state
        .db
        .run(move |conn| first_admin::setup_org_name(conn, &token))
        .await
}

pub async fn form(
    state: State,
    csrf_token: CsrfToken,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Some(org_name) = org_name_for(&state, token.into_inner()).await? else {
        return Ok(link_dead());
    };
    render(&SetupPage {
        csrf: csrf_token.value(),
        org_name,
        form: SetupForm::default(),
        errors: FieldErrors::new(),
    })
}

pub async fn submit(
    state: State,
    session: actix_session::Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    token: web::Path<String>,
    form: web::Form<SetupForm>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let Some(org_name) = org_name_for(&state, token.clone()).await? else {
        return Ok(link_dead());
    };
    let mut form = form.into_inner();
    let mut errors = FieldErrors::new();
    let first = errors.check("first_name", PersonName::parse_first(&form.first_name));
    let last = errors.check("last_name", PersonName::parse_last(&form.last_name));
    let email = errors.check("email", Email::parse(&form.email));
    let owner = [
        form.first_name.as_str(),
        form.last_name.as_str(),
        form.email.as_str(),
    ];
    let pw = errors.check("password", NewPassword::parse(&form.password, None, &owner));
    let (Some(first), Some(last), Some(email), Some(pw)) = (first, last, email, pw) else {
        form.password.clear();
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SetupPage {
                csrf: csrf_token.value(),
                org_name,
                form,
                errors,
            },
        );
    };
    let hash = password::gated(move || password::hash(pw.expose())).await??;
    let client_addr = guards::client_addr(&req);
    let new = NewSuperAdmin {
        first_name: first,
        last_name: last,
        email,
        password_hash: hash,
    };
    let created = state
        .db
        .run(move |conn| {
            let authority = Authority::SetupLink {
                raw_token: &token,
                client_addr,
            };
            first_admin::create_super_admin(conn, authority, new)
        })
        .await?
        .is_some();
    if !created {
        return Ok(link_dead());
    }
    flash::success(&session, msg!("auth-setup-done"));
    Ok(see_other("/login"))
}
