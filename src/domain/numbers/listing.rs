//! The numbers list of one org: filtered by status and tag, searched by
//! digits, one page at a time in number order.
//!
//! Every filter is served by an index that starts with `org_id` and ends in
//! `e164` (`numbers_org_order`, `numbers_org_status`, `numbers_tag_order`),
//! so a page is read in order and the read stops after it (on SQLite
//! `numbers_org_order` also holds the columns a row shows, after `e164`, so
//! the list as it opens looks up no row of the table). An unfiltered or
//! status-only list takes its total from the per-status counts the page
//! shows anyway; a tag or a search is counted only to [`COUNT_CAP`].

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Status;
use crate::db::schema::{accounts, numbers};
use crate::db::{DbConn, Stamp};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::count_capped;
use crate::domain::values::spaced;
use crate::error::AppResult;

/// A tag or search is counted only this far (as every list is): past it
/// the page says "more than 10,000".
pub use crate::domain::admin_directory::{COUNT_CAP, Count};

/// Which tag the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TagFilter {
    #[default]
    Any,
    /// Numbers without a tag.
    Untagged,
    Is(String),
}

/// What narrows the list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub tag: TagFilter,
    /// The number contains these digits (anything else typed is ignored).
    pub digits: String,
}

impl Filter {
    /// Keeps the digits of a search: "+1 (555) 01" → "155501".
    pub fn digits_of(q: &str) -> String {
        q.chars().filter(char::is_ascii_digit).collect()
    }

    /// Whether the total comes from the per-status counts.
    pub fn counted_by_status(&self) -> bool {
        self.tag == TagFilter::Any && self.digits.is_empty()
    }
}

/// One row of the list.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: i64,
    pub e164: String,
    pub status: String,
    pub tag: Option<String>,
    /// The account holding an Assigned number: (name, Account ID).
    pub account: Option<(String, String)>,
    pub account_id: Option<i64>,
    pub updated_at: NaiveDateTime,
}

impl Row {
    pub fn status_label(&self) -> &'static str {
        Status::parse(&self.status).map_or("Unknown", Status::label)
    }

    /// `status_label` in the reader's language.
    pub fn status_shown(&self) -> std::borrow::Cow<'static, str> {
        Status::parse(&self.status).map_or_else(
            || crate::i18n::text("numbers-status-unknown"),
            Status::shown,
        )
    }
}

/// One page of the list and what the pager needs.
#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub count: Count,
    /// The page shown: the one asked for, within the pages there are.
    pub page: i64,
}

type RowTuple = (
    i64,
    String,
    String,
    Option<String>,
    Option<i64>,
    Stamp,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The numbers joined to the account holding each (if any).
macro_rules! joined {
    () => {
        numbers::table
            .left_join(accounts::table.on(numbers::account_id.eq(accounts::id.nullable())))
    };
}

/// What a row shows.
macro_rules! columns {
    () => {
        (
            numbers::id,
            numbers::e164,
            numbers::status,
            numbers::tag,
            numbers::account_id,
            numbers::updated_at,
            accounts::first_name.nullable(),
            accounts::last_name.nullable(),
            accounts::account_ref.nullable(),
        )
    };
}

/// `limit` rows of `$query` from `offset` in `$order`, read through the
/// multi-backend connection or (`native`) the backend's own; (`first`) the
/// first `limit` rows through the backend's own, the limit written into the
/// statement (`db::Limit`: PostgreSQL keeps one plan for it rather than
/// planning it on every view, as it does with a bound limit or offset).
macro_rules! page {
    (first, $query:expr, $order:expr, $conn:expr, $limit:expr) => {
        crate::load_via!(
            native,
            $conn,
            $query.order($order).select(columns!()),
            RowTuple,
            limit $limit
        )?
    };
    ($via:ident, $query:expr, $order:expr, $conn:expr, $offset:expr, $limit:expr) => {
        crate::load_via!(
            $via,
            $conn,
            $query.order($order).offset($offset).limit($limit).select(columns!()),
            RowTuple
        )?
    };
}

/// The org's numbers the filter matches, as a boxed query on `$from`.
macro_rules! filtered {
    ($from:expr, $org_id:expr, $filter:expr) => {{
        let mut query = $from.filter(numbers::org_id.eq($org_id)).into_boxed();
        if let Some(status) = $filter.status {
            query = query.filter(numbers::status.eq(status.as_str()));
        }
        match &$filter.tag {
            TagFilter::Any => {}
            TagFilter::Untagged => query = query.filter(numbers::tag.is_null()),
            TagFilter::Is(tag) => query = query.filter(numbers::tag.eq(tag.clone())),
        }
        if !$filter.digits.is_empty() {
            // Digits only, so nothing in it is a LIKE wildcard.
            query = query.filter(numbers::e164.like(format!("%{}%", $filter.digits)));
        }
        query
    }};
}

/// The list page `requested` (1-based) of `per_page` rows. `exact` is the
/// total when the caller knows it (from the per-status counts).
pub fn list(
    conn: &mut DbConn,
    org: &ScopedOrg,
    filter: &Filter,
    exact: Option<i64>,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    let count = match exact {
        Some(n) => Count { n, more: false },
        None => count_capped(
            conn,
            filtered!(numbers::table, org.id, filter).select(numbers::id),
        )?,
    };
    let pages = ((count.n + per_page - 1) / per_page).max(1);
    let page = requested.unwrap_or(1).clamp(1, pages);
    let offset = (page - 1) * per_page;
    // A page in the second half of a known total is read from the end, so
    // the last page costs what the first does.
    let from_end = !count.more && offset > count.n / 2;
    let (offset, limit) = if from_end {
        let end = (offset + per_page).min(count.n);
        (count.n - end, end - offset)
    } else {
        (offset, per_page)
    };
    // The list as it opens (no filter) is a fixed statement, read through
    // the backend's own connection; a filtered one is built for its filter.
    let plain = filter.status.is_none() && filter.tag == TagFilter::Any && filter.digits.is_empty();
    let mut found: Vec<RowTuple> = match (plain, from_end) {
        (true, false) if offset == 0 => page!(
            first,
            joined!().filter(numbers::org_id.eq(org.id)),
            numbers::e164,
            conn,
            limit
        ),
        (true, false) => page!(
            native,
            joined!().filter(numbers::org_id.eq(org.id)),
            numbers::e164,
            conn,
            offset,
            limit
        ),
        (true, true) => page!(
            native,
            joined!().filter(numbers::org_id.eq(org.id)),
            numbers::e164.desc(),
            conn,
            offset,
            limit
        ),
        (false, false) => page!(
            multi,
            filtered!(joined!(), org.id, filter),
            numbers::e164,
            conn,
            offset,
            limit
        ),
        (false, true) => page!(
            multi,
            filtered!(joined!(), org.id, filter),
            numbers::e164.desc(),
            conn,
            offset,
            limit
        ),
    };
    if from_end {
        found.reverse();
    }
    let rows = found
        .into_iter()
        .map(
            |(id, e164, status, tag, account_id, updated_at, first, last, account_ref)| Row {
                id,
                e164,
                status,
                tag,
                account: match (first, last, account_ref) {
                    (Some(f), Some(l), Some(r)) => Some((spaced(&f, &l), r)),
                    _ => None,
                },
                account_id,
                updated_at: updated_at.into(),
            },
        )
        .collect();
    Ok(Listing { rows, count, page })
}

/// The tags used in the org, for the filter.
pub fn tags(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Vec<String>> {
    Ok(numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::tag.is_not_null())
        .select(numbers::tag.assume_not_null())
        .distinct()
        .order(numbers::tag.assume_not_null())
        .load(conn)?)
}
