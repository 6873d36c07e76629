use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Action, may, status_label};
use crate::auth::Scope;
use crate::domain::admin_directory::{self, Filter, Row, Sort};
use crate::domain::admins::{KIND_ADMIN, KIND_API, Status};
use crate::domain::roles;
use crate::error::AppResult;

use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::list_order::{ListState, ViewQuery, pager};
use crate::web::{Pager, State, local_time, render};

#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub status: String,
    pub page: Option<i64>,
}

impl ListQuery {
    pub fn filter(&self, scope: &Scope) -> Filter {
        Filter {
            q: self.q.clone(),
            role_id: self.role.parse().ok(),
            status: Status::parse(&self.status).map(|s| s.as_str().to_owned()),
            include_admins: may(scope, KIND_ADMIN, Action::View),
            include_api_users: may(scope, KIND_API, Action::View),
        }
    }

    /// The query string that keeps these filters (for forms and links).
    pub fn encoded(&self) -> String {
        serde_urlencoded::to_string(self.pairs()).unwrap_or_default()
    }

    /// The filters as query pairs (kept by the pager and sort links).
    pub fn pairs(&self) -> [(&str, &str); 3] {
        [
            ("q", &self.q),
            ("role", &self.role),
            ("status", &self.status),
        ]
    }
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct ListRow {
    pub row: Row,
    pub last_sign_in: std::borrow::Cow<'static, str>,
    pub status_label: std::borrow::Cow<'static, str>,
    /// Waiting after failed passwords (an administrator may unlock them).
    pub locked: bool,
}

#[derive(Template)]
#[template(path = "administrators/list.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<ListRow>,
    query: ListQuery,
    roles: Vec<Choice>,
    statuses: Vec<Choice>,
    pager: Pager,
    pager_base: String,
    /// Sort, page size and the links that keep them.
    state: ListState<Sort>,
    /// A search, role or status narrows the list (offer Clear filters).
    filtered: bool,
    can_add_admin: bool,
    can_add_api_user: bool,
    can_reinvite: bool,
    can_roles: bool,
}

pub async fn list(
    state: State,
    session: Session,
    scope: Scope,
    query: web::Query<ListQuery>,
    view: web::Query<ViewQuery>,
) -> AppResult<HttpResponse> {
    scope.require_any(&Section::Administrators.opened_by())?;
    let query = query.into_inner();
    let filter = query.filter(&scope);
    let filtered = filter.narrows();
    let list_state = ListState::<Sort>::new(&query.pairs(), &view);
    let (order, per) = (list_state.order, list_state.per);
    let org = scope.org().clone();
    let page = query.page;
    let (chrome, (rows, pager, visible_roles)) = Chrome::load_with(
        &state,
        &scope,
        &session,
        Section::Administrators,
        crate::i18n::t("admins-list-title"),
        move |conn| {
            let listing = admin_directory::list_sorted(conn, &org, &filter, order, page, per)?;
            let count = listing.count;
            let pager = pager(listing.page, count.n, count.more, per);
            let rows = listing.rows;
            let roles = roles::visible(conn, &org)?;
            Ok((rows, pager, roles))
        },
    )
    .await?;
    let tz = scope.time_zone().to_owned();
    let now = state.clock.now();
    let rows = rows
        .into_iter()
        .map(|mut row| {
            if row.kind == KIND_API {
                row.role_name = crate::i18n::t("admins-api-user");
            }
            ListRow {
                last_sign_in: match row.last_sign_in_at {
                    Some(_) => local_time(row.last_sign_in_at, &tz).into(),
                    None => crate::i18n::text("never"),
                },
                status_label: status_label(&row.status),
                locked: row.locked_until.is_some_and(|until| until > now),
                row,
            }
        })
        .collect();
    let roles = visible_roles
        .into_iter()
        .map(|r| Choice {
            selected: query.role == r.id.to_string(),
            value: r.id.to_string(),
            label: r.name,
        })
        .collect();
    let statuses = [
        Status::Invited,
        Status::Active,
        Status::LoginSuspended,
        Status::AccountSuspended,
    ]
    .into_iter()
    .map(|s| Choice {
        value: s.as_str().into(),
        label: s.shown().into_owned(),
        selected: query.status == s.as_str(),
    })
    .collect();
    render(&ListPage {
        pager_base: list_state.pager_base(),
        state: list_state,
        filtered,
        chrome,
        rows,
        roles,
        statuses,
        pager,
        can_add_admin: may(&scope, KIND_ADMIN, Action::Create),
        can_add_api_user: may(&scope, KIND_API, Action::Create),
        can_reinvite: scope
            .privileges()
            .has_any(&crate::domain::admin_reinvite::REINVITE),
        can_roles: scope.has(crate::domain::privileges::Privilege::RolesView),
        query,
    })
}
