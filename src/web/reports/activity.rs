//! Reports → Administrators Activity: the audit trail of the viewed org and
//! its sub-organizations, filtered, in the viewer's time zone, and its
//! Download as CSV.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Authorized;
use crate::domain::activity::{self, ActivityFilter, Row, labels};
use crate::domain::orgs;
use crate::domain::privileges::{Privilege, p};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::{OrgOption, org_options};
use crate::web::{PAGE_SIZE, Pager, State, local_time, render};

/// The filters as typed (GET): what does not parse is left out and said.
#[derive(Deserialize, Default, Clone)]
pub struct ActivityQuery {
    /// `YYYY-MM-DD`, as `<input type="date">` sends it.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub administrator: String,
    /// An action key.
    #[serde(default)]
    pub action: String,
    /// Display id of an org of the subtree.
    #[serde(default)]
    pub org: String,
    pub page: Option<i64>,
}

impl ActivityQuery {
    fn date(value: &str) -> Result<Option<chrono::NaiveDate>, ()> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ())
    }

    /// The typed filter, and the fields that did not parse.
    fn filter(&self, time_zone: &str) -> (ActivityFilter, Vec<&'static str>) {
        let mut errors = Vec::new();
        let mut date = |value: &str, field: &'static str| {
            Self::date(value).unwrap_or_else(|()| {
                errors.push(field);
                None
            })
        };
        let from = date(&self.from, "from");
        let to = date(&self.to, "to");
        let filter = ActivityFilter {
            from,
            to,
            time_zone: time_zone.to_owned(),
            administrator: self.administrator.trim().to_owned(),
            action: Some(self.action.clone()).filter(|a| labels::is_known(a)),
            org: Some(self.org.trim().to_owned()).filter(|o| !o.is_empty()),
        };
        (filter, errors)
    }

    /// The query string that keeps these filters (pager and Download links).
    fn encoded(&self) -> String {
        serde_urlencoded::to_string([
            ("from", &self.from),
            ("to", &self.to),
            ("administrator", &self.administrator),
            ("action", &self.action),
            ("org", &self.org),
        ])
        .unwrap_or_default()
    }
}

/// One option of a filter's select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One row as the page shows it.
pub struct Shown {
    pub time: String,
    pub row: Row,
}

#[derive(Template)]
#[template(path = "reports/administrators_activity.html")]
struct ActivityPage<'a> {
    chrome: Chrome,
    rows: Vec<Shown>,
    query: ActivityQuery,
    actions: Vec<Choice>,
    orgs: Vec<OrgOption<'a>>,
    /// Fields whose value was not a date.
    bad_dates: Vec<&'static str>,
    filtered: bool,
    pager: Pager,
    pager_base: String,
    /// The Download link (with the filters), when the role may download.
    download: Option<String>,
    time_zone: String,
}

pub async fn page(
    state: State,
    session: Session,
    auth: Authorized<p::ReportsViewAdministratorsActivity>,
    query: web::Query<ActivityQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let time_zone = auth.time_zone().to_owned();
    let (filter, bad_dates) = query.filter(&time_zone);
    let org = auth.org().clone();
    let page = query.page;
    let narrows = filter.narrows();
    // The labels are worded on the database's thread: in this language.
    let (chrome, (listing, subtree)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Reports,
        crate::i18n::t("reports-administrators-activity"),
        move |conn| {
            let listing = activity::page(conn, &org, &filter, page, PAGE_SIZE)?;
            Ok((listing, orgs::tree(conn, &org)?))
        },
    )
    .await?;
    let pager = Pager::counted(Some(listing.page), listing.count.n, listing.count.more);
    let rows = listing
        .rows
        .into_iter()
        .map(|row| Shown {
            time: local_time(Some(row.event.created_at), &time_zone),
            row,
        })
        .collect();
    let actions = labels::LABELS
        .iter()
        .map(|(key, _)| Choice {
            value: (*key).to_owned(),
            label: labels::label(key),
            selected: *key == query.action,
        })
        .collect();
    let orgs = org_options(subtree.iter(), &query.org);
    let encoded = query.encoded();
    render(&ActivityPage {
        pager_base: format!("?{encoded}&"),
        download: auth
            .has(Privilege::ReportsDownloadAdministratorsActivity)
            .then(|| {
                format!(
                    "{}/reports/administrators-activity.csv?{encoded}",
                    chrome.base
                )
            }),
        filtered: narrows,
        chrome,
        rows,
        actions,
        orgs,
        bad_dates,
        pager,
        time_zone,
        query,
    })
}

/// Download: the filtered events (the newest `activity::CSV_ROWS`) as CSV.
pub async fn csv(
    state: State,
    auth: Authorized<p::ReportsDownloadAdministratorsActivity>,
    query: web::Query<ActivityQuery>,
) -> AppResult<HttpResponse> {
    let time_zone = auth.time_zone().to_owned();
    let (filter, _) = query.filter(&time_zone);
    let org = auth.org().clone();
    let body = state
        .db
        .run(move |conn| activity::csv(&activity::all(conn, &org, &filter)?, &time_zone))
        .await?;
    Ok(crate::web::csv_download(
        &format!("administrators-activity-{}.csv", auth.org().display_id),
        body,
    ))
}
