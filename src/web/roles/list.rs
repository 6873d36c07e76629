use std::collections::HashMap;

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Authorized;
use crate::domain::orgs;
use crate::domain::privileges::{Privilege, p};
use crate::domain::roles::{self};
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{PAGE_SIZE, Pager, State, render};

// ---------------------------------------------------------------- list

pub struct Row {
    id: i64,
    name: String,
    builtin: bool,
    /// Owned by the viewed org: the only roles editable from this page.
    owned: bool,
    /// Owned by an ancestor of the viewed org.
    inherited: bool,
    /// For inherited roles: the ancestor that owns it, when in the viewer's scope.
    owner: Option<String>,
    admins: i64,
}

impl Row {
    fn assigned(&self) -> String {
        crate::msg!("roles-assigned", count = self.admins).to_string()
    }
}

#[derive(Template)]
#[template(path = "roles/list.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    q: String,
    pager: Pager,
    pager_base: String,
    can_create: bool,
    can_edit: bool,
    can_delete: bool,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    page: Option<i64>,
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::RolesView>,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let ListQuery { q, page } = query.into_inner();
    let q = q.trim().to_owned();
    let (org, home) = (auth.org().clone(), auth.home().clone());
    let search = q.clone();
    let (listed, pager, lineage) = state
        .db
        .run(move |conn| {
            let (_, total) = roles::list_visible(conn, &org, &search, 0, 0)?;
            let pager = Pager::new(page, total);
            let (listed, _) = roles::list_visible(conn, &org, &search, pager.offset(), PAGE_SIZE)?;
            // Owners are named only inside the administrator's own subtree.
            let lineage = orgs::chain_from(conn, &home, &org)?;
            Ok((listed, pager, lineage))
        })
        .await?;
    let owners: HashMap<i64, String> = lineage.iter().map(|o| (o.id, o.label())).collect();
    let here = auth.org().id;
    let rows = listed
        .into_iter()
        .map(|l| Row {
            id: l.role.id,
            owned: l.role.org_id == Some(here) && !l.role.builtin,
            inherited: !l.role.builtin && l.role.org_id != Some(here),
            owner: l
                .role
                .org_id
                .filter(|id| *id != here)
                .and_then(|id| owners.get(&id).cloned()),
            name: l.role.name,
            builtin: l.role.builtin,
            admins: l.admins,
        })
        .collect();
    let pager_base = if q.is_empty() {
        "?".to_owned()
    } else {
        format!(
            "?{}&",
            serde_urlencoded::to_string([("q", q.as_str())]).map_err(AppError::internal)?
        )
    };
    let chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Roles,
        crate::i18n::t("nav-roles"),
    )
    .await?;
    render(&ListPage {
        chrome,
        rows,
        q,
        pager,
        pager_base,
        can_create: auth.has(Privilege::RolesCreate),
        can_edit: auth.has(Privilege::RolesEdit),
        can_delete: auth.has(Privilege::RolesDelete),
    })
}
