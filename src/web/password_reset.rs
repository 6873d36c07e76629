//! Forgot password: `/password/forgot` emails a reset link, and
//! `/password/reset/{token}` sets the new password with it.

use std::time::Duration;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::{guards, password};
use crate::domain::admins::Administrator;
use crate::domain::password_resets;
use crate::domain::values::Email;
use crate::error::{AppResult, FieldErrors};
use crate::i18n::filters;
use crate::i18n::t;
use crate::msg;
use crate::web::invite::PasswordForm;
use crate::web::{State, flash, render, render_status, see_other};

#[derive(Template)]
#[template(path = "auth/forgot_password.html")]
struct ForgotPage {
    csrf: String,
    email: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "auth/reset_link_sent.html")]
struct SentPage {
    validity: String,
}

#[derive(Template)]
#[template(path = "auth/reset_password.html")]
struct ResetPage {
    csrf: String,
    name: String,
    email: String,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// "1 hour", "2 hours", "30 minutes".
fn validity(ttl: Duration) -> String {
    let minutes = ttl.as_secs().div_ceil(60).max(1);
    match (minutes % 60, minutes / 60) {
        (0, hours) => msg!("auth-validity-hours", count = hours).to_string(),
        _ => msg!("auth-validity-minutes", count = minutes).to_string(),
    }
}

fn link_dead() -> HttpResponse {
    crate::web::errors::page(
        StatusCode::NOT_FOUND,
        &t("auth-reset-link-dead-title"),
        &t("auth-reset-link-dead"),
    )
}

pub async fn form(csrf_token: CsrfToken) -> AppResult<HttpResponse> {
    render(&ForgotPage {
        csrf: csrf_token.value(),
        email: String::new(),
        errors: FieldErrors::new(),
    })
}

/// Answers the same page whether or not the email belongs to anyone, and
/// whether or not a limit held the email back. Only a malformed address is
/// sent back (that says nothing about who exists).
pub async fn request(
    state: State,
    csrf_token: CsrfToken,
    req: HttpRequest,
    form: web::Form<ForgotForm>,
) -> AppResult<HttpResponse> {
    let ForgotForm { email } = form.into_inner();
    let parsed = match Email::parse(&email) {
        Ok(parsed) => parsed,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("email", message);
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    csrf: csrf_token.value(),
                    email,
                    errors,
                },
            );
        }
    };
    let client = guards::client_addr(&req);
    let now = state.clock.now();
    // Counts and queues only: whether the address belongs to anyone is
    // looked up by the job, so this request does the same work either way.
    let queued = state
        .db
        .run(move |conn| password_resets::request(conn, &parsed, client, now))
        .await?;
    if queued {
        state.mailer.wake();
    }
    render(&SentPage {
        validity: validity(state.config.reset_ttl),
    })
}

async fn holder(state: &State, token: String) -> AppResult<Option<Administrator>> {
    state
        .db
        .run(move |conn| password_resets::holder(conn, &token))
        .await
}

fn page(admin: &Administrator, csrf: String, errors: FieldErrors) -> ResetPage {
    ResetPage {
        csrf,
        name: admin.full_name(),
        email: admin.email.clone(),
        errors,
    }
}

pub async fn reset_form(
    state: State,
    csrf_token: CsrfToken,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Some(admin) = holder(&state, token.into_inner()).await? else {
        return Ok(link_dead());
    };
    render(&page(&admin, csrf_token.value(), FieldErrors::new()))
}

pub async fn reset(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    token: web::Path<String>,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let Some(admin) = holder(&state, token.clone()).await? else {
        return Ok(link_dead());
    };
    let pw = match form.parse(&admin) {
        Ok(pw) => pw,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&admin, csrf_token.value(), errors),
            );
        }
    };
    let hash = password::gated(move || password::hash(pw.expose())).await??;
    let client = guards::client_addr(&req);
    let done = state
        .db
        .run(move |conn| password_resets::reset(conn, &token, hash, client))
        .await?;
    if done.is_none() {
        return Ok(link_dead());
    }
    flash::success(&session, msg!("auth-reset-done"));
    Ok(see_other("/login"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_reads_naturally() {
        assert_eq!(validity(Duration::from_secs(3600)), "1 hour");
        assert_eq!(validity(Duration::from_secs(7200)), "2 hours");
        assert_eq!(validity(Duration::from_secs(1800)), "30 minutes");
        assert_eq!(validity(Duration::from_secs(60)), "1 minute");
    }
}
