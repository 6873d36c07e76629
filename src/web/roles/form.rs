use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::sections::{SectionView, sections, select_section};
use crate::auth::{Authorized, Scope};
use crate::domain::privileges::{Privilege, PrivilegeSet, p};
use crate::domain::role_edits::{self, RoleInput};
use crate::domain::roles::{self, Role, RoleName};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{Msg, filters};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

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
    notice: Option<Msg>,
}

struct FormInput<'a> {
    heading: String,
    action: String,
    editable: bool,
    name: String,
    ticked: &'a PrivilegeSet,
    errors: FieldErrors,
    notice: Option<Msg>,
}

async fn form_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    input: FormInput<'_>,
) -> AppResult<FormPage> {
    let holder = scope.privileges();
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
    /// "Select all <section>" was pressed: the section's name.
    select_all: Option<String>,
}

fn parse_form(body: &[u8]) -> AppResult<Submitted> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest(msg!("roles-form-unreadable")))?;
    let mut name = String::new();
    let mut select_all = None;
    let mut ticked = Vec::new();
    for (key, value) in pairs {
        match key.as_str() {
            "name" => name = value,
            "select_all" => select_all = Some(value),
            "privileges" => ticked.push(Privilege::from_key(&value).ok_or_else(|| {
                AppError::BadRequest(msg!("roles-unknown-privilege", key = value.as_str()))
            })?),
            _ => {}
        }
    }
    Ok(Submitted {
        name,
        privileges: PrivilegeSet::closed(ticked),
        select_all,
    })
}

/// The role's name, or every problem of the form at once: a bad name and,
/// when nothing is ticked, the missing privileges (the operation refuses an
/// empty role too; this only saves a second round trip).
fn checked_name(name: &str, privileges: &PrivilegeSet) -> Result<RoleName, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = errors.check("name", RoleName::check(name));
    if privileges.is_empty() {
        errors.add("privileges", role_edits::no_privilege());
    }
    match name {
        Some(name) if errors.is_empty() => Ok(name),
        _ => Err(errors),
    }
}

pub(super) fn list_url(scope: &Scope) -> String {
    format!("/orgs/{}/roles", scope.org().display_id)
}

pub(super) fn role_id(path: web::Path<(String, String)>) -> AppResult<i64> {
    path.into_inner().1.parse().map_err(|_| AppError::NotFound)
}

/// A role visible in the viewed org, with its privileges, or 404.
pub(super) async fn find(state: &State, scope: &Scope, id: i64) -> AppResult<(Role, PrivilegeSet)> {
    let acting = scope.acting().clone();
    state
        .db
        .run(move |conn| role_edits::find(conn, &acting, id))
        .await
}

pub(super) fn owned_here(scope: &Scope, role: &Role) -> bool {
    role_edits::owned_here(scope, role)
}

pub async fn new_form(
    state: State,
    session: Session,
    auth: Authorized<p::RolesCreate>,
) -> AppResult<HttpResponse> {
    let input = FormInput {
        heading: crate::i18n::t("roles-title-new"),
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
    let reshow = |ticked, errors: FieldErrors| FormInput {
        heading: crate::i18n::t("roles-title-new"),
        action: list_url(&auth),
        editable: true,
        name: form.name.clone(),
        ticked,
        errors,
        notice: None,
    };
    if let Some(section) = &form.select_all {
        let ticked = select_section(&privileges, section, auth.privileges());
        let page = form_page(&state, &auth, &session, reshow(&ticked, FieldErrors::new())).await?;
        return render(&page);
    }
    let name = match checked_name(&form.name, &privileges) {
        Ok(name) => name,
        Err(errors) => {
            let page = form_page(&state, &auth, &session, reshow(&privileges, errors)).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let acting = auth.acting().clone();
    let input = RoleInput {
        name,
        requested: form.privileges.clone(),
    };
    let result = state
        .db
        .run(move |conn| role_edits::create(conn, &acting, input))
        .await;
    match result {
        Ok(role) => {
            flash::success(&session, msg!("roles-created", name = role.name));
            Ok(see_other(&list_url(&auth)))
        }
        Err(AppError::Invalid(errors)) => {
            let page = form_page(&state, &auth, &session, reshow(&privileges, errors)).await?;
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
        Some(msg!("roles-builtin-notice", name = role.name.as_str()))
    } else if !owned {
        Some(msg!("roles-inherited-notice"))
    } else {
        None
    };
    let input = FormInput {
        heading: if editable {
            msg!("roles-title-edit", name = role.name.as_str()).to_string()
        } else {
            msg!("roles-title-view", name = role.name.as_str()).to_string()
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
    let reshow = |ticked, errors: FieldErrors| FormInput {
        heading: msg!("roles-title-edit", name = role.name.as_str()).to_string(),
        action: format!("{}/{}", list_url(&auth), role.id),
        editable: true,
        name: form.name.clone(),
        ticked,
        errors,
        notice: None,
    };
    if let Some(section) = &form.select_all {
        let ticked = select_section(&after, section, auth.privileges());
        let page = form_page(&state, &auth, &session, reshow(&ticked, FieldErrors::new())).await?;
        return render(&page);
    }
    let name = match checked_name(&form.name, &after) {
        Ok(name) => name,
        Err(errors) => {
            let page = form_page(&state, &auth, &session, reshow(&after, errors)).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let acting = auth.acting().clone();
    let input = RoleInput {
        name,
        requested: form.privileges.clone(),
    };
    let result = state
        .db
        .run(move |conn| role_edits::update(conn, &acting, id, input))
        .await;
    match result {
        Ok(role) => {
            flash::success(&session, msg!("roles-saved", name = role.name));
            Ok(see_other(&list_url(&auth)))
        }
        Err(AppError::Invalid(errors)) => {
            let page = form_page(&state, &auth, &session, reshow(&after, errors)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}
