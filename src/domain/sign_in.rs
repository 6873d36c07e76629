//! Signing in, in two halves around the password check (which runs on the
//! password threads, outside any transaction): `begin` looks the email up
//! and decides whether the password may be checked at all (the account's
//! lockout, the client's throttle); `record_success` or `record_failure`
//! then records what happened. Every refusal answers like a wrong password.

use chrono::NaiveDateTime;

use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admins::{self, Administrator};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::lockout::{self, Claim};
use crate::domain::orgs;
use crate::domain::throttle::{self, Limit};
use crate::error::AppResult;

/// Failed sign-ins one client address may make in a window before every
/// sign-in from it is refused (answered as a wrong password) until the
/// window ends. Failures for known and unknown emails alike count: if only
/// unknown ones did, someone holding one working account could learn which
/// emails exist by watching when their own sign-in starts to fail.
pub fn client_limit() -> Limit {
    Limit {
        hits: 30,
        window: chrono::Duration::minutes(15),
    }
}

fn client_bucket(client_addr: Option<&str>) -> String {
    format!("sign_in:{}", client_addr.unwrap_or("-"))
}

/// Why a try was not given a password check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// The account waits after failed passwords.
    Locked,
    /// Too many failures from this client address.
    Throttled,
}

/// A sign-in after the lookup, before the password check.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub account: Option<Administrator>,
    /// Why the password must not be checked, if so.
    pub held: Option<Held>,
    /// The wait this try starts if its password is wrong.
    pub locks_for: Option<chrono::Duration>,
}

impl Attempt {
    /// The hash to check the password against: `None` (the dummy hash,
    /// the same work) unless the account exists and the try was admitted.
    pub fn hash_to_check(&self) -> Option<String> {
        if self.held.is_some() {
            return None;
        }
        self.account.as_ref().and_then(|a| a.password_hash.clone())
    }
}

/// Looks `email` up and claims a try on the account (see `lockout`),
/// unless the client address is throttled.
pub fn begin(
    conn: &mut DbConn,
    email: &str,
    client_addr: Option<&str>,
    now: NaiveDateTime,
) -> AppResult<Attempt> {
    let account = admins::find_by_email(conn, email)?;
    if throttle::reached(conn, &client_bucket(client_addr), client_limit(), now)? {
        return Ok(Attempt {
            account,
            held: Some(Held::Throttled),
            locks_for: None,
        });
    }
    let Some(found) = &account else {
        return Ok(Attempt {
            account,
            held: None,
            locks_for: None,
        });
    };
    let (held, locks_for) = match lockout::claim(conn, found.id, now)? {
        Claim::Locked => (Some(Held::Locked), None),
        Claim::Admitted { locks_for } => (None, locks_for),
    };
    Ok(Attempt {
        account,
        held,
        locks_for,
    })
}

/// A refused sign-in, filed under the org of the account tried (or the top
/// org for an unknown email), counted against the client address. The
/// attempted email is kept as typed, folded. `password_matched` is set when
/// the password was right but the account may not sign in (suspended): the
/// count of failed passwords starts again.
pub fn record_failure(
    conn: &mut DbConn,
    attempt: &Attempt,
    attempted: &str,
    password_matched: bool,
    client_addr: Option<String>,
    now: NaiveDateTime,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let account = attempt.account.as_ref();
        let org_id = match account {
            Some(a) => Some(a.org_id),
            None => orgs::top(conn)?.map(|o| o.id),
        };
        let details = match (attempt.held, account) {
            (Some(Held::Throttled), _) => {
                "refused: too many failed sign-ins from this address".to_owned()
            }
            (Some(Held::Locked), _) => {
                "refused: the account is waiting after failed passwords".into()
            }
            (None, Some(admin)) if password_matched => {
                lockout::clear(conn, admin.id)?;
                format!(
                    "password right, but the account is {}",
                    admin.status().label()
                )
            }
            (None, Some(_)) => match attempt.locks_for {
                Some(wait) => format!(
                    "wrong password; the account now waits {}",
                    lockout::minutes(wait)
                ),
                None => "wrong password".into(),
            },
            (None, None) => "unknown email".into(),
        };
        if !password_matched {
            throttle::hit(
                conn,
                &client_bucket(client_addr.as_deref()),
                client_limit(),
                now,
            )?;
        }
        let event = Event {
            org_id,
            action: "sign_in_failed",
            target: &attempted.trim().to_lowercase(),
            details,
        };
        audit::record(conn, &Actor::anonymous(client_addr), event)
    })
}

/// The password was right and the account may sign in. (A second step,
/// such as an MFA code, would come between the password and this.)
pub fn record_success(
    conn: &mut DbConn,
    admin: &Administrator,
    client_addr: Option<String>,
) -> AppResult<()> {
    let actor = Actor {
        id: Some(admin.id),
        name: format!("{} <{}>", admin.full_name(), admin.email),
        client_addr,
    };
    db::transaction(conn, |conn| {
        admins::record_sign_in(conn, admin.id)?;
        lockout::clear(conn, admin.id)?;
        let event = Event {
            org_id: Some(admin.org_id),
            action: "sign_in",
            target: &actor.name,
            details: String::new(),
        };
        audit::record(conn, &actor, event)
    })
}

pub fn record_sign_out(conn: &mut DbConn, acting: &Acting) -> AppResult<()> {
    let actor = acting.actor();
    let event = Event {
        org_id: Some(acting.admin().org_id),
        action: "sign_out",
        target: &actor.name,
        details: String::new(),
    };
    audit::record(conn, &actor, event)
}
