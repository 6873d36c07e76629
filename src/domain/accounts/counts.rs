//! How many accounts a list or the Dashboard shows: from the per-org,
//! per-status counts the database keeps, or a capped read when a filter
//! narrows them further.

use diesel::prelude::*;

use super::filter::{Filter, filtered, fts_phrase, now, subtree_ids};
use crate::db::schema::{account_counts, account_totals, accounts};
use crate::db::{self, DbConn};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::count_capped;
use crate::error::AppResult;

pub use crate::domain::admin_directory::{COUNT_CAP, Count};

/// Accounts of the orgs in `org_ids` (every org for `None`), of one status
/// or all, from the kept counts: a sum over a subtree's orgs, not a count
/// of its rows.
fn counted(conn: &mut DbConn, org_ids: Option<&[i64]>, filter: &Filter) -> AppResult<i64> {
    // Every org's (the top org's list): the database's totals by status, a
    // few rows; fixed statements, prepared once.
    if org_ids.is_none() && filter.org_id.is_none() {
        let sum = account_totals::table.select(db::SumOf(account_totals::n));
        return Ok(match filter.status {
            None => crate::each_backend!(conn, c => sum.get_result::<i64>(c))?,
            Some(status) => {
                let sum = sum.filter(account_totals::status.eq(status.as_str()));
                crate::each_backend!(conn, c => sum.get_result::<i64>(c))?
            }
        });
    }
    let mut query = account_counts::table
        .select(db::SumOf(account_counts::n))
        .into_boxed();
    if let Some(ids) = org_ids {
        query = query.filter(account_counts::org_id.eq_any(ids));
    }
    if let Some(org_id) = filter.org_id {
        query = query.filter(account_counts::org_id.eq(org_id));
    }
    if let Some(status) = filter.status {
        query = query.filter(account_counts::status.eq(status.as_str()));
    }
    Ok(query.get_result(conn)?)
}

/// The accounts the filter matches: exact from the kept counts when only a
/// status or an organization narrows the list; otherwise a read of at most
/// `COUNT_CAP` + 1 ids (index-backed), "more than" beyond.
pub fn count(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<Count> {
    let ids = subtree_ids(conn, org)?;
    if filter.kept_counts_answer() {
        if let (Some(ids), Some(org_id)) = (&ids, filter.org_id)
            && !ids.contains(&org_id)
        {
            return Ok(Count { n: 0, more: false });
        }
        let n = counted(conn, ids.as_deref(), filter)?;
        return Ok(Count { n, more: false });
    }
    let fts = fts_phrase(conn, &filter.q);
    count_capped(
        conn,
        filtered!(ids, filter, fts, now()).select(accounts::id),
    )
}

/// Exactly how many accounts the filter matches, however many: for the rare
/// page that must say it ("All N accounts matching this filter are
/// selected"), not for every view of the list.
pub fn count_exact(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<i64> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    Ok(filtered!(ids, filter, fts, now())
        .count()
        .get_result(conn)?)
}
