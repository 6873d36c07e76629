//! What each audit `action` key says on Reports → Administrators Activity,
//! in the product's words. The keys are stored in `audit_events.action` and
//! never renamed; the labels may change freely. A key written in
//! `src/domain` without a label here fails `tests/api/activity.rs`.

/// Every action key written in `src/domain`, with its label, in the order
/// the Action filter offers them (grouped by what they are about).
pub const LABELS: &[(&str, &str)] = &[
    ("sign_in", "Signed in"),
    ("sign_in_failed", "Sign-in failed"),
    ("sign_out", "Signed out"),
    ("reauthentication_failed", "Password confirmation failed"),
    ("sessions_signed_out", "Other sessions signed out"),
    ("mfa_enrolled", "Two-factor authentication set up"),
    ("mfa_reset", "Two-factor authentication reset"),
    ("mfa_recovery_code_used", "Recovery code used"),
    ("mfa_code_replayed", "Used sign-in code refused"),
    ("mfa_code_failed", "Sign-in code failed"),
    ("password_reset_requested", "Password reset requested"),
    ("password_reset", "Password reset"),
    ("password_changed", "Password changed"),
    ("profile_updated", "Profile updated"),
    ("email_changed", "Sign-in email changed"),
    ("backup_email_changed", "Backup email changed"),
    ("administrator_created", "Administrator invited"),
    ("administrator_reinvited", "Administrator re-invited"),
    ("administrator_updated", "Administrator updated"),
    ("administrator_deleted", "Administrator deleted"),
    ("administrator_unlocked", "Administrator unlocked"),
    ("invitation_accepted", "Invitation accepted"),
    ("api_user_created", "API User created"),
    ("api_user_updated", "API User updated"),
    ("api_user_deleted", "API User deleted"),
    ("role_created", "Role created"),
    ("role_updated", "Role updated"),
    ("role_deleted", "Role deleted"),
    ("suborg_created", "Sub-Organization created"),
    ("suborg_renamed", "Sub-Organization renamed"),
    ("suborg_deleted", "Sub-Organization deleted"),
    ("account_created", "Account created"),
    ("account_invited", "Account invited"),
    ("account_activated", "Account activated"),
    ("account_updated", "Account updated"),
    ("account_moved", "Account moved"),
    ("account_pin_reset", "Account PIN reset"),
    ("account_deleted", "Account deleted"),
    ("import_undone", "CSV import undone"),
    ("numbers_added", "Numbers added"),
    ("number_updated", "Number updated"),
    ("numbers_reserved", "Numbers reserved"),
    ("numbers_made_available", "Numbers made available"),
    ("numbers_tagged", "Numbers tagged"),
    ("numbers_deleted", "Numbers deleted"),
    (
        "numbers_allocated",
        "Numbers allocated to a Sub-Organization",
    ),
    ("numbers_withdrawn", "Numbers withdrawn to the parent"),
    ("user_permissions_created", "User Permissions created"),
    ("user_permissions_updated", "User Permissions updated"),
    (
        "user_permissions_default",
        "Default User Permissions changed",
    ),
    ("user_permissions_deleted", "User Permissions deleted"),
    ("feature_settings_changed", "Feature Settings changed"),
    ("domain_restriction_changed", "Domain Restriction changed"),
    ("mfa_policy_changed", "Two Factor Authentication changed"),
    ("alerts_changed", "Manage Alerts changed"),
    ("invitation_template_saved", "Invitation Template saved"),
    ("invitation_template_reset", "Invitation Template reset"),
    ("invitation_template_test_sent", "Test invitation sent"),
    ("invitation_validity_changed", "Invitation validity changed"),
    ("job_retried", "Failed job retried"),
];

/// The label of `action` in the reader's language (`reports-action-<key>`
/// in the catalogue, whose English is `LABELS`'); a key without one shows
/// as it is stored.
pub fn label(action: &str) -> String {
    if !is_known(action) {
        return action.to_owned();
    }
    crate::i18n::t(&format!("reports-action-{}", action.replace('_', "-")))
}

/// Whether `action` is a key the catalogue knows (the Action filter
/// accepts only these).
pub fn is_known(action: &str) -> bool {
    LABELS.iter().any(|(key, _)| *key == action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_labels_says() {
        for (key, english) in LABELS {
            assert_eq!(label(key), *english, "{key}");
        }
    }

    #[test]
    fn keys_are_labelled_once_and_unknown_keys_show_as_stored() {
        assert_eq!(label("sign_in"), "Signed in");
        assert_eq!(label("administrator_reinvited"), "Administrator re-invited");
        assert_eq!(label("something_new"), "something_new");
        for (i, (key, _)) in LABELS.iter().enumerate() {
            assert!(
                !LABELS[i + 1..].iter().any(|(k, _)| k == key),
                "{key} twice"
            );
        }
    }
}
