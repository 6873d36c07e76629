//! Per-org settings behind Setup: Feature Settings, Domain Restriction and
//! how long account invitations stay valid. Each setting is inherited from
//! the nearest ancestor that defines it (a NULL column means "as the
//! parent"); the top org's undefined settings take the defaults below.
//! Feature Settings narrow on the way down: a sub-org offers at most what
//! the orgs above it offer.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{org_settings, organizations};
use crate::domain::features::FeatureSet;
use crate::domain::orgs::Organization;
use crate::each_backend;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::msg;

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

/// At most this many allowed domains: a list longer than this is a mistake
/// (a pasted file), not a policy.
pub const MAX_ALLOWED_DOMAINS: usize = 200;

/// Is `d` (lower-case, no `@`) a domain name: two or more labels of
/// letters, digits and inner hyphens, a top-level label that is not a
/// number (so IP addresses are refused)?
pub fn is_domain_name(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    d.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

/// Domain Restriction as entered: allowed email domains, lower-case,
/// without duplicates; empty means any domain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedDomains(Vec<String>);

impl AllowedDomains {
    /// The form's list, one domain per line (commas and spaces also
    /// separate); a leading `@` is dropped. The error names every bad entry.
    pub fn parse(input: &str) -> Result<Self, Msg> {
        let mut domains: Vec<String> = Vec::new();
        let mut bad: Vec<String> = Vec::new();
        for entry in input.split([',', '\n', '\r', ' ', '\t', ';']) {
            let entry = entry.trim();
            if entry.is_empty() {
                continue;
            }
            let d = entry
                .trim_start_matches('@')
                .trim_end_matches('.')
                .to_ascii_lowercase();
            if !is_domain_name(&d) {
                bad.push(format!("'{entry}'"));
            } else if !domains.contains(&d) {
                domains.push(d);
            }
        }
        if !bad.is_empty() {
            return Err(msg!(
                "setup-domains-bad",
                count = bad.len(),
                entries = bad.join(", ")
            ));
        }
        if domains.len() > MAX_ALLOWED_DOMAINS {
            return Err(msg!(
                "setup-domains-too-many",
                max = MAX_ALLOWED_DOMAINS,
                count = domains.len()
            ));
        }
        Ok(Self(domains))
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// `describe` as pages show it: "any domain" in the reader's language.
    pub fn shown(domains: &[String]) -> String {
        if domains.is_empty() {
            crate::i18n::t("setup-any-domain")
        } else {
            domains.join(", ")
        }
    }

    /// "example.com, corp.example", or "any domain" (audit details, in English).
    pub fn describe(domains: &[String]) -> String {
        if domains.is_empty() {
            "any domain".into()
        } else {
            domains.join(", ")
        }
    }
}

/// The orgs a setting can come from: `org` and its ancestors, top first.
pub fn lineage(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<Organization>> {
    let mut orgs: Vec<Organization> = organizations::table
        .filter(organizations::id.eq_any(org.lineage_ids()))
        .select(Organization::as_select())
        .load(conn)?;
    orgs.sort_by_key(|o| o.path.len());
    Ok(orgs)
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
    // A sub-org offers at most what the orgs above it offer: the effective
    // features are what every org on the lineage that defines them allows.
    let offered = rows
        .iter()
        .filter_map(|r| r.features.as_deref())
        .map(FeatureSet::parse)
        .fold(FeatureSet::all(), |all, set| all.intersection(&set));
    let domains_row = nearest(&|r| r.allowed_domains.is_some());
    let ttl_row = nearest(&|r| r.invitation_ttl_days.is_some());
    Ok(Settings {
        features: offered,
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

/// Sets (or, with None, clears so the parent's applies) the org's own
/// Feature Settings, leaving its other settings as they are. One statement,
/// so two writers of different settings of one org do not undo each other.
/// Callers own the transaction and the audit event.
pub fn set_features(
    conn: &mut DbConn,
    org_id: i64,
    features: Option<&FeatureSet>,
) -> AppResult<()> {
    let value = features.map(FeatureSet::to_string);
    each_backend!(conn, c => diesel::insert_into(org_settings::table)
        .values((org_settings::org_id.eq(org_id), org_settings::features.eq(&value)))
        .on_conflict(org_settings::org_id)
        .do_update()
        .set(org_settings::features.eq(&value))
        .execute(c))?;
    Ok(())
}

/// Sets (or clears) the org's own Domain Restriction; `Some(&[])` means any
/// domain, set here. As [`set_features`].
pub fn set_allowed_domains(
    conn: &mut DbConn,
    org_id: i64,
    domains: Option<&[String]>,
) -> AppResult<()> {
    let value = domains.map(|d| d.join(","));
    each_backend!(conn, c => diesel::insert_into(org_settings::table)
        .values((org_settings::org_id.eq(org_id), org_settings::allowed_domains.eq(&value)))
        .on_conflict(org_settings::org_id)
        .do_update()
        .set(org_settings::allowed_domains.eq(&value))
        .execute(c))?;
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

    #[test]
    fn the_domain_list_names_every_bad_entry() {
        let parsed = AllowedDomains::parse("Example.com\r\n@corp.example\n\nexample.com, x-y.org.");
        assert_eq!(
            parsed.expect("valid").as_slice(),
            ["example.com", "corp.example", "x-y.org"]
        );
        assert!(
            AllowedDomains::parse("  \n ")
                .expect("empty")
                .as_slice()
                .is_empty()
        );
        let err = AllowedDomains::parse("ok.com\nlocalhost\nbad_one.com\n10.0.0.1\n-x.com")
            .expect_err("bad entries")
            .to_string();
        assert!(err.starts_with("'localhost', 'bad_one.com', '10.0.0.1', '-x.com' are not"));
        assert!(
            AllowedDomains::parse("ann@example.com")
                .expect_err("an address")
                .to_string()
                .starts_with("'ann@example.com' is not a domain name.")
        );
        assert!(is_domain_name("xn--bcher-kva.example"));
        assert!(!is_domain_name(&format!("{}.com", "a".repeat(64))));
    }
}
