//! Time zones an administrator may choose (My Profile) and how a stored
//! UTC time reads in one. Pages use `web::local_time`, which calls `local`.

use chrono::NaiveDateTime;

/// The regions of the IANA database people live in: their zones are the
/// ones offered (not the legacy aliases such as `US/Central` or `Etc/GMT+5`).
const REGIONS: &[&str] = &[
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
];

/// Every zone offered, by name, `UTC` first.
pub fn offered() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|name| REGIONS.iter().any(|r| name.starts_with(r)))
        .collect();
    names.sort_unstable();
    names.insert(0, "UTC");
    names
}

/// A zone chosen on My Profile: one of `offered`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone(String);

impl TimeZone {
    /// Empty input means "the organization's" (`None`).
    pub fn parse(input: &str) -> Result<Option<Self>, String> {
        let name = input.trim();
        if name.is_empty() {
            return Ok(None);
        }
        offered()
            .into_iter()
            .find(|offered| *offered == name)
            .map(|found| Some(Self(found.to_owned())))
            .ok_or_else(|| crate::msg!("values-time-zone-invalid").to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A stored (UTC) time in `zone`: "21-NOV-2019 12:31 PM" (seed 000). An
/// unknown zone reads as UTC.
pub fn local(t: NaiveDateTime, zone: &str) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let local = t.and_utc().with_timezone(&tz);
    crate::i18n::date_time(&local, &local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_chosen_from_the_list_and_empty_means_the_orgs() {
        assert_eq!(TimeZone::parse(""), Ok(None));
        assert_eq!(
            TimeZone::parse("Europe/Lisbon").map(|z| z.map(|z| z.0)),
            Ok(Some("Europe/Lisbon".into()))
        );
        assert!(TimeZone::parse("US/Central").is_err());
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert_eq!(offered().first(), Some(&"UTC"));
    }

    #[test]
    fn times_read_in_the_zone() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 7, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap_or_default();
        assert_eq!(local(t, "UTC"), "01-JUL-2026 12:00 PM");
        assert_eq!(local(t, "America/Chicago"), "01-JUL-2026 07:00 AM");
    }
}
