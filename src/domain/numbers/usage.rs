//! Counts and utilisation: how many numbers an org holds in each status
//! ("412 of 500 assigned"), for it and each of its direct sub-orgs. One
//! `GROUP BY` over the `numbers_org_status` index, however many numbers.

use std::collections::HashMap;

use diesel::prelude::*;

use super::Status;
use crate::db::DbConn;
use crate::db::schema::numbers;
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
    let rows: Vec<(i64, String, i64)> = numbers::table
        .filter(numbers::org_id.eq_any(&ids))
        .group_by((numbers::org_id, numbers::status))
        .select((numbers::org_id, numbers::status, diesel::dsl::count_star()))
        .load(conn)?;
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
