//! Setup > Two Factor Authentication: off, or required for the org's
//! administrators (who then set up an authenticator app at their next
//! sign-in). A sub-org has its parent's policy, or its own.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::mfa::policy::{self, Policy};
use crate::domain::org_settings::DefinedIn;
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::{Privilege, p};
use crate::domain::setup_edits::Choice;
use crate::error::{AppError, AppResult};
use crate::i18n::{filters, t};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render, see_other};

#[derive(Template)]
#[template(path = "setup/two_factor.html")]
struct Page {
    chrome: Chrome,
    action: String,
    editable: bool,
    /// "123 Parent" and its policy, for a sub-org.
    parent: Option<(String, String)>,
    /// "inherit", "off" or "required".
    selected: &'static str,
    current: String,
    source: String,
}

struct Loaded {
    policy: Policy,
    parent: Option<(Organization, Policy)>,
    source_label: Option<String>,
}

fn source(policy: &Policy, loaded: &Loaded) -> String {
    match policy.from {
        DefinedIn::Here => t("setup-source-here"),
        DefinedIn::Ancestor(_) => msg!(
            "setup-source-ancestor",
            org = loaded
                .source_label
                .clone()
                .unwrap_or_else(|| t("setup-source-a-parent"))
        )
        .to_string(),
        DefinedIn::Default => t("setup-mfa-source-default"),
    }
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewTwoFactorAuthentication>,
) -> AppResult<HttpResponse> {
    let scope: &Scope = &auth;
    let org = scope.org().clone();
    let (chrome, loaded) = Chrome::load_with(
        &state,
        scope,
        &session,
        Section::Setup,
        t("setup-mfa-title"),
        move |conn| {
            let policy = policy::effective(conn, &org)?;
            let parent = match org.parent_id {
                Some(id) => {
                    let parent = orgs::by_id(conn, id)?;
                    let p = policy::effective(conn, &parent)?;
                    Some((parent, p))
                }
                None => None,
            };
            let source_label = match policy.from {
                DefinedIn::Ancestor(id) => Some(orgs::by_id(conn, id)?.label()),
                _ => None,
            };
            Ok(Loaded {
                policy,
                parent,
                source_label,
            })
        },
    )
    .await?;
    let selected = match (loaded.policy.own, &loaded.parent) {
        (None, Some(_)) => "inherit",
        _ if loaded.policy.required => "required",
        _ => "off",
    };
    let page = Page {
        chrome,
        action: format!(
            "/orgs/{}/setup/two-factor-authentication",
            scope.org().display_id
        ),
        editable: scope.has(Privilege::SetupEditTwoFactorAuthentication),
        parent: loaded.parent.as_ref().map(|(o, p)| {
            (
                o.label(),
                crate::domain::mfa::policy::shown(p.required).to_lowercase(),
            )
        }),
        selected,
        current: crate::domain::mfa::policy::shown(loaded.policy.required),
        source: source(&loaded.policy, &loaded),
    };
    render(&page)
}

#[derive(Deserialize)]
pub struct PolicyForm {
    #[serde(default)]
    policy: String,
}

pub async fn save(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditTwoFactorAuthentication>,
    form: web::Form<PolicyForm>,
) -> AppResult<HttpResponse> {
    let choice = match form.policy.as_str() {
        "inherit" if auth.org().parent_id.is_some() => Choice::Inherit,
        "required" => Choice::Set(true),
        "off" => Choice::Set(false),
        _ => return Err(AppError::BadRequest(msg!("setup-mfa-choose"))),
    };
    let acting = auth.acting().clone();
    let saved = state
        .db
        .run(move |conn| policy::set(conn, &acting, choice))
        .await?;
    let message = if saved.required {
        msg!("setup-mfa-saved-required")
    } else {
        msg!("setup-mfa-saved-off")
    };
    flash::success(&session, message);
    Ok(see_other(&format!(
        "/orgs/{}/setup/two-factor-authentication",
        auth.org().display_id
    )))
}
