//! The privilege catalogue as the role form lays it out (seed 000): the
//! sections, their groups and each privilege's English label.

use super::Privilege;

/// How the role form lays the catalogue out: sections, optional groups
/// (Reports → View / Download / ADK APIs; Setup → View / Edit), items.
pub struct Section {
    pub name: &'static str,
    pub groups: &'static [Group],
}

pub struct Group {
    pub name: &'static str,
    pub items: &'static [(Privilege, &'static str)],
}

impl Group {
    /// The group's name in the reader's language (`priv-group-…`); empty
    /// for a section without groups.
    pub fn shown(&self) -> String {
        if self.name.is_empty() {
            return String::new();
        }
        crate::i18n::t(&format!("priv-group-{}", slug(self.name)))
    }
}

/// "Accounts Bulk Operations" -> "accounts-bulk-operations".
fn slug(name: &str) -> String {
    name.to_ascii_lowercase().replace(' ', "-")
}

impl Section {
    /// The section's name in the reader's language (`priv-section-…`);
    /// `name` stays the English key the form posts back.
    pub fn shown(&self) -> String {
        crate::i18n::t(&format!("priv-section-{}", slug(self.name)))
    }

    pub fn privileges(&self) -> impl Iterator<Item = Privilege> + '_ {
        self.groups
            .iter()
            .flat_map(|g| g.items.iter().map(|(p, _)| *p))
    }
}

use Privilege as P;

const REPORT_VIEW: &[(Privilege, &str)] = &[
    (P::ReportsViewConsumptionMetrics, "Consumption Metrics"),
    (P::ReportsViewUserMetrics, "User Metrics"),
    (
        P::ReportsViewAdministratorsActivity,
        "Administrators Activity",
    ),
    (P::ReportsViewActivities, "Activities"),
    (P::ReportsViewCallRecording, "Call Recording"),
    (P::ReportsViewMessageLogging, "Message Logging"),
    (P::ReportsViewSmsOptIn, "SMS Opt-in"),
];
const REPORT_DOWNLOAD: &[(Privilege, &str)] = &[
    (P::ReportsDownloadConsumptionMetrics, "Consumption Metrics"),
    (P::ReportsDownloadUserMetrics, "User Metrics"),
    (
        P::ReportsDownloadAdministratorsActivity,
        "Administrators Activity",
    ),
    (P::ReportsDownloadActivities, "Activities"),
    (P::ReportsDownloadCallRecording, "Call Recording"),
    (P::ReportsDownloadMessageLogging, "Message Logging"),
    (P::ReportsDownloadSmsOptIn, "SMS Opt-in"),
];
const SETUP_VIEW: &[(Privilege, &str)] = &[
    (P::SetupViewCompanyProfile, "Company Profile"),
    (P::SetupViewInvitationTemplates, "Invitation Templates"),
    (P::SetupViewManageAlerts, "Manage Alerts"),
    (P::SetupViewDomainRestriction, "Domain Restriction"),
    (P::SetupViewApplicationVersion, "Application Version"),
    (
        P::SetupViewTwoFactorAuthentication,
        "Two Factor Authentication",
    ),
    (P::SetupViewWebhookEvents, "Webhook Events"),
    (P::SetupViewNumberManagement, "Number Management"),
    (P::SetupViewUserPermissions, "User Permissions"),
    (P::SetupViewFeatureSettings, "Feature Settings"),
    (P::SetupViewMessages, "Messages"),
    (P::SetupViewSmsOptIn, "SMS Opt-In"),
    (P::SetupViewInAppMessaging, "In-App Messaging"),
];
const SETUP_EDIT: &[(Privilege, &str)] = &[
    (P::SetupEditCompanyProfile, "Company Profile"),
    (P::SetupEditInvitationTemplates, "Invitation Templates"),
    (P::SetupEditManageAlerts, "Manage Alerts"),
    (P::SetupEditDomainRestriction, "Domain Restriction"),
    (P::SetupEditApplicationVersion, "Application Version"),
    (
        P::SetupEditTwoFactorAuthentication,
        "Two Factor Authentication",
    ),
    (P::SetupEditWebhookEvents, "Webhook Events"),
    (P::SetupEditNumberManagement, "Number Management"),
    (P::SetupEditUserPermissions, "User Permissions"),
    (P::SetupEditFeatureSettings, "Feature Settings"),
    (P::SetupEditMessages, "Messages"),
    (P::SetupEditSmsOptIn, "SMS Opt-In"),
    (P::SetupEditInAppMessaging, "In-App Messaging"),
    (P::SetupEditBranding, "Branding"),
];

pub const CATALOGUE: &[Section] = &[
    Section {
        name: "Dashboard",
        groups: &[Group {
            name: "",
            items: &[(P::DashboardView, "View")],
        }],
    },
    Section {
        name: "Accounts",
        groups: &[Group {
            name: "",
            items: &[
                (P::AccountsView, "View"),
                (P::AccountsInvite, "Invite"),
                (P::AccountsEdit, "Edit"),
                (P::AccountsMove, "Move"),
                (P::AccountsDelete, "Delete"),
                (P::AccountsImport, "Import"),
                (
                    P::AccountsManageInternationalDialing,
                    "Manage International Dialing",
                ),
                (P::AccountsManageE911, "Manage E911"),
            ],
        }],
    },
    Section {
        name: "Accounts Bulk Operations",
        groups: &[Group {
            name: "",
            items: &[
                (P::AccountsBulkInvite, "Invite"),
                (P::AccountsBulkEdit, "Edit"),
                (P::AccountsBulkDelete, "Delete"),
            ],
        }],
    },
    Section {
        name: "Administrators",
        groups: &[Group {
            name: "",
            items: &[
                (P::AdministratorsView, "View"),
                (P::AdministratorsCreate, "Create"),
                (P::AdministratorsEdit, "Edit"),
                (P::AdministratorsDelete, "Delete"),
            ],
        }],
    },
    Section {
        name: "API Users",
        groups: &[Group {
            name: "",
            items: &[
                (P::ApiUsersView, "View"),
                (P::ApiUsersCreate, "Create"),
                (P::ApiUsersEdit, "Edit"),
                (P::ApiUsersDelete, "Delete"),
            ],
        }],
    },
    Section {
        name: "Reports",
        groups: &[
            Group {
                name: "View",
                items: REPORT_VIEW,
            },
            Group {
                name: "Download",
                items: REPORT_DOWNLOAD,
            },
            Group {
                name: "ADK APIs",
                items: &[
                    (P::ReportsAdkCallRecordingApi, "Call Recording API"),
                    (P::ReportsAdkMessageLoggingApi, "Message Logging API"),
                    (P::ReportsAdkSmsOptIn, "SMS Opt-in"),
                ],
            },
        ],
    },
    Section {
        name: "Setup",
        groups: &[
            Group {
                name: "View",
                items: SETUP_VIEW,
            },
            Group {
                name: "Edit",
                items: SETUP_EDIT,
            },
        ],
    },
    Section {
        name: "Roles and Privileges",
        groups: &[Group {
            name: "",
            items: &[
                (P::RolesView, "View"),
                (P::RolesCreate, "Create"),
                (P::RolesEdit, "Edit"),
                (P::RolesDelete, "Delete"),
            ],
        }],
    },
    Section {
        name: "Help",
        groups: &[Group {
            name: "",
            items: &[(P::HelpView, "View"), (P::HelpEdit, "Edit")],
        }],
    },
    Section {
        name: "Profile",
        groups: &[Group {
            name: "",
            items: &[
                (P::ProfileView, "View"),
                (P::ProfileEdit, "Edit"),
                (P::ProfileCreateSubOrganization, "Create Sub-Organization"),
                (P::ProfileDeleteSubOrganization, "Delete Sub-Organization"),
            ],
        }],
    },
];

/// View privileges of the Setup and Reports sections, for the menu.
pub fn setup_view_privileges() -> Vec<Privilege> {
    SETUP_VIEW.iter().map(|(p, _)| *p).collect()
}

pub fn report_view_privileges() -> Vec<Privilege> {
    REPORT_VIEW.iter().map(|(p, _)| *p).collect()
}
