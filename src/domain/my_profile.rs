//! My Profile: what an administrator changes about themself. Name, language
//! and time zone are theirs to change at any time; the sign-in email, the
//! backup email and the password each need the current password (a
//! `reauth::Proof`), revoke pending password-reset links, and tell the
//! address that would not otherwise hear of it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::administrators;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Event};
use crate::domain::invitations::recipient;
use crate::domain::reauth::{self, Proof};
use crate::domain::time_zones::{self, TimeZone};
use crate::domain::tokens::{self, Purpose};
use crate::domain::values::{Email, PersonName};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::mail::{self, Language};
use crate::msg;

/// The fields of the profile form.
#[derive(Debug, Clone)]
pub struct ProfileInput {
    pub first_name: PersonName,
    pub last_name: PersonName,
    /// One of `values::ADMIN_LANGUAGES`.
    pub language: String,
    /// `None`: the organization's.
    pub time_zone: Option<TimeZone>,
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn reload(conn: &mut DbConn, id: i64) -> AppResult<Administrator> {
    admins::find_by_id(conn, id)?.ok_or(AppError::NotFound)
}

/// Saves name, language and time zone. Their sessions see the change at
/// their next request (the epoch).
pub fn update(conn: &mut DbConn, acting: &Acting, input: ProfileInput) -> AppResult<Administrator> {
    db::transaction(conn, |conn| {
        let before = reload(conn, acting.id())?;
        let zone = input.time_zone.as_ref().map(TimeZone::as_str);
        diesel::update(administrators::table.find(before.id))
            .set((
                administrators::first_name.eq(input.first_name.as_str()),
                administrators::last_name.eq(input.last_name.as_str()),
                administrators::language.eq(&input.language),
                administrators::time_zone.eq(zone),
                administrators::updated_at.eq(now()),
            ))
            .execute(conn)?;
        crate::domain::sessions::bump_for_admins(conn, &[before.id])?;
        let mut changes = Vec::new();
        let mut note = |field: &str, old: &str, new: &str| {
            if old != new {
                changes.push(format!("{field}: '{old}' → '{new}'"));
            }
        };
        note("first name", &before.first_name, input.first_name.as_str());
        note("last name", &before.last_name, input.last_name.as_str());
        note("language", &before.language, &input.language);
        note(
            "time zone",
            before.time_zone.as_deref().unwrap_or("the organization's"),
            zone.unwrap_or("the organization's"),
        );
        record(conn, acting, "profile_updated", changes)?;
        reload(conn, before.id)
    })
}

/// Changes the sign-in email. The old address is told (it may be the only
/// one who knows it was not them); pending reset and invitation links die.
pub fn change_email(
    conn: &mut DbConn,
    acting: &Acting,
    proof: &Proof,
    email: Email,
) -> AppResult<Administrator> {
    db::transaction(conn, |conn| {
        reauth::confirm(conn, acting, proof)?;
        let before = reload(conn, acting.id())?;
        if before.email == email.as_str() {
            let mut errors = FieldErrors::new();
            errors.add("email", msg!("me-email-already-yours"));
            return Err(AppError::Invalid(errors));
        }
        diesel::update(administrators::table.find(before.id))
            .set((
                administrators::email.eq(email.as_str()),
                administrators::updated_at.eq(now()),
            ))
            .execute(conn)
            .map_err(admins::email_taken_or)?;
        tokens::revoke(conn, Purpose::PasswordReset, Some(before.id))?;
        tokens::revoke(conn, Purpose::AdminInvite, Some(before.id))?;
        crate::domain::sessions::bump_for_admins(conn, &[before.id])?;
        let notice = notice(acting, &before, &before.email, false, email.as_str())?;
        crate::jobs::send_email::queue(conn, &notice)?;
        record(
            conn,
            acting,
            "email_changed",
            vec![format!(
                "email: '{}' → '{}'; pending reset links revoked; notice sent to '{}'",
                before.email,
                email.as_str(),
                before.email
            )],
        )?;
        reload(conn, before.id)
    })
}

/// Sets or removes the backup email (where reset links also go). The
/// sign-in email is told; pending reset links die.
pub fn change_backup_email(
    conn: &mut DbConn,
    acting: &Acting,
    proof: &Proof,
    backup: Option<Email>,
) -> AppResult<Administrator> {
    db::transaction(conn, |conn| {
        reauth::confirm(conn, acting, proof)?;
        let before = reload(conn, acting.id())?;
        let new = backup.as_ref().map(Email::as_str);
        if new == Some(before.email.as_str()) {
            let mut errors = FieldErrors::new();
            errors.add("backup_email", msg!("me-backup-same-as-email"));
            return Err(AppError::Invalid(errors));
        }
        diesel::update(administrators::table.find(before.id))
            .set((
                administrators::backup_email.eq(new),
                administrators::updated_at.eq(now()),
            ))
            .execute(conn)?;
        tokens::revoke(conn, Purpose::PasswordReset, Some(before.id))?;
        crate::domain::sessions::bump_for_admins(conn, &[before.id])?;
        let notice = notice(acting, &before, &before.email, true, new.unwrap_or(""))?;
        crate::jobs::send_email::queue(conn, &notice)?;
        record(
            conn,
            acting,
            "backup_email_changed",
            vec![format!(
                "backup email: '{}' → '{}'; pending reset links revoked; notice sent to '{}'",
                before.backup_email.as_deref().unwrap_or(""),
                new.unwrap_or(""),
                before.email
            )],
        )?;
        reload(conn, before.id)
    })
}

/// What a password change did.
#[derive(Debug)]
pub struct PasswordChanged {
    /// The administrator's other sessions that were ended.
    pub sessions_ended: usize,
}

/// Sets a new password (already hashed). Every other session of the
/// administrator ends (whoever knew the old password is out); the one
/// named `current_sid` stays. Pending reset links die.
pub fn change_password(
    conn: &mut DbConn,
    acting: &Acting,
    proof: &Proof,
    password_hash: String,
    current_sid: Option<&str>,
) -> AppResult<PasswordChanged> {
    db::transaction(conn, |conn| {
        reauth::confirm(conn, acting, proof)?;
        let id = acting.id();
        diesel::update(administrators::table.find(id))
            .set((
                administrators::password_hash.eq(Some(password_hash)),
                administrators::updated_at.eq(now()),
            ))
            .execute(conn)?;
        tokens::revoke(conn, Purpose::PasswordReset, Some(id))?;
        let sessions_ended = crate::domain::my_sessions::end_others(conn, id, current_sid)?;
        // The kept context of this session holds the old hash.
        crate::domain::sessions::bump_for_admins(conn, &[id])?;
        record(
            conn,
            acting,
            "password_changed",
            vec![format!(
                "password changed on My Profile; {sessions_ended} other session(s) ended; pending reset links revoked"
            )],
        )?;
        Ok(PasswordChanged { sessions_ended })
    })
}

/// The notice of a changed address, to `to`.
fn notice(
    acting: &Acting,
    admin: &Administrator,
    to: &str,
    backup: bool,
    new_address: &str,
) -> AppResult<mail::Email> {
    address_changed_notice(
        admin,
        &acting.home().time_zone,
        to,
        backup,
        new_address,
        None,
    )
}

/// The email telling `to` that `admin`'s sign-in email (or, with `backup`,
/// backup email) is now `new_address`; `changed_by` names another
/// administrator who made the change. Times read in the administrator's
/// zone, else `org_zone`.
pub(crate) fn address_changed_notice(
    admin: &Administrator,
    org_zone: &str,
    to: &str,
    backup: bool,
    new_address: &str,
    changed_by: Option<String>,
) -> AppResult<mail::Email> {
    let zone = admin.time_zone.as_deref().unwrap_or(org_zone);
    Ok(mail::Email::EmailChanged {
        to: recipient(to)?,
        name: admin.full_name(),
        backup,
        new_address: new_address.to_owned(),
        changed_by,
        when: format!("{} ({zone})", time_zones::local(now(), zone)),
        language: Language::from_name(&admin.language),
    })
}

fn record(conn: &mut DbConn, acting: &Acting, action: &str, changes: Vec<String>) -> AppResult<()> {
    let actor = acting.actor();
    let event = Event {
        org_id: Some(acting.admin().org_id),
        action,
        target: &actor.name,
        details: if changes.is_empty() {
            "no changes".into()
        } else {
            changes.join("; ")
        },
    };
    audit::record(conn, &actor, event)
}
