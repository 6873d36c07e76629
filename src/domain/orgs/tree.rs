//! An org's subtree in tree order: a parent, then its children by name,
//! depth first, each with its depth below the org the tree starts at. Every
//! select that offers organizations and the Sub-Organizations page read the
//! tree from here, so they all show it the same way.

use std::collections::HashMap;
use std::sync::Arc;

use diesel::prelude::*;

use super::Organization;
use super::placed::Placed;
use crate::db::DbConn;
use crate::db::schema::admin_counts;
use crate::error::AppResult;

/// `org` (depth 0) and everything below it, in tree order.
/// Arranged once per version of the tree and shared (see `kept`).
pub fn tree(conn: &mut DbConn, org: &Organization) -> AppResult<Arc<[Placed]>> {
    super::kept::tree(conn, org)
}

/// A tree (as `tree` returns it) without its root: the orgs below it.
pub fn below_root(tree: &[Placed]) -> &[Placed] {
    match tree.first() {
        Some(root) if root.depth == 0 => &tree[1..],
        _ => tree,
    }
}

/// How much an org holds, by itself and with everything below it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub suborgs: i64,
    pub suborgs_all: i64,
    pub admins: i64,
    pub admins_all: i64,
}

/// An org of the tree with its counts.
#[derive(Debug, Clone)]
pub struct Counted {
    pub placed: Placed,
    pub counts: Counts,
}

/// `org` and its subtree in tree order, each with its direct and all-levels
/// counts of sub-organizations and administrators (API users included).
/// Two queries: the orgs, and the per-org administrator counts the
/// database keeps (`admin_counts`); the sums are made here.
pub fn tree_with_counts(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<Counted>> {
    let placed = tree(conn, org)?;
    let ids: Vec<i64> = placed.iter().map(|p| p.org.id).collect();
    let mut admins: HashMap<i64, i64> = HashMap::new();
    for (org_id, n) in admin_counts::table
        .filter(admin_counts::org_id.eq_any(&ids))
        .select((admin_counts::org_id, admin_counts::n))
        .load::<(i64, i64)>(conn)?
    {
        *admins.entry(org_id).or_default() += n;
    }
    Ok(with_counts(placed.to_vec(), &admins))
}

/// Adds the counts up the tree: walking tree order backwards, every org is
/// met after all of its descendants.
fn with_counts(placed: Vec<Placed>, admins: &HashMap<i64, i64>) -> Vec<Counted> {
    let index: HashMap<i64, usize> = placed
        .iter()
        .enumerate()
        .map(|(i, p)| (p.org.id, i))
        .collect();
    let mut counts: Vec<Counts> = placed
        .iter()
        .map(|p| {
            let own = admins.get(&p.org.id).copied().unwrap_or(0);
            Counts {
                admins: own,
                admins_all: own,
                ..Counts::default()
            }
        })
        .collect();
    for i in (0..placed.len()).rev() {
        let Some(&parent) = placed[i].org.parent_id.and_then(|id| index.get(&id)) else {
            continue;
        };
        let child = counts[i];
        let up = &mut counts[parent];
        up.suborgs += 1;
        up.suborgs_all += 1 + child.suborgs_all;
        up.admins_all += child.admins_all;
    }
    placed
        .into_iter()
        .zip(counts)
        .map(|(placed, counts)| Counted { placed, counts })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::orgs::arrange;

    fn org(id: i64, parent: Option<i64>, name: &str) -> Organization {
        Organization {
            id,
            parent_id: parent,
            path: String::new(),
            display_id: id.to_string(),
            name: name.into(),
            time_zone: "UTC".into(),
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn children_follow_their_parent_by_name_depth_first() {
        let top = org(1, None, "Top");
        let all = vec![
            org(4, Some(2), "Zeta"),
            org(3, Some(1), "sales"),
            org(2, Some(1), "Marketing"),
            org(5, Some(2), "alpha"),
            org(6, Some(5), "Deep"),
            top.clone(),
        ];
        let order: Vec<(i64, usize)> = arrange(&top, all)
            .iter()
            .map(|p| (p.org.id, p.depth))
            .collect();
        assert_eq!(order, [(1, 0), (2, 1), (5, 2), (6, 3), (4, 2), (3, 1)]);
    }

    #[test]
    fn counts_are_direct_and_at_all_levels() {
        let top = org(1, None, "Top");
        let placed = arrange(
            &top,
            vec![
                top.clone(),
                org(2, Some(1), "A"),
                org(3, Some(2), "B"),
                org(4, Some(3), "C"),
                org(5, Some(1), "D"),
            ],
        );
        let admins = HashMap::from([(1, 1), (3, 2), (4, 5)]);
        let counted = with_counts(placed, &admins);
        let c = |id: i64| {
            counted
                .iter()
                .find(|c| c.placed.org.id == id)
                .map(|c| c.counts)
        };
        assert_eq!(
            c(1),
            Some(Counts {
                suborgs: 2,
                suborgs_all: 4,
                admins: 1,
                admins_all: 8
            })
        );
        assert_eq!(
            c(2),
            Some(Counts {
                suborgs: 1,
                suborgs_all: 2,
                admins: 0,
                admins_all: 7
            })
        );
    }
}
