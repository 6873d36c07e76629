//! Administrator invitations: a single-use `/invite/<token>` link, emailed,
//! with which an invited administrator (or the contact of an API user) sets
//! their password. Re-inviting an active administrator scrambles their
//! password first (seed 003), so the link is the only way back in.

use std::time::Duration;

use diesel::prelude::*;

use crate::db::schema::administrators;
use crate::db::{self, DbConn};
use crate::domain::admins::{self, Administrator, KIND_API, Status};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::tokens::{self, Purpose};
use crate::error::{AppError, AppResult};
use crate::mail::Address;
use crate::mail::{self, Email, Language};
use crate::msg;

/// Where links point and how long invitations work: the settings every
/// operation that sends an invitation needs, whichever adapter calls it.
#[derive(Debug, Clone)]
pub struct Links {
    /// Public URL of the portal, without a trailing slash.
    pub base_url: String,
    pub invite_ttl: Duration,
}

impl Links {
    /// The inviter as the email names them, with these links.
    pub fn inviter<'a>(&'a self, name: &'a str) -> Inviter<'a> {
        Inviter {
            name,
            base_url: &self.base_url,
            ttl: self.invite_ttl,
        }
    }
}

/// Who sends an invitation, where its link points, and how long it works.
pub struct Inviter<'a> {
    pub name: &'a str,
    pub base_url: &'a str,
    pub ttl: Duration,
}

/// Whole days of a TTL, rounded up, at least one (the email says "N days").
fn whole_days(ttl: Duration) -> u32 {
    u32::try_from(ttl.as_secs().div_ceil(86_400).max(1)).unwrap_or(u32::MAX)
}

/// The stored address as a recipient; a row that somehow holds an address we
/// cannot mail is a conflict the inviting administrator can fix.
pub(crate) fn recipient(address: &str) -> AppResult<Address> {
    address
        .parse::<Address>()
        .map_err(|_| AppError::Conflict(msg!("auth-no-email-to", address = address)))
}

/// Issues a new invitation link for `admin` and queues the email carrying
/// it. Earlier unused invitation links of the admin stop working. Call it
/// inside the transaction of the change that invites; wake the mailer after
/// the commit.
pub fn send_invitation(
    conn: &mut DbConn,
    admin: &Administrator,
    org_name: &str,
    inviter: &Inviter,
) -> AppResult<()> {
    tokens::revoke(conn, Purpose::AdminInvite, Some(admin.id))?;
    let token = tokens::issue(
        conn,
        Purpose::AdminInvite,
        Some(admin.org_id),
        Some(admin.id),
        inviter.ttl,
    )?;
    let to = recipient(&admin.email)?;
    let link = mail::link(inviter.base_url, &format!("/invite/{token}"));
    let valid_days = whole_days(inviter.ttl);
    let language = Language::from_name(&admin.language);
    let email = if admin.kind == KIND_API {
        Email::ApiUserInvitation {
            to,
            name: admin.full_name(),
            org_name: org_name.to_owned(),
            inviter_name: inviter.name.to_owned(),
            application: admin.external_application.clone().unwrap_or_default(),
            link,
            valid_days,
            language,
        }
    } else {
        Email::AdminInvitation {
            to,
            name: admin.full_name(),
            org_name: org_name.to_owned(),
            inviter_name: inviter.name.to_owned(),
            link,
            valid_days,
            language,
        }
    };
    crate::jobs::send_email::queue(conn, &email)
}

/// Re-inviting an already active administrator scrambles their password
/// (seed 003): the password is removed, the status goes back to `invited`,
/// their sessions end and pending reset links die. Administrators in any
/// other status are left as they are. Call it, then `send_invitation`, in
/// one transaction.
pub fn reinvite_active(conn: &mut DbConn, admin_id: i64) -> AppResult<()> {
    let now = chrono::Utc::now().naive_utc();
    let changed = diesel::update(
        administrators::table
            .find(admin_id)
            .filter(administrators::status.eq(Status::Active.as_str())),
    )
    .set((
        administrators::password_hash.eq(None::<String>),
        administrators::status.eq(Status::Invited.as_str()),
        administrators::updated_at.eq(now),
    ))
    .execute(conn)?;
    if changed == 1 {
        crate::domain::sessions::end_all_for(conn, admin_id)?;
        tokens::revoke(conn, Purpose::PasswordReset, Some(admin_id))?;
    }
    Ok(())
}

/// The administrator a live link of `purpose` belongs to (the link stays usable).
pub fn holder(conn: &mut DbConn, purpose: Purpose, raw: &str) -> AppResult<Option<Administrator>> {
    let Some(token) = tokens::peek(conn, purpose, raw)? else {
        return Ok(None);
    };
    let Some(admin_id) = token.admin_id else {
        return Ok(None);
    };
    admins::find_by_id(conn, admin_id)
}

/// Uses up the link (inside the caller's transaction) and returns the
/// administrator it was issued to; `None` when the link is dead.
pub fn consume_holder(
    conn: &mut DbConn,
    purpose: Purpose,
    raw: &str,
) -> AppResult<Option<Administrator>> {
    let Some(token) = tokens::consume(conn, purpose, raw)? else {
        return Ok(None);
    };
    let Some(admin_id) = token.admin_id else {
        return Ok(None);
    };
    admins::find_by_id(conn, admin_id)
}

/// A suspended administrator may not set a password through a link; the
/// message says why (the words of the sign-in page).
pub fn refuse_if_suspended(admin: &Administrator) -> AppResult<()> {
    match admin.status() {
        Status::LoginSuspended => Err(AppError::Conflict(msg!("auth-login-suspended"))),
        Status::AccountSuspended => Err(AppError::Conflict(msg!("auth-account-suspended"))),
        Status::Invited | Status::Active => Ok(()),
    }
}

/// "Ann Lee <ann@example.com>": how audit entries name an administrator.
pub(crate) fn audit_name(admin: &Administrator) -> String {
    format!("{} <{}>", admin.full_name(), admin.email)
}

/// Accepts an invitation: uses up the link and sets the password, making the
/// administrator active. `None` when the link is dead (used, replaced,
/// expired). A suspended administrator is refused and the link stays usable.
pub fn accept(
    conn: &mut DbConn,
    raw: &str,
    password_hash: String,
    client_addr: Option<String>,
) -> AppResult<Option<Administrator>> {
    db::transaction(conn, |conn| {
        let Some(admin) = consume_holder(conn, Purpose::AdminInvite, raw)? else {
            return Ok(None);
        };
        // An error rolls the transaction back: the link is not used up.
        refuse_if_suspended(&admin)?;
        let now = chrono::Utc::now().naive_utc();
        diesel::update(administrators::table.find(admin.id))
            .set((
                administrators::password_hash.eq(Some(password_hash)),
                administrators::status.eq(Status::Active.as_str()),
                administrators::updated_at.eq(now),
            ))
            .execute(conn)?;
        let name = audit_name(&admin);
        let actor = Actor {
            id: Some(admin.id),
            name: name.clone(),
            client_addr,
        };
        let details = if admin.kind == KIND_API {
            "API credential set with the invitation link"
        } else {
            "password set with the invitation link"
        };
        let event = Event {
            org_id: Some(admin.org_id),
            action: "invitation_accepted",
            target: &name,
            details: details.into(),
        };
        audit::record(conn, &actor, event)?;
        admins::find_by_id(conn, admin.id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_is_counted_in_whole_days() {
        assert_eq!(whole_days(Duration::from_secs(7 * 86_400)), 7);
        assert_eq!(whole_days(Duration::from_secs(86_400 + 1)), 2);
        assert_eq!(whole_days(Duration::from_secs(60)), 1);
        assert_eq!(whole_days(Duration::ZERO), 1);
    }
}
