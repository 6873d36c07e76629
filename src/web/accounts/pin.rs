//! Reset PIN of a No Portal Access account: a confirmation, then the new
//! PIN, shown once.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::form::{PinPage, new_pin, pin_response};
use crate::auth::Authorized;
use crate::domain::account_edits;
use crate::domain::accounts::{Account, UsernameKind};
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render};

#[derive(Template)]
#[template(path = "accounts/reset_pin.html")]
struct ConfirmPage {
    chrome: Chrome,
    account: Account,
}

fn has_pin(account: &Account) -> AppResult<()> {
    if account.kind() == UsernameKind::None {
        Ok(())
    } else {
        Err(AppError::Conflict(
            format!(
                "{} signs in with an email or device number and has no PIN.",
                account.name()
            )
            .into(),
        ))
    }
}

pub async fn confirm_reset_pin(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    has_pin(&account)?;
    let mut chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("accounts-reset-pin"),
    )
    .await?;
    chrome.title = crate::msg!("accounts-reset-pin-of", name = account.name()).to_string();
    render(&ConfirmPage { chrome, account })
}

pub async fn reset_pin(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    has_pin(&account)?;
    let (pin, hash) = new_pin().await?;
    let acting = auth.acting().clone();
    let id = account.id;
    let reset = state
        .db
        .run(move |conn| account_edits::reset_pin(conn, &acting, id, hash))
        .await?;
    let mut chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("accounts-reset-pin"),
    )
    .await?;
    chrome.title = crate::msg!("accounts-new-pin-of", name = reset.account.name()).to_string();
    pin_response(&PinPage {
        chrome,
        org_display_id: auth.org().display_id.clone(),
        account: reset.account,
        pin: pin.expose().to_owned(),
        added: false,
    })
}
