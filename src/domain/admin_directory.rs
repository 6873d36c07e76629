//! The administrators list: who administers the orgs of a subtree, searched
//! and filtered, one page at a time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{admin_counts, administrators, organizations, roles};
use crate::domain::acting::scope::ScopedOrg;
use crate::domain::admins::{Administrator, KIND_ADMIN, KIND_API};
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
    pub org_label: String,
    pub org_display_id: String,
    pub status: String,
    pub external_application: Option<String>,
}

type RowTuple = (
    i64,
    String,
    String,
    String,
    String,
    Option<NaiveDateTime>,
    String,
    String,
    String,
    String,
    Option<String>,
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

/// Rows `offset..offset + limit` of `$query` in name order: from the start,
/// or (`$from_end`) read backwards from the end and turned round, so the last
/// page costs what the first does.
macro_rules! ordered_page {
    ($query:expr, $columns:expr, $conn:expr, $from_end:expr, $total:expr, $offset:expr, $limit:expr) => {{
        if $from_end {
            let end = ($offset + $limit).min($total);
            let mut found: Vec<RowTuple> = $query
                .order((
                    administrators::last_name.desc(),
                    administrators::first_name.desc(),
                    administrators::id.desc(),
                ))
                .offset($total - end)
                .limit(end - $offset)
                .select($columns)
                .load($conn)?;
            found.reverse();
            found
        } else {
            $query
                .order((
                    administrators::last_name,
                    administrators::first_name,
                    administrators::id,
                ))
                .offset($offset)
                .limit($limit)
                .select($columns)
                .load($conn)?
        }
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

/// Administrators (and API users) of the orgs in `org_ids` (all orgs for
/// `None`) of the given kinds, from the per-org counts the database keeps
/// (`admin_counts`): a sum over a subtree's orgs, not a count of its rows.
fn counted(conn: &mut DbConn, org_ids: Option<&[i64]>, kinds: &[&str]) -> AppResult<i64> {
    let mut query = admin_counts::table
        .filter(admin_counts::kind.eq_any(kinds))
        .select(admin_counts::n)
        .into_boxed();
    if let Some(ids) = org_ids {
        query = query.filter(admin_counts::org_id.eq_any(ids));
    }
    Ok(query.load::<i64>(conn)?.into_iter().sum())
}

/// (sub-organizations below `org`, administrators and API users of its
/// subtree), for the Dashboard.
pub fn subtree_counts(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<(i64, i64)> {
    if org.parent_id.is_none() {
        // The top org's subtree is everything: one statement.
        #[derive(QueryableByName)]
        struct Totals {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            orgs: i64,
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            admins: i64,
        }
        let t: Totals = diesel::sql_query(
            "SELECT CAST((SELECT COUNT(*) FROM organizations) AS BIGINT) AS orgs, \
             CAST((SELECT COALESCE(SUM(n), 0) FROM admin_counts) AS BIGINT) AS admins",
        )
        .get_result(conn)?;
        return Ok((t.orgs - 1, t.admins));
    }
    let ids = subtree_ids(conn, org)?;
    let suborgs: i64 = match &ids {
        Some(ids) => i64::try_from(ids.len()).unwrap_or(i64::MAX) - 1,
        None => organizations::table.count().get_result::<i64>(conn)? - 1,
    };
    let admins = counted(conn, ids.as_deref(), &[KIND_ADMIN, KIND_API])?;
    Ok((suborgs, admins))
}

/// How many rows a list matches: exact, or "more than" when counting them
/// all would read too many rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: i64,
    /// There are more than `n`.
    pub more: bool,
}

/// A filtered list is counted only this far: past it the page says "more
/// than 10,000", which is what anyone needs to know to narrow the filter.
pub const COUNT_CAP: i64 = 10_000;

/// The rows the filter matches. Unfiltered, it is exact from the kept per-org
/// counts; with a search, role or status it reads at most `COUNT_CAP` + 1
/// ids (an index-backed read in each case).
pub fn count(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<Count> {
    let ids = subtree_ids(conn, org)?;
    if !filter.narrows() {
        let n = counted(conn, ids.as_deref(), &filter.kinds())?;
        return Ok(Count { n, more: false });
    }
    let fts = fts_phrase(conn, &filter.q);
    let found = filtered!(ids, filter, fts)
        .select(administrators::id)
        .limit(COUNT_CAP + 1)
        .load::<i64>(conn)?;
    let n = i64::try_from(found.len()).unwrap_or(i64::MAX);
    Ok(if n > COUNT_CAP {
        Count {
            n: COUNT_CAP,
            more: true,
        }
    } else {
        Count { n, more: false }
    })
}

/// One page of the list and what the pager needs.
#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub count: Count,
    /// The page shown: the one asked for, within the pages there are.
    pub page: i64,
}

/// The list page `requested` (1-based) of `per_page` rows. A search reads
/// its matches once (from the trigram index) for both the count and the
/// page; otherwise the count comes from the kept counts (or a capped read)
/// and the page from the name-order index.
pub fn list(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    let pages_of = |n: i64| ((n + per_page - 1) / per_page).max(1);
    let count = if filter.q.trim().is_empty() {
        count(conn, org, filter)?
    } else {
        let ids = subtree_ids(conn, org)?;
        let fts = fts_phrase(conn, &filter.q);
        let mut found: Vec<(i64, String, String)> = filtered!(ids, filter, fts)
            .select((
                administrators::id,
                administrators::last_name,
                administrators::first_name,
            ))
            .limit(COUNT_CAP + 1)
            .load(conn)?;
        let n = i64::try_from(found.len()).unwrap_or(i64::MAX);
        if n <= COUNT_CAP {
            found.sort_by(|a, b| (&a.1, &a.2, a.0).cmp(&(&b.1, &b.2, b.0)));
            let page = requested.unwrap_or(1).clamp(1, pages_of(n));
            let start = usize::try_from((page - 1) * per_page).unwrap_or(0);
            let page_ids: Vec<i64> = found
                .iter()
                .skip(start)
                .take(usize::try_from(per_page).unwrap_or(0))
                .map(|(id, _, _)| *id)
                .collect();
            return Ok(Listing {
                rows: rows_in_order(conn, &page_ids)?,
                count: Count { n, more: false },
                page,
            });
        }
        // More matches than are counted: page them in name order.
        Count {
            n: COUNT_CAP,
            more: true,
        }
    };
    let page = requested.unwrap_or(1).clamp(1, pages_of(count.n));
    // Read from the end only when the end is known.
    let total = if count.more { i64::MAX } else { count.n };
    let rows = self::page(conn, org, filter, total, (page - 1) * per_page, per_page)?;
    Ok(Listing { rows, count, page })
}

/// Exactly how many rows the filter matches, however many: for the rare
/// page that must say it ("All N administrators matching this filter are
/// selected"), not for every view of the list.
pub fn count_exact(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<i64> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    Ok(filtered!(ids, filter, fts).count().get_result(conn)?)
}

/// One page of the list, ordered by name. `total` is what `count` said: a
/// page in the second half is read from the end (in reverse order, then
/// turned round), so the last page costs what the first does.
pub fn page(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    total: i64,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<Row>> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    let from_end = offset > total / 2;
    // The page and what it shows in one statement: the name-order index
    // is read for the page alone, and each of its rows joined to its org
    // and role.
    let joined = administrators::table
        .inner_join(organizations::table)
        .inner_join(roles::table);
    let columns = (
        administrators::id,
        administrators::kind,
        administrators::first_name,
        administrators::last_name,
        administrators::email,
        administrators::last_sign_in_at,
        roles::name,
        organizations::display_id,
        organizations::name,
        administrators::status,
        administrators::external_application,
    );
    // The list as it first opens (the whole subtree of the top org, no
    // filter) is one fixed statement, which the database prepares once per
    // connection: on PostgreSQL planning the filtered form costs more than
    // running it.
    let plain = ids.is_none() && !filter.narrows() && filter.kinds().len() == 2;
    let found: Vec<RowTuple> = if plain {
        ordered_page!(joined, columns, conn, from_end, total, offset, limit)
    } else {
        let filtered = filtered!(joined, ids, filter, fts);
        ordered_page!(filtered, columns, conn, from_end, total, offset, limit)
    };
    Ok(found.into_iter().map(row).collect())
}

/// The list rows of these administrators, in the order of `page_ids`.
fn rows_in_order(conn: &mut DbConn, page_ids: &[i64]) -> AppResult<Vec<Row>> {
    let mut rows: Vec<Row> = administrators::table
        .inner_join(organizations::table)
        .inner_join(roles::table)
        .filter(administrators::id.eq_any(page_ids))
        .select((
            administrators::id,
            administrators::kind,
            administrators::first_name,
            administrators::last_name,
            administrators::email,
            administrators::last_sign_in_at,
            roles::name,
            organizations::display_id,
            organizations::name,
            administrators::status,
            administrators::external_application,
        ))
        .load::<RowTuple>(conn)?
        .into_iter()
        .map(row)
        .collect();
    rows.sort_by_key(|r| page_ids.iter().position(|id| *id == r.id));
    Ok(rows)
}

fn row(
    (
        id,
        kind,
        first,
        last,
        email,
        last_sign_in_at,
        role_name,
        org_display_id,
        org_name,
        status,
        app,
    ): RowTuple,
) -> Row {
    Row {
        id,
        name: format!("{first} {last}"),
        role_name: if kind == KIND_API {
            "API User".into()
        } else {
            role_name
        },
        kind,
        email,
        last_sign_in_at,
        org_label: format!("{org_display_id} {org_name}"),
        org_display_id,
        status,
        external_application: app,
    }
}

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
