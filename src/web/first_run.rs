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
use crate::db::{self, DbConn};
use crate::domain::admins::{self, NewActiveAdmin};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::tokens::{self, Purpose};
use crate::domain::values::{Email, NewPassword, OrgName, PersonName};
use crate::domain::{orgs, roles};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::{State, flash, render, render_status, see_other};

/// Called at start: when no administrator exists, makes sure the top org
/// exists and returns a fresh setup link (older links stop working).
pub fn prepare(conn: &mut DbConn, config: &Config, base_url: &str) -> AppResult<Option<String>> {
    db::transaction(conn, |conn| {
        if admins::any_exist(conn)? {
            return Ok(None);
        }
        let top = match orgs::top(conn)? {
            Some(top) => top,
            None => {
                let name = OrgName::parse(&config.top_org_name)
                    .map_err(|m| AppError::internal(anyhow::anyhow!("TOP_ORG_NAME: {m}")))?;
                orgs::create_top(conn, &name)?
            }
        };
        tokens::revoke(conn, Purpose::Setup, None)?;
        let token = tokens::issue(
            conn,
            Purpose::Setup,
            Some(top.id),
            None,
            config.setup_token_ttl,
        )?;
        Ok(Some(format!("{base_url}/setup/{token}")))
    })
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
        "This setup link is no longer valid",
        "The first administrator has already been created, or the link has expired. \
         Sign in, or restart the portal to print a new link if no administrator exists yet.",
    )
}

async fn org_name_for(state: &State, token: String) -> AppResult<Option<String>> {
    state
        .db
        .run(move |conn| {
            if admins::any_exist(conn)? {
                return Ok(None);
            }
            let Some(t) = tokens::peek(conn, Purpose::Setup, &token)? else {
                return Ok(None);
            };
            let org = orgs::by_id(conn, t.org_id.ok_or(AppError::NotFound)?)?;
            Ok(Some(org.name))
        })
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
    let pw = errors.check("password", NewPassword::parse(&form.password, None));
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
    let hash = web::block(move || password::hash(pw.expose())).await??;
    let client = guards::client_addr(&req);
    let created = state
        .db
        .run(move |conn| {
            db::transaction(conn, |conn| {
                let Some(t) = tokens::consume(conn, Purpose::Setup, &token)? else {
                    return Ok(false);
                };
                if admins::any_exist(conn)? {
                    return Ok(false);
                }
                let org = orgs::by_id(conn, t.org_id.ok_or(AppError::NotFound)?)?;
                let role_id = roles::super_admin_role_id(conn)?;
                let new = NewActiveAdmin {
                    org: &org,
                    role_id,
                    first_name: &first,
                    last_name: &last,
                    email: &email,
                    password_hash: hash,
                };
                let id = admins::create_active(conn, new)?;
                let actor = Actor {
                    id: Some(id),
                    name: format!("{} {} <{}>", first.as_str(), last.as_str(), email),
                    client_addr: client,
                };
                let event = Event {
                    org_id: Some(org.id),
                    action: "administrator_created",
                    target: &actor.name,
                    details: "first Enterprise Super Administrator, created with the setup link"
                        .into(),
                };
                audit::record(conn, &actor, event)?;
                Ok(true)
            })
        })
        .await?;
    if !created {
        return Ok(link_dead());
    }
    flash::success(
        &session,
        "Your administrator account is ready. Sign in with your email and password.",
    );
    Ok(see_other("/login"))
}
