//! Failed jobs of an org's subtree, as the Failed Jobs report shows them, and
//! Retry. A job belongs to the org in its `org_id`; one of another subtree
//! (or of none, such as a purge) is "not found".

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{jobs, organizations};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::audit::{self, Event};
use crate::domain::privileges::Privilege;
use crate::error::{AppError, AppResult};
use crate::jobs::queue;

/// Longest last error copied into the audit trail.
const AUDIT_ERROR_LEN: usize = 200;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = jobs)]
pub struct JobRecord {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub org_id: Option<i64>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub failed_at: Option<NaiveDateTime>,
}

impl JobRecord {
    /// What the job was for (a recipient, never a link).
    pub fn summary(&self) -> String {
        crate::jobs::describe(&self.kind, &self.payload)
    }
}

/// What Retry did, for the message shown afterwards.
#[derive(Debug, Clone)]
pub struct Retried {
    pub id: i64,
    pub kind: String,
    pub summary: String,
}

pub fn failed_count(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<i64> {
    Ok(jobs::table
        .inner_join(organizations::table)
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .filter(jobs::failed_at.is_not_null())
        .count()
        .get_result(conn)?)
}

/// Failed jobs of the org and its sub-organizations, newest first.
pub fn failed_page(
    conn: &mut DbConn,
    org: &ScopedOrg,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<JobRecord>> {
    Ok(jobs::table
        .inner_join(organizations::table)
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .filter(jobs::failed_at.is_not_null())
        .order((jobs::failed_at.desc(), jobs::id.desc()))
        .offset(offset)
        .limit(limit)
        .select(JobRecord::as_select())
        .load(conn)?)
}

/// The job with this id, if it belongs to the org or one below it.
pub fn find(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<Option<JobRecord>> {
    Ok(jobs::table
        .inner_join(organizations::table)
        .filter(jobs::id.eq(id))
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .select(JobRecord::as_select())
        .first(conn)
        .optional()?)
}

/// Makes a failed job of the acting org's subtree due again, and audits it.
/// Needs the report's privilege and Administrators Edit (a retried invitation
/// reaches an administrator). Not found outside the subtree; a conflict when
/// the job is not failed (already retried, say).
pub fn retry(conn: &mut DbConn, acting: &Acting, job_id: i64) -> AppResult<Retried> {
    acting.require(Privilege::ReportsViewAdministratorsActivity)?;
    acting.require(Privilege::AdministratorsEdit)?;
    crate::db::transaction(conn, |conn| {
        let job = find(conn, acting.org(), job_id)?.ok_or(AppError::NotFound)?;
        // Conditional on the job still being failed, so of two Retry clicks
        // one retries and the other is told there is nothing to do.
        if !queue::make_due(conn, job.id)? {
            return Err(AppError::Conflict(crate::msg!(
                "reports-job-not-failed",
                id = job.id.to_string()
            )));
        }
        let summary = job.summary();
        let last_error: String = job
            .last_error
            .as_deref()
            .unwrap_or("")
            .chars()
            .take(AUDIT_ERROR_LEN)
            .collect();
        audit::record(
            conn,
            &acting.actor(),
            Event {
                org_id: job.org_id,
                action: "job_retried",
                target: &format!("job {} ({})", job.id, job.kind),
                details: format!(
                    "{summary}; after {} attempts; last error: {last_error}",
                    job.attempts
                ),
            },
        )?;
        Ok(Retried {
            id: job.id,
            kind: job.kind,
            summary,
        })
    })
}
