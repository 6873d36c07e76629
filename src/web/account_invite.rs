//! Resend Invite on the account page: `POST /orgs/{org}/accounts/{id}/invite`
//! sends a new invitation (email or SMS) and revokes the previous link,
//! then returns to the account page with what happened.

use actix_session::Session;
use actix_web::{HttpResponse, web};

use crate::auth::Authorized;
use crate::domain::account_invites;
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult};
use crate::web::{State, flash, see_other};

pub async fn resend(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsInvite>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id: i64 = path
        .into_inner()
        .1
        .parse()
        .map_err(|_| AppError::NotFound)?;
    let acting = auth.acting().clone();
    let links = state.links();
    let result = state
        .db
        .run(move |conn| account_invites::resend(conn, &acting, id, &links))
        .await;
    match result {
        Ok(sent) => {
            state.mailer.wake();
            flash::success(
                &session,
                crate::msg!("accounts-invitation-sent", to = sent.to),
            );
        }
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&format!(
        "/orgs/{}/accounts/{id}",
        auth.org().display_id
    )))
}
