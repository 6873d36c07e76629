//! Saving who is on an event: the operation behind Setup > Manage Alerts.

use diesel::prelude::*;

use super::AlertEvent;
use crate::db::schema::{administrators, alert_recipients, organizations};
use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::admins::KIND_ADMIN;
use crate::domain::audit::{self, Event};
use crate::domain::privileges::Privilege;
use crate::domain::values::Email;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Msg;
use crate::msg;

/// At most this many other addresses per event and org.
pub const MAX_ADDRESSES: usize = 50;

/// What an event's recipients are after a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub event: AlertEvent,
    pub admins: usize,
    pub addresses: usize,
}

impl Saved {
    pub fn total(&self) -> usize {
        self.admins + self.addresses
    }
}

/// The other addresses as typed (one a line, or separated by commas or
/// semicolons): each parsed, repeats dropped; every bad one named.
fn parse_addresses(text: &str) -> Result<Vec<Email>, Msg> {
    let mut good: Vec<Email> = Vec::new();
    let mut bad: Vec<&str> = Vec::new();
    for piece in text
        .split(['\n', '\r', ',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match Email::parse(piece) {
            Ok(email) if !good.contains(&email) => good.push(email),
            Ok(_) => {}
            Err(_) => bad.push(piece),
        }
    }
    if !bad.is_empty() {
        return Err(msg!("setup-alerts-not-email", list = bad.join(", ")));
    }
    if good.len() > MAX_ADDRESSES {
        return Err(msg!(
            "setup-alerts-too-many",
            max = MAX_ADDRESSES,
            count = good.len()
        ));
    }
    Ok(good)
}

/// (id, "Name <email>") of each of `ids` that is an administrator (not an
/// API user) of the acting org's subtree.
fn admins_in_scope(
    conn: &mut DbConn,
    acting: &Acting,
    ids: &[i64],
) -> AppResult<Vec<(i64, String)>> {
    let rows: Vec<(i64, String, String, String)> = administrators::table
        .inner_join(organizations::table)
        .filter(administrators::id.eq_any(ids))
        .filter(administrators::kind.eq(KIND_ADMIN))
        .filter(crate::domain::orgs::in_subtree(&acting.org().path))
        .order(administrators::id)
        .select((
            administrators::id,
            administrators::first_name,
            administrators::last_name,
            administrators::email,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, first, last, email)| (id, format!("{first} {last} <{email}>")))
        .collect())
}

/// Replaces the recipients of `event` in the acting org with the
/// administrators `admin_ids` and the other `addresses` (one a line or
/// comma separated). Every id must be an administrator of the acting org's
/// subtree and every address valid, else nothing is written and the error
/// is shown next to its field (`admins`, `addresses`). One audit entry.
pub fn save(
    conn: &mut DbConn,
    acting: &Acting,
    event: AlertEvent,
    admin_ids: &[i64],
    addresses: &str,
) -> AppResult<Saved> {
    acting.require(Privilege::SetupEditManageAlerts)?;
    let mut ids = admin_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut errors = FieldErrors::new();
    let addresses = errors.check("addresses", parse_addresses(addresses));
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let admins = admins_in_scope(conn, acting, &ids)?;
        if admins.len() != ids.len() {
            errors.add("admins", msg!("setup-alerts-choose-in-scope"));
        }
        let Some(addresses) = addresses.filter(|_| errors.is_empty()) else {
            return Err(AppError::Invalid(errors));
        };
        diesel::delete(
            alert_recipients::table
                .filter(alert_recipients::org_id.eq(org.id))
                .filter(alert_recipients::event.eq(event.key())),
        )
        .execute(conn)?;
        let now = chrono::Utc::now().naive_utc();
        for (id, _) in &admins {
            diesel::insert_into(alert_recipients::table)
                .values((
                    alert_recipients::org_id.eq(org.id),
                    alert_recipients::event.eq(event.key()),
                    alert_recipients::admin_id.eq(Some(*id)),
                    alert_recipients::created_at.eq(now),
                ))
                .execute(conn)?;
        }
        for email in &addresses {
            diesel::insert_into(alert_recipients::table)
                .values((
                    alert_recipients::org_id.eq(org.id),
                    alert_recipients::event.eq(event.key()),
                    alert_recipients::email.eq(Some(email.as_str())),
                    alert_recipients::created_at.eq(now),
                ))
                .execute(conn)?;
        }
        let on: Vec<&str> = admins
            .iter()
            .map(|(_, who)| who.as_str())
            .chain(addresses.iter().map(Email::as_str))
            .collect();
        let details = if on.is_empty() {
            format!("{}: nobody", event.label())
        } else {
            format!("{}: {}", event.label(), on.join(", "))
        };
        audit::record(
            conn,
            &acting.actor(),
            Event {
                org_id: Some(org.id),
                action: "alerts_changed",
                target: &org.label(),
                details,
            },
        )?;
        Ok(Saved {
            event,
            admins: admins.len(),
            addresses: addresses.len(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_on_lines_commas_and_semicolons_and_drop_repeats() {
        let parsed =
            parse_addresses("a@example.com, B@example.com\r\n\nb@example.com;c@example.org")
                .unwrap();
        let got: Vec<&str> = parsed.iter().map(Email::as_str).collect();
        assert_eq!(got, ["a@example.com", "b@example.com", "c@example.org"]);
    }

    #[test]
    fn every_bad_address_is_named() {
        assert_eq!(
            parse_addresses("ok@example.com\nfoo\nbar@")
                .unwrap_err()
                .to_string(),
            "Not an email address: foo, bar@"
        );
    }

    #[test]
    fn more_than_fifty_addresses_are_refused() {
        let many: Vec<String> = (0..51).map(|i| format!("u{i}@example.com")).collect();
        assert!(
            parse_addresses(&many.join("\n"))
                .unwrap_err()
                .to_string()
                .starts_with("At most 50")
        );
        assert_eq!(parse_addresses(&many[..50].join("\n")).unwrap().len(), 50);
    }
}
