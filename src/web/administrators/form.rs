use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::list::Choice;
use super::{Action, may, require, status_label};
use crate::auth::Scope;
use crate::db;
use crate::domain::admin_edits::{self, Profile};
use crate::domain::admins::{Administrator, KIND_ADMIN, KIND_API, Status};
use crate::domain::audit::{self, Event};
use crate::domain::invitations::{self, Inviter};
use crate::domain::orgs::{self, Organization};
use crate::domain::roles::{self, Role};
use crate::domain::values::{ADMIN_LANGUAGES, Email, PersonName, parse_admin_language};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render_status, see_other};

#[derive(Deserialize, Default, Clone)]
pub struct AdminForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    backup_email: String,
    #[serde(default)]
    role_id: String,
    #[serde(default)]
    org: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    external_application: String,
    #[serde(default)]
    custom_application: String,
    login_suspended: Option<String>,
    account_suspended: Option<String>,
}

#[derive(Template)]
#[template(path = "administrators/form.html")]
struct FormPage {
    chrome: Chrome,
    /// `None` when adding.
    existing: Option<Administrator>,
    api: bool,
    form: AdminForm,
    errors: FieldErrors,
    roles: Vec<Choice>,
    orgs: Vec<Choice>,
    languages: Vec<Choice>,
    applications: Vec<Choice>,
    can_save: bool,
    can_suspend: bool,
    can_delete: bool,
    status_label: &'static str,
    action: String,
}

impl FormPage {
    fn title(&self) -> &'static str {
        match (&self.existing, self.api) {
            (None, false) => "Add New Administrator",
            (None, true) => "Add API User",
            (Some(_), false) => "Edit Administrator",
            (Some(_), true) => "Edit API User",
        }
    }
}

fn choices(values: impl IntoIterator<Item = (String, String)>, selected: &str) -> Vec<Choice> {
    values
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == selected,
            value,
            label,
        })
        .collect()
}

/// Everything the form's selects need, from the org being viewed.
async fn build_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    existing: Option<Administrator>,
    api: bool,
    form: AdminForm,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let org = scope.org().clone();
    let privileges = scope.admin().privileges.clone();
    let (assignable, subtree, apps) = state
        .db
        .run(move |conn| {
            Ok((
                roles::assignable(conn, &org, &privileges)?,
                orgs::subtree(conn, &org)?,
                admin_edits::applications(conn, &org)?,
            ))
        })
        .await?;
    let kind = if api { KIND_API } else { KIND_ADMIN };
    let can_save = match &existing {
        None => may(scope, kind, Action::Create),
        Some(_) => may(scope, kind, Action::Edit),
    };
    let action = match &existing {
        None => format!("{}/administrators", scope_base(scope)),
        Some(a) => format!("{}/administrators/{}", scope_base(scope), a.id),
    };
    let title = Chrome::load(
        state,
        scope,
        session,
        Section::Administrators,
        "Administrators",
    )
    .await?;
    let mut page = FormPage {
        roles: choices(
            assignable
                .iter()
                .map(|r: &Role| (r.id.to_string(), r.name.clone())),
            &form.role_id,
        ),
        orgs: choices(
            subtree
                .iter()
                .map(|o: &Organization| (o.display_id.clone(), o.label())),
            &form.org,
        ),
        languages: choices(
            ADMIN_LANGUAGES
                .iter()
                .map(|l| ((*l).to_owned(), (*l).to_owned())),
            &form.language,
        ),
        applications: choices(
            apps.into_iter().map(|a| (a.clone(), a)),
            &form.external_application,
        ),
        can_suspend: may(scope, kind, Action::Delete),
        can_delete: existing.is_some() && may(scope, kind, Action::Delete),
        status_label: existing.as_ref().map_or("", |a| status_label(&a.status)),
        chrome: title,
        existing,
        api,
        form,
        errors,
        can_save,
        action,
    };
    page.chrome.title = page.title().to_owned();
    Ok(page)
}

fn scope_base(scope: &Scope) -> String {
    format!("/orgs/{}", scope.org().display_id)
}

fn blank_form(scope: &Scope, api: bool) -> AdminForm {
    AdminForm {
        kind: if api { KIND_API } else { KIND_ADMIN }.into(),
        org: scope.org().display_id.clone(),
        language: "English".into(),
        external_application: if api { "HttpApi".into() } else { String::new() },
        ..AdminForm::default()
    }
}

pub async fn new_admin(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    require(&scope, KIND_ADMIN, Action::Create)?;
    let page = build_page(
        &state,
        &scope,
        &session,
        None,
        false,
        blank_form(&scope, false),
        FieldErrors::new(),
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

pub async fn new_api_user(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    require(&scope, KIND_API, Action::Create)?;
    let page = build_page(
        &state,
        &scope,
        &session,
        None,
        true,
        blank_form(&scope, true),
        FieldErrors::new(),
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

/// Parses and checks the form against the viewed org: the org must be in
/// scope, the role visible there and within the assigner's privileges.
async fn validate(state: &State, scope: &Scope, form: &AdminForm, api: bool) -> AppResult<Profile> {
    let mut errors = FieldErrors::new();
    let first_name = errors.check("first_name", PersonName::parse_first(&form.first_name));
    let last_name = errors.check("last_name", PersonName::parse_last(&form.last_name));
    let email = errors.check("email", Email::parse(&form.email));
    let backup_email = if form.backup_email.trim().is_empty() {
        Some(None)
    } else {
        errors.check("backup_email", Email::parse(&form.backup_email).map(Some))
    };
    let language = if api {
        Some("English".to_owned())
    } else {
        errors.check("language", parse_admin_language(&form.language))
    };
    let external_application = if api {
        let chosen = if form.external_application == "custom" {
            &form.custom_application
        } else {
            &form.external_application
        };
        let name = chosen.trim();
        if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
            errors.add(
                if form.external_application == "custom" { "custom_application" } else { "external_application" },
                "Choose an External Application, or name your custom application (at most 60 characters).",
            );
            None
        } else {
            Some(Some(name.to_owned()))
        }
    } else {
        Some(None)
    };

    let root = scope.org().clone();
    let display_id = form.org.clone();
    let target = state
        .db
        .run(move |conn| orgs::find_in_subtree(conn, &root, &display_id))
        .await?;
    if target.is_none() {
        errors.add("org", "Choose an organization.");
    }
    let role_id = match (&target, api) {
        (_, true) => Some(state.db.run(admin_edits::api_user_role_id).await?),
        (None, false) => None,
        (Some(target), false) => {
            let target = target.clone();
            let wanted: Option<i64> = form.role_id.parse().ok();
            let privileges = scope.admin().privileges.clone();
            let (visible, assignable) = state
                .db
                .run(move |conn| {
                    let Some(id) = wanted else {
                        return Ok((false, false));
                    };
                    let visible = roles::find_visible(conn, &target, id)?.is_some();
                    let assignable = roles::assignable(conn, &target, &privileges)?
                        .iter()
                        .any(|r| r.id == id);
                    Ok((visible, assignable))
                })
                .await?;
            match (visible, assignable) {
                (true, true) => wanted,
                // A role beyond one's own privileges: a forged form, refused outright.
                (true, false) => return Err(AppError::Forbidden),
                _ => {
                    errors.add("role_id", "Choose a role.");
                    None
                }
            }
        }
    };
    errors.clone().into_result()?;
    match (
        first_name,
        last_name,
        email,
        backup_email,
        language,
        external_application,
        target,
        role_id,
    ) {
        (
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(backup_email),
            Some(language),
            Some(external_application),
            Some(org),
            Some(role_id),
        ) => Ok(Profile {
            first_name,
            last_name,
            email,
            backup_email,
            language,
            org_id: org.id,
            role_id,
            external_application,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

pub async fn create(
    state: State,
    session: Session,
    scope: Scope,
    form: web::Form<AdminForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let api = form.kind == KIND_API;
    let kind = if api { KIND_API } else { KIND_ADMIN };
    require(&scope, kind, Action::Create)?;
    let profile = match validate(&state, &scope, &form, api).await {
        Ok(p) => p,
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, None, api, form, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(e) => return Err(e),
    };
    let actor = scope.actor();
    let inviter_name = scope.admin().admin.full_name();
    let base_url = state.base_url.clone();
    let ttl = state.config.invite_ttl;
    let result = state
        .db
        .run(move |conn| {
            db::transaction(conn, |conn| {
                let admin = admin_edits::create_invited(conn, kind, &profile)?;
                let org = orgs::by_id(conn, admin.org_id)?;
                let inviter = Inviter {
                    name: &inviter_name,
                    base_url: &base_url,
                    ttl,
                };
                invitations::send_invitation(conn, &admin, &org.name, &inviter)?;
                let event = Event {
                    org_id: Some(admin.org_id),
                    action: if api {
                        "api_user_created"
                    } else {
                        "administrator_created"
                    },
                    target: &format!("{} <{}>", admin.full_name(), admin.email),
                    details: format!(
                        "invited; org {}; {}",
                        org.label(),
                        admin.external_application.as_deref().map_or_else(
                            || format!("role id {}", admin.role_id),
                            |a| format!("application {a}")
                        )
                    ),
                };
                audit::record(conn, &actor, event)?;
                Ok(admin)
            })
        })
        .await;
    match result {
        Ok(admin) => {
            state.mailer.wake();
            let what = if api { "API user" } else { "administrator" };
            flash::success(
                &session,
                format!(
                    "The {what} {} was added and an invitation was sent to {}.",
                    admin.full_name(),
                    admin.email
                ),
            );
            Ok(see_other(&format!("{}/administrators", scope_base(&scope))))
        }
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, None, api, form, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

fn form_of(admin: &Administrator, org_display_id: String) -> AdminForm {
    let status = admin.status();
    AdminForm {
        kind: admin.kind.clone(),
        first_name: admin.first_name.clone(),
        last_name: admin.last_name.clone(),
        email: admin.email.clone(),
        backup_email: admin.backup_email.clone().unwrap_or_default(),
        role_id: admin.role_id.to_string(),
        org: org_display_id,
        language: admin.language.clone(),
        external_application: admin.external_application.clone().unwrap_or_default(),
        custom_application: String::new(),
        login_suspended: (status == Status::LoginSuspended).then(|| "on".into()),
        account_suspended: (status == Status::AccountSuspended).then(|| "on".into()),
    }
}

pub async fn show(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let admin = super::find(&state, &scope, &path.1).await?;
    let org_id = admin.org_id;
    let org = state.db.run(move |conn| orgs::by_id(conn, org_id)).await?;
    let api = admin.kind == KIND_API;
    let form = form_of(&admin, org.display_id);
    let page = build_page(
        &state,
        &scope,
        &session,
        Some(admin),
        api,
        form,
        FieldErrors::new(),
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

pub async fn update(
    state: State,
    session: Session,
    scope: Scope,
    path: web::Path<(String, String)>,
    form: web::Form<AdminForm>,
) -> AppResult<HttpResponse> {
    let admin = super::find_manageable(&state, &scope, &path.1).await?;
    let api = admin.kind == KIND_API;
    require(&scope, &admin.kind, Action::Edit)?;
    let form = form.into_inner();
    let want_login = form.login_suspended.is_some();
    let want_account = form.account_suspended.is_some();
    let status = admin.status();
    let suspension_changes = want_login != (status == Status::LoginSuspended)
        || want_account != (status == Status::AccountSuspended);
    if suspension_changes {
        require(&scope, &admin.kind, Action::Delete)?;
    }
    let is_self = admin.id == scope.admin().admin.id;
    let profile = match validate(&state, &scope, &form, api).await {
        Ok(p) => p,
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, Some(admin), api, form, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(e) => return Err(e),
    };
    if is_self && (want_login || want_account) {
        flash::error(&session, "You cannot suspend yourself.");
        return Ok(see_other(&format!(
            "{}/administrators/{}",
            scope_base(&scope),
            admin.id
        )));
    }
    let actor = scope.actor();
    let id = admin.id;
    let before = admin.clone();
    let result = state
        .db
        .run(move |conn| {
            db::transaction(conn, |conn| {
                let top = orgs::top(conn)?.ok_or(AppError::NotFound)?;
                let demoted = profile.role_id != before.role_id
                    || profile.org_id != before.org_id
                    || want_login
                    || want_account;
                if demoted {
                    admin_edits::ensure_not_last_super_admin(conn, &before, &top)?;
                }
                admin_edits::update_profile(conn, id, &profile)?;
                let status =
                    admin_edits::apply_suspension(conn, &before, want_login, want_account)?;
                let mut changes = Vec::new();
                let mut note = |field: &str, old: &str, new: &str| {
                    if old != new {
                        changes.push(format!("{field}: '{old}' → '{new}'"));
                    }
                };
                note(
                    "first name",
                    &before.first_name,
                    profile.first_name.as_str(),
                );
                note("last name", &before.last_name, profile.last_name.as_str());
                note("email", &before.email, profile.email.as_str());
                note(
                    "backup email",
                    before.backup_email.as_deref().unwrap_or(""),
                    profile.backup_email.as_ref().map_or("", |e| e.as_str()),
                );
                note("language", &before.language, &profile.language);
                note(
                    "org id",
                    &before.org_id.to_string(),
                    &profile.org_id.to_string(),
                );
                note(
                    "role id",
                    &before.role_id.to_string(),
                    &profile.role_id.to_string(),
                );
                note(
                    "application",
                    before.external_application.as_deref().unwrap_or(""),
                    profile.external_application.as_deref().unwrap_or(""),
                );
                note("status", before.status().as_str(), status.as_str());
                let event = Event {
                    org_id: Some(profile.org_id),
                    action: if api {
                        "api_user_updated"
                    } else {
                        "administrator_updated"
                    },
                    target: &format!("{} <{}>", before.full_name(), before.email),
                    details: if changes.is_empty() {
                        "no changes".into()
                    } else {
                        changes.join("; ")
                    },
                };
                audit::record(conn, &actor, event)
            })
        })
        .await;
    match result {
        Ok(()) => {
            flash::success(&session, format!("{} was saved.", form.first_name.trim()));
            Ok(see_other(&format!("{}/administrators", scope_base(&scope))))
        }
        Err(AppError::Invalid(errors)) => {
            let page = build_page(&state, &scope, &session, Some(admin), api, form, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Conflict(message)) => {
            flash::error(&session, message);
            Ok(see_other(&format!(
                "{}/administrators/{}",
                scope_base(&scope),
                admin.id
            )))
        }
        Err(e) => Err(e),
    }
}
