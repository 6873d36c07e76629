//! Signing out one of one's other sessions, or all of them.

use actix_session::Session;
use actix_web::{HttpResponse, web};

use super::PATH;
use crate::auth::{CurrentAdmin, TypedSession};
use crate::domain::my_sessions;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;
use crate::web::{State, flash, see_other};

pub async fn sign_out_session(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    sid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let sid = sid.into_inner();
    let current = TypedSession(session.clone()).sid();
    let acting = admin.at_home();
    let result = state
        .db
        .run(move |conn| my_sessions::sign_out(conn, &acting, &sid, current.as_deref()))
        .await;
    match result {
        Ok(()) => {
            flash::success(&session, msg!("me-session-signed-out"));
            Ok(see_other(PATH))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(PATH))
        }
        Err(e) => Err(e),
    }
}

pub async fn sign_out_others(
    state: State,
    session: Session,
    admin: CurrentAdmin,
) -> AppResult<HttpResponse> {
    let current = TypedSession(session.clone()).sid();
    let acting = admin.at_home();
    let ended = state
        .db
        .run(move |conn| my_sessions::sign_out_others(conn, &acting, current.as_deref()))
        .await?;
    let message = match ended {
        0 => msg!("me-sessions-none-else"),
        n => other_sessions_signed_out(n),
    };
    flash::success(&session, message);
    Ok(see_other(PATH))
}

/// "Your other session was signed out." / "Your 3 other sessions were
/// signed out." (after a password change too).
pub(super) fn other_sessions_signed_out(n: usize) -> Msg {
    msg!("me-sessions-others-signed-out", count = n)
}
