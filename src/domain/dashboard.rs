//! The Dashboard's figures: the subtree's sub-organizations, administrators
//! and accounts, and what an administrator checks first — administrators
//! and accounts invited and not yet active, and the org's own Available
//! numbers. All but the last come from the per-org counts the database
//! keeps (`admin_counts`, `admin_status_counts`, `account_counts`); the
//! numbers are an index-only read, capped. For the top org (whose subtree
//! is everything) they are one statement: the Dashboard is the page most
//! opened, and on PostgreSQL each statement is a round trip.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{
    account_counts, admin_counts, admin_status_counts, numbers, organizations,
};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::COUNT_CAP;
use crate::domain::orgs::Organization;
use crate::error::AppResult;

/// What the tiles show; every count but `numbers_available` covers the
/// org and every org below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, QueryableByName)]
pub struct Figures {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub suborgs: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub admins: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub admins_invited: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub accounts: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub accounts_invited: i64,
    /// The org's own, counted up to `COUNT_CAP` + 1.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub numbers_available: i64,
}

/// The Dashboard's figures for `org`.
pub fn figures(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Figures> {
    if org.parent_id.is_none() && matches!(conn, DbConn::Sqlite(_)) {
        return top_on_sqlite(conn, org);
    }
    if org.parent_id.is_none() {
        // `$1` reads as a numbered parameter on both backends.
        return Ok(diesel::sql_query(
            "SELECT CAST((SELECT COUNT(*) FROM organizations) - 1 AS BIGINT) AS suborgs, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM admin_counts) AS BIGINT) AS admins, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM admin_status_counts \
                   WHERE status = 'invited') AS BIGINT) AS admins_invited, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts) AS BIGINT) AS accounts, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts \
                   WHERE status = 'invited') AS BIGINT) AS accounts_invited, \
             CAST((SELECT COUNT(*) FROM (SELECT 1 FROM numbers WHERE org_id = $1 \
                   AND status = 'available' LIMIT $2) AS a) AS BIGINT) AS numbers_available",
        )
        .bind::<diesel::sql_types::BigInt, _>(org.id)
        .bind::<diesel::sql_types::BigInt, _>(COUNT_CAP + 1)
        .get_result(conn)?);
    }
    below_top(conn, org)
}

/// A sub-organization's figures: its subtree's org ids read once, then the
/// kept counts of those orgs.
fn below_top(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Figures> {
    let ids: Vec<i64> = organizations::table
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .select(organizations::id)
        .load(conn)?;
    let admins: Vec<i64> = admin_counts::table
        .filter(admin_counts::org_id.eq_any(&ids))
        .select(admin_counts::n)
        .load(conn)?;
    let admins_invited: Vec<i64> = admin_status_counts::table
        .filter(admin_status_counts::status.eq("invited"))
        .filter(admin_status_counts::org_id.eq_any(&ids))
        .select(admin_status_counts::n)
        .load(conn)?;
    let accounts: Vec<(String, i64)> = account_counts::table
        .filter(account_counts::org_id.eq_any(&ids))
        .select((account_counts::status, account_counts::n))
        .load(conn)?;
    Ok(Figures {
        suborgs: i64::try_from(ids.len()).unwrap_or(i64::MAX) - 1,
        admins: admins.iter().sum(),
        admins_invited: admins_invited.iter().sum(),
        accounts_invited: invited(&accounts),
        accounts: accounts.iter().map(|(_, n)| n).sum(),
        numbers_available: available_numbers(conn, org)?,
    })
}

/// The accounts invited and not yet activated, of kept counts by status.
fn invited(accounts: &[(String, i64)]) -> i64 {
    accounts
        .iter()
        .filter(|(s, _)| s == "invited")
        .map(|(_, n)| n)
        .sum()
}

/// The top org's figures on SQLite: no round trips there, and each of these
/// plain statements is prepared once per connection, where the one
/// statement of PostgreSQL would be prepared on every view (measured: 42 µs
/// for it, about 5 µs for each of these).
fn top_on_sqlite(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Figures> {
    // The kept counts are a few rows an org: summed here (a SUM of BIGINT
    // is NUMERIC, which the two backends do not share).
    let orgs: i64 = organizations::table.count().get_result(conn)?;
    let admins: Vec<i64> = admin_counts::table.select(admin_counts::n).load(conn)?;
    let accounts: Vec<(String, i64)> = account_counts::table
        .select((account_counts::status, account_counts::n))
        .load(conn)?;
    let admins_invited: Vec<i64> = admin_status_counts::table
        .filter(admin_status_counts::status.eq("invited"))
        .select(admin_status_counts::n)
        .load(conn)?;
    Ok(Figures {
        suborgs: orgs - 1,
        admins: admins.iter().sum(),
        admins_invited: admins_invited.iter().sum(),
        accounts_invited: invited(&accounts),
        accounts: accounts.iter().map(|(_, n)| n).sum(),
        numbers_available: available_numbers(conn, org)?,
    })
}

/// The org's own Available numbers (Number Management lists the numbers an
/// org holds itself): exact up to `COUNT_CAP`, then `COUNT_CAP` + 1.
fn available_numbers(conn: &mut DbConn, org: &Organization) -> AppResult<i64> {
    // e164 is in the (org_id, status, e164) index: an index-only read.
    let found: Vec<String> = numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq("available"))
        .select(numbers::e164)
        .limit(COUNT_CAP + 1)
        .load(conn)?;
    Ok(i64::try_from(found.len()).unwrap_or(i64::MAX))
}
