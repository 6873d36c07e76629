//! Dashboard: a summary of the organization being viewed.

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;
use diesel::prelude::*;

use crate::auth::{Authorized, CurrentAdmin, Scope};
use crate::db::schema::{administrators, organizations};
use crate::domain::privileges::p;
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
    let prefix = format!("{}%", org.path);
    let (suborg_count, admin_count) = state
        .db
        .run(move |conn| {
            let suborgs: i64 = organizations::table
                .filter(organizations::path.like(&prefix))
                .filter(organizations::id.ne(org.id))
                .count()
                .get_result(conn)?;
            let admins: i64 = administrators::table
                .inner_join(organizations::table)
                .filter(organizations::path.like(&prefix))
                .count()
                .get_result(conn)?;
            Ok((suborgs, admins))
        })
        .await?;
    let chrome = Chrome::load(&state, &auth, &session, Section::Dashboard, "Dashboard").await?;
    render(&DashboardPage {
        chrome,
        org_name: auth.org().name.clone(),
        display_id: auth.org().display_id.clone(),
        suborg_count,
        admin_count,
    })
}
