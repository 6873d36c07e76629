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
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, render};

/// One Setup item on the index: a link when its page exists.
pub struct Item {
    label: &'static str,
    description: &'static str,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "setup/index.html")]
struct IndexPage {
    chrome: Chrome,
    org_label: String,
    items: Vec<Item>,
}

/// What each Setup item is for (seed 000's words), and where its page is
/// below `/orgs/{org}` once it exists.
fn about(p: Privilege) -> (&'static str, Option<&'static str>) {
    use Privilege as P;
    match p {
        P::SetupViewCompanyProfile => ("Company details.", None),
        P::SetupViewInvitationTemplates => (
            "Email and SMS invitation templates.",
            Some("/setup/invitation-templates"),
        ),
        P::SetupViewManageAlerts => (
            "Who is told by email when a batch completes.",
            Some("/setup/manage-alerts"),
        ),
        P::SetupViewDomainRestriction => (
            "Restrict invitations to email addresses at your domains.",
            Some("/setup/domain-restriction"),
        ),
        P::SetupViewApplicationVersion => ("Details about the MultiLine application.", None),
        P::SetupViewTwoFactorAuthentication => (
            "An additional layer of security against suspicious sign-ins.",
            Some("/setup/two-factor-authentication"),
        ),
        P::SetupViewWebhookEvents => ("Events sent to your own systems.", None),
        P::SetupViewNumberManagement => (
            "The phone numbers allocated to this organization.",
            Some("/numbers"),
        ),
        P::SetupViewUserPermissions => (
            "Which features an account gets: named profiles and the default.",
            Some("/setup/user-permissions"),
        ),
        P::SetupViewFeatureSettings => (
            "Which features this organization offers to its accounts.",
            Some("/setup/feature-settings"),
        ),
        P::SetupViewMessages => ("Synchronization and multimedia messages.", None),
        P::SetupViewSmsOptIn => ("Access to call and SMS recordings through the ADK.", None),
        P::SetupViewInAppMessaging => ("Messages shown inside the app.", None),
        _ => ("", None),
    }
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
        .map(|(p, label)| {
            let (description, path) = about(*p);
            Item {
                label,
                description,
                href: path.map(|path| format!("{base}{path}")),
            }
        })
        .collect()
}

/// `/orgs/{org}/setup`: the Setup items this administrator may open.
pub async fn index(state: State, session: Session, scope: Scope) -> AppResult<HttpResponse> {
    scope.require_any(&Section::Setup.opened_by())?;
    let chrome = Chrome::load(&state, &scope, &session, Section::Setup, "Setup").await?;
    render(&IndexPage {
        chrome,
        org_label: scope.org().label(),
        items: items(&scope),
    })
}
