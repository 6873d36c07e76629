//! How many administrators a list or a Dashboard shows: from the per-org
//! counts the database keeps, or a capped read when a filter narrows them.

use diesel::prelude::*;

use super::{Filter, fts_phrase, subtree_ids};
use crate::db::schema::{admin_counts, admin_totals, administrators};
use crate::db::{self, DbConn};
use crate::domain::acting::scope::ScopedOrg;
use crate::error::AppResult;

/// Administrators (and API users) of the orgs in `org_ids` (all orgs for
/// `None`) of the given kinds, from the per-org counts the database keeps
/// (`admin_counts`): a sum over a subtree's orgs, not a count of its rows.
fn counted(conn: &mut DbConn, org_ids: Option<&[i64]>, kinds: &[&str]) -> AppResult<i64> {
    if kinds.is_empty() {
        return Ok(0);
    }
    // Every org's (the top org's list): the database's totals by kind, a
    // row or two; fixed statements, prepared once.
    if org_ids.is_none() {
        let sum = admin_totals::table.select(db::SumOf(admin_totals::n));
        return Ok(match kinds {
            [kind] => {
                let sum = sum.filter(admin_totals::kind.eq(*kind));
                crate::each_backend!(conn, c => sum.get_result::<i64>(c))?
            }
            _ => crate::each_backend!(conn, c => sum.get_result::<i64>(c))?,
        });
    }
    let mut query = admin_counts::table
        .select(db::SumOf(admin_counts::n))
        .into_boxed();
    // One kind, or both: an `IN` list would be prepared again on every view.
    if let [kind] = kinds {
        query = query.filter(admin_counts::kind.eq(*kind));
    }
    if let Some(ids) = org_ids {
        query = query.filter(admin_counts::org_id.eq_any(ids));
    }
    Ok(query.get_result(conn)?)
}

/// How many rows a list matches: exact, or "more than" when counting them
/// all would read too many rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: i64,
    /// There are more than `n`.
    pub more: bool,
}

impl Count {
    /// What a count of at most `COUNT_CAP` + 1 rows found: past the cap,
    /// "more than" the cap.
    pub fn capped(n: i64) -> Count {
        if n > COUNT_CAP {
            Count {
                n: COUNT_CAP,
                more: true,
            }
        } else {
            Count { n, more: false }
        }
    }
}

/// The rows of `rows` (a filtered list's query), counted by the database up
/// to `COUNT_CAP` + 1.
pub fn count_capped<Q>(conn: &mut DbConn, rows: Q) -> AppResult<Count>
where
    Q: diesel::query_dsl::methods::LimitDsl,
    db::CountOf<Q::Output>: for<'a> diesel::query_dsl::LoadQuery<'a, DbConn, i64>,
{
    let n = db::CountOf(rows.limit(COUNT_CAP + 1)).get_result::<i64>(conn)?;
    Ok(Count::capped(n))
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
    count_capped(conn, filtered!(ids, filter, fts).select(administrators::id))
}

/// Exactly how many rows the filter matches, however many: for the rare
/// page that must say it ("All N administrators matching this filter are
/// selected"), not for every view of the list.
pub fn count_exact(conn: &mut DbConn, org: &ScopedOrg, filter: &Filter) -> AppResult<i64> {
    let ids = subtree_ids(conn, org)?;
    let fts = fts_phrase(conn, &filter.q);
    Ok(filtered!(ids, filter, fts).count().get_result(conn)?)
}

#[cfg(test)]
mod tests {
    use super::{COUNT_CAP, Count};

    #[test]
    fn a_capped_count_says_more_than_the_cap_only_past_it() {
        assert_eq!(Count::capped(0), Count { n: 0, more: false });
        assert_eq!(
            Count::capped(COUNT_CAP),
            Count {
                n: COUNT_CAP,
                more: false
            }
        );
        assert_eq!(
            Count::capped(COUNT_CAP + 1),
            Count {
                n: COUNT_CAP,
                more: true
            }
        );
    }
}
