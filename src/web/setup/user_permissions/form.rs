use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::{FeatureBox, boxes, defined_in, features_here, list_url, profile_id};
use crate::auth::{Authorized, Scope};
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::org_settings;
use crate::domain::orgs::Organization;
use crate::domain::privileges::{Privilege, p};
use crate::domain::user_permission_edits::{self, ProfileInput};
use crate::domain::user_permissions::{Profile, ProfileName};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, render_status, see_other};

#[derive(Template)]
#[template(path = "setup/user_permission_form.html")]
struct FormPage {
    chrome: Chrome,
    /// Where the form posts; empty when the page is read-only.
    action: String,
    editable: bool,
    /// Not `name`: the field macro has a parameter of that name.
    profile_name: String,
    errors: FieldErrors,
    features: Vec<FeatureBox>,
    /// On a read-only page, the features in words instead of boxes.
    summary: String,
    /// Features the profile grants that this org no longer offers (kept).
    kept: Option<String>,
    /// Why the page is read-only, or what being the default means.
    notice: Option<String>,
    /// The profile shown, when it exists.
    existing: Option<Profile>,
    /// It may be deleted from this page (defined here, privilege held).
    can_delete: bool,
    can_feature_settings: bool,
}

/// What a form page shows besides the chrome.
struct Loaded {
    offered: FeatureSet,
    profile: Option<Profile>,
    lineage: Vec<Organization>,
}

/// The chrome and, in the same round trip, the features the org offers and
/// the profile `id` (404 unless usable in the org).
async fn load(
    state: &State,
    scope: &Scope,
    session: &Session,
    id: Option<i64>,
) -> AppResult<(Chrome, Loaded)> {
    let acting = scope.acting().clone();
    Chrome::load_with(
        state,
        scope,
        session,
        Section::Setup,
        t("user-permissions"),
        move |conn| {
            let profile = id
                .map(|id| user_permission_edits::find(conn, &acting, id))
                .transpose()?;
            Ok(Loaded {
                offered: org_settings::effective(conn, acting.org())?.features,
                lineage: org_settings::lineage(conn, acting.org())?,
                profile,
            })
        },
    )
    .await
}

/// The form as it shows `name` and `ticked`, editable or not.
fn form_page(
    mut chrome: Chrome,
    scope: &Scope,
    loaded: Loaded,
    name: String,
    ticked: &FeatureSet,
    errors: FieldErrors,
) -> FormPage {
    let owned = loaded
        .profile
        .as_ref()
        .is_none_or(|p| user_permission_edits::owned_here(scope, p));
    let editable = owned && scope.has(Privilege::SetupEditUserPermissions);
    chrome.title = match &loaded.profile {
        None => t("setup-up-add-title"),
        Some(p) if editable => msg!("setup-up-edit-title", name = p.name.as_str()).to_string(),
        Some(p) => msg!("setup-up-view-title", name = p.name.as_str()).to_string(),
    };
    let action = match (&loaded.profile, editable) {
        (_, false) => String::new(),
        (None, true) => list_url(scope),
        (Some(p), true) => format!("{}/{}", list_url(scope), p.id),
    };
    // The form offers what the org offers; a read-only page says in words
    // what the profile grants.
    let shown = loaded.offered.clone();
    let kept: FeatureSet = loaded
        .profile
        .iter()
        .flat_map(|p| p.feature_set().iter().collect::<Vec<_>>())
        .filter(|f| !loaded.offered.has(*f))
        .collect();
    let notice = loaded.profile.as_ref().and_then(|p| {
        if let Some(org) = defined_in(p.org_id, scope, &loaded.lineage) {
            Some(msg!("setup-up-defined-elsewhere", org = org).to_string())
        } else if p.is_default {
            Some(t("setup-up-is-default-notice"))
        } else {
            None
        }
    });
    FormPage {
        chrome,
        action,
        editable,
        profile_name: name,
        errors,
        features: boxes(&shown, ticked),
        summary: loaded
            .profile
            .as_ref()
            .map(|p| features_here(p, &loaded.offered))
            .unwrap_or_default(),
        kept: (editable && !kept.is_empty()).then(|| kept.shown()),
        notice,
        can_delete: owned
            && loaded.profile.is_some()
            && scope.has(Privilege::SetupEditUserPermissions),
        can_feature_settings: scope.has(Privilege::SetupViewFeatureSettings),
        existing: loaded.profile,
    }
}

/// The submitted form. Repeated `features` keys are why it is parsed by
/// hand: `web::Form` cannot collect them into a list.
struct Submitted {
    name: String,
    features: FeatureSet,
}

fn parse_form(body: &[u8]) -> AppResult<Submitted> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest(msg!("setup-form-unreadable")))?;
    let mut name = String::new();
    let mut features = FeatureSet::default();
    for (key, value) in pairs {
        match key.as_str() {
            "name" => name = value,
            "features" => features.insert(Feature::from_key(&value).ok_or_else(|| {
                AppError::BadRequest(msg!("setup-unknown-feature", value = value.as_str()))
            })?),
            _ => {}
        }
    }
    Ok(Submitted { name, features })
}

pub async fn new_form(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
) -> AppResult<HttpResponse> {
    let (chrome, loaded) = load(&state, &auth, &session, None).await?;
    let page = form_page(
        chrome,
        &auth,
        loaded,
        String::new(),
        &FeatureSet::default(),
        FieldErrors::new(),
    );
    render(&page)
}

/// Shows a profile: as a form where it is defined, for those who may edit
/// it; read-only otherwise.
pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewUserPermissions>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    let (chrome, loaded) = load(&state, &auth, &session, Some(id)).await?;
    let profile = loaded.profile.clone().ok_or(AppError::NotFound)?;
    let page = form_page(
        chrome,
        &auth,
        loaded,
        profile.name.clone(),
        &profile.feature_set(),
        FieldErrors::new(),
    );
    render(&page)
}

/// Creates (`id` None) or updates the profile from the submitted form, then
/// redirects to the list, or shows the form again with the messages next
/// to the fields (422) and nothing lost.
async fn submit(
    state: State,
    session: Session,
    scope: &Scope,
    id: Option<i64>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = parse_form(&body)?;
    let result = match ProfileName::parse(&form.name) {
        Ok(name) => {
            let acting = scope.acting().clone();
            let input = ProfileInput {
                name,
                features: form.features.clone(),
            };
            state
                .db
                .run(move |conn| match id {
                    None => user_permission_edits::create(conn, &acting, input),
                    Some(id) => user_permission_edits::update(conn, &acting, id, input),
                })
                .await
        }
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("name", message);
            Err(AppError::Invalid(errors))
        }
    };
    match result {
        Ok(profile) => {
            let done = if id.is_some() {
                msg!("setup-up-saved", name = profile.name)
            } else {
                msg!("setup-up-created", name = profile.name)
            };
            flash::success(&session, done);
            Ok(see_other(&list_url(scope)))
        }
        Err(AppError::Invalid(errors)) => {
            let (chrome, loaded) = load(&state, scope, &session, id).await?;
            if let Some(p) = &loaded.profile
                && !user_permission_edits::owned_here(scope, p)
            {
                return Err(AppError::Forbidden);
            }
            let page = form_page(chrome, scope, loaded, form.name, &form.features, errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    submit(state, session, &auth, None, body).await
}

pub async fn update(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    submit(state, session, &auth, Some(id), body).await
}
