//! Sub-Organizations (the Profile privileges): the whole subtree of the org
//! being viewed as an expandable tree, each org with its links and its
//! counts (direct and at all levels); create, rename and delete.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::acting::ScopedOrg;
use crate::domain::org_edits;
use crate::domain::orgs::{self, Counted, Counts, Organization};
use crate::domain::privileges::{Privilege, p};
use crate::domain::values::OrgName;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{Msg, filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

/// One org of the tree as the page shows it. The page nests `<ul>`s from a
/// flat list: an org with children opens a list that its last descendant
/// closes (`closes` levels after it).
pub struct Node {
    org: Organization,
    counts: Counts,
    has_children: bool,
    closes: usize,
    /// What the rename field shows: the name, or what was typed when a
    /// rename of this org was refused.
    rename_value: String,
    rename_error: Option<Msg>,
}

impl Node {
    fn summary(&self) -> String {
        summary(&self.counts)
    }
}

/// "Sub-Organizations: 3 direct, 12 at all levels · Administrators: 2 direct,
/// 5 at all levels": each count says which it is.
fn summary(c: &Counts) -> String {
    msg!(
        "suborgs-summary",
        suborgs = c.suborgs,
        suborgs_all = c.suborgs_all,
        admins = c.admins,
        admins_all = c.admins_all
    )
    .to_string()
}

/// A rename that was refused: which org, what was typed, why.
struct Refused {
    display_id: String,
    typed: String,
    message: Msg,
}

#[derive(Template)]
#[template(path = "suborgs/list.html")]
struct ListPage {
    chrome: Chrome,
    root: String,
    nodes: Vec<Node>,
    can_create: bool,
    can_edit: bool,
    can_delete: bool,
    /// Links shown with every org, for the sections this role opens.
    links: Vec<(String, &'static str)>,
    new_name: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "suborgs/delete.html")]
struct DeletePage {
    chrome: Chrome,
    org: Organization,
    blocked: Option<String>,
}

#[derive(Deserialize)]
pub struct NameForm {
    name: String,
}

/// The tree below the viewed org as nodes; the viewed org (depth 0) is
/// the page's summary, not a node.
fn nodes(tree: Vec<Counted>, refused: Option<&Refused>) -> Vec<Node> {
    let depths: Vec<usize> = tree.iter().map(|c| c.placed.depth).collect();
    tree.into_iter()
        .enumerate()
        .skip(1)
        .map(|(i, c)| {
            let depth = depths[i];
            let next = depths.get(i + 1).copied().unwrap_or(1);
            let has_children = next > depth;
            let org = c.placed.org;
            let mine = refused.filter(|r| r.display_id == org.display_id);
            Node {
                rename_value: mine.map_or_else(|| org.name.clone(), |r| r.typed.clone()),
                rename_error: mine.map(|r| r.message.clone()),
                counts: c.counts,
                has_children,
                closes: if has_children {
                    0
                } else {
                    depth - next.min(depth)
                },
                org,
            }
        })
        .collect()
}

/// Sections linked from every org of the tree, if the role opens them.
fn links(scope: &Scope) -> Vec<(String, &'static str)> {
    [
        Section::Dashboard,
        Section::Administrators,
        Section::Accounts,
    ]
    .into_iter()
    .filter(|s| scope.privileges().has_any(&s.opened_by()))
    .map(|s| (s.label(), s.slug()))
    .collect()
}

async fn list_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    new_name: String,
    errors: FieldErrors,
    refused: Option<Refused>,
) -> AppResult<ListPage> {
    let org = scope.org().clone();
    let (chrome, tree) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Profile,
        t("sub-organizations"),
        move |conn| orgs::tree_with_counts(conn, &org),
    )
    .await?;
    let root = tree
        .first()
        .map(|c| format!("{}: {}", c.placed.org.label(), summary(&c.counts)))
        .unwrap_or_default();
    Ok(ListPage {
        chrome,
        root,
        nodes: nodes(tree, refused.as_ref()),
        can_create: scope.has(Privilege::ProfileCreateSubOrganization),
        can_edit: scope.has(Privilege::ProfileEdit),
        can_delete: scope.has(Privilege::ProfileDeleteSubOrganization),
        links: links(scope),
        new_name,
        errors,
    })
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileView>,
) -> AppResult<HttpResponse> {
    render(
        &list_page(
            &state,
            &auth,
            &session,
            String::new(),
            FieldErrors::new(),
            None,
        )
        .await?,
    )
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileCreateSubOrganization>,
    form: web::Form<NameForm>,
) -> AppResult<HttpResponse> {
    let name = match OrgName::parse(&form.name) {
        Ok(name) => name,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            let page = list_page(
                &state,
                &auth,
                &session,
                form.into_inner().name,
                errors,
                None,
            )
            .await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| org_edits::create(conn, &acting, &name))
        .await;
    match result {
        Ok(child) => {
            flash::success(&session, msg!("suborgs-created", name = child.name));
            Ok(see_other(&format!(
                "/orgs/{}/suborgs",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let page = list_page(
                &state,
                &auth,
                &session,
                form.into_inner().name,
                errors,
                None,
            )
            .await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

/// A strict descendant of the viewed org, or 404.
async fn find_sub(state: &State, scope: &Scope, display_id: String) -> AppResult<ScopedOrg> {
    let acting = scope.acting().clone();
    state
        .db
        .run(move |conn| org_edits::find_sub(conn, &acting, &display_id))
        .await
}

/// Renames a sub-organization; a refused name is shown again in its field,
/// with the reason next to it.
pub async fn rename(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileEdit>,
    path: web::Path<(String, String)>,
    form: web::Form<NameForm>,
) -> AppResult<HttpResponse> {
    let display_id = path.into_inner().1;
    let sub = find_sub(&state, &auth, display_id.clone()).await?;
    let typed = form.into_inner().name;
    let refused = |message: Msg| Refused {
        display_id: sub.display_id.clone(),
        typed: typed.clone(),
        message,
    };
    let result = match OrgName::parse(&typed) {
        Ok(name) => {
            let acting = auth.acting().clone();
            state
                .db
                .run(move |conn| org_edits::rename(conn, &acting, &display_id, &name))
                .await
        }
        Err(message) => Err(AppError::Invalid({
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            errors
        })),
    };
    match result {
        Ok(old) => {
            flash::success(
                &session,
                msg!("suborgs-renamed", old = old, new = typed.trim()),
            );
            Ok(see_other(&format!(
                "/orgs/{}/suborgs",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let message = errors
                .get("name")
                .cloned()
                .unwrap_or_else(|| msg!("suborgs-name-invalid"));
            let page = list_page(
                &state,
                &auth,
                &session,
                String::new(),
                FieldErrors::new(),
                Some(refused(message)),
            )
            .await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

pub async fn confirm_delete(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileDeleteSubOrganization>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let sub = find_sub(&state, &auth, path.into_inner().1).await?;
    let check = sub.clone();
    let found = state
        .db
        .run(move |conn| orgs::dependants(conn, &check))
        .await?;
    let blocked = (!found.is_empty())
        .then(|| msg!("suborgs-blocked", what = orgs::describe_dependants(&found)).to_string());
    let chrome = Chrome::load(
        &state,
        &auth,
        &session,
        Section::Profile,
        t("suborgs-delete-title"),
    )
    .await?;
    render(&DeletePage {
        chrome,
        org: sub.org().clone(),
        blocked,
    })
}

pub async fn delete(
    state: State,
    session: Session,
    auth: Authorized<p::ProfileDeleteSubOrganization>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let display_id = path.into_inner().1;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| org_edits::delete(conn, &acting, &display_id))
        .await;
    match result {
        Ok(sub) => flash::success(&session, msg!("suborgs-deleted", name = sub.name)),
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&format!(
        "/orgs/{}/suborgs",
        auth.org().display_id
    )))
}
