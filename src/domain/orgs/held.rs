//! An org held by a list row without a copy of its strings: a list page
//! names the org of each of its rows from the subtree every page already
//! reads (`tree`, kept per version of the tree), instead of joining
//! `organizations` and reading two strings per row.

use std::ops::Deref;
use std::sync::Arc;

use diesel::prelude::*;

use super::Organization;
use super::placed::Placed;
use crate::db::DbConn;
use crate::db::schema::organizations;
use crate::error::AppResult;

/// One org of a shared subtree; derefs to the `Organization`.
#[derive(Debug, Clone)]
pub struct InTree {
    tree: Arc<[Placed]>,
    at: usize,
}

impl Deref for InTree {
    type Target = Organization;

    fn deref(&self) -> &Organization {
        &self.tree[self.at].org
    }
}

/// The orgs of `ids`, in that order, from `root`'s subtree. An id the
/// subtree does not hold (an org made since the kept tree was read) is read
/// from the database; an id of no org at all is an error, as a failed join
/// would have been.
pub fn of_ids(conn: &mut DbConn, root: &Organization, ids: &[i64]) -> AppResult<Vec<InTree>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // A page names a few orgs: sorted slots, found by binary search.
    let mut found: Vec<(i64, Option<InTree>)> = ids.iter().map(|id| (*id, None)).collect();
    found.sort_unstable_by_key(|(id, _)| *id);
    found.dedup_by_key(|(id, _)| *id);
    let tree = super::tree(conn, root)?;
    hold(&mut found, &tree);
    let missing: Vec<i64> = found
        .iter()
        .filter(|(_, held)| held.is_none())
        .map(|(id, _)| *id)
        .collect();
    if !missing.is_empty() {
        let read: Arc<[Placed]> = organizations::table
            .filter(organizations::id.eq_any(&missing))
            .select(Organization::as_select())
            .load(conn)?
            .into_iter()
            .map(|org| Placed { org, depth: 0 })
            .collect();
        hold(&mut found, &read);
    }
    ids.iter()
        .map(|id| {
            found
                .binary_search_by_key(id, |(id, _)| *id)
                .ok()
                .and_then(|slot| found[slot].1.clone())
                .ok_or_else(|| diesel::result::Error::NotFound.into())
        })
        .collect()
}

/// Fills the slots of `found` (sorted by id) that `tree` holds.
fn hold(found: &mut [(i64, Option<InTree>)], tree: &Arc<[Placed]>) {
    for (at, placed) in tree.iter().enumerate() {
        if let Ok(slot) = found.binary_search_by_key(&placed.org.id, |(id, _)| *id)
            && found[slot].1.is_none()
        {
            found[slot].1 = Some(InTree {
                tree: tree.clone(),
                at,
            });
        }
    }
}
