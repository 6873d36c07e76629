//! The Dashboard's figures for an org: what its subtree holds and what an
//! administrator checks first. One statement over the counts the database
//! keeps (`admin_counts`, `admin_status_counts`, `account_counts`) and one
//! capped, index-backed count, whatever the number of rows.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use super::Organization;
use crate::db::DbConn;
use crate::domain::admin_directory::COUNT_CAP;
use crate::error::AppResult;

/// What the Dashboard shows; every count but `numbers_available` covers the
/// org and every org below it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, QueryableByName)]
pub struct Figures {
    /// Sub-organizations at all levels below the org.
    #[diesel(sql_type = BigInt)]
    pub suborgs: i64,
    /// Administrators and API users.
    #[diesel(sql_type = BigInt)]
    pub admins: i64,
    /// Administrators invited who have not set their password yet.
    #[diesel(sql_type = BigInt)]
    pub admins_invited: i64,
    #[diesel(sql_type = BigInt)]
    pub accounts: i64,
    /// Accounts invited and not activated (pending or expired).
    #[diesel(sql_type = BigInt)]
    pub accounts_invited: i64,
    /// The org's own Available numbers (Number Management lists the numbers
    /// an org holds itself), counted up to `COUNT_CAP` + 1.
    #[diesel(sql_type = BigInt)]
    pub numbers_available: i64,
}

impl Figures {
    /// More Available numbers than were counted.
    pub fn numbers_more(&self) -> bool {
        self.numbers_available > COUNT_CAP
    }
}

/// The figures of `org`. For the top org the kept counts are summed whole;
/// below it, over the org ids its path prefix finds.
pub fn figures(conn: &mut DbConn, org: &Organization) -> AppResult<Figures> {
    let within = if org.parent_id.is_none() {
        ""
    } else {
        " AND org_id IN (SELECT id FROM sub)"
    };
    // `$1` is first used before `$2`: SQLite numbers named parameters in the
    // order they first appear, PostgreSQL by their digits.
    let sql = format!(
        "WITH sub AS (SELECT id FROM organizations WHERE path LIKE $1) SELECT \
         CAST((SELECT COUNT(*) FROM sub) - 1 AS BIGINT) AS suborgs, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM admin_counts WHERE 1 = 1{within}) AS BIGINT) AS admins, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM admin_status_counts \
               WHERE status = 'invited'{within}) AS BIGINT) AS admins_invited, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts WHERE 1 = 1{within}) AS BIGINT) AS accounts, \
         CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts \
               WHERE status = 'invited'{within}) AS BIGINT) AS accounts_invited, \
         CAST((SELECT COUNT(*) FROM (SELECT 1 FROM numbers \
               WHERE org_id = $2 AND status = 'available' LIMIT {limit}) AS a) AS BIGINT) \
               AS numbers_available",
        limit = COUNT_CAP + 1,
    );
    Ok(diesel::sql_query(sql)
        .bind::<Text, _>(format!("{}%", org.path))
        .bind::<BigInt, _>(org.id)
        .get_result(conn)?)
}
