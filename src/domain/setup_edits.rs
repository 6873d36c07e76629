//! Operations on an org's Setup settings: Feature Settings (which features
//! the org offers) and Domain Restriction (which email domains accounts may
//! be invited at). A sub-org either inherits a setting from its parent or
//! sets its own; each change locks the org, writes only its own column and
//! is audited.

use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::features::FeatureSet;
use crate::domain::org_settings::{self, AllowedDomains, Settings, StoredSettings};
use crate::domain::orgs::{self, Organization};
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::msg;

/// A setting as a form chooses it: the parent's, or this org's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice<T> {
    /// "Same as <parent>": stores NULL. For the top org, the built-in default.
    Inherit,
    Set(T),
}

/// The acting org's parent, for the rules and messages that name it.
fn parent_of(conn: &mut DbConn, org: &Organization) -> AppResult<Option<Organization>> {
    org.parent_id.map(|id| orgs::by_id(conn, id)).transpose()
}

/// How an audit entry describes a stored setting: its own value, or where
/// it comes from and the value it then has.
fn describe(org: &Organization, own: Option<String>, effective: String) -> String {
    match own {
        Some(value) => value,
        None if org.parent_id.is_some() => format!("as the parent ({effective})"),
        None => format!("the default ({effective})"),
    }
}

/// Sets which features the acting org offers. A sub-org cannot offer what
/// its parent does not: such a choice is refused next to the field.
pub fn set_feature_settings(
    conn: &mut DbConn,
    acting: &Acting,
    choice: Choice<FeatureSet>,
) -> AppResult<Settings> {
    acting.require(Privilege::SetupEditFeatureSettings)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let before: StoredSettings = org_settings::own(conn, org)?;
        let effective_before = org_settings::effective(conn, org)?;
        if let (Choice::Set(features), Some(parent)) = (&choice, parent_of(conn, org)?) {
            let offered = org_settings::effective(conn, &parent)?.features;
            let refused: FeatureSet = features.iter().filter(|f| !offered.has(*f)).collect();
            if !refused.is_empty() {
                let mut errors = FieldErrors::new();
                errors.add(
                    "features",
                    msg!(
                        "setup-features-not-offered-by-parent",
                        org = parent.label(),
                        features = refused.shown()
                    ),
                );
                return Err(AppError::Invalid(errors));
            }
        }
        let stored = match &choice {
            Choice::Inherit => None,
            Choice::Set(features) => Some(features),
        };
        org_settings::set_features(conn, org.id, stored)?;
        let after = org_settings::effective(conn, org)?;
        let event = Event {
            org_id: Some(org.id),
            action: "feature_settings_changed",
            target: &org.label(),
            details: format!(
                "features: {} → {}",
                describe(
                    org,
                    before
                        .features
                        .as_deref()
                        .map(|f| FeatureSet::parse(f).labels()),
                    effective_before.features.labels()
                ),
                describe(org, stored.map(FeatureSet::labels), after.features.labels())
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(after)
    })
}

/// Sets the email domains accounts of the acting org may be invited at
/// (empty: any domain).
pub fn set_domain_restriction(
    conn: &mut DbConn,
    acting: &Acting,
    choice: Choice<AllowedDomains>,
) -> AppResult<Settings> {
    acting.require(Privilege::SetupEditDomainRestriction)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let before = org_settings::own(conn, org)?;
        let effective_before = org_settings::effective(conn, org)?;
        let stored = match &choice {
            Choice::Inherit => None,
            Choice::Set(domains) => Some(domains.as_slice()),
        };
        org_settings::set_allowed_domains(conn, org.id, stored)?;
        let after = org_settings::effective(conn, org)?;
        let event = Event {
            org_id: Some(org.id),
            action: "domain_restriction_changed",
            target: &org.label(),
            details: format!(
                "allowed domains: {} → {}",
                describe(
                    org,
                    before
                        .allowed_domains
                        .as_deref()
                        .map(|d| AllowedDomains::describe(&org_settings::parse_domains(d))),
                    AllowedDomains::describe(&effective_before.allowed_domains)
                ),
                describe(
                    org,
                    stored.map(AllowedDomains::describe),
                    AllowedDomains::describe(&after.allowed_domains)
                )
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(after)
    })
}
