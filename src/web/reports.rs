//! Reports. Administrators Activity (in `activity`) lists the audit trail of
//! the viewed org and its sub-organizations; Batch Operation Reports (in `batches`) the
//! bulk operations run there; Failed Jobs (in `failed_jobs`) the background
//! work given up on.

pub mod activity;
pub mod batches;
pub mod failed_jobs;
pub mod undo;

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Scope;
use crate::domain::privileges::Privilege;
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render};

pub struct ReportLink {
    /// The catalogue id of its name.
    label: &'static str,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "reports/index.html")]
struct IndexPage {
    chrome: Chrome,
    reports: Vec<ReportLink>,
}

pub async fn index(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&Section::Reports.opened_by())?;
    let base = format!("/orgs/{}/reports", scope.org().display_id);
    let mut reports: Vec<ReportLink> = [
        (
            Privilege::ReportsViewConsumptionMetrics,
            "reports-consumption-metrics",
            None,
        ),
        (
            Privilege::ReportsViewUserMetrics,
            "reports-user-metrics",
            None,
        ),
        (
            Privilege::ReportsViewAdministratorsActivity,
            "reports-administrators-activity",
            Some("administrators-activity"),
        ),
        // Failures of background work (undelivered invitations, say) are
        // administrators' business: the same privilege opens them.
        (
            Privilege::ReportsViewAdministratorsActivity,
            "reports-failed-jobs",
            Some("jobs"),
        ),
        (Privilege::ReportsViewActivities, "reports-activities", None),
        (
            Privilege::ReportsViewCallRecording,
            "reports-call-recording",
            None,
        ),
        (
            Privilege::ReportsViewMessageLogging,
            "reports-message-logging",
            None,
        ),
        (Privilege::ReportsViewSmsOptIn, "reports-sms-opt-in", None),
    ]
    .into_iter()
    .filter(|(p, _, _)| scope.has(*p))
    .map(|(_, label, slug)| ReportLink {
        label,
        href: slug.map(|s| format!("{base}/{s}")),
    })
    .collect();
    if scope.privileges().has_any(&batches::OPENED_BY) {
        reports.push(ReportLink {
            label: "reports-batch-operation-reports",
            href: Some(format!("{base}/batches")),
        });
    }
    let chrome = Chrome::load(
        &state,
        &scope,
        &session,
        Section::Reports,
        crate::i18n::t("reports-title"),
    )
    .await?;
    render(&IndexPage { chrome, reports })
}
