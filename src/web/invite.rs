//! `/invite/{token}`: an invited administrator, or the contact of an API
//! user, sets a password with the link from their invitation email.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::csrf::CsrfToken;
use crate::auth::{guards, password};
use crate::domain::admins::{Administrator, KIND_API};
use crate::domain::invitations;
use crate::domain::tokens::Purpose;
use crate::domain::values::NewPassword;
use crate::error::{AppResult, FieldErrors};
use crate::i18n::filters;
use crate::i18n::t;
use crate::msg;
use crate::web::{State, flash, render, render_status, see_other};

#[derive(Template)]
#[template(path = "auth/invite.html")]
struct InvitePage {
    csrf: String,
    name: String,
    email: String,
    /// The External Application of an API user; `None` for a browser administrator.
    application: Option<String>,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "auth/api_credential_set.html")]
struct ApiCredentialSetPage {
    name: String,
    email: String,
    application: String,
}

/// The two password fields of the invite and reset pages.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm_password: String,
}

impl PasswordForm {
    /// The new password of `admin`, or the messages to show next to each field.
    pub fn parse(&self, admin: &Administrator) -> Result<NewPassword, FieldErrors> {
        let owner = [
            admin.first_name.as_str(),
            admin.last_name.as_str(),
            admin.email.as_str(),
        ];
        let mut errors = FieldErrors::new();
        if errors
            .check("password", NewPassword::parse(&self.password, None, &owner))
            .is_some()
        {
            let confirmed =
                NewPassword::parse(&self.password, Some(&self.confirm_password), &owner);
            if let Some(pw) = errors.check("confirm_password", confirmed) {
                return Ok(pw);
            }
        }
        Err(errors)
    }
}

fn link_dead() -> HttpResponse {
    crate::web::errors::page(
        StatusCode::NOT_FOUND,
        &t("auth-invite-link-dead-title"),
        &t("auth-invite-link-dead"),
    )
}

fn page(admin: &Administrator, csrf: String, errors: FieldErrors) -> InvitePage {
    InvitePage {
        csrf,
        name: admin.full_name(),
        email: admin.email.clone(),
        application: (admin.kind == KIND_API)
            .then(|| admin.external_application.clone().unwrap_or_default()),
        errors,
    }
}

/// The invited administrator, unless the link is dead; suspended ones are refused.
async fn invited(state: &State, token: String) -> AppResult<Option<Administrator>> {
    state
        .db
        .run(move |conn| {
            let admin = invitations::holder(conn, Purpose::AdminInvite, &token)?;
            if let Some(admin) = &admin {
                invitations::refuse_if_suspended(admin)?;
            }
            Ok(admin)
        })
        .await
}

pub async fn form(
    state: State,
    csrf_token: CsrfToken,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Some(admin) = invited(&state, token.into_inner()).await? else {
        return Ok(link_dead());
    };
    render(&page(&admin, csrf_token.value(), FieldErrors::new()))
}

pub async fn submit(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    token: web::Path<String>,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let Some(admin) = invited(&state, token.clone()).await? else {
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
    let accepted = state
        .db
        .run(move |conn| invitations::accept(conn, &token, hash, client))
        .await?;
    let Some(admin) = accepted else {
        return Ok(link_dead());
    };
    if admin.kind == KIND_API {
        // API users never get a portal session: their credential is for the API.
        return render(&ApiCredentialSetPage {
            name: admin.full_name(),
            email: admin.email,
            application: admin.external_application.unwrap_or_default(),
        });
    }
    flash::success(&session, msg!("auth-invite-done"));
    Ok(see_other("/login"))
}
