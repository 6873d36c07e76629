//! The Dashboard's figures: the subtree's sub-organizations, administrators
//! and accounts, and what an administrator checks first — administrators
//! and accounts invited and not yet active, and the org's own Available
//! numbers. All come from the per-org counts the database keeps
//! (`admin_counts`, `admin_status_counts`, `account_counts`,
//! `number_counts`), never from counting rows. On PostgreSQL they are one
//! statement: the Dashboard is the page most opened, and there each
//! statement is a round trip.

use diesel::prelude::*;

use crate::db::schema::{
    account_counts, account_totals, admin_counts, admin_status_counts, admin_status_totals,
    admin_totals, number_counts, organizations,
};
use crate::db::{self, DbConn};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::COUNT_CAP;
use crate::domain::orgs::{self, Organization, in_subtree};
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

/// How many of the newest batches the Dashboard lists (written into the
/// PostgreSQL statement, `figures_sql!`).
pub const LATEST_BATCHES: i64 = 5;

/// The Dashboard's figures for `org`, and on PostgreSQL the ids of the
/// newest `LATEST_BATCHES` batches of its subtree, newest first, read in the
/// same statement (`None` on SQLite, where a statement is no round trip:
/// read them with `batches::latest`).
pub fn figures(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<(Figures, Option<Vec<i64>>)> {
    if let DbConn::Pg(pg) = conn {
        let (figures, latest) = in_one_statement(pg, org)?;
        return Ok((figures, Some(latest)));
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
    // The top org's subtree is every org: its figures are the database's
    // totals, a few rows kept beside the per-org counts.
    macro_rules! sum {
        ($counts:ident, $totals:ident $(, $column:ident = $value:expr)?) => {{
            if top {
                // Fixed statements, through the backend's own connection.
                let query = $totals::table
                    .select(db::SumOf($totals::n))
                    $(.filter($totals::$column.eq($value)))?;
                crate::each_backend!(conn, c => query.get_result::<i64>(c))?
            } else {
                let mut query = $counts::table.select(db::SumOf($counts::n)).into_boxed();
                $(query = query.filter($counts::$column.eq($value));)?
                query = query.filter($counts::org_id.eq_any(subtree()));
                query.get_result::<i64>(conn)?
            }
        }};
    }
    // The org and those below it, from the kept tree.
    let orgs = i64::try_from(orgs::tree(conn, org)?.len()).unwrap_or(i64::MAX);
    // The invited ones read the (status, org_id, n) indexes alone.
    let admins = sum!(admin_counts, admin_totals);
    let admins_invited = sum!(admin_status_counts, admin_status_totals, status = "invited");
    let accounts = sum!(account_counts, account_totals);
    let accounts_invited = sum!(account_counts, account_totals, status = "invited");
    let figures = capped(Figures {
        suborgs: orgs - 1,
        admins,
        admins_invited,
        accounts,
        accounts_invited,
        numbers_available: available_numbers(conn, org)?,
    });
    Ok((figures, None))
}

/// The PostgreSQL statement's row: the figures and the latest batches' ids
/// ("12,11,9"; none when there are none).
#[derive(QueryableByName)]
struct FiguresRow {
    #[diesel(embed)]
    figures: Figures,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    latest_batches: Option<String>,
}

/// The PostgreSQL statement: every figure, and the ids of the subtree's
/// newest `LATEST_BATCHES` batches ("12,11,9"). `$1` is the org's id, `$2`
/// its path pattern (`path%`); `$orgs`, `$within` and `$batches` narrow to
/// the subtree (empty for the top org, whose subtree is every org).
macro_rules! figures_sql {
    ($orgs:literal, $within:literal, $batches:literal) => {
        concat!(
            "SELECT CAST((SELECT COUNT(*) FROM organizations", $orgs, ") - 1 AS BIGINT) AS suborgs, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM admin_counts WHERE TRUE", $within, ") AS BIGINT) \
                   AS admins, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM admin_status_counts \
                   WHERE status = 'invited'", $within, ") AS BIGINT) AS admins_invited, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts WHERE TRUE", $within, ") AS BIGINT) \
                   AS accounts, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM account_counts \
                   WHERE status = 'invited'", $within, ") AS BIGINT) AS accounts_invited, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM number_counts \
                   WHERE org_id = $1 AND status = 'available') AS BIGINT) AS numbers_available, \
             (SELECT string_agg(id::text, ',' ORDER BY id DESC) FROM \
                   (SELECT id FROM batches", $batches, " ORDER BY id DESC LIMIT 5) AS newest) \
                   AS latest_batches"
        )
    };
}

/// The figures of the top org: no subtree to filter on.
struct TopFigures;

impl db::FixedSql for TopFigures {
    const SQL: &'static str = figures_sql!("", "", "");
}

/// The figures of a sub-org's subtree.
struct SubtreeFigures;

impl db::FixedSql for SubtreeFigures {
    const SQL: &'static str = figures_sql!(
        " WHERE path LIKE $2",
        " AND org_id IN (SELECT id FROM organizations WHERE path LIKE $2)",
        " WHERE org_id IN (SELECT id FROM organizations WHERE path LIKE $2)"
    );
}

/// On PostgreSQL, where each statement is a round trip: all the figures,
/// and the ids of the newest `LATEST_BATCHES` batches, in one statement
/// that stays prepared (`db::Fixed`).
fn in_one_statement(
    pg: &mut diesel::PgConnection,
    org: &ScopedOrg,
) -> AppResult<(Figures, Vec<i64>)> {
    let row: FiguresRow = if org.parent_id.is_none() {
        db::Fixed::<TopFigures>::new(org.id, String::new()).get_result(pg)?
    } else {
        db::Fixed::<SubtreeFigures>::new(org.id, format!("{}%", org.path)).get_result(pg)?
    };
    let latest = row
        .latest_batches
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter_map(|id| id.parse().ok())
        .collect();
    Ok((capped(row.figures), latest))
}

/// The Available numbers tile counts up to `COUNT_CAP` + 1 ("10,000+").
fn capped(figures: Figures) -> Figures {
    Figures {
        numbers_available: figures.numbers_available.min(COUNT_CAP + 1),
        ..figures
    }
}

/// The org's own Available numbers (Number Management lists the numbers an
/// org holds itself), from the kept counts.
fn available_numbers(conn: &mut DbConn, org: &Organization) -> AppResult<i64> {
    let query = number_counts::table
        .filter(number_counts::org_id.eq(org.id))
        .filter(number_counts::status.eq("available"))
        .select(number_counts::n)
        .limit(1);
    let found = crate::load_via!(native, conn, query, i64)?;
    Ok(found.first().copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::FixedSql;

    /// The PostgreSQL statements spell the number of batches in their text.
    #[test]
    fn the_statements_read_as_many_batches_as_the_dashboard_lists() {
        let limit = format!("LIMIT {LATEST_BATCHES})");
        assert!(TopFigures::SQL.contains(&limit), "{}", TopFigures::SQL);
        assert!(
            SubtreeFigures::SQL.contains(&limit),
            "{}",
            SubtreeFigures::SQL
        );
    }
}
