//! The fixed privilege catalogue (DESIGN.md, seed 000). Keys are stable
//! strings stored in `role_privileges`; the marker types in [`p`] let a
//! handler name the privilege it needs in its signature.

use std::collections::BTreeSet;

macro_rules! privileges {
    ($($variant:ident = $key:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Privilege { $($variant),* }

        impl Privilege {
            pub const ALL: &'static [Privilege] = &[$(Privilege::$variant),*];

            pub fn key(self) -> &'static str {
                match self { $(Privilege::$variant => $key),* }
            }

            pub fn from_key(key: &str) -> Option<Privilege> {
                match key { $($key => Some(Privilege::$variant),)* _ => None }
            }
        }

        /// Marker types, one per privilege, for `Authorized<p::X>` guards.
        pub mod p {
            $(
                pub struct $variant;
                impl super::RequiredPrivilege for $variant {
                    const PRIVILEGE: super::Privilege = super::Privilege::$variant;
                }
            )*
        }
    };
}

mod catalogue;

pub use catalogue::{CATALOGUE, Group, Section, report_view_privileges, setup_view_privileges};

/// Implemented by the marker types in [`p`].
pub trait RequiredPrivilege {
    const PRIVILEGE: Privilege;
}

privileges! {
    DashboardView = "dashboard.view",
    AccountsView = "accounts.view",
    AccountsInvite = "accounts.invite",
    AccountsEdit = "accounts.edit",
    AccountsMove = "accounts.move",
    AccountsDelete = "accounts.delete",
    AccountsImport = "accounts.import",
    AccountsManageInternationalDialing = "accounts.manage_international_dialing",
    AccountsManageE911 = "accounts.manage_e911",
    AccountsBulkInvite = "accounts_bulk.invite",
    AccountsBulkEdit = "accounts_bulk.edit",
    AccountsBulkDelete = "accounts_bulk.delete",
    AdministratorsView = "administrators.view",
    AdministratorsCreate = "administrators.create",
    AdministratorsEdit = "administrators.edit",
    AdministratorsDelete = "administrators.delete",
    ApiUsersView = "api_users.view",
    ApiUsersCreate = "api_users.create",
    ApiUsersEdit = "api_users.edit",
    ApiUsersDelete = "api_users.delete",
    ReportsViewConsumptionMetrics = "reports.view.consumption_metrics",
    ReportsViewUserMetrics = "reports.view.user_metrics",
    ReportsViewAdministratorsActivity = "reports.view.administrators_activity",
    ReportsViewActivities = "reports.view.activities",
    ReportsViewCallRecording = "reports.view.call_recording",
    ReportsViewMessageLogging = "reports.view.message_logging",
    ReportsViewSmsOptIn = "reports.view.sms_opt_in",
    ReportsDownloadConsumptionMetrics = "reports.download.consumption_metrics",
    ReportsDownloadUserMetrics = "reports.download.user_metrics",
    ReportsDownloadAdministratorsActivity = "reports.download.administrators_activity",
    ReportsDownloadActivities = "reports.download.activities",
    ReportsDownloadCallRecording = "reports.download.call_recording",
    ReportsDownloadMessageLogging = "reports.download.message_logging",
    ReportsDownloadSmsOptIn = "reports.download.sms_opt_in",
    ReportsAdkCallRecordingApi = "reports.adk.call_recording_api",
    ReportsAdkMessageLoggingApi = "reports.adk.message_logging_api",
    ReportsAdkSmsOptIn = "reports.adk.sms_opt_in",
    SetupViewCompanyProfile = "setup.view.company_profile",
    SetupViewInvitationTemplates = "setup.view.invitation_templates",
    SetupViewManageAlerts = "setup.view.manage_alerts",
    SetupViewDomainRestriction = "setup.view.domain_restriction",
    SetupViewApplicationVersion = "setup.view.application_version",
    SetupViewTwoFactorAuthentication = "setup.view.two_factor_authentication",
    SetupViewWebhookEvents = "setup.view.webhook_events",
    SetupViewNumberManagement = "setup.view.number_management",
    SetupViewUserPermissions = "setup.view.user_permissions",
    SetupViewFeatureSettings = "setup.view.feature_settings",
    SetupViewMessages = "setup.view.messages",
    SetupViewSmsOptIn = "setup.view.sms_opt_in",
    SetupViewInAppMessaging = "setup.view.in_app_messaging",
    SetupEditCompanyProfile = "setup.edit.company_profile",
    SetupEditInvitationTemplates = "setup.edit.invitation_templates",
    SetupEditManageAlerts = "setup.edit.manage_alerts",
    SetupEditDomainRestriction = "setup.edit.domain_restriction",
    SetupEditApplicationVersion = "setup.edit.application_version",
    SetupEditTwoFactorAuthentication = "setup.edit.two_factor_authentication",
    SetupEditWebhookEvents = "setup.edit.webhook_events",
    SetupEditNumberManagement = "setup.edit.number_management",
    SetupEditUserPermissions = "setup.edit.user_permissions",
    SetupEditFeatureSettings = "setup.edit.feature_settings",
    SetupEditMessages = "setup.edit.messages",
    SetupEditSmsOptIn = "setup.edit.sms_opt_in",
    SetupEditInAppMessaging = "setup.edit.in_app_messaging",
    SetupEditBranding = "setup.edit.branding",
    RolesView = "roles.view",
    RolesCreate = "roles.create",
    RolesEdit = "roles.edit",
    RolesDelete = "roles.delete",
    HelpView = "help.view",
    HelpEdit = "help.edit",
    ProfileView = "profile.view",
    ProfileEdit = "profile.edit",
    ProfileCreateSubOrganization = "profile.create_suborg",
    ProfileDeleteSubOrganization = "profile.delete_suborg",
}

impl Privilege {
    /// The privilege's label as the role form shows it, in the reader's
    /// language (`priv-<key>` in roles.ftl; the key keeps its words).
    pub fn shown(self) -> String {
        crate::i18n::t(&format!("priv-{}", self.key().replace(['.', '_'], "-")))
    }

    /// The view item an edit/create/delete (or download) item implies.
    pub fn implied_view(self) -> Option<Privilege> {
        let key = self.key();
        let (section, rest) = key.split_once('.')?;
        let view = match (section, rest) {
            ("accounts", "view") | ("dashboard", _) | ("help", "view") | ("profile", "view") => {
                return None;
            }
            ("accounts" | "accounts_bulk", _) => "accounts.view".to_owned(),
            ("administrators" | "api_users" | "roles" | "help" | "profile", r) if r != "view" => {
                format!("{section}.view")
            }
            ("reports", r) => format!("reports.view.{}", r.strip_prefix("download.")?),
            ("setup", r) => format!("setup.view.{}", r.strip_prefix("edit.")?),
            _ => return None,
        };
        Privilege::from_key(&view)
    }
}

/// A set of privileges, closed under "edit implies view".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrivilegeSet(BTreeSet<Privilege>);

impl PrivilegeSet {
    pub fn all() -> Self {
        Self(Privilege::ALL.iter().copied().collect())
    }

    /// Builds the closed set from privileges; unknown keys are dropped by the caller.
    pub fn closed(privileges: impl IntoIterator<Item = Privilege>) -> Self {
        let mut set = BTreeSet::new();
        for p in privileges {
            set.insert(p);
            if let Some(view) = p.implied_view() {
                set.insert(view);
            }
        }
        Self(set)
    }

    /// Parses stored keys; a key this build does not know is ignored.
    pub fn from_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Self {
        Self::closed(keys.into_iter().filter_map(Privilege::from_key))
    }

    pub fn has(&self, p: Privilege) -> bool {
        self.0.contains(&p)
    }

    pub fn has_any(&self, ps: &[Privilege]) -> bool {
        ps.iter().any(|p| self.has(*p))
    }

    pub fn is_subset_of(&self, other: &PrivilegeSet) -> bool {
        self.0.is_subset(&other.0)
    }

    pub fn iter(&self) -> impl Iterator<Item = Privilege> + '_ {
        self.0.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Privilege as P;

    #[test]
    fn every_privilege_appears_once_in_the_catalogue() {
        let listed: Vec<Privilege> = CATALOGUE.iter().flat_map(|s| s.privileges()).collect();
        let unique: BTreeSet<Privilege> = listed.iter().copied().collect();
        assert_eq!(listed.len(), unique.len());
        assert_eq!(unique.len(), Privilege::ALL.len());
    }

    #[test]
    fn every_label_is_in_the_catalogues() {
        for lang in crate::i18n::Language::ALL {
            crate::i18n::with(lang, || {
                for section in CATALOGUE {
                    assert!(!section.shown().starts_with("priv-"), "{}", section.name);
                    for group in section.groups {
                        assert!(!group.shown().starts_with("priv-"), "{}", group.name);
                        for (p, label) in group.items {
                            let shown = p.shown();
                            assert!(!shown.starts_with("priv-"), "{}", p.key());
                            if lang == crate::i18n::Language::English {
                                assert_eq!(shown, *label);
                            }
                        }
                    }
                }
            });
        }
    }

    #[test]
    fn keys_round_trip() {
        for p in Privilege::ALL {
            assert_eq!(Privilege::from_key(p.key()), Some(*p));
        }
    }

    #[test]
    fn edit_implies_view() {
        assert_eq!(P::AccountsEdit.implied_view(), Some(P::AccountsView));
        assert_eq!(
            P::SetupEditMessages.implied_view(),
            Some(P::SetupViewMessages)
        );
        assert_eq!(P::SetupEditBranding.implied_view(), None);
        assert_eq!(P::RolesDelete.implied_view(), Some(P::RolesView));
        assert_eq!(
            P::ProfileCreateSubOrganization.implied_view(),
            Some(P::ProfileView)
        );
        assert_eq!(P::ReportsAdkSmsOptIn.implied_view(), None);
        assert_eq!(
            P::ReportsDownloadUserMetrics.implied_view(),
            Some(P::ReportsViewUserMetrics)
        );
        let set = PrivilegeSet::closed([P::AdministratorsDelete]);
        assert!(set.has(P::AdministratorsView));
    }
}
