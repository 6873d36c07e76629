//! Setup > Manage Alerts: who hears of an event in an organization, per
//! event: administrators of the org's subtree (at their current email) and
//! other addresses. Recipients set on an org also hear of events in its
//! sub-orgs (`notify::emails_for`).

mod notify;
mod save;

pub use notify::{emails_for, finish_batch, queue_batch_completed};
pub use save::{MAX_ADDRESSES, Saved, save};

use std::collections::HashMap;

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{administrators, alert_recipients, organizations};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::{self, Filter};
use crate::domain::admins::{Administrator, Status};
use crate::error::AppResult;

/// Something that happens in an organization that administrators can be
/// told of by email. New events are added here and get their own section
/// on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertEvent {
    /// A bulk operation (CSV import, bulk re-invite, edit, delete, move)
    /// finished.
    BatchCompleted,
}

impl AlertEvent {
    pub const ALL: [AlertEvent; 1] = [AlertEvent::BatchCompleted];

    /// The stable key stored in `alert_recipients.event`; never renamed.
    pub fn key(self) -> &'static str {
        match self {
            AlertEvent::BatchCompleted => "batch_completed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AlertEvent::BatchCompleted => "Batch completed",
        }
    }

    /// `label` in the reader's language.
    pub fn shown(self) -> String {
        crate::i18n::t(match self {
            AlertEvent::BatchCompleted => "setup-alerts-event-batch-completed",
        })
    }

    /// What the event is, in the reader's language.
    pub fn description(self) -> String {
        crate::i18n::t(match self {
            AlertEvent::BatchCompleted => "setup-alerts-event-batch-completed-about",
        })
    }

    pub fn from_key(key: &str) -> Option<AlertEvent> {
        Self::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// An administrator as the page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub org_label: String,
    /// "Active", "Login suspended"… (suspended ones are not emailed).
    pub status: &'static str,
}

/// Who is on an event in one org.
#[derive(Debug, Clone, Default)]
pub struct Recipients {
    pub admins: Vec<Candidate>,
    /// Other addresses, in the order they were saved.
    pub addresses: Vec<String>,
}

impl Recipients {
    pub fn admin_ids(&self) -> Vec<i64> {
        self.admins.iter().map(|a| a.id).collect()
    }

    pub fn len(&self) -> usize {
        self.admins.len() + self.addresses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Above this many administrators in the subtree, the page lists only the
/// chosen ones and those a search finds.
pub const LIST_LIMIT: i64 = 200;

/// The administrators the page offers as checkboxes.
#[derive(Debug, Clone, Default)]
pub struct Candidates {
    pub admins: Vec<Candidate>,
    /// More than `LIST_LIMIT` in the subtree: the page shows a search box.
    pub searchable: bool,
}

fn labels(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<HashMap<i64, String>> {
    let rows: Vec<(i64, String, String)> = organizations::table
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .select((
            organizations::id,
            organizations::display_id,
            organizations::name,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, display, name)| (id, format!("{display} {name}")))
        .collect())
}

fn candidate(a: &Administrator, labels: &HashMap<i64, String>) -> Candidate {
    Candidate {
        id: a.id,
        name: a.full_name(),
        email: a.email.clone(),
        org_label: labels.get(&a.org_id).cloned().unwrap_or_default(),
        status: a.status().label(),
    }
}

/// The recipients of `event` set on `org` itself.
pub fn recipients_of(
    conn: &mut DbConn,
    org: &ScopedOrg,
    event: AlertEvent,
) -> AppResult<Recipients> {
    let rows: Vec<(Option<i64>, Option<String>)> = alert_recipients::table
        .filter(alert_recipients::org_id.eq(org.id))
        .filter(alert_recipients::event.eq(event.key()))
        .order(alert_recipients::id)
        .select((alert_recipients::admin_id, alert_recipients::email))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().filter_map(|(id, _)| *id).collect();
    let labels = labels(conn, org)?;
    let admins: Vec<Administrator> = administrators::table
        .filter(administrators::id.eq_any(&ids))
        .order((administrators::first_name, administrators::last_name))
        .select(Administrator::as_select())
        .load(conn)?;
    Ok(Recipients {
        admins: admins.iter().map(|a| candidate(a, &labels)).collect(),
        addresses: rows.into_iter().filter_map(|(_, email)| email).collect(),
    })
}

/// The administrators (not API users) of `org`'s subtree to offer, in
/// name order: all of them up to `LIST_LIMIT`; beyond, the first
/// `LIST_LIMIT` whose name or email contains `q` (none without a search).
/// The page adds the chosen ones itself.
pub fn candidates(conn: &mut DbConn, org: &ScopedOrg, q: &str) -> AppResult<Candidates> {
    let all = Filter {
        include_admins: true,
        ..Filter::default()
    };
    let searchable = admin_directory::count(conn, org, &all)?.n > LIST_LIMIT;
    let q = q.trim();
    if searchable && q.is_empty() {
        return Ok(Candidates {
            admins: Vec::new(),
            searchable,
        });
    }
    let filter = Filter {
        q: q.to_owned(),
        ..all
    };
    let listing = admin_directory::list(conn, org, &filter, Some(1), LIST_LIMIT)?;
    let admins = listing
        .rows
        .into_iter()
        .map(|row| Candidate {
            id: row.id,
            name: row.name,
            email: row.email,
            org_label: row.org.label(),
            status: Status::parse(&row.status)
                .unwrap_or(Status::AccountSuspended)
                .label(),
        })
        .collect();
    Ok(Candidates { admins, searchable })
}
