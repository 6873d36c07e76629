//! Delete an account, after a confirmation page.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::base;
use crate::auth::Authorized;
use crate::domain::account_edits;
use crate::domain::accounts::Account;
use crate::domain::numbers;
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    chrome: Chrome,
    account: Account,
    number: Option<String>,
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsDelete>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    let id = account.id;
    let (mut chrome, number) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("accounts-delete-title"),
        move |conn| Ok(numbers::of_account(conn, id)?.map(|n| n.e164)),
    )
    .await?;
    chrome.title = crate::msg!("accounts-delete-name", name = account.name()).to_string();
    render(&DeletePage {
        chrome,
        account,
        number,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsDelete>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    let acting = auth.acting().clone();
    let id = account.id;
    let result = state
        .db
        .run(move |conn| account_edits::delete(conn, &acting, id))
        .await;
    match result {
        Ok(deleted) => {
            let name = deleted.account.name();
            let message = match deleted.released_number {
                Some(n) => crate::msg!("accounts-deleted-number", name = name, number = n),
                None => crate::msg!("accounts-deleted", name = name),
            };
            flash::success(&session, message);
            Ok(see_other(&format!("{}/accounts", base(&auth))))
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&format!("{}/accounts/{}", base(&auth), id)))
        }
        Err(e) => Err(e),
    }
}
