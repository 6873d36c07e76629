//! Setup: the index of the Setup items this administrator may open, and the
//! pages of those built so far: User Permissions, Feature Settings,
//! Domain Restriction, Two Factor Authentication and Manage Alerts here;
//! Number Management and Invitation Templates in their own modules.

mod domain_restriction;
mod feature_settings;
mod inherited;
mod manage_alerts;
mod two_factor;
mod user_permissions;

pub use domain_restriction::{save as save_domain_restriction, show as domain_restriction};
pub use feature_settings::{save as save_feature_settings, show as feature_settings};
pub use manage_alerts::{save as save_manage_alerts, show as manage_alerts};
pub use two_factor::{save as save_two_factor, show as two_factor};
pub use user_permissions::{
    clear_default as clear_default_user_permissions,
    confirm_delete as confirm_delete_user_permissions, create as create_user_permissions,
    delete as delete_user_permissions, list as user_permissions,
    make_default as make_default_user_permissions, new_form as new_user_permissions,
    show as show_user_permissions, update as update_user_permissions,
};

use actix_session::Session;
use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Scope;
use crate::domain::privileges::{CATALOGUE, Privilege};
use crate::error::AppResult;
use crate::i18n::{filters, t};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render};

/// One Setup item on the index: a link when its page exists.
pub struct Item {
    label: String,
    description: String,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "setup/index.html")]
struct IndexPage {
    chrome: Chrome,
    org_label: String,
    items: Vec<Item>,
}

/// Each Setup item's name and what it is for (seed 000's words), as
/// message ids, and where its page is below `/orgs/{org}` once it exists.
fn about(p: Privilege) -> Option<(&'static str, &'static str, Option<&'static str>)> {
    use Privilege as P;
    Some(match p {
        P::SetupViewCompanyProfile => (
            "setup-item-company-profile",
            "setup-about-company-profile",
            None,
        ),
        P::SetupViewInvitationTemplates => (
            "setup-inv-title",
            "setup-about-invitation-templates",
            Some("/setup/invitation-templates"),
        ),
        P::SetupViewManageAlerts => (
            "setup-alerts-title",
            "setup-about-manage-alerts",
            Some("/setup/manage-alerts"),
        ),
        P::SetupViewDomainRestriction => (
            "setup-domains-title",
            "setup-about-domain-restriction",
            Some("/setup/domain-restriction"),
        ),
        P::SetupViewApplicationVersion => (
            "setup-item-application-version",
            "setup-about-application-version",
            None,
        ),
        P::SetupViewTwoFactorAuthentication => (
            "setup-mfa-title",
            "setup-about-two-factor",
            Some("/setup/two-factor-authentication"),
        ),
        P::SetupViewWebhookEvents => (
            "setup-item-webhook-events",
            "setup-about-webhook-events",
            None,
        ),
        P::SetupViewNumberManagement => (
            "setup-item-number-management",
            "setup-about-number-management",
            Some("/numbers"),
        ),
        P::SetupViewUserPermissions => (
            "user-permissions",
            "setup-about-user-permissions",
            Some("/setup/user-permissions"),
        ),
        P::SetupViewFeatureSettings => (
            "setup-features-title",
            "setup-about-feature-settings",
            Some("/setup/feature-settings"),
        ),
        P::SetupViewMessages => ("setup-item-messages", "setup-about-messages", None),
        P::SetupViewSmsOptIn => ("setup-item-sms-opt-in", "setup-about-sms-opt-in", None),
        P::SetupViewInAppMessaging => (
            "setup-item-in-app-messaging",
            "setup-about-in-app-messaging",
            None,
        ),
        _ => return None,
    })
}

/// The Setup items `scope` may open, in the catalogue's order.
fn items(scope: &Scope) -> Vec<Item> {
    let base = format!("/orgs/{}", scope.org().display_id);
    CATALOGUE
        .iter()
        .filter(|s| s.name == "Setup")
        .flat_map(|s| s.groups.iter().filter(|g| g.name == "View"))
        .flat_map(|g| g.items.iter())
        .filter(|(p, _)| scope.has(*p))
        .map(|(p, label)| match about(*p) {
            Some((label, description, path)) => Item {
                label: t(label),
                description: t(description),
                href: path.map(|path| format!("{base}{path}")),
            },
            None => Item {
                label: (*label).to_owned(),
                description: String::new(),
                href: None,
            },
        })
        .collect()
}

/// `/orgs/{org}/setup`: the Setup items this administrator may open.
pub async fn index(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&Section::Setup.opened_by())?;
    let chrome = Chrome::load(&state, &scope, &session, Section::Setup, t("setup-title")).await?;
    render(&IndexPage {
        chrome,
        org_label: scope.org().label(),
        items: items(&scope),
    })
}
