//! The features an account can get (Setup > Feature Settings, seed 001's
//! "Feature" toggles). An org offers some of them; a User Permissions
//! profile grants some; an account has some switched on. Stored as
//! comma-separated keys.

use std::collections::BTreeSet;
use std::fmt;

use crate::domain::privileges::Privilege;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    MsTeamsCalling,
    SocialMessaging,
    CallRecording,
    MessageLogging,
    InternationalDialing,
    E911,
}

impl Feature {
    pub const ALL: &'static [Feature] = &[
        Feature::MsTeamsCalling,
        Feature::SocialMessaging,
        Feature::CallRecording,
        Feature::MessageLogging,
        Feature::InternationalDialing,
        Feature::E911,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Feature::MsTeamsCalling => "ms_teams_calling",
            Feature::SocialMessaging => "social_messaging",
            Feature::CallRecording => "call_recording",
            Feature::MessageLogging => "message_logging",
            Feature::InternationalDialing => "international_dialing",
            Feature::E911 => "e911",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Feature::MsTeamsCalling => "MS Teams Calling",
            Feature::SocialMessaging => "Social Messaging",
            Feature::CallRecording => "Call Recording",
            Feature::MessageLogging => "Message Logging",
            Feature::InternationalDialing => "International Dialing",
            Feature::E911 => "E911",
        }
    }

    /// The label in the reader's language, for pages (`label` stays the
    /// English one the audit trail records).
    pub fn shown(self) -> String {
        crate::i18n::t(match self {
            Feature::MsTeamsCalling => "feature-ms-teams-calling",
            Feature::SocialMessaging => "feature-social-messaging",
            Feature::CallRecording => "feature-call-recording",
            Feature::MessageLogging => "feature-message-logging",
            Feature::InternationalDialing => "feature-international-dialing",
            Feature::E911 => "feature-e911",
        })
    }

    pub fn from_key(key: &str) -> Option<Feature> {
        Feature::ALL.iter().copied().find(|f| f.key() == key)
    }

    /// Restricted features (seed 003): only an administrator whose role
    /// holds this privilege may switch the feature on or off on an account.
    pub fn restricted_by(self) -> Option<Privilege> {
        match self {
            Feature::InternationalDialing => Some(Privilege::AccountsManageInternationalDialing),
            Feature::E911 => Some(Privilege::AccountsManageE911),
            _ => None,
        }
    }
}

/// A set of features; `Display` gives the stored form ("e911,social_messaging").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeatureSet(BTreeSet<Feature>);

impl FeatureSet {
    pub fn all() -> Self {
        Feature::ALL.iter().copied().collect()
    }

    /// Parses the stored form; keys this build does not know are ignored.
    pub fn parse(stored: &str) -> Self {
        stored
            .split(',')
            .filter_map(|k| Feature::from_key(k.trim()))
            .collect()
    }

    pub fn has(&self, f: Feature) -> bool {
        self.0.contains(&f)
    }

    pub fn insert(&mut self, f: Feature) {
        self.0.insert(f);
    }

    pub fn remove(&mut self, f: Feature) {
        self.0.remove(&f);
    }

    pub fn iter(&self) -> impl Iterator<Item = Feature> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The features of `self` that `other` also has.
    pub fn intersection(&self, other: &FeatureSet) -> FeatureSet {
        self.0.intersection(&other.0).copied().collect()
    }

    /// Features in one set and not the other (what a change touches).
    pub fn changed(&self, other: &FeatureSet) -> FeatureSet {
        self.0.symmetric_difference(&other.0).copied().collect()
    }

    /// The same in the reader's language, for pages.
    pub fn shown(&self) -> String {
        if self.0.is_empty() {
            return crate::i18n::t("features-none");
        }
        self.iter()
            .map(Feature::shown)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "MS Teams Calling, E911" (or "none"), for audit details.
    pub fn labels(&self) -> String {
        if self.0.is_empty() {
            return "none".into();
        }
        self.iter()
            .map(Feature::label)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl FromIterator<Feature> for FeatureSet {
    fn from_iter<I: IntoIterator<Item = Feature>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl fmt::Display for FeatureSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> = self.iter().map(Feature::key).collect();
        f.write_str(&keys.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_form_round_trips_and_ignores_unknown_keys() {
        let set = FeatureSet::parse("e911, social_messaging,teleport");
        assert!(set.has(Feature::E911) && set.has(Feature::SocialMessaging));
        assert_eq!(set.to_string(), "social_messaging,e911");
        assert_eq!(FeatureSet::parse(&set.to_string()), set);
        assert_eq!(FeatureSet::parse("").labels(), "none");
    }

    #[test]
    fn only_international_dialing_and_e911_are_restricted() {
        let restricted: Vec<Feature> = Feature::ALL
            .iter()
            .copied()
            .filter(|f| f.restricted_by().is_some())
            .collect();
        assert_eq!(restricted, [Feature::InternationalDialing, Feature::E911]);
    }
}
