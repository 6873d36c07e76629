//! Setting up the authenticator app: the QR code and key, then a current
//! code to confirm, then the recovery codes, shown once. From My Profile
//! (signed in), or at sign-in when the org requires MFA (pending: not
//! signed in until the app is confirmed).
//!
//! The secret travels in a hidden field between the page and the confirm
//! (it is on the page anyway, as the key): nothing is stored until a code
//! proves the app has it.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{pending, sealer};
use crate::auth::CurrentAdmin;
use crate::auth::csrf::CsrfToken;
use crate::auth::session::Client;
use crate::domain::admins;
use crate::domain::audit::Actor;
use crate::domain::mfa::{self, Enrolment};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::filters;
use crate::msg;
use crate::web::flash::{self, Flash};
use crate::web::layout::Chrome;
use crate::web::me::page::{Values, render_page};
use crate::web::me::reauth;
use crate::web::signin::finish;
use crate::web::{State, render, render_status, see_other};

#[derive(Template)]
#[template(path = "mfa/enrol_login.html")]
struct LoginEnrolPage {
    csrf: String,
    reauth: bool,
    action: &'static str,
    enrolment: Enrolment,
    errors: FieldErrors,
    flashes: Vec<Flash>,
}

#[derive(Template)]
#[template(path = "mfa/enrol_me.html")]
struct MyEnrolPage {
    chrome: Chrome,
    csrf: String,
    reauth: bool,
    action: &'static str,
    enrolment: Enrolment,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "mfa/codes_login.html")]
struct LoginCodesPage {
    codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "mfa/codes_me.html")]
struct MyCodesPage {
    chrome: Chrome,
    codes: Vec<String>,
}

#[derive(Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    secret: String,
    #[serde(default)]
    code: String,
    /// From My Profile only (at sign-in the password step just passed).
    #[serde(default)]
    current_password: String,
}

#[derive(Deserialize)]
pub struct EmailChoiceForm {
    #[serde(default)]
    mfa_current_password: String,
}

fn expired(session: &Session) -> HttpResponse {
    pending::clear(session);
    flash::info(session, msg!("auth-sign-in-again"));
    see_other("/login")
}

/// The pending administrator, if the pending step is an enrolment.
async fn pending_admin(
    state: &State,
    session: &Session,
) -> AppResult<Option<admins::Administrator>> {
    let Some(p) = pending::get(session, state.clock.now()).filter(|p| p.enrol) else {
        return Ok(None);
    };
    let found = state
        .db
        .run(move |conn| admins::find_by_id(conn, p.admin_id))
        .await?;
    Ok(found.filter(|a| a.may_sign_in() && !a.mfa_enabled))
}

pub async fn login_enrol(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
) -> AppResult<HttpResponse> {
    let Some(admin) = pending_admin(&state, &session).await? else {
        return Ok(expired(&session));
    };
    render(&LoginEnrolPage {
        csrf: csrf_token.value(),
        reauth: false,
        action: super::LOGIN_ENROL,
        enrolment: Enrolment::generate(&admin.email)?,
        errors: FieldErrors::new(),
        flashes: flash::take(&session),
    })
}

pub async fn confirm_login_enrol(
    state: State,
    session: Session,
    csrf_token: CsrfToken,
    req: HttpRequest,
    form: web::Form<EnrolForm>,
) -> AppResult<HttpResponse> {
    let Some(admin) = pending_admin(&state, &session).await? else {
        return Ok(expired(&session));
    };
    let EnrolForm { secret, code, .. } = form.into_inner();
    let client = Client::of(&req);
    let actor = Actor {
        id: Some(admin.id),
        name: format!("{} <{}>", admin.full_name(), admin.email),
        client_addr: client.addr.clone(),
    };
    let (id, sealer, now) = (admin.id, sealer(&state), state.clock.now());
    let posted = secret.clone();
    let result = state
        .db
        .run(move |conn| {
            mfa::enrol(
                conn,
                id,
                &actor,
                &mfa::ProvedBy::SignIn,
                &sealer,
                &posted,
                &code,
                now,
            )
        })
        .await;
    match result {
        Ok(enrolled) => {
            finish(&state, &session, admin, &client).await?;
            render(&LoginCodesPage {
                codes: enrolled.recovery_codes,
            })
        }
        Err(AppError::Invalid(errors)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LoginEnrolPage {
                csrf: csrf_token.value(),
                reauth: false,
                action: super::LOGIN_ENROL,
                enrolment: Enrolment::of(&secret, &admin.email)?,
                errors,
                flashes: vec![],
            },
        ),
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(super::LOGIN_ENROL))
        }
        Err(e) => Err(e),
    }
}

async fn my_page(
    state: &State,
    admin: &CurrentAdmin,
    session: &Session,
    enrolment: Enrolment,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let (chrome, ()) = Chrome::load_profile(state, admin, session, |_| Ok(())).await?;
    let page = MyEnrolPage {
        csrf: chrome.csrf.clone(),
        reauth: true,
        chrome,
        action: super::MY_ENROL,
        enrolment,
        errors,
    };
    render_status(status, &page)
}

pub async fn my_enrol(
    state: State,
    session: Session,
    admin: CurrentAdmin,
) -> AppResult<HttpResponse> {
    if admin.admin().mfa_enabled {
        flash::info(&session, msg!("me-mfa-already-on"));
        return Ok(see_other(crate::web::me::PATH));
    }
    let enrolment = Enrolment::generate(&admin.admin().email)?;
    my_page(
        &state,
        &admin,
        &session,
        enrolment,
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

pub async fn confirm_my_enrol(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<EnrolForm>,
) -> AppResult<HttpResponse> {
    let EnrolForm {
        secret,
        code,
        current_password,
    } = form.into_inner();
    let acting = admin.at_home();
    let proof = match reauth::check(&state, &acting, "current_password", current_password).await? {
        Ok(proof) => proof,
        Err(errors) => {
            let enrolment = Enrolment::of(&secret, &admin.admin().email)?;
            return my_page(
                &state,
                &admin,
                &session,
                enrolment,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let (id, actor) = (acting.admin().id, acting.actor());
    let (sealer, now) = (sealer(&state), state.clock.now());
    let posted = secret.clone();
    let result = state
        .db
        .run(move |conn| {
            let proved = mfa::ProvedBy::Reauth(&acting, &proof);
            mfa::enrol(conn, id, &actor, &proved, &sealer, &posted, &code, now)
        })
        .await;
    match result {
        Ok(enrolled) => {
            let (chrome, ()) = Chrome::load_profile(&state, &admin, &session, |_| Ok(())).await?;
            render(&MyCodesPage {
                chrome,
                codes: enrolled.recovery_codes,
            })
        }
        Err(AppError::Invalid(errors)) => {
            let enrolment = Enrolment::of(&secret, &admin.admin().email)?;
            my_page(
                &state,
                &admin,
                &session,
                enrolment,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(crate::web::me::PATH))
        }
        Err(e) => Err(e),
    }
}

/// Codes by email instead of an app, at sign-in (the org requires MFA).
pub async fn confirm_login_email(
    state: State,
    session: Session,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let Some(admin) = pending_admin(&state, &session).await? else {
        return Ok(expired(&session));
    };
    let client = Client::of(&req);
    let actor = Actor {
        id: Some(admin.id),
        name: format!("{} <{}>", admin.full_name(), admin.email),
        client_addr: client.addr.clone(),
    };
    let id = admin.id;
    let result = state
        .db
        .run(move |conn| mfa::email_code::enrol(conn, id, &actor, &mfa::ProvedBy::SignIn))
        .await;
    match result {
        Ok(enrolled) => {
            finish(&state, &session, admin, &client).await?;
            render(&LoginCodesPage {
                codes: enrolled.recovery_codes,
            })
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(super::LOGIN_ENROL))
        }
        Err(e) => Err(e),
    }
}

/// Codes by email instead of an app, from My Profile.
pub async fn confirm_my_email(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<EmailChoiceForm>,
) -> AppResult<HttpResponse> {
    let acting = admin.at_home();
    let typed = form.into_inner().mfa_current_password;
    let proof = match reauth::check(&state, &acting, "mfa_current_password", typed).await? {
        Ok(proof) => proof,
        Err(errors) => {
            return render_page(
                &state,
                &admin,
                &session,
                Values::default(),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let (id, actor) = (acting.admin().id, acting.actor());
    let result = state
        .db
        .run(move |conn| {
            let proved = mfa::ProvedBy::Reauth(&acting, &proof);
            mfa::email_code::enrol(conn, id, &actor, &proved)
        })
        .await;
    match result {
        Ok(enrolled) => {
            let (chrome, ()) = Chrome::load_profile(&state, &admin, &session, |_| Ok(())).await?;
            render(&MyCodesPage {
                chrome,
                codes: enrolled.recovery_codes,
            })
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(crate::web::me::PATH))
        }
        Err(e) => Err(e),
    }
}
