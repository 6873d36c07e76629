//! Forgotten passwords: a single-use `/password/reset/<token>` link, emailed
//! to the primary and the backup address (seed 003), with which an active
//! browser administrator chooses a new password. Whether an email belongs to
//! anyone is never revealed: the page answers the same either way, and the
//! request does the same work either way (`request` only counts and queues;
//! the job looks the address up and sends).

use std::time::Duration;

use diesel::prelude::*;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::db::schema::administrators;
use crate::db::{self, DbConn};
use crate::domain::admins::{self, Administrator, KIND_ADMIN, Status};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::invitations::{audit_name, recipient, refuse_if_suspended};
use crate::domain::throttle::{self, Limit};
use crate::domain::tokens::{self, Purpose};
use crate::error::AppResult;
use crate::mail::{self, Email, Language};

/// Reset emails to one address: a few an hour.
pub fn address_limit() -> Limit {
    Limit {
        hits: 3,
        window: chrono::Duration::hours(1),
    }
}

/// Reset requests from one client address, whatever the addresses asked for.
pub fn client_limit() -> Limit {
    Limit {
        hits: 10,
        window: chrono::Duration::hours(1),
    }
}

/// The job that looks the address up and, if it belongs to someone who may
/// reset a password, sends the link (`worker::reset_requested` runs it). It
/// holds the address asked for, never a link: the link is made when it runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResetRequested {
    pub email: String,
    #[serde(default)]
    pub client_addr: Option<String>,
}

/// "Forgot your password?": counts the request against the address and the
/// client, and within both limits queues `ResetRequested`. The same
/// statements run whether or not the address belongs to anyone; `true`
/// when a job was queued (the caller wakes the runner).
pub fn request(
    conn: &mut DbConn,
    email: &crate::domain::values::Email,
    client_addr: Option<String>,
    now: NaiveDateTime,
) -> AppResult<bool> {
    db::transaction(conn, |conn| {
        let address = format!("reset_email:{}", tokens::hash(email.as_str()));
        let client = format!("reset_client:{}", client_addr.as_deref().unwrap_or("-"));
        let address_ok = throttle::hit(conn, &address, address_limit(), now)?;
        let client_ok = throttle::hit(conn, &client, client_limit(), now)?;
        if !(address_ok && client_ok) {
            return Ok(false);
        }
        let job = ResetRequested {
            email: email.as_str().to_owned(),
            client_addr,
        };
        crate::jobs::enqueue(conn, &job, None)?;
        Ok(true)
    })
}

/// Whole hours of a TTL, rounded up, at least one (the email says "N hours").
pub fn whole_hours(ttl: Duration) -> u32 {
    u32::try_from(ttl.as_secs().div_ceil(3600).max(1)).unwrap_or(u32::MAX)
}

/// May this administrator reset a password by email? Only browser
/// administrators who could sign in: not API users, not invited ones (their
/// invitation is the way in), not suspended ones.
fn may_reset(admin: &Administrator) -> bool {
    admin.kind == KIND_ADMIN && admin.status() == Status::Active
}

/// Looks `email` up (always, so every request does the same database work)
/// and returns who, if anyone, should get a reset link.
pub fn find_resettable(conn: &mut DbConn, email: &str) -> AppResult<Option<Administrator>> {
    Ok(admins::find_by_email(conn, email)?.filter(may_reset))
}

/// Issues a reset link for `admin` (earlier ones stop working) and queues it
/// to the primary email and, as a separate email, to the backup email.
pub fn send_reset_link(
    conn: &mut DbConn,
    admin: &Administrator,
    base_url: &str,
    ttl: Duration,
    client_addr: Option<String>,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        tokens::revoke(conn, Purpose::PasswordReset, Some(admin.id))?;
        let token = tokens::issue(
            conn,
            Purpose::PasswordReset,
            Some(admin.org_id),
            Some(admin.id),
            ttl,
        )?;
        let link = mail::link(base_url, &format!("/password/reset/{token}"));
        let mut addresses = vec![admin.email.as_str()];
        if let Some(backup) = admin.backup_email.as_deref().map(str::trim)
            && !backup.is_empty()
            && !backup.eq_ignore_ascii_case(&admin.email)
        {
            addresses.push(backup);
        }
        for address in &addresses {
            let email = Email::PasswordReset {
                to: recipient(address)?,
                name: admin.full_name(),
                link: link.clone(),
                valid_hours: whole_hours(ttl),
                language: Language::from_name(&admin.language),
            };
            crate::jobs::send_email::queue(conn, &email)?;
        }
        let name = audit_name(admin);
        let event = Event {
            org_id: Some(admin.org_id),
            action: "password_reset_requested",
            target: &name,
            details: format!("reset link emailed to {}", addresses.join(" and ")),
        };
        audit::record(conn, &Actor::anonymous(client_addr), event)
    })
}

/// The administrator a live reset link belongs to, if they may still use it.
/// A suspended administrator is refused with a message.
pub fn holder(conn: &mut DbConn, raw: &str) -> AppResult<Option<Administrator>> {
    let Some(admin) = crate::domain::invitations::holder(conn, Purpose::PasswordReset, raw)? else {
        return Ok(None);
    };
    refuse_if_suspended(&admin)?;
    Ok(may_reset(&admin).then_some(admin))
}

/// Uses up the link and sets the new password; every session of the
/// administrator ends (whoever knew the old password is out) and other
/// reset links die. `None` when the link is dead or its holder may no longer
/// use it.
pub fn reset(
    conn: &mut DbConn,
    raw: &str,
    password_hash: String,
    client_addr: Option<String>,
) -> AppResult<Option<Administrator>> {
    db::transaction(conn, |conn| {
        let Some(admin) =
            crate::domain::invitations::consume_holder(conn, Purpose::PasswordReset, raw)?
        else {
            return Ok(None);
        };
        // An error rolls the transaction back: the link is not used up.
        refuse_if_suspended(&admin)?;
        if !may_reset(&admin) {
            return Ok(None);
        }
        diesel::update(administrators::table.find(admin.id))
            .set((
                administrators::password_hash.eq(Some(password_hash)),
                administrators::updated_at.eq(chrono::Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        let ended = crate::domain::sessions::end_all_for(conn, admin.id)?;
        tokens::revoke(conn, Purpose::PasswordReset, Some(admin.id))?;
        let name = audit_name(&admin);
        let actor = Actor {
            id: Some(admin.id),
            name: name.clone(),
            client_addr,
        };
        let event = Event {
            org_id: Some(admin.org_id),
            action: "password_reset",
            target: &name,
            details: format!("password reset with the emailed link; {ended} session(s) ended"),
        };
        audit::record(conn, &actor, event)?;
        Ok(Some(admin))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_is_counted_in_whole_hours() {
        assert_eq!(whole_hours(Duration::from_secs(3600)), 1);
        assert_eq!(whole_hours(Duration::from_secs(30 * 60)), 1);
        assert_eq!(whole_hours(Duration::from_secs(90 * 60)), 2);
    }
}
