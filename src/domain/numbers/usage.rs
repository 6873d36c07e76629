//! Counts and utilisation: how many numbers an org holds in each status
//! ("412 of 500 assigned"), for it and each of its direct sub-orgs: from
//! the per-org, per-status counts the database keeps (`number_counts`),
//! however many numbers.

use std::collections::HashMap;

use diesel::prelude::*;

use super::Status;
use crate::db::schema::number_counts;
use crate::db::{self, DbConn};
use crate::domain::acting::ScopedOrg;
use crate::domain::orgs::{self, Organization};
use crate::error::AppResult;

/// The numbers an org holds itself (not those of its sub-orgs), by status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub available: i64,
    pub reserved: i64,
    pub assigned: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.available + self.reserved + self.assigned
    }

    pub fn of(&self, status: Status) -> i64 {
        match status {
            Status::Available => self.available,
            Status::Reserved => self.reserved,
            Status::Assigned => self.assigned,
        }
    }

    /// Assigned as a whole percentage of all (0 when there are none).
    pub fn percent_assigned(&self) -> i64 {
        match self.total() {
            0 => 0,
            total => self.assigned * 100 / total,
        }
    }

    fn add(&mut self, status: &str, n: i64) {
        match Status::parse(status) {
            Some(Status::Available) => self.available += n,
            Some(Status::Reserved) => self.reserved += n,
            Some(Status::Assigned) => self.assigned += n,
            None => {}
        }
    }
}

/// An org and its counts.
#[derive(Debug, Clone)]
pub struct OrgUsage {
    pub org: Organization,
    pub counts: Counts,
}

/// The counts of `org` and of each of its direct sub-orgs (by name).
pub fn usage(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<(Counts, Vec<OrgUsage>)> {
    let children = orgs::children(conn, org)?;
    let mut ids: Vec<i64> = children.iter().map(|o| o.id).collect();
    ids.push(org.id);
    // On every view of Number Management: through the backend's own
    // connection (`db::load_via!`).
    let rows = crate::load_via!(
        native,
        conn,
        number_counts::table
            .filter(db::OneOf::new(number_counts::org_id, ids))
            .select((
                number_counts::org_id,
                number_counts::status,
                number_counts::n,
            )),
        (i64, String, i64)
    )?;
    let mut by_org: HashMap<i64, Counts> = HashMap::new();
    for (org_id, status, n) in rows {
        by_org.entry(org_id).or_default().add(&status, n);
    }
    let own = by_org.remove(&org.id).unwrap_or_default();
    let children = children
        .into_iter()
        .map(|o| OrgUsage {
            counts: by_org.remove(&o.id).unwrap_or_default(),
            org: o,
        })
        .collect();
    Ok((own, children))
}
