//! Dashboard: a summary of the organization being viewed, each figure a
//! link to the list behind it, and only those lists the role may open.

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::{Authorized, CurrentAdmin, Scope};
use crate::domain::admin_directory::COUNT_CAP;
use crate::domain::batches::{self, VIEW_PRIVILEGES};
use crate::domain::dashboard::{self, Figures};
use crate::domain::privileges::{Privilege, p};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, local_time, render, see_other, signin};

/// A figure and the list it opens.
pub struct Tile {
    pub number: String,
    /// The catalogue id of what it counts.
    pub label: &'static str,
    /// Below `org/{base}/`, with its filter.
    pub href: String,
}

/// One of the latest batches.
pub struct BatchLine {
    pub id: i64,
    pub when: String,
    pub operation: String,
    pub org: String,
    pub state: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "dashboard/show.html")]
struct DashboardPage {
    chrome: Chrome,
    org_name: String,
    display_id: String,
    /// What the subtree holds.
    tiles: Vec<Tile>,
    /// What is waiting: invitations not yet accepted, numbers to hand out.
    checks: Vec<Tile>,
    /// `None` when the role opens no Batch Operation Reports.
    batches: Option<Vec<BatchLine>>,
}

/// `/orgs/{org}`: the first section this administrator may open there.
pub async fn org_home(scope: Scope, admin: CurrentAdmin) -> HttpResponse {
    see_other(&signin::landing_in(&admin, &scope.org().display_id))
}

fn count(n: i64) -> String {
    crate::import::grouped(n.unsigned_abs())
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::DashboardView>,
) -> AppResult<HttpResponse> {
    let org = auth.org().clone();
    let sees_batches = auth.privileges().has_any(&VIEW_PRIVILEGES);
    let (chrome, (figures, latest)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Dashboard,
        crate::i18n::t("dashboard-title"),
        move |conn| {
            let (figures, newest) = dashboard::figures(conn, &org)?;
            let latest = match (sees_batches, newest) {
                (false, _) => None,
                // PostgreSQL: their ids came with the figures.
                (true, Some(ids)) => Some(batches::of_ids(conn, &ids)?),
                (true, None) => Some(batches::latest(conn, &org, dashboard::LATEST_BATCHES)?),
            };
            Ok((figures, latest))
        },
    )
    .await?;
    let tz = auth.time_zone().to_owned();
    let batches = latest.map(|listed| {
        listed
            .into_iter()
            .map(|l| BatchLine {
                id: l.batch.id,
                when: local_time(Some(l.batch.created_at), &tz),
                operation: l.batch.operation_shown(),
                org: format!("{} {}", l.org_display_id, l.org_name),
                state: l.batch.state_shown(),
                summary: crate::msg!(
                    "dashboard-batch-summary",
                    succeeded = l.batch.succeeded.to_string(),
                    total = l.batch.total.to_string(),
                    skipped = l.batch.skipped.to_string(),
                    failed = l.batch.failed.to_string()
                )
                .to_string(),
            })
            .collect()
    });
    let (tiles, checks) = tiles(&auth, &figures);
    render(&DashboardPage {
        chrome,
        org_name: auth.org().name.clone(),
        display_id: auth.org().display_id.clone(),
        tiles,
        checks,
        batches,
    })
}

/// The tiles this role may follow: what the subtree holds, then what waits.
fn tiles(scope: &Scope, f: &Figures) -> (Vec<Tile>, Vec<Tile>) {
    let opens = |s: Section| scope.privileges().has_any(&s.opened_by());
    let mut tiles = Vec::new();
    let mut checks = Vec::new();
    if opens(Section::Profile) {
        tiles.push(Tile {
            number: count(f.suborgs),
            label: "dashboard-suborgs",
            href: "suborgs".into(),
        });
    }
    if opens(Section::Administrators) {
        tiles.push(Tile {
            number: count(f.admins),
            label: "dashboard-admins",
            href: "administrators".into(),
        });
    }
    if scope.has(Privilege::AccountsView) {
        tiles.push(Tile {
            number: count(f.accounts),
            label: "dashboard-accounts",
            href: "accounts".into(),
        });
        checks.push(Tile {
            number: count(f.accounts_invited),
            label: "dashboard-accounts-invited",
            href: "accounts?status=invited".into(),
        });
    }
    if scope.has(Privilege::AdministratorsView) {
        checks.push(Tile {
            number: count(f.admins_invited),
            label: "dashboard-admins-invited",
            href: "administrators?status=invited".into(),
        });
    }
    if scope.has(Privilege::SetupViewNumberManagement) {
        checks.push(Tile {
            number: if f.numbers_available > COUNT_CAP {
                crate::msg!("dashboard-more-than", count = count(COUNT_CAP)).to_string()
            } else {
                count(f.numbers_available)
            },
            label: "dashboard-numbers-available",
            href: "numbers?status=available".into(),
        });
    }
    (tiles, checks)
}
