//! Dashboard: a summary of the organization being viewed.

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::{Authorized, CurrentAdmin, Scope};
use crate::domain::privileges::{Privilege, p};
use crate::domain::{accounts, admin_directory};
use crate::error::AppResult;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render, see_other, signin};

#[derive(Template)]
#[template(path = "dashboard/show.html")]
struct DashboardPage {
    chrome: Chrome,
    org_name: String,
    display_id: String,
    suborg_count: i64,
    admin_count: i64,
    /// Accounts of the subtree, for those who may see accounts.
    account_count: Option<i64>,
}

/// `/orgs/{org}`: the first section this administrator may open there.
pub async fn org_home(scope: Scope, admin: CurrentAdmin) -> HttpResponse {
    see_other(&signin::landing_in(&admin, &scope.org().display_id))
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::DashboardView>,
) -> AppResult<HttpResponse> {
    let org = auth.org().clone();
    let sees_accounts = auth.has(Privilege::AccountsView);
    let (chrome, ((suborg_count, admin_count), account_count)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Dashboard,
        "Dashboard",
        move |conn| {
            let accounts = if sees_accounts {
                Some(accounts::subtree_total(conn, &org)?)
            } else {
                None
            };
            Ok((admin_directory::subtree_counts(conn, &org)?, accounts))
        },
    )
    .await?;
    render(&DashboardPage {
        chrome,
        org_name: auth.org().name.clone(),
        display_id: auth.org().display_id.clone(),
        suborg_count,
        admin_count,
        account_count,
    })
}
