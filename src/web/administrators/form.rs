use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::list::Choice;
pub(super) use super::validate::AdminForm;
use super::{Action, may, require, status_label};
use crate::auth::Scope;
use crate::domain::admin_edits::{self, Invited};
use crate::domain::admins::{Administrator, KIND_ADMIN, KIND_API, Status};
use crate::domain::orgs;
use crate::domain::roles::{self, Role};
use crate::domain::values::ADMIN_LANGUAGES;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::OrgChoices;
use crate::web::{State, flash, render_status, see_other};

#[derive(Template)]
#[template(path = "administrators/form.html")]
pub(super) struct FormPage {
    chrome: Chrome,
    /// `None` when adding.
    existing: Option<Administrator>,
    api: bool,
    form: AdminForm,
    errors: FieldErrors,
    roles: Vec<Choice>,
    orgs: OrgChoices,
    languages: Vec<Choice>,
    applications: Vec<Choice>,
    can_save: bool,
    can_suspend: bool,
    can_delete: bool,
    /// Resend Invite on the record: someone else, invited or active, and
    /// the viewer holds the privilege re-inviting goes with.
    can_reinvite: bool,
    status_label: String,
    action: String,
    /// When the wait after failed passwords ends, if the record is locked.
    locked_until: Option<String>,
    can_unlock: bool,
    /// Administrators Edit, on someone else's record.
    can_reset_mfa: bool,
}

impl FormPage {
    /// The record's heading is the person; adding, the form's name.
    fn heading(&self) -> String {
        match &self.existing {
            Some(admin) => admin.full_name(),
            None => self.title(),
        }
    }

    fn title(&self) -> String {
        crate::i18n::t(match (&self.existing, self.api) {
            (None, false) => "admins-title-add-admin",
            (None, true) => "admins-title-add-api-user",
            (Some(_), false) => "admins-title-edit-admin",
            (Some(_), true) => "admins-title-edit-api-user",
        })
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
pub(super) async fn build_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    existing: Option<Administrator>,
    api: bool,
    form: AdminForm,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let org = scope.org().clone();
    let privileges = scope.privileges().clone();
    let (assignable, subtree, apps) = state
        .db
        .run(move |conn| {
            Ok((
                roles::assignable(conn, &org, &privileges)?,
                orgs::tree(conn, &org)?,
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
        crate::i18n::t("admins-list-title"),
    )
    .await?;
    let now = state.clock.now();
    let locked_until = existing
        .as_ref()
        .filter(|a| a.locked_at(now))
        .map(|a| crate::web::local_time(a.locked_until, scope.time_zone()));
    let mut page = FormPage {
        can_unlock: locked_until.is_some() && can_save,
        can_reset_mfa: can_save
            && existing
                .as_ref()
                .is_some_and(|a| a.id != scope.acting().admin().id),
        locked_until,
        roles: choices(
            assignable
                .iter()
                .map(|r: &Role| (r.id.to_string(), r.name.clone())),
            &form.role_id,
        ),
        orgs: OrgChoices::new(subtree, &form.org),
        languages: choices(
            ADMIN_LANGUAGES
                .iter()
                .map(|l| ((*l).to_owned(), language_shown(l))),
            &form.language,
        ),
        applications: choices(
            apps.into_iter().map(|a| (a.clone(), a)),
            &form.external_application,
        ),
        can_suspend: may(scope, kind, Action::Delete),
        can_delete: existing.is_some() && may(scope, kind, Action::Delete),
        can_reinvite: existing.as_ref().is_some_and(|a| {
            a.id != scope.acting().admin().id
                && matches!(a.status(), Status::Invited | Status::Active)
                && may(scope, kind, Action::Delete)
        }),
        status_label: existing
            .as_ref()
            .map_or_else(String::new, |a| status_label(&a.status).into_owned()),
        chrome: title,
        existing,
        api,
        form,
        errors,
        can_save,
        action,
    };
    page.chrome.title = page.heading();
    Ok(page)
}

/// A language the form offers, named in the reader's language; the
/// option's value stays the stored name ("Spanish").
fn language_shown(name: &str) -> String {
    match crate::i18n::Language::from_name(name) {
        crate::i18n::Language::Spanish => crate::i18n::t("language-spanish"),
        crate::i18n::Language::Portuguese => crate::i18n::t("language-portuguese"),
        crate::i18n::Language::English if name == "English" => crate::i18n::t("language-english"),
        crate::i18n::Language::English => name.to_owned(),
    }
}

pub(super) fn scope_base(scope: &Scope) -> String {
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

pub async fn create(
    state: State,
    session: Session,
    scope: Scope,
    form: web::Form<AdminForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let api = form.kind == KIND_API;
    require(
        &scope,
        if api { KIND_API } else { KIND_ADMIN },
        Action::Create,
    )?;
    let acting = scope.acting().clone();
    let links = state.links();
    let result = match super::validate::parse(&form, api) {
        Ok(input) => {
            state
                .db
                .run(move |conn| admin_edits::invite(conn, &acting, &links, input))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(Invited { admin }) => {
            state.mailer.wake();
            let name = admin.full_name();
            let email = admin.email;
            flash::success(
                &session,
                if api {
                    crate::msg!("admins-added-api-user", name = name, email = email)
                } else {
                    crate::msg!("admins-added-admin", name = name, email = email)
                },
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
