//! Edit Administrator / Edit API User, with the suspension boxes.

use super::rules::{self, Action, audit_name};
use super::{AdminInput, Profile, store};
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{self, Administrator, KIND_ADMIN, KIND_API, Status};
use crate::domain::audit::{self, Event};
use crate::domain::invitations::{self, Links};
use crate::domain::orgs;
use crate::domain::tokens::{self, Purpose};
use crate::error::{AppError, AppResult};

/// The edit form: the fields, and the two suspension boxes.
#[derive(Debug, Clone)]
pub struct Changes {
    pub input: AdminInput,
    pub login_suspended: bool,
    pub account_suspended: bool,
}

#[derive(Debug)]
pub struct Updated {
    /// The record as saved.
    pub admin: Administrator,
    /// The email changed while the invitation was pending: a new one went
    /// to this address (the old link no longer works).
    pub invitation_resent_to: Option<String>,
}

/// Saves an administrator's record. Changing the email or backup email
/// revokes their pending invitation and password-reset links (an old link
/// must not set the password of the new address); a pending invitation is
/// sent again to the new email.
pub fn update(
    conn: &mut DbConn,
    acting: &Acting,
    links: &Links,
    id: i64,
    changes: Changes,
) -> AppResult<Updated> {
    db::transaction(conn, |conn| {
        let before = rules::find_manageable(conn, acting, id)?;
        let api = before.kind == KIND_API;
        if changes.input.is_api() != api {
            return Err(AppError::BadRequest(crate::msg!("admins-form-mismatch")));
        }
        rules::require(acting, &before.kind, Action::Edit)?;
        if before.id == acting.id()
            && (before.email != changes.input.email.as_str()
                || before.backup_email.as_deref()
                    != changes.input.backup_email.as_ref().map(|e| e.as_str()))
        {
            // My Profile asks for the current password first: a session
            // left open must not be enough to take the account over.
            return Err(AppError::Conflict(crate::msg!(
                "admins-own-email-on-profile"
            )));
        }
        let status = before.status();
        let suspension_changes = changes.login_suspended != (status == Status::LoginSuspended)
            || changes.account_suspended != (status == Status::AccountSuspended);
        if suspension_changes {
            rules::require(acting, &before.kind, Action::Delete)?;
        }
        if before.id == acting.id() && (changes.login_suspended || changes.account_suspended) {
            return Err(AppError::Conflict(crate::msg!(
                "admins-cannot-suspend-self"
            )));
        }
        let profile = rules::resolve(conn, acting, &changes.input)?;
        let demoted = profile.role_id != before.role_id
            || profile.org_id != before.org_id
            || changes.login_suspended
            || changes.account_suspended;
        if demoted {
            rules::ensure_not_last_super_admin(conn, before.id)?;
        }
        store::update_profile(conn, before.id, &profile)?;
        let status = store::apply_suspension(
            conn,
            &before,
            changes.login_suspended,
            changes.account_suspended,
        )?;
        let email_changed = before.email != profile.email.as_str();
        let backup_changed =
            before.backup_email.as_deref() != profile.backup_email.as_ref().map(|e| e.as_str());
        let mut invitation_resent_to = None;
        if email_changed || backup_changed {
            tokens::revoke(conn, Purpose::PasswordReset, Some(before.id))?;
            tokens::revoke(conn, Purpose::AdminInvite, Some(before.id))?;
        }
        // Their signed-in sessions see the change at their next request.
        crate::domain::sessions::bump_for_admins(conn, &[before.id])?;
        let after = admins::find_by_id(conn, before.id)?.ok_or(AppError::NotFound)?;
        if (email_changed || backup_changed) && after.status() == Status::Invited {
            let org = orgs::by_id(conn, after.org_id)?;
            let inviter_name = acting.admin().full_name();
            invitations::send_invitation(conn, &after, &org.name, &links.inviter(&inviter_name))?;
            invitation_resent_to = Some(after.email.clone());
        }
        if before.kind == KIND_ADMIN && before.status() != Status::Invited {
            notify_address_changes(conn, acting, &before, &after, email_changed, backup_changed)?;
        }
        let mut details = describe(&before, &profile, status);
        if invitation_resent_to.is_some() {
            details.push_str("; pending invitation sent again to the new email");
        } else if email_changed || backup_changed {
            details.push_str("; pending links revoked");
        }
        let event = Event {
            org_id: Some(profile.org_id),
            action: if api {
                "api_user_updated"
            } else {
                "administrator_updated"
            },
            target: &audit_name(&before),
            details,
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(Updated {
            admin: after,
            invitation_resent_to,
        })
    })
}

/// Tells an administrator who could sign in that another changed their
/// addresses: the old sign-in email hears of either change.
fn notify_address_changes(
    conn: &mut DbConn,
    acting: &Acting,
    before: &Administrator,
    after: &Administrator,
    email_changed: bool,
    backup_changed: bool,
) -> AppResult<()> {
    let org_zone = orgs::by_id(conn, after.org_id)?.time_zone;
    let by = Some(acting.admin().full_name());
    let changes = [
        (email_changed, false, after.email.as_str()),
        (
            backup_changed,
            true,
            after.backup_email.as_deref().unwrap_or(""),
        ),
    ];
    for (changed, backup, new) in changes {
        if changed {
            let notice = crate::domain::my_profile::address_changed_notice(
                after,
                &org_zone,
                &before.email,
                backup,
                new,
                by.clone(),
            )?;
            crate::jobs::send_email::queue(conn, &notice)?;
        }
    }
    Ok(())
}

/// "email: 'a@x' → 'b@x'; status: 'active' → 'login_suspended'".
fn describe(before: &Administrator, profile: &Profile, status: Status) -> String {
    let mut changes = Vec::new();
    let mut note = |field: &str, old: &str, new: &str| {
        if old != new {
            changes.push(format!("{field}: '{old}' → '{new}'"));
        }
    };
    note(
        "first name",
        &before.first_name,
        profile.first_name.as_str(),
    );
    note("last name", &before.last_name, profile.last_name.as_str());
    note("email", &before.email, profile.email.as_str());
    note(
        "backup email",
        before.backup_email.as_deref().unwrap_or(""),
        profile.backup_email.as_ref().map_or("", |e| e.as_str()),
    );
    note("language", &before.language, &profile.language);
    note(
        "org id",
        &before.org_id.to_string(),
        &profile.org_id.to_string(),
    );
    note(
        "role id",
        &before.role_id.to_string(),
        &profile.role_id.to_string(),
    );
    note(
        "application",
        before.external_application.as_deref().unwrap_or(""),
        profile.external_application.as_deref().unwrap_or(""),
    );
    note("status", before.status().as_str(), status.as_str());
    if changes.is_empty() {
        "no changes".into()
    } else {
        changes.join("; ")
    }
}
