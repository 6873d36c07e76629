//! Unlock: an administrator locked after failed passwords may sign in again.

use actix_session::Session;
use actix_web::{HttpResponse, web};

use super::parse_id;
use crate::auth::Scope;
use crate::domain::admin_edits;
use crate::error::{AppError, AppResult};
use crate::web::{State, flash, see_other};

pub async fn unlock(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&path.1)?;
    let record = format!("/orgs/{}/administrators/{id}", scope.org().display_id);
    let acting = scope.acting().clone();
    let now = state.clock.now();
    let result = state
        .db
        .run(move |conn| admin_edits::unlock(conn, &acting, id, now))
        .await;
    match result {
        Ok(admin) => {
            flash::success(
                &session,
                crate::msg!("admins-unlocked", name = admin.full_name()),
            );
            Ok(see_other(&record))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&record))
        }
        Err(e) => Err(e),
    }
}
