//! What the Feature Settings and Domain Restriction pages share: an org's
//! own settings, its effective ones, its parent's, and the words that say
//! where a setting comes from.

use actix_session::Session;

use crate::auth::Scope;
use crate::domain::org_settings::{self, DefinedIn, Settings, StoredSettings};
use crate::domain::orgs::Organization;
use crate::error::AppResult;
use crate::i18n::t;
use crate::msg;
use crate::web::State;
use crate::web::layout::{Chrome, Section};

pub struct Loaded {
    pub own: StoredSettings,
    pub effective: Settings,
    /// The parent and its effective settings (what "Same as" gives).
    pub parent: Option<(Organization, Settings)>,
    pub lineage: Vec<Organization>,
}

/// The chrome and the org's settings in one round trip.
pub async fn load(
    state: &State,
    scope: &Scope,
    session: &Session,
    title: String,
) -> AppResult<(Chrome, Loaded)> {
    let org = scope.org().clone();
    Chrome::load_with(state, scope, session, Section::Setup, title, move |conn| {
        let lineage = org_settings::lineage(conn, &org)?;
        let parent = match lineage.iter().rev().nth(1) {
            Some(p) if Some(p.id) == org.parent_id => {
                Some((p.clone(), org_settings::effective(conn, p)?))
            }
            _ => None,
        };
        Ok(Loaded {
            own: org_settings::own(conn, &org)?,
            effective: org_settings::effective(conn, &org)?,
            parent,
            lineage,
        })
    })
    .await
}

/// "Set for this organization.", "Inherited: set in 123 Top.", …; `default`
/// is the message id of what applies when no org sets it.
pub fn source(from: DefinedIn, loaded: &Loaded, default: &'static str) -> String {
    match from {
        DefinedIn::Here => t("setup-source-here"),
        DefinedIn::Ancestor(id) => {
            let label = loaded
                .lineage
                .iter()
                .find(|o| o.id == id)
                .map_or_else(|| t("setup-source-a-parent"), Organization::label);
            if loaded.parent.as_ref().is_some_and(|(p, _)| p.id == id) {
                msg!("setup-source-parent", org = label).to_string()
            } else {
                msg!("setup-source-ancestor", org = label).to_string()
            }
        }
        DefinedIn::Default => msg!("setup-source-default", default = t(default)).to_string(),
    }
}
