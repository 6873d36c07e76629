//! Changing the sign-in email, the backup email and the password: each
//! parses its form, checks the current password, then makes one change.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::PATH;
use super::page::{Values, render_page};
use super::reauth;
use super::sessions::other_sessions_signed_out;
use crate::auth::{CurrentAdmin, TypedSession, password};
use crate::domain::my_profile;
use crate::domain::values::{Email, NewPassword};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::msg;
use crate::web::{State, flash, see_other};

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    email_current_password: String,
}

#[derive(Deserialize)]
pub struct BackupForm {
    #[serde(default)]
    backup_email: String,
    #[serde(default)]
    backup_current_password: String,
}

#[derive(Deserialize)]
pub struct PasswordChangeForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm_password: String,
}

/// The page again with the form's values and its messages (422), or the
/// error as it is.
async fn again(
    state: &State,
    admin: &CurrentAdmin,
    session: &Session,
    values: Values,
    error: AppError,
) -> AppResult<HttpResponse> {
    match error {
        AppError::Invalid(errors) => {
            render_page(
                state,
                admin,
                session,
                values,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        AppError::Conflict(message) => {
            flash::error(session, message);
            Ok(see_other(PATH))
        }
        other => Err(other),
    }
}

pub async fn change_email(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<EmailForm>,
) -> AppResult<HttpResponse> {
    let EmailForm {
        email,
        email_current_password,
    } = form.into_inner();
    let values = Values {
        email: Some(email.clone()),
        ..Values::default()
    };
    let parsed = match Email::parse(&email) {
        Ok(parsed) => parsed,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("email", message);
            return again(&state, &admin, &session, values, AppError::Invalid(errors)).await;
        }
    };
    let acting = admin.at_home();
    let proof = match reauth::check(
        &state,
        &acting,
        "email_current_password",
        email_current_password,
    )
    .await?
    {
        Ok(proof) => proof,
        Err(errors) => {
            return again(&state, &admin, &session, values, AppError::Invalid(errors)).await;
        }
    };
    let old = acting.admin().email.clone();
    let result = state
        .db
        .run(move |conn| my_profile::change_email(conn, &acting, &proof, parsed))
        .await;
    match result {
        Ok(saved) => {
            state.mailer.wake();
            flash::success(
                &session,
                msg!(
                    "me-email-changed",
                    email = saved.email.to_string(),
                    old = old
                ),
            );
            Ok(see_other(PATH))
        }
        Err(e) => again(&state, &admin, &session, values, e).await,
    }
}

pub async fn change_backup_email(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<BackupForm>,
) -> AppResult<HttpResponse> {
    let BackupForm {
        backup_email,
        backup_current_password,
    } = form.into_inner();
    let values = Values {
        backup_email: Some(backup_email.clone()),
        ..Values::default()
    };
    let parsed = if backup_email.trim().is_empty() {
        None
    } else {
        match Email::parse(&backup_email) {
            Ok(parsed) => Some(parsed),
            Err(message) => {
                let mut errors = FieldErrors::new();
                errors.add("backup_email", message);
                return again(&state, &admin, &session, values, AppError::Invalid(errors)).await;
            }
        }
    };
    let acting = admin.at_home();
    let proof = match reauth::check(
        &state,
        &acting,
        "backup_current_password",
        backup_current_password,
    )
    .await?
    {
        Ok(proof) => proof,
        Err(errors) => {
            return again(&state, &admin, &session, values, AppError::Invalid(errors)).await;
        }
    };
    let result = state
        .db
        .run(move |conn| my_profile::change_backup_email(conn, &acting, &proof, parsed))
        .await;
    match result {
        Ok(saved) => {
            state.mailer.wake();
            let message = match saved.backup_email {
                Some(backup) => msg!(
                    "me-backup-changed",
                    backup = backup.to_string(),
                    email = saved.email.to_string()
                ),
                None => msg!("me-backup-removed", email = saved.email.to_string()),
            };
            flash::success(&session, message);
            Ok(see_other(PATH))
        }
        Err(e) => again(&state, &admin, &session, values, e).await,
    }
}

pub async fn change_password(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<PasswordChangeForm>,
) -> AppResult<HttpResponse> {
    let PasswordChangeForm {
        current_password,
        password: new,
        confirm_password,
    } = form.into_inner();
    let me = admin.admin();
    let owner = [
        me.first_name.as_str(),
        me.last_name.as_str(),
        me.email.as_str(),
    ];
    // The new password first: a form that would fail anyway costs no try.
    let mut errors = FieldErrors::new();
    let checked = errors
        .check("password", NewPassword::parse(&new, None, &owner))
        .and_then(|_| {
            errors.check(
                "confirm_password",
                NewPassword::parse(&new, Some(&confirm_password), &owner),
            )
        });
    let Some(new) = checked else {
        return again(
            &state,
            &admin,
            &session,
            Values::default(),
            AppError::Invalid(errors),
        )
        .await;
    };
    if new.expose() == current_password {
        let mut errors = FieldErrors::new();
        errors.add("password", msg!("me-password-same"));
        return again(
            &state,
            &admin,
            &session,
            Values::default(),
            AppError::Invalid(errors),
        )
        .await;
    }
    let acting = admin.at_home();
    let proof = match reauth::check(&state, &acting, "current_password", current_password).await? {
        Ok(proof) => proof,
        Err(errors) => {
            return again(
                &state,
                &admin,
                &session,
                Values::default(),
                AppError::Invalid(errors),
            )
            .await;
        }
    };
    let hash = password::gated(move || password::hash(new.expose())).await??;
    let sid = TypedSession(session.clone()).sid();
    let result = state
        .db
        .run(move |conn| my_profile::change_password(conn, &acting, &proof, hash, sid.as_deref()))
        .await;
    match result {
        Ok(changed) => {
            let message = match changed.sessions_ended {
                0 => msg!("me-password-changed"),
                n => msg!(
                    "me-password-changed-others",
                    others = other_sessions_signed_out(n)
                ),
            };
            flash::success(&session, message);
            Ok(see_other(PATH))
        }
        Err(e) => again(&state, &admin, &session, Values::default(), e).await,
    }
}
