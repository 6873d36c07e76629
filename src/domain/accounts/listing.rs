//! One page of the accounts list, in the order asked for, read from
//! whichever end is nearer; and every account a filter matches, for operations on them all.

use diesel::prelude::*;

use super::counts::{COUNT_CAP, Count, count};
use super::filter::{Filter, filtered, fts_phrase, now, subtree_ids};
use super::sort::{Keys, Sort};
use super::{Account, Listed};
use crate::db::schema::{account_totals, accounts, numbers, organizations};
use crate::db::{self, DbConn};
use crate::domain::acting::ScopedOrg;
use crate::domain::list_order::Order;
use crate::domain::orgs::{self, InTree};
use crate::error::AppResult;

/// One row of the list: the account, its org and its number.
#[derive(Debug, Clone)]
pub struct Row {
    pub account: Listed,
    /// From the kept tree (`orgs::of_ids`), not joined.
    pub org: InTree,
    pub number: Option<String>,
}

type RowTuple = (Listed, i64, Option<String>);

/// The rows read, each with its org.
fn rows(conn: &mut DbConn, org: &ScopedOrg, found: Vec<RowTuple>) -> AppResult<Vec<Row>> {
    let org_ids: Vec<i64> = found.iter().map(|(_, org_id, _)| *org_id).collect();
    let orgs = orgs::of_ids(conn, org, &org_ids)?;
    Ok(found
        .into_iter()
        .zip(orgs)
        .map(|((account, _, number), org)| Row {
            account,
            org,
            number,
        })
        .collect())
}

/// One page of the list and what the pager needs.
#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub count: Count,
    /// The page shown: the one asked for, within the pages there are.
    pub page: i64,
}

/// The accounts joined to their number (an account holds at most one:
/// `numbers.account_id` is UNIQUE); a row's org comes from the kept tree.
macro_rules! joined {
    () => {
        accounts::table
            .left_join(numbers::table.on(numbers::account_id.eq(accounts::id.nullable())))
    };
}

macro_rules! columns {
    () => {
        (
            Listed::as_select(),
            accounts::org_id,
            numbers::e164.nullable(),
        )
    };
}

/// Rows `offset..offset + limit` of `$query` in `$order`: from the start,
/// or (`$from_end`) read backwards from the end and turned round, so the last
/// page costs what the first does. The list as it opens (by name, going up,
/// the `accounts_name_order` index) is ordered by typed columns, so its
/// statement stays prepared; the other sorts name their index's columns.
macro_rules! ordered_page {
    ($query:expr, $conn:expr, $order:expr, $from_end:expr, $total:expr, $offset:expr, $limit:expr) => {
        ordered_page!(@load multi, $query, $conn, $order, $from_end, $total, $offset, $limit)
    };
    (@load $via:ident, $query:expr, $conn:expr, $order:expr, $from_end:expr, $total:expr, $offset:expr, $limit:expr) => {{
        let (offset, limit) = if $from_end {
            let end = ($offset + $limit).min($total);
            ($total - end, end - $offset)
        } else {
            ($offset, $limit)
        };
        let mut found: Vec<RowTuple> = if !$order.is_default() {
            crate::load_via!(
                $via,
                $conn,
                $query
                .order(diesel::dsl::sql::<diesel::sql_types::BigInt>(
                    $order.order_by($from_end),
                ))
                .offset(offset)
                .limit(limit)
                .select(columns!()),
                RowTuple
            )?
        } else if $from_end {
            crate::load_via!(
                $via,
                $conn,
                $query
                .order((
                    accounts::last_name.desc(),
                    accounts::first_name.desc(),
                    accounts::id.desc(),
                ))
                .offset(offset)
                .limit(limit)
                .select(columns!()),
                RowTuple
            )?
        } else {
            crate::load_via!(
                $via,
                $conn,
                $query
                .order((accounts::last_name, accounts::first_name, accounts::id))
                .offset(offset)
                .limit(limit)
                .select(columns!()),
                RowTuple
            )?
        };
        if $from_end {
            found.reverse();
        }
        found
    }};
}

/// The list page `requested` (1-based) of `per_page` rows, in `order`. A
/// search reads its matches once (from the trigram index) for both the
/// count and the page; otherwise the count comes from the kept counts (or a
/// capped read) and the page from the index of the order.
pub fn list(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    order: Order<Sort>,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    let pages_of = |n: i64| ((n + per_page - 1) / per_page).max(1);
    let opening = org.parent_id.is_none() && !filter.narrows();
    if opening && order.is_default() && requested.unwrap_or(1) <= 1 && matches!(conn, DbConn::Pg(_))
    {
        return opening_page(conn, org, per_page);
    }
    let count = if filter.q.trim().is_empty() {
        count(conn, org, filter)?
    } else {
        let ids = subtree_ids(conn, org)?;
        let fts = fts_phrase(conn, &filter.q);
        let found: Vec<(i64, String, String, Option<String>, String)> =
            filtered!(ids, filter, fts, now())
                .select((
                    accounts::id,
                    accounts::last_name,
                    accounts::first_name,
                    accounts::username,
                    accounts::status,
                ))
                .limit(COUNT_CAP + 1)
                .load(conn)?;
        let n = i64::try_from(found.len()).unwrap_or(i64::MAX);
        if n <= COUNT_CAP {
            let mut keys: Vec<Keys> = found
                .into_iter()
                .map(|(id, last_name, first_name, username, status)| Keys {
                    id,
                    last_name,
                    first_name,
                    username,
                    status,
                })
                .collect();
            keys.sort_by(|a, b| a.cmp(b, order));
            let page = requested.unwrap_or(1).clamp(1, pages_of(n));
            let start = usize::try_from((page - 1) * per_page).unwrap_or(0);
            let page_ids: Vec<i64> = keys
                .iter()
                .skip(start)
                .take(usize::try_from(per_page).unwrap_or(0))
                .map(|k| k.id)
                .collect();
            return Ok(Listing {
                rows: rows_in_order(conn, org, &page_ids)?,
                count: Count { n, more: false },
                page,
            });
        }
        // More matches than are counted: page them in order from the index.
        Count {
            n: COUNT_CAP,
            more: true,
        }
    };
    let page = requested.unwrap_or(1).clamp(1, pages_of(count.n));
    // Read from the end only when the end is known.
    let total = if count.more { i64::MAX } else { count.n };
    let rows = self::page(
        conn,
        org,
        filter,
        order,
        total,
        (page - 1) * per_page,
        per_page,
    )?;
    Ok(Listing { rows, count, page })
}

/// The list as most often seen on PostgreSQL: the top org's, everyone, by
/// name, page 1. Its rows and their count (a subquery of the database's
/// totals, as `counts::count` reads them) in one statement, a round trip
/// fewer. (On SQLite, with no round trips to save, the two statements cost
/// less than one.)
fn opening_page(conn: &mut DbConn, org: &ScopedOrg, per_page: i64) -> AppResult<Listing> {
    let total = account_totals::table
        .select(db::SumOf(account_totals::n))
        .single_value();
    // The limit written into the statement: PostgreSQL then keeps one plan
    // for it instead of planning it on every view (`db::Limit`).
    let found = crate::load_via!(
        native,
        conn,
        joined!()
            .order((accounts::last_name, accounts::first_name, accounts::id))
            .select((
                Listed::as_select(),
                accounts::org_id,
                numbers::e164.nullable(),
                total,
            )),
        (Listed, i64, Option<String>, Option<i64>),
        limit per_page
    )?;
    let n = found.first().and_then(|r| r.3).unwrap_or(0);
    let found = found
        .into_iter()
        .map(|(account, org_id, number, _)| (account, org_id, number))
        .collect();
    let rows = rows(conn, org, found)?;
    Ok(Listing {
        rows,
        count: Count { n, more: false },
        page: 1,
    })
}

/// One page of the list, in `order`. `total` is what `count` said: a page
/// in the second half is read from the end.
fn page(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    order: Order<Sort>,
    total: i64,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<Row>> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    let from_end = offset > total / 2;
    // The list as it first opens for the top org (everyone) is one fixed
    // statement the database prepares once per connection.
    let found: Vec<RowTuple> = if ids.is_none() && !filter.narrows() {
        ordered_page!(@load native, joined!(), conn, order, from_end, total, offset, limit)
    } else {
        let filtered = filtered!(joined!(), ids, filter, fts, now());
        ordered_page!(filtered, conn, order, from_end, total, offset, limit)
    };
    rows(conn, org, found)
}

/// The list rows of these accounts, in the order of `page_ids`.
fn rows_in_order(conn: &mut DbConn, org: &ScopedOrg, page_ids: &[i64]) -> AppResult<Vec<Row>> {
    let found = joined!()
        .filter(accounts::id.eq_any(page_ids))
        .select(columns!())
        .load::<RowTuple>(conn)?;
    let mut rows = self::rows(conn, org, found)?;
    rows.sort_by_key(|r| page_ids.iter().position(|id| *id == r.account.id));
    Ok(rows)
}

/// The ids of every account of `org`'s subtree the filter matches, in id
/// order: what a bulk operation on "all N matching" works through.
pub fn matching_ids(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<Vec<i64>> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    Ok(filtered!(ids, filter, fts, now())
        .order(accounts::id)
        .select(accounts::id)
        .load(conn)?)
}

/// The accounts with these ids that belong to `org`'s subtree (each with
/// its org); other ids are left out, as if they did not exist.
pub fn in_subtree(conn: &mut DbConn, org: &ScopedOrg, ids: &[i64]) -> AppResult<Vec<Account>> {
    Ok(accounts::table
        .inner_join(organizations::table)
        .filter(accounts::id.eq_any(ids))
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .order(accounts::id)
        .select(Account::as_select())
        .load(conn)?)
}
