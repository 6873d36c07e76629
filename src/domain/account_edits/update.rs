//! Edit an account: its details, User Permissions, feature toggles and
//! number, in one transaction.

use super::input::AccountInput;
use super::rules::{self, audit_name};
use super::store;
use crate::db::{self, DbConn};
use crate::domain::accounts::Account;
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::numbers;
use crate::domain::privileges::Privilege;
use crate::domain::user_permissions;
use crate::error::{AppError, AppResult};

#[derive(Debug)]
pub struct Updated {
    /// The account as saved.
    pub account: Account,
    /// The number it holds now.
    pub number: Option<String>,
    /// The username changed while an invitation was pending: that link
    /// no longer works and the account is `saved` again.
    pub invitation_withdrawn: bool,
    /// "first name: 'Ann' → 'Anna'; number: '+1…' → none", or "no changes".
    pub changes: String,
}

/// Saves account `id` of the acting org. A new number is assigned after the
/// old one is returned to Available, in the same transaction: if the new
/// one was taken a moment ago, the account keeps its old number and nothing
/// changes.
pub fn update(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    input: AccountInput,
) -> AppResult<Updated> {
    acting.require(Privilege::AccountsEdit)?;
    db::transaction(conn, |conn| {
        let before = store::take(conn, acting.org().id, id)?.ok_or(AppError::NotFound)?;
        let resolved = rules::resolve(conn, acting, &input, Some(&before))?;
        let old_number = numbers::of_account(conn, before.id)?.map(|n| n.e164);
        store::update_row(conn, before.id, &input, &resolved)?;
        let number = store::apply_number(
            conn,
            &resolved.org,
            before.id,
            old_number.clone(),
            &input.number,
        )?;
        let username_changed = before.username.as_deref() != input.username.stored();
        let invitation_withdrawn = username_changed && store::withdraw_invitation(conn, &before)?;
        let after = store::by_id(conn, before.id)?;
        let old_profile = if before.user_permissions_id == resolved.profile.id {
            resolved.profile.name.clone()
        } else {
            user_permissions::find_visible(conn, &resolved.org, before.user_permissions_id)?
                .map_or_else(|| format!("id {}", before.user_permissions_id), |p| p.name)
        };
        let mut changes = describe(&before, &after);
        let mut note = |field: &str, old: &str, new: &str| {
            if old != new {
                changes.push(format!("{field}: '{old}' → '{new}'"));
            }
        };
        note("User Permissions", &old_profile, &resolved.profile.name);
        note(
            "number",
            old_number.as_deref().unwrap_or("none"),
            number.as_deref().unwrap_or("none"),
        );
        if invitation_withdrawn {
            changes.push("pending invitation withdrawn (the username changed)".into());
        }
        let changes = if changes.is_empty() {
            "no changes".to_owned()
        } else {
            changes.join("; ")
        };
        let event = Event {
            org_id: Some(after.org_id),
            action: "account_updated",
            target: &audit_name(&before),
            details: changes.clone(),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(Updated {
            account: after,
            number,
            invitation_withdrawn,
            changes,
        })
    })
}

/// What changed between two versions of the stored row, field by field.
fn describe(before: &Account, after: &Account) -> Vec<String> {
    let mut changes = Vec::new();
    let mut note = |field: &str, old: &str, new: &str| {
        if old != new {
            changes.push(format!("{field}: '{old}' → '{new}'"));
        }
    };
    note("first name", &before.first_name, &after.first_name);
    note("last name", &before.last_name, &after.last_name);
    note("username", before.username_label(), after.username_label());
    note("Account ID", &before.account_ref, &after.account_ref);
    note("application", &before.application, &after.application);
    note(
        "forwarding number",
        before.forwarding_number.as_deref().unwrap_or(""),
        after.forwarding_number.as_deref().unwrap_or(""),
    );
    note(
        "features",
        &before.feature_set().labels(),
        &after.feature_set().labels(),
    );
    note("monitor calls", &before.monitor_calls, &after.monitor_calls);
    note("monitor SMS", &before.monitor_sms, &after.monitor_sms);
    note(
        "restrict incoming social messaging",
        &before.restrict_incoming_social.to_string(),
        &after.restrict_incoming_social.to_string(),
    );
    note("language", &before.language, &after.language);
    changes
}
