use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::numbers::Status;
use crate::domain::numbers::listing::{self, Filter, Row, TagFilter};
use crate::domain::numbers::moves::may_withdraw;
use crate::domain::numbers::usage::{Counts, OrgUsage, usage};
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::{Privilege, p};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::list_order::{PageSize, ViewQuery, pager};
use crate::web::org_options::{OrgOption, org_options};
use crate::web::{Pager, State, local_time, render};

/// The tag filter's value for "numbers without a tag" (`!` is never in a tag).
pub const UNTAGGED: &str = "!none";

/// The list's filters and page, as in its address.
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub tag: String,
    pub page: Option<i64>,
}

impl ListQuery {
    pub fn filter(&self) -> Filter {
        Filter {
            status: Status::parse(&self.status),
            tag: match self.tag.trim() {
                "" => TagFilter::Any,
                UNTAGGED => TagFilter::Untagged,
                t => TagFilter::Is(t.to_owned()),
            },
            digits: Filter::digits_of(&self.q),
        }
    }

    /// The filters as a query string (for pager links and redirects).
    pub fn encoded(&self) -> String {
        serde_urlencoded::to_string([("q", &self.q), ("status", &self.status), ("tag", &self.tag)])
            .unwrap_or_default()
    }

    /// The filters and the page, for returning to exactly this view.
    pub fn encoded_with_page(&self) -> String {
        match self.page {
            Some(page) if page > 1 => format!("{}&page={page}", self.encoded()),
            _ => self.encoded(),
        }
    }

    fn narrows(&self) -> bool {
        let f = self.filter();
        f.status.is_some() || f.tag != TagFilter::Any || !f.digits.is_empty()
    }
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One row of the utilisation table.
pub struct UsageRow {
    pub org: Organization,
    pub counts: Counts,
    pub this_org: bool,
}

impl UsageRow {
    /// "412 of 500 assigned".
    pub fn utilisation(&self) -> String {
        crate::msg!(
            "numbers-utilisation-value",
            assigned = super::grouped(self.counts.assigned.unsigned_abs()),
            total = super::grouped(self.counts.total().unsigned_abs())
        )
        .to_string()
    }

    pub fn n(&self, status: &str) -> String {
        let n = Status::parse(status).map_or(self.counts.total(), |s| self.counts.of(s));
        super::grouped(n.unsigned_abs())
    }
}

pub struct ListRow {
    pub row: Row,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "numbers/list.html")]
struct ListPage<'a> {
    chrome: Chrome,
    usage: Vec<UsageRow>,
    rows: Vec<ListRow>,
    query: ListQuery,
    statuses: Vec<Choice>,
    tags: Vec<Choice>,
    /// Sub-orgs numbers may be allocated to, indented by depth.
    targets: Vec<OrgOption<'a>>,
    pager: Pager,
    pager_base: String,
    /// Rows per page (25, 50 or 100).
    size: PageSize,
    /// "1,234 numbers" or "1,234 numbers match" (or "more than …").
    summary: String,
    can_edit: bool,
    /// The parent the numbers may be withdrawn to, when allowed here.
    parent: Option<Organization>,
    untagged: &'static str,
    narrowed: bool,
    org_label: String,
    org_has_none: bool,
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewNumberManagement>,
    query: web::Query<ListQuery>,
    view: web::Query<ViewQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let size = PageSize::new(&view);
    let per = size.per;
    let scope: &Scope = &auth;
    let filter = query.filter();
    let org = scope.org().clone();
    let page = query.page;
    let can_edit = scope.has(Privilege::SetupEditNumberManagement);
    let withdraw_allowed = can_edit && may_withdraw(scope);
    let (chrome, (own, children, listing, tags, below, parent)) = Chrome::load_with(
        &state,
        scope,
        &session,
        Section::Setup,
        super::title(),
        move |conn| {
            let (own, children) = usage(conn, &org)?;
            // Unfiltered or by status alone, the total is one of the counts.
            let exact = filter.counted_by_status().then(|| match filter.status {
                Some(status) => own.of(status),
                None => own.total(),
            });
            let listing = listing::list(conn, &org, &filter, exact, page, per)?;
            let tags = listing::tags(conn, &org)?;
            let below = if can_edit {
                // Numbers may be allocated to the orgs below (`below_root`).
                orgs::tree(conn, &org)?
            } else {
                std::sync::Arc::from([])
            };
            let parent = match org.parent_id {
                Some(id) if withdraw_allowed => Some(orgs::by_id(conn, id)?),
                _ => None,
            };
            Ok((own, children, listing, tags, below, parent))
        },
    )
    .await?;
    let tz = scope.time_zone().to_owned();
    let own_total = own.total();
    let mut usage_rows = vec![UsageRow {
        org: scope.org().org().clone(),
        counts: own,
        this_org: true,
    }];
    usage_rows.extend(
        children
            .into_iter()
            .map(|OrgUsage { org, counts }| UsageRow {
                org,
                counts,
                this_org: false,
            }),
    );
    let count = listing.count;
    let summary = {
        let n = super::grouped(count.n.unsigned_abs());
        let id = match (count.more, query.narrows()) {
            (true, _) => "numbers-summary-more",
            (false, true) => "numbers-summary-match",
            (false, false) => "numbers-summary",
        };
        crate::i18n::Msg::new(id)
            .arg("count", count.n)
            .arg("n", n)
            .to_string()
    };
    let statuses = Status::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: s.shown().into_owned(),
            selected: query.status == s.as_str(),
        })
        .collect();
    let tags = tags
        .into_iter()
        .map(|t| Choice {
            selected: query.tag == t,
            label: t.clone(),
            value: t,
        })
        .collect();
    let targets = org_options(orgs::below_root(&below), "");
    render(&ListPage {
        pager: pager(listing.page, count.n, count.more, per),
        pager_base: size.pager_base(&query.encoded()),
        size,
        rows: listing
            .rows
            .into_iter()
            .map(|row| ListRow {
                updated: local_time(Some(row.updated_at), &tz),
                row,
            })
            .collect(),
        chrome,
        usage: usage_rows,
        statuses,
        tags,
        targets,
        summary,
        can_edit,
        parent,
        untagged: UNTAGGED,
        narrowed: query.narrows(),
        org_has_none: own_total == 0,
        org_label: scope.org().label(),
        query,
    })
}
