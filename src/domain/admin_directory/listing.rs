//! One page of the administrators list, in the order asked for, read from
//! whichever end is nearer.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::counts::{COUNT_CAP, Count, count};
use super::sort::{Keys, Sort};
use super::{Filter, Row, RowTuple, fts_phrase, subtree_ids};
use crate::db::schema::{admin_totals, administrators, roles};
use crate::db::{self, DbConn};
use crate::domain::acting::scope::ScopedOrg;
use crate::domain::admins::KIND_API;
use crate::domain::list_order::Order;
use crate::domain::orgs::{self, InTree};
use crate::domain::values::spaced;
use crate::error::AppResult;

/// What a row shows: the administrator, joined to its role (its org comes
/// from the kept tree).
macro_rules! columns {
    () => {
        (
            administrators::id,
            administrators::kind,
            administrators::first_name,
            administrators::last_name,
            administrators::email,
            administrators::last_sign_in_at,
            roles::name,
            administrators::org_id,
            administrators::status,
            administrators::external_application,
            administrators::locked_until,
        )
    };
}

/// One page of the list and what the pager needs.
#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub count: Count,
    /// The page shown: the one asked for, within the pages there are.
    pub page: i64,
}

/// The list page `requested` (1-based) of `per_page` rows, in name order.
pub fn list(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    list_sorted(conn, org, filter, Order::default(), requested, per_page)
}

/// The list page `requested` (1-based) of `per_page` rows, in `order`. A
/// search reads its matches once (from the trigram index) for both the
/// count and the page; otherwise the count comes from the kept counts (or a
/// capped read) and the page from the index of the order.
pub fn list_sorted(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    order: Order<Sort>,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    let pages_of = |n: i64| ((n + per_page - 1) / per_page).max(1);
    let opening = org.parent_id.is_none() && !filter.narrows() && filter.kinds().len() == 2;
    if opening && order.is_default() && requested.unwrap_or(1) <= 1 && matches!(conn, DbConn::Pg(_))
    {
        return opening_page(conn, org, per_page);
    }
    let count = if filter.q.trim().is_empty() {
        count(conn, org, filter)?
    } else {
        let ids = subtree_ids(conn, org)?;
        let fts = fts_phrase(conn, &filter.q);
        let found: Vec<(
            i64,
            String,
            String,
            String,
            String,
            Option<chrono::NaiveDateTime>,
        )> = filtered!(ids, filter, fts)
            .select((
                administrators::id,
                administrators::last_name,
                administrators::first_name,
                administrators::email,
                administrators::status,
                administrators::last_sign_in_at,
            ))
            .limit(COUNT_CAP + 1)
            .load(conn)?;
        let n = i64::try_from(found.len()).unwrap_or(i64::MAX);
        if n <= COUNT_CAP {
            let mut keys: Vec<Keys> = found
                .into_iter()
                .map(
                    |(id, last_name, first_name, email, status, last_sign_in_at)| Keys {
                        id,
                        last_name,
                        first_name,
                        email,
                        status,
                        last_sign_in_at,
                    },
                )
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
    let total = admin_totals::table
        .select(db::SumOf(admin_totals::n))
        .single_value();
    // The limit written into the statement: PostgreSQL then keeps one plan
    // for it instead of planning it on every view (`db::Limit`).
    let found = crate::load_via!(
        native,
        conn,
        administrators::table
            .inner_join(roles::table)
            .order((
                administrators::last_name,
                administrators::first_name,
                administrators::id,
            ))
            .select((columns!(), total)),
        (RowTuple, Option<i64>),
        limit per_page
    )?;
    let n = found.first().and_then(|(_, n)| *n).unwrap_or(0);
    let rows = rows(conn, org, found.into_iter().map(|(row, _)| row).collect())?;
    Ok(Listing {
        rows,
        count: Count { n, more: false },
        page: 1,
    })
}

/// One page of the list, in `order`. `total` is what `count` said: a page
/// in the second half is read from the end (in reverse order, then turned
/// round), so the last page costs what the first does.
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
    // The page and what it shows in one statement: the index of the order
    // is read for the page alone, and each of its rows joined to its role
    // (its org comes from the kept tree).
    let joined = administrators::table.inner_join(roles::table);
    let columns = columns!();
    // The list as it first opens (the whole subtree of the top org, no
    // filter) is one fixed statement, which the database prepares once per
    // connection: on PostgreSQL planning the filtered form costs more than
    // running it.
    let plain = ids.is_none() && !filter.narrows() && filter.kinds().len() == 2;
    let found: Vec<RowTuple> = if plain {
        ordered_page!(@load native, joined, columns, conn, order, from_end, total, offset, limit)
    } else {
        let filtered = filtered!(joined, ids, filter, fts);
        ordered_page!(
            filtered, columns, conn, order, from_end, total, offset, limit
        )
    };
    rows(conn, org, found)
}

/// The list rows of these administrators, in the order of `page_ids`.
fn rows_in_order(conn: &mut DbConn, org: &ScopedOrg, page_ids: &[i64]) -> AppResult<Vec<Row>> {
    let found = administrators::table
        .inner_join(roles::table)
        .filter(administrators::id.eq_any(page_ids))
        .select(columns!())
        .load::<RowTuple>(conn)?;
    let mut rows = self::rows(conn, org, found)?;
    rows.sort_by_key(|r| page_ids.iter().position(|id| *id == r.id));
    Ok(rows)
}

/// The rows read, each with its org.
fn rows(conn: &mut DbConn, org: &ScopedOrg, found: Vec<RowTuple>) -> AppResult<Vec<Row>> {
    let org_ids: Vec<i64> = found.iter().map(|r| r.7).collect();
    let orgs = orgs::of_ids(conn, org, &org_ids)?;
    Ok(found.into_iter().zip(orgs).map(row).collect())
}

fn row(
    (
        (
            id,
            kind,
            first,
            last,
            email,
            last_sign_in_at,
            role_name,
            _org_id,
            status,
            app,
            locked_until,
        ),
        org,
    ): (RowTuple, InTree),
) -> Row {
    Row {
        id,
        name: spaced(&first, &last),
        role_name: if kind == KIND_API {
            "API User".into()
        } else {
            role_name
        },
        kind,
        email,
        last_sign_in_at: last_sign_in_at.map(NaiveDateTime::from),
        org,
        status,
        external_application: app,
        locked_until: locked_until.map(NaiveDateTime::from),
    }
}
