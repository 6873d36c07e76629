//! Per-org settings behind Setup: Feature Settings, Domain Restriction and
//! how long account invitations stay valid. Each setting is inherited from
//! the nearest ancestor that defines it (a NULL column means "as the
//! parent"); the top org's undefined settings take the defaults below.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::org_settings;
use crate::domain::features::FeatureSet;
use crate::domain::orgs::Organization;
use crate::error::AppResult;

/// Account invitation links are valid this long unless an org says otherwise.
pub const DEFAULT_INVITATION_TTL_DAYS: i64 = 30;

#[derive(Debug, Clone, Queryable, Selectable, Default)]
#[diesel(table_name = org_settings)]
pub struct StoredSettings {
    pub org_id: i64,
    pub features: Option<String>,
    pub allowed_domains: Option<String>,
    pub invitation_ttl_days: Option<i64>,
}

/// Where an effective setting comes from: this org, an ancestor (by id), or
/// the built-in default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefinedIn {
    Here,
    Ancestor(i64),
    Default,
}

/// The settings an org works with, after inheritance.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Feature Settings: what the org offers. By default every feature.
    pub features: FeatureSet,
    pub features_from: DefinedIn,
    /// Domain Restriction: allowed email domains, lower-case; empty = any.
    pub allowed_domains: Vec<String>,
    pub domains_from: DefinedIn,
    pub invitation_ttl_days: i64,
    pub ttl_from: DefinedIn,
}

impl Settings {
    /// Is an email at this address allowed by Domain Restriction?
    pub fn allows_email(&self, email: &str) -> bool {
        if self.allowed_domains.is_empty() {
            return true;
        }
        let domain = email.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase());
        domain.is_some_and(|d| self.allowed_domains.contains(&d))
    }
}

/// "example.com, Example.org" → ["example.com", "example.org"].
pub fn parse_domains(stored: &str) -> Vec<String> {
    stored
        .split([',', '\n', ' ', ';'])
        .map(|d| d.trim().trim_start_matches('@').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect()
}

/// The effective settings of `org`: one query over its lineage.
pub fn effective(conn: &mut DbConn, org: &Organization) -> AppResult<Settings> {
    let lineage = org.lineage_ids();
    let rows: Vec<StoredSettings> = org_settings::table
        .filter(org_settings::org_id.eq_any(&lineage))
        .select(StoredSettings::as_select())
        .load(conn)?;
    // Nearest first: walk the lineage from this org up.
    let nearest = |pick: &dyn Fn(&StoredSettings) -> bool| -> Option<&StoredSettings> {
        lineage
            .iter()
            .rev()
            .find_map(|id| rows.iter().find(|r| r.org_id == *id && pick(r)))
    };
    let from = |row: Option<&StoredSettings>| match row {
        None => DefinedIn::Default,
        Some(r) if r.org_id == org.id => DefinedIn::Here,
        Some(r) => DefinedIn::Ancestor(r.org_id),
    };
    let features_row = nearest(&|r| r.features.is_some());
    let domains_row = nearest(&|r| r.allowed_domains.is_some());
    let ttl_row = nearest(&|r| r.invitation_ttl_days.is_some());
    Ok(Settings {
        features: features_row
            .and_then(|r| r.features.as_deref())
            .map(FeatureSet::parse)
            .unwrap_or_else(FeatureSet::all),
        features_from: from(features_row),
        allowed_domains: domains_row
            .and_then(|r| r.allowed_domains.as_deref())
            .map(parse_domains)
            .unwrap_or_default(),
        domains_from: from(domains_row),
        invitation_ttl_days: ttl_row
            .and_then(|r| r.invitation_ttl_days)
            .unwrap_or(DEFAULT_INVITATION_TTL_DAYS),
        ttl_from: from(ttl_row),
    })
}

/// The org's own row (all NULL when it defines nothing).
pub fn own(conn: &mut DbConn, org: &Organization) -> AppResult<StoredSettings> {
    Ok(org_settings::table
        .find(org.id)
        .select(StoredSettings::as_select())
        .first(conn)
        .optional()?
        .unwrap_or(StoredSettings {
            org_id: org.id,
            ..Default::default()
        }))
}

/// Writes the org's own row (insert or replace). Callers own the
/// transaction and the audit event.
pub fn store(conn: &mut DbConn, row: &StoredSettings) -> AppResult<()> {
    let exists = org_settings::table
        .find(row.org_id)
        .select(org_settings::org_id)
        .first::<i64>(conn)
        .optional()?
        .is_some();
    if exists {
        diesel::update(org_settings::table.find(row.org_id))
            .set((
                org_settings::features.eq(&row.features),
                org_settings::allowed_domains.eq(&row.allowed_domains),
                org_settings::invitation_ttl_days.eq(row.invitation_ttl_days),
            ))
            .execute(conn)?;
    } else {
        diesel::insert_into(org_settings::table)
            .values((
                org_settings::org_id.eq(row.org_id),
                org_settings::features.eq(&row.features),
                org_settings::allowed_domains.eq(&row.allowed_domains),
                org_settings::invitation_ttl_days.eq(row.invitation_ttl_days),
            ))
            .execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_normalised_and_any_when_empty() {
        assert_eq!(
            parse_domains(" Example.com,@corp.example\nx.org;"),
            ["example.com", "corp.example", "x.org"]
        );
        let mut s = Settings {
            features: FeatureSet::all(),
            features_from: DefinedIn::Default,
            allowed_domains: vec![],
            domains_from: DefinedIn::Default,
            invitation_ttl_days: 30,
            ttl_from: DefinedIn::Default,
        };
        assert!(s.allows_email("a@anything.test"));
        s.allowed_domains = parse_domains("example.com");
        assert!(s.allows_email("Ann@EXAMPLE.com"));
        assert!(!s.allows_email("ann@example.com.evil.test"));
        assert!(!s.allows_email("no-at-sign"));
    }
}
