//! The administrators list: who administers the orgs of a subtree, searched
//! and filtered, one page at a time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{administrators, organizations};
use crate::db::{DbConn, Stamp};
use crate::domain::acting::scope::ScopedOrg;
use crate::domain::admins::{Administrator, KIND_ADMIN, KIND_API};
use crate::domain::orgs::InTree;
use crate::error::AppResult;

/// What the list may show and how it is narrowed.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Name or email contains this (case-insensitive).
    pub q: String,
    pub role_id: Option<i64>,
    pub status: Option<String>,
    pub include_admins: bool,
    pub include_api_users: bool,
}

impl Filter {
    /// A search, a role or a status: anything that leaves out rows of the
    /// kinds shown.
    pub fn narrows(&self) -> bool {
        !self.q.trim().is_empty() || self.role_id.is_some() || self.status.is_some()
    }

    /// The kinds of record shown (administrators, API users or both).
    pub fn kinds(&self) -> Vec<&'static str> {
        [
            (self.include_admins, KIND_ADMIN),
            (self.include_api_users, KIND_API),
        ]
        .into_iter()
        .filter_map(|(on, k)| on.then_some(k))
        .collect()
    }
}

/// One row of the list.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub email: String,
    pub last_sign_in_at: Option<NaiveDateTime>,
    pub role_name: String,
    /// From the kept tree (`orgs::of_ids`), not joined.
    pub org: InTree,
    pub status: String,
    pub external_application: Option<String>,
    /// Waiting after failed passwords until then (if later than now).
    pub locked_until: Option<NaiveDateTime>,
}

/// A row as read (timestamps through `db::Stamp`, which SQLite reads fast).
type RowTuple = (
    i64,
    String,
    String,
    String,
    String,
    Option<Stamp>,
    String,
    i64,
    String,
    Option<String>,
    Option<Stamp>,
);

/// The filtered administrators, as a query on their own table: the subtree
/// is a list of org ids (a few dozen, even for a large tree), so neither a
/// count nor a page joins 100,000 rows to their orgs. Tests that cannot
/// narrow anything (the top org, both kinds, no search) are left out.
macro_rules! filtered {
    ($org_ids:expr, $filter:expr, $fts:expr) => {
        filtered!(administrators::table, $org_ids, $filter, $fts)
    };
    ($from:expr, $org_ids:expr, $filter:expr, $fts:expr) => {{
        let mut query = $from.into_boxed();
        if let Some(ids) = $org_ids {
            query = query.filter(administrators::org_id.eq_any(ids));
        }
        if let Some(phrase) = $fts {
            query = query.filter(
                diesel::dsl::sql::<diesel::sql_types::Bool>(
                    "administrators.id IN (SELECT rowid FROM administrators_search \
                     WHERE administrators_search MATCH ",
                )
                .bind::<diesel::sql_types::Text, _>(phrase)
                .sql(")"),
            );
        } else if !$filter.q.trim().is_empty() {
            let pattern = crate::domain::values::contains_pattern(&$filter.q);
            let full_name = diesel::dsl::sql::<diesel::sql_types::Text>(
                "LOWER(administrators.first_name || ' ' || administrators.last_name)",
            );
            query = query.filter(
                full_name
                    .like(pattern.clone())
                    .escape('\\')
                    .or(administrators::email.like(pattern).escape('\\')),
            );
        }
        let kinds = $filter.kinds();
        if kinds.len() < 2 {
            query = query.filter(administrators::kind.eq_any(kinds));
        }
        if let Some(role_id) = $filter.role_id {
            query = query.filter(administrators::role_id.eq(role_id));
        }
        if let Some(status) = &$filter.status {
            query = query.filter(administrators::status.eq(status.clone()));
        }
        query
    }};
}

/// Rows `offset..offset + limit` of `$query` in `$order`: from the start,
/// or (`$from_end`) read backwards from the end and turned round, so the last
/// page costs what the first does. The list as it opens (by name, going up)
/// is ordered by typed columns, so its statement stays prepared; the other
/// sorts name their index's columns (PostgreSQL's `NULLS FIRST` has no
/// typed form for both backends).
macro_rules! ordered_page {
    ($query:expr, $columns:expr, $conn:expr, $order:expr, $from_end:expr, $total:expr, $offset:expr, $limit:expr) => {
        ordered_page!(@load multi, $query, $columns, $conn, $order, $from_end, $total, $offset, $limit)
    };
    (@load $via:ident, $query:expr, $columns:expr, $conn:expr, $order:expr, $from_end:expr, $total:expr, $offset:expr, $limit:expr) => {{
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
                .select($columns),
                RowTuple
            )?
        } else if $from_end {
            crate::load_via!(
                $via,
                $conn,
                $query
                .order((
                    administrators::last_name.desc(),
                    administrators::first_name.desc(),
                    administrators::id.desc(),
                ))
                .offset(offset)
                .limit(limit)
                .select($columns),
                RowTuple
            )?
        } else {
            crate::load_via!(
                $via,
                $conn,
                $query
                .order((
                    administrators::last_name,
                    administrators::first_name,
                    administrators::id,
                ))
                .offset(offset)
                .limit(limit)
                .select($columns),
                RowTuple
            )?
        };
        if $from_end {
            found.reverse();
        }
        found
    }};
}

/// On SQLite, a search of three characters or more goes through the
/// trigram table (`administrators_search`): the phrase to match, as FTS5
/// wants it. PostgreSQL's trigram indexes serve the plain `LIKE` instead, and
/// shorter searches (which trigrams cannot index) read the rows.
fn fts_phrase(conn: &DbConn, q: &str) -> Option<String> {
    let q = q.trim();
    if !matches!(conn, DbConn::Sqlite(_)) || q.chars().count() < 3 {
        return None;
    }
    Some(format!("{{name email}} : \"{}\"", q.replace('"', "\"\"")))
}

/// The ids of the orgs of `org`'s subtree, or `None` for the top org (whose
/// subtree is everything).
fn subtree_ids(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Option<Vec<i64>>> {
    if org.parent_id.is_none() {
        return Ok(None);
    }
    Ok(Some(
        organizations::table
            .filter(organizations::path.like(format!("{}%", org.path)))
            .select(organizations::id)
            .load(conn)?,
    ))
}

mod counts;
mod listing;
mod sort;

pub use counts::{COUNT_CAP, Count, count, count_capped, count_exact};
pub use listing::{Listing, list, list_sorted};
pub use sort::Sort;

/// Every administrator the filter matches (for "select all"), in one query.
pub fn matching(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
) -> AppResult<Vec<Administrator>> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    Ok(filtered!(ids, filter, fts)
        .select(Administrator::as_select())
        .load(conn)?)
}

/// The administrators with these ids that belong to `org`'s subtree; other
/// ids are left out, as if they did not exist.
pub fn in_subtree(
    conn: &mut DbConn,
    org: &ScopedOrg,
    ids: &[i64],
) -> AppResult<Vec<Administrator>> {
    Ok(administrators::table
        .inner_join(organizations::table)
        .filter(administrators::id.eq_any(ids))
        .filter(organizations::path.like(format!("{}%", org.path)))
        .order(administrators::id)
        .select(Administrator::as_select())
        .load(conn)?)
}

/// An administrator by id, only if they belong to `org`'s subtree.
pub fn find_in_subtree(
    conn: &mut DbConn,
    org: &ScopedOrg,
    id: i64,
) -> AppResult<Option<Administrator>> {
    Ok(administrators::table
        .inner_join(organizations::table)
        .filter(administrators::id.eq(id))
        .filter(organizations::path.like(format!("{}%", org.path)))
        .select(Administrator::as_select())
        .first(conn)
        .optional()?)
}
