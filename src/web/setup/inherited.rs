//! What the Feature Settings and Domain Restriction pages share: an org's
//! own settings, its effective ones, its parent's, and the words that say
//! where a setting comes from.

use actix_session::Session;

use crate::auth::Scope;
use crate::domain::org_settings::{self, DefinedIn, Settings, StoredSettings};
use crate::domain::orgs::Organization;
use crate::error::AppResult;
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
    title: &'static str,
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

/// "Set for this organization.", "Inherited: set in 123 Top.", …
pub fn source(from: DefinedIn, loaded: &Loaded, default: &str) -> String {
    match from {
        DefinedIn::Here => "Set for this organization.".into(),
        DefinedIn::Ancestor(id) => {
            let label = loaded
                .lineage
                .iter()
                .find(|o| o.id == id)
                .map_or_else(|| "a parent organization".into(), Organization::label);
            if loaded.parent.as_ref().is_some_and(|(p, _)| p.id == id) {
                format!("Inherited: set in {label}, the parent organization.")
            } else {
                format!("Inherited: set in {label}.")
            }
        }
        DefinedIn::Default => format!("Not set in any organization: {default}."),
    }
}
