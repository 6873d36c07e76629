//! Who hears of an event in an org, and the "Batch completed" email.

use std::collections::HashSet;

use diesel::prelude::*;

use super::AlertEvent;
use crate::db::schema::{administrators, alert_recipients};
use crate::db::{self, DbConn};
use crate::domain::admins::{KIND_ADMIN, Status};
use crate::domain::batches::{self, Batch, State};
use crate::domain::orgs::Organization;
use crate::domain::time_zones;
use crate::error::AppResult;
use crate::i18n::Language;
use crate::mail::{self, Address, BatchCompleted, Email};

/// (name, email, language) of everyone to tell of `event` in `org`: the recipients
/// set on `org` and on each org above it (an owner who set alerts on the
/// top org hears of sub-orgs' batches too), administrators at their
/// current sign-in email and without the suspended ones, each address
/// once (compared case-insensitively). Other addresses have an empty name
/// and English.
pub fn emails_for(
    conn: &mut DbConn,
    org: &Organization,
    event: AlertEvent,
) -> AppResult<Vec<(String, String, Language)>> {
    let rows: Vec<(Option<i64>, Option<String>)> = alert_recipients::table
        .filter(alert_recipients::org_id.eq_any(org.lineage_ids()))
        .filter(alert_recipients::event.eq(event.key()))
        .order(alert_recipients::id)
        .select((alert_recipients::admin_id, alert_recipients::email))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().filter_map(|(id, _)| *id).collect();
    let admins: Vec<(i64, String, String, String, String)> = administrators::table
        .filter(administrators::id.eq_any(&ids))
        .filter(administrators::kind.eq(KIND_ADMIN))
        .filter(administrators::status.ne_all([
            Status::LoginSuspended.as_str(),
            Status::AccountSuspended.as_str(),
        ]))
        .order(administrators::id)
        .select((
            administrators::id,
            administrators::first_name,
            administrators::last_name,
            administrators::email,
            administrators::language,
        ))
        .load(conn)?;
    // Administrators before other addresses, so that an address given
    // both ways keeps its name.
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let named = admins.iter().map(|(_, first, last, email, language)| {
        (
            format!("{first} {last}"),
            email.clone(),
            Language::from_name(language),
        )
    });
    let others = rows
        .iter()
        .filter_map(|(_, email)| email.clone())
        .map(|email| (String::new(), email, Language::English));
    for (name, email, language) in named.chain(others) {
        if seen.insert(email.to_lowercase()) {
            out.push((name, email, language));
        }
    }
    Ok(out)
}

/// Queues the "Batch completed" summary of `batch` (which ran in `org`)
/// to everyone `emails_for` names; returns how many were queued. Call it
/// in the transaction that finishes the batch, then wake the mailer.
pub fn queue_batch_completed(
    conn: &mut DbConn,
    batch: &Batch,
    org: &Organization,
    base_url: &str,
) -> AppResult<usize> {
    let recipients = emails_for(conn, org, AlertEvent::BatchCompleted)?;
    let when = |t| {
        format!(
            "{} ({})",
            time_zones::local(t, &org.time_zone),
            org.time_zone
        )
    };
    let link = mail::link(
        base_url,
        &format!("/orgs/{}/reports/batches/{}", org.display_id, batch.id),
    );
    let mut queued = 0;
    for (name, email, language) in recipients {
        let Ok(to) = email.parse::<Address>() else {
            tracing::warn!(%email, "a Manage Alerts recipient is not a deliverable address");
            continue;
        };
        let letter = BatchCompleted {
            to,
            name,
            operation: batch.operation_label().to_owned(),
            org_label: org.label(),
            file_name: batch.file_name.clone(),
            started_by: batch.actor_name.clone(),
            // Times as the recipient's language writes them.
            started: crate::i18n::with(language, || when(batch.created_at)),
            finished: crate::i18n::with(language, || {
                batch.finished_at.map(when).unwrap_or_default()
            }),
            total: batch.total,
            succeeded: batch.succeeded,
            skipped: batch.skipped,
            failed: batch.failed,
            state: batch.state_label().to_owned(),
            link: link.clone(),
            language,
        };
        crate::jobs::send_email::queue(conn, &Email::BatchCompleted(Box::new(letter)))?;
        queued += 1;
    }
    Ok(queued)
}

/// Marks batch `batch_id` of `org` finished and queues its "Batch
/// completed" emails, in one transaction; returns the batch as stored and
/// how many emails were queued (wake the mailer when any were).
pub fn finish_batch(
    conn: &mut DbConn,
    batch_id: i64,
    state: State,
    org: &Organization,
    base_url: &str,
) -> AppResult<(Batch, usize)> {
    db::transaction(conn, |conn| {
        let batch = batches::finish(conn, batch_id, state)?;
        let queued = queue_batch_completed(conn, &batch, org, base_url)?;
        Ok((batch, queued))
    })
}
