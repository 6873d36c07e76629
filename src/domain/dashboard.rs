//! The Dashboard's figures: the subtree's sub-organizations, administrators
//! and accounts, and what an administrator checks first — administrators
//! and accounts invited and not yet active, and the org's own Available
//! numbers. All but the last come from the per-org counts the database
//! keeps (`admin_counts`, `admin_status_counts`, `account_counts`); the
//! numbers are an index-only read, capped. On PostgreSQL they are one
//! statement: the Dashboard is the page most opened, and there each
//! statement is a round trip.

use diesel::prelude::*;

use crate::db::schema::{
    account_counts, admin_counts, admin_status_counts, numbers, organizations,
};
use crate::db::{self, DbConn};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::COUNT_CAP;
use crate::domain::orgs::{Organization, in_subtree};
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
    if matches!(conn, DbConn::Pg(_)) {
        return in_one_statement(conn, org);
    }
    // SQLite: no round trips, and each of these statements is prepared once
    // per connection, where one statement built of them all would be
    // prepared on every view (measured: 42 µs for it, about 5 µs for each
    // of these). The kept counts are summed by the database: read row by
    // row they were half the page's work (callgrind, 20,000 accounts).
    let top = org.parent_id.is_none();
    let subtree = || {
        organizations::table
            .filter(in_subtree(&org.path))
            .select(organizations::id)
    };
    // The top org's subtree is every org: its figures need no filter.
    macro_rules! sum {
        ($table:ident $(, $filter:expr)?) => {{
            let mut query = $table::table.select(db::SumOf($table::n)).into_boxed();
            $(query = query.filter($filter);)?
            if !top {
                query = query.filter($table::org_id.eq_any(subtree()));
            }
            query.get_result::<i64>(conn)?
        }};
    }
    let orgs: i64 = if top {
        organizations::table.count().get_result(conn)?
    } else {
        subtree().count().get_result(conn)?
    };
    // The invited ones read the (status, org_id, n) indexes alone.
    let admins = sum!(admin_counts);
    let admins_invited = sum!(
        admin_status_counts,
        admin_status_counts::status.eq("invited")
    );
    let accounts = sum!(account_counts);
    let accounts_invited = sum!(account_counts, account_counts::status.eq("invited"));
    Ok(Figures {
        suborgs: orgs - 1,
        admins,
        admins_invited,
        accounts,
        accounts_invited,
        numbers_available: available_numbers(conn, org)?,
    })
}

/// On PostgreSQL, where each statement is a round trip: all the figures
/// in one.
fn in_one_statement(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Figures> {
    Ok(diesel::sql_query(
        "SELECT CAST((SELECT COUNT(*) FROM organizations WHERE path LIKE $3) - 1 AS BIGINT) \
               AS suborgs, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM admin_counts WHERE org_id IN \
               (SELECT id FROM organizations WHERE path LIKE $3)) AS BIGINT) AS admins, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM admin_status_counts \
               WHERE status = 'invited' AND org_id IN \
               (SELECT id FROM organizations WHERE path LIKE $3)) AS BIGINT) AS admins_invited, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts WHERE org_id IN \
               (SELECT id FROM organizations WHERE path LIKE $3)) AS BIGINT) AS accounts, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts \
               WHERE status = 'invited' AND org_id IN \
               (SELECT id FROM organizations WHERE path LIKE $3)) AS BIGINT) AS accounts_invited, \
         CAST((SELECT COUNT(*) FROM (SELECT 1 FROM numbers WHERE org_id = $1 \
               AND status = 'available' LIMIT $2) AS a) AS BIGINT) AS numbers_available",
    )
    .bind::<diesel::sql_types::BigInt, _>(org.id)
    .bind::<diesel::sql_types::BigInt, _>(COUNT_CAP + 1)
    .bind::<diesel::sql_types::Text, _>(format!("{}%", org.path))
    .get_result(conn)?)
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
