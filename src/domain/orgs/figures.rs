//! What the Dashboard shows an administrator first, besides the subtree's
//! totals: administrators invited and not yet active (from the per-org,
//! per-status counts the database keeps, `admin_status_counts`), and the
//! org's own Available numbers (an index-backed read, capped). Plain,
//! cacheable statements: each is prepared once per connection.

use diesel::prelude::*;

use super::Organization;
use crate::db::DbConn;
use crate::db::schema::{admin_status_counts, numbers, organizations};
use crate::domain::admin_directory::COUNT_CAP;
use crate::error::AppResult;

/// Administrators of `org` and every org below it whose invitation waits.
pub fn invited_admins(conn: &mut DbConn, org: &Organization) -> AppResult<i64> {
    let invited = admin_status_counts::table
        .filter(admin_status_counts::status.eq("invited"))
        .select((admin_status_counts::org_id, admin_status_counts::n));
    let rows: Vec<(i64, i64)> = if org.parent_id.is_none() {
        invited.load(conn)?
    } else {
        let ids: Vec<i64> = organizations::table
            .filter(organizations::path.like(format!("{}%", org.path)))
            .select(organizations::id)
            .load(conn)?;
        invited
            .filter(admin_status_counts::org_id.eq_any(ids))
            .load(conn)?
    };
    Ok(rows.into_iter().map(|(_, n)| n).sum())
}

/// The org's own Available numbers (Number Management lists the numbers an
/// org holds itself): exact up to `COUNT_CAP`, then `COUNT_CAP` + 1.
pub fn available_numbers(conn: &mut DbConn, org: &Organization) -> AppResult<i64> {
    // e164 is in the (org_id, status, e164) index: an index-only read.
    let found: Vec<String> = numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq("available"))
        .select(numbers::e164)
        .limit(COUNT_CAP + 1)
        .load(conn)?;
    Ok(i64::try_from(found.len()).unwrap_or(i64::MAX))
}
