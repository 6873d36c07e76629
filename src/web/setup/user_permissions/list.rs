use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::{defined_in, features_here, list_url, profile_id};
use crate::auth::{Authorized, Scope};
use crate::domain::org_settings;
use crate::domain::orgs::Organization;
use crate::domain::privileges::{Privilege, p};
use crate::domain::user_permission_edits;
use crate::domain::user_permissions::{self as profiles, Profile};
use crate::error::{AppError, AppResult};
use crate::i18n::{Msg, filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

pub struct Row {
    id: i64,
    name: String,
    features: String,
    /// This org's effective default (its own, or the nearest ancestor's).
    is_default: bool,
    /// Defined here and this org's own default.
    own_default: bool,
    /// The org that defines it, when not this one.
    defined_in: Option<String>,
}

#[derive(Template)]
#[template(path = "setup/user_permissions.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    /// The profile accounts added here get, and where it is defined.
    default_name: Option<String>,
    default_from: Option<String>,
    offered: String,
    can_edit: bool,
    can_feature_settings: bool,
    is_top: bool,
}

pub async fn list(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewUserPermissions>,
) -> AppResult<HttpResponse> {
    let org = auth.org().clone();
    let (chrome, (visible, lineage, offered)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Setup,
        t("user-permissions"),
        move |conn| {
            let visible: Vec<Profile> = profiles::visible(conn, &org)?;
            let lineage: Vec<Organization> = org_settings::lineage(conn, &org)?;
            let offered = org_settings::effective(conn, &org)?.features;
            Ok((visible, lineage, offered))
        },
    )
    .await?;
    // `visible` lists the nearest org's profiles first: the first default
    // found is the one this org uses.
    let default_id = visible.iter().find(|p| p.is_default).map(|p| p.id);
    let default = visible.iter().find(|p| Some(p.id) == default_id);
    let default_name = default.map(|p| p.name.clone());
    let default_from = default.and_then(|p| defined_in(p.org_id, &auth, &lineage));
    let rows = visible
        .iter()
        .map(|p| Row {
            id: p.id,
            name: p.name.clone(),
            features: features_here(p, &offered),
            is_default: Some(p.id) == default_id,
            own_default: p.is_default && p.org_id == auth.org().id,
            defined_in: defined_in(p.org_id, &auth, &lineage),
        })
        .collect();
    render(&ListPage {
        chrome,
        rows,
        default_name,
        default_from,
        offered: offered.shown(),
        can_edit: auth.has(Privilege::SetupEditUserPermissions),
        can_feature_settings: auth.has(Privilege::SetupViewFeatureSettings),
        is_top: auth.org().parent_id.is_none(),
    })
}

fn report(session: &Session, scope: &Scope, result: AppResult<Msg>) -> AppResult<HttpResponse> {
    match result {
        Ok(message) => flash::success(session, message),
        Err(AppError::Conflict(message)) => flash::error(session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&list_url(scope)))
}

/// "Make default": this profile becomes the org's default, in place of the
/// one before.
pub async fn make_default(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    let acting = auth.acting().clone();
    let org = auth.org().label();
    let result = state
        .db
        .run(move |conn| user_permission_edits::make_default(conn, &acting, id))
        .await
        .map(|done| {
            if done.changed {
                msg!("setup-up-now-default", name = done.profile.name, org = org)
            } else {
                msg!("setup-up-already-default", name = done.profile.name)
            }
        });
    report(&session, &auth, result)
}

/// A sub-org's own default stops being one: the parent's applies again.
pub async fn clear_default(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditUserPermissions>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = profile_id(path)?;
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| user_permission_edits::clear_default(conn, &acting, id))
        .await
        .map(|(profile, inherited)| match inherited {
            Some(d) if d.id != profile.id => msg!(
                "setup-up-no-longer-default-parent",
                name = profile.name,
                parent = d.name
            ),
            Some(_) => msg!("setup-up-still-default", name = profile.name),
            None => msg!("setup-up-no-longer-default", name = profile.name),
        });
    report(&session, &auth, result)
}
