use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{Authorized, Scope};
use crate::domain::audit::{self, Event};
use crate::domain::privileges::{CATALOGUE, Privilege, PrivilegeSet, p};
use crate::domain::roles::{self, Role, RoleName};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

// ---------------------------------------------------------------- form

pub struct Item {
    key: &'static str,
    label: &'static str,
    checked: bool,
    disabled: bool,
}

pub struct GroupView {
    name: &'static str,
    items: Vec<Item>,
}

pub struct SectionView {
    name: &'static str,
    groups: Vec<GroupView>,
    selected: usize,
    all_selected: bool,
    any_enabled: bool,
}

/// The catalogue laid out for the form: `ticked` are checked; boxes are
/// disabled when the page is read-only or the viewer does not hold them.
fn sections(ticked: &PrivilegeSet, holder: &PrivilegeSet, editable: bool) -> Vec<SectionView> {
    CATALOGUE
        .iter()
        .map(|s| {
            let groups: Vec<GroupView> = s
                .groups
                .iter()
                .map(|g| GroupView {
                    name: g.name,
                    items: g
                        .items
                        .iter()
                        .map(|(p, label)| Item {
                            key: p.key(),
                            label,
                            checked: ticked.has(*p),
                            disabled: !editable || !holder.has(*p),
                        })
                        .collect(),
                })
                .collect();
            let items = || groups.iter().flat_map(|g| g.items.iter());
            SectionView {
                name: s.name,
                selected: items().filter(|i| i.checked).count(),
                all_selected: items().all(|i| i.checked),
                any_enabled: items().any(|i| !i.disabled),
                groups,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "roles/form.html")]
struct FormPage {
    chrome: Chrome,
    heading: String,
    /// Where the form posts; empty when the page is read-only.
    action: String,
    editable: bool,
    /// Not `name`: askama macros substitute arguments, and the field
    /// macro has a parameter of that name.
    role_name: String,
    errors: FieldErrors,
    sections: Vec<SectionView>,
    /// Some boxes are disabled because the viewer's role lacks them.
    some_withheld: bool,
    /// Why a read-only page cannot be edited here.
    notice: Option<String>,
}

struct FormInput<'a> {
    heading: String,
    action: String,
    editable: bool,
    name: String,
    ticked: &'a PrivilegeSet,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn form_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    input: FormInput<'_>,
) -> AppResult<FormPage> {
    let holder = &scope.privileges();
    let sections = sections(input.ticked, holder, input.editable);
    let title = input.heading.clone();
    Ok(FormPage {
        chrome: Chrome::load(state, scope, session, Section::Roles, title).await?,
        heading: input.heading,
        action: input.action,
        editable: input.editable,
        role_name: input.name,
        errors: input.errors,
        some_withheld: input.editable && Privilege::ALL.iter().any(|p| !holder.has(*p)),
        sections,
        notice: input.notice,
    })
}

/// The submitted role form. Repeated `privileges` keys are why this is
/// parsed by hand: `web::Form` cannot collect them into a list.
struct Submitted {
    name: String,
    privileges: PrivilegeSet,
}

fn parse_form(body: &[u8]) -> AppResult<Submitted> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest("The form could not be read.".into()))?;
    let mut name = String::new();
    let mut ticked = Vec::new();
    for (key, value) in pairs {
        match key.as_str() {
            "name" => name = value,
            "privileges" => ticked.push(Privilege::from_key(&value).ok_or_else(|| {
                AppError::BadRequest(format!("'{value}' is not a known privilege."))
            })?),
            _ => {}
        }
    }
    Ok(Submitted {
        name,
        privileges: PrivilegeSet::closed(ticked),
    })
}

pub(super) fn list_url(scope: &Scope) -> String {
    format!("/orgs/{}/roles", scope.org().display_id)
}

pub(super) fn role_id(path: web::Path<(String, String)>) -> AppResult<i64> {
    path.into_inner().1.parse().map_err(|_| AppError::NotFound)
}

/// A role visible in the viewed org, with its privileges, or 404.
pub(super) async fn find(state: &State, scope: &Scope, id: i64) -> AppResult<(Role, PrivilegeSet)> {
    let org = scope.org().clone();
    state
        .db
        .run(move |conn| {
            let role = roles::find_visible(conn, &org, id)?.ok_or(AppError::NotFound)?;
            let privileges = roles::privileges_of(conn, &role)?;
            Ok((role, privileges))
        })
        .await
}

/// Roles are changed only on their owner's page; the built-in one never.
pub(super) fn owned_here(scope: &Scope, role: &Role) -> bool {
    !role.builtin && role.org_id == Some(scope.org().id)
}

pub(super) fn summary(keys: impl Iterator<Item = Privilege>) -> String {
    let keys: Vec<&str> = keys.map(Privilege::key).collect();
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(", ")
    }
}

pub async fn new_form(
    state: State,
    session: Session,
    auth: Authorized<p::RolesCreate>,
) -> AppResult<HttpResponse> {
    let input = FormInput {
        heading: "Create A New Role".into(),
        action: list_url(&auth),
        editable: true,
        name: String::new(),
        ticked: &PrivilegeSet::default(),
        errors: FieldErrors::new(),
        notice: None,
    };
    render(&form_page(&state, &auth, &session, input).await?)
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::RolesCreate>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = parse_form(&body)?;
    let privileges = roles::resolve_grant(
        &form.privileges,
        &PrivilegeSet::default(),
        auth.privileges(),
    )?;
    let reshow = |errors: FieldErrors| FormInput {
        heading: "Create A New Role".into(),
        action: list_url(&auth),
        editable: true,
        name: form.name.clone(),
        ticked: &privileges,
        errors,
        notice: None,
    };
    let name = match RoleName::parse(&form.name) {
        Ok(name) => name,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            let page = form_page(&state, &auth, &session, reshow(errors)).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let org = auth.org().clone();
    let actor = auth.actor();
    let saved = privileges.clone();
    let result = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let role = roles::create(conn, &org, &name, &saved)?;
                let event = Event {
                    org_id: Some(org.id),
                    action: "role_created",
                    target: &role.name,
                    details: format!("privileges: {}", summary(saved.iter())),
                };
                audit::record(conn, &actor, event)?;
                Ok(role)
            })
        })
        .await;
    match result {
        Ok(role) => {
            flash::success(&session, format!("Role '{}' created.", role.name));
            Ok(see_other(&list_url(&auth)))
        }
        Err(AppError::Invalid(errors)) => {
            let page = form_page(&state, &auth, &session, reshow(errors)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

/// Shows a role: as a form on its owner's page for those who may edit it,
/// read-only otherwise.
pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::RolesView>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = role_id(path)?;
    let (role, privileges) = find(&state, &auth, id).await?;
    let owned = owned_here(&auth, &role);
    let editable = owned && auth.has(Privilege::RolesEdit);
    let notice = if role.builtin {
        Some(format!(
            "{} is built in: it holds every privilege and cannot be changed.",
            role.name
        ))
    } else if !owned {
        Some(
            "This role is inherited from a parent organization and can only be changed there."
                .into(),
        )
    } else {
        None
    };
    let input = FormInput {
        heading: if editable {
            format!("Edit Role: {}", role.name)
        } else {
            format!("Role: {}", role.name)
        },
        action: if editable {
            format!("{}/{}", list_url(&auth), role.id)
        } else {
            String::new()
        },
        editable,
        name: role.name,
        ticked: &privileges,
        errors: FieldErrors::new(),
        notice,
    };
    render(&form_page(&state, &auth, &session, input).await?)
}

pub async fn update(
    state: State,
    session: Session,
    auth: Authorized<p::RolesEdit>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let id = role_id(path)?;
    let (role, before) = find(&state, &auth, id).await?;
    if !owned_here(&auth, &role) {
        return Err(AppError::Forbidden);
    }
    let form = parse_form(&body)?;
    let after = roles::resolve_grant(&form.privileges, &before, auth.privileges())?;
    let reshow = |errors: FieldErrors| FormInput {
        heading: format!("Edit Role: {}", role.name),
        action: format!("{}/{}", list_url(&auth), role.id),
        editable: true,
        name: form.name.clone(),
        ticked: &after,
        errors,
        notice: None,
    };
    let name = match RoleName::parse(&form.name) {
        Ok(name) => name,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            let page = form_page(&state, &auth, &session, reshow(errors)).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let actor = auth.actor();
    let (saved_role, saved) = (role.clone(), after.clone());
    let result = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                roles::update(conn, &saved_role, &name, &saved)?;
                let mut details = Vec::new();
                if saved_role.name != name.as_str() {
                    details.push(format!("name: '{}' → '{}'", saved_role.name, name.as_str()));
                }
                details.push(format!(
                    "privileges added: {}; removed: {}",
                    summary(saved.iter().filter(|p| !before.has(*p))),
                    summary(before.iter().filter(|p| !saved.has(*p))),
                ));
                let event = Event {
                    org_id: saved_role.org_id,
                    action: "role_updated",
                    target: name.as_str(),
                    details: details.join("; "),
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => {
            flash::success(&session, format!("Role '{}' saved.", form.name.trim()));
            Ok(see_other(&list_url(&auth)))
        }
        Err(AppError::Invalid(errors)) => {
            let page = form_page(&state, &auth, &session, reshow(errors)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}
