use std::borrow::Cow;

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::Choice;
use crate::auth::Authorized;
use crate::domain::accounts::{self, Filter, InvitationState, Row, Sort, Status, choices};
use crate::domain::orgs;
use crate::domain::privileges::{Privilege, p};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::list_order::{ListState, ViewQuery, pager};
use crate::web::org_options::{OrgOption, org_options};
use crate::web::{Pager, State, render};

/// The list's query string, as typed: unknown values are simply ignored.
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub invitation: String,
    /// Display id of an org of the subtree.
    #[serde(default)]
    pub org: String,
    /// A User Permissions id.
    #[serde(default)]
    pub permissions: String,
    /// "yes" or "no".
    #[serde(default)]
    pub number: String,
    pub page: Option<i64>,
}

impl ListQuery {
    /// The typed filter; `org_id` is the id of `org` when it is an org of
    /// the subtree (resolved by the caller), else the filter matches nothing.
    pub fn filter(&self, org_id: Option<i64>) -> Filter {
        Filter {
            q: self.q.clone(),
            status: Status::parse(&self.status),
            invitation: InvitationState::from_key(&self.invitation),
            org_id,
            user_permissions_id: self.permissions.parse().ok(),
            has_number: match self.number.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        }
    }

    /// The query string that keeps these filters (for links back to it).
    pub fn encoded(&self) -> String {
        serde_urlencoded::to_string(self.pairs()).unwrap_or_default()
    }

    /// The filters as query pairs (kept by the pager and sort links).
    pub fn pairs(&self) -> [(&str, &str); 6] {
        [
            ("q", &self.q),
            ("status", &self.status),
            ("invitation", &self.invitation),
            ("org", &self.org),
            ("permissions", &self.permissions),
            ("number", &self.number),
        ]
    }
}

pub struct ListRow {
    pub row: Row,
    pub name: String,
    pub status_label: Cow<'static, str>,
    pub invitation_label: Cow<'static, str>,
}

#[derive(Template)]
#[template(path = "accounts/list.html")]
struct ListPage<'a> {
    chrome: Chrome,
    rows: Vec<ListRow>,
    query: ListQuery,
    statuses: Vec<Choice>,
    invitations: Vec<Choice>,
    orgs: Vec<OrgOption<'a>>,
    permissions: Vec<Choice>,
    numbers: Vec<Choice>,
    pager: Pager,
    pager_base: String,
    /// Sort, page size and the links that keep them.
    state: ListState<Sort>,
    filtered: bool,
    can_add: bool,
    /// The bulk buttons the role allows: (action, label).
    bulk: Vec<(&'static str, String)>,
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsView>,
    query: web::Query<ListQuery>,
    view: web::Query<ViewQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let list_state = ListState::<Sort>::new(&query.pairs(), &view);
    let (order, per) = (list_state.order, list_state.per);
    let org = auth.org().clone();
    let wanted_org = query.org.clone();
    let page = query.page;
    let list_query = query.clone();
    let (chrome, (listing, subtree, profiles)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("nav-accounts"),
        move |conn| {
            let subtree = orgs::tree(conn, &org)?;
            let org_id = if wanted_org.is_empty() {
                None
            } else {
                // An org outside the subtree matches nothing (id 0 is no org).
                Some(
                    subtree
                        .iter()
                        .find(|p| p.org.display_id == wanted_org)
                        .map_or(0, |p| p.org.id),
                )
            };
            let filter = list_query.filter(org_id);
            let listing = accounts::list(conn, &org, &filter, order, page, per)?;
            let profiles = choices::profiles_in_subtree(conn, &org)?;
            Ok((listing, subtree, profiles))
        },
    )
    .await?;
    let now = chrono::Utc::now().naive_utc();
    let count = listing.count;
    let pager = pager(listing.page, count.n, count.more, per);
    let rows = listing
        .rows
        .into_iter()
        .map(|row| ListRow {
            name: display_name(&row),
            status_label: row.account.status().shown(),
            invitation_label: row.account.invitation_state(now).shown(),
            row,
        })
        .collect();
    let statuses = Status::ALL
        .iter()
        .map(|s| Choice::new(s.as_str(), s.shown(), &query.status))
        .collect();
    let invitations = InvitationState::FILTERS
        .iter()
        .map(|s| Choice::new(s.key(), s.shown(), &query.invitation))
        .collect();
    let orgs = org_options(subtree.iter(), &query.org);
    let permissions = profiles
        .into_iter()
        .map(|(p, org_name)| {
            let label = if p.org_id == auth.org().id {
                p.name
            } else {
                format!("{} ({org_name})", p.name)
            };
            Choice::new(p.id.to_string(), label, &query.permissions)
        })
        .collect();
    let numbers = [
        ("yes", "accounts-with-number"),
        ("no", "accounts-without-number"),
    ]
    .into_iter()
    .map(|(v, l)| Choice::new(v, crate::i18n::t(l), &query.number))
    .collect();
    render(&ListPage {
        pager_base: list_state.pager_base(),
        state: list_state,
        filtered: query.filter(None).narrows() || !query.org.is_empty(),
        chrome,
        rows,
        statuses,
        invitations,
        orgs,
        permissions,
        numbers,
        pager,
        can_add: auth.has(Privilege::AccountsEdit),
        bulk: super::bulk_kind::allowed(&auth),
        query,
    })
}

/// The name, or what else identifies an account that has none.
pub(super) fn display_name(row: &Row) -> String {
    let name = row.account.name();
    if name.is_empty() {
        super::account_id_label(&row.account.account_ref)
    } else {
        name
    }
}
