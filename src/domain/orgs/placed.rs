//! An org's subtree in tree order: a parent, then its children by name,
//! depth first, each with its depth below the org the tree starts at.

use std::collections::HashMap;

use super::Organization;

/// An org and how far below the tree's root it is (the root is 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub org: Organization,
    pub depth: usize,
}

/// `orgs` (all below `root`, in any order; `root` itself may be among them)
/// in tree order. An org whose parent is not in `orgs` (nor `root`) is left
/// out: it is not below `root`.
pub fn arrange(root: &Organization, orgs: Vec<Organization>) -> Vec<Placed> {
    let mut by_parent: HashMap<i64, Vec<Organization>> = HashMap::new();
    let mut root_row = None;
    for o in orgs {
        if o.id == root.id {
            root_row = Some(o);
        } else if let Some(parent) = o.parent_id {
            by_parent.entry(parent).or_default().push(o);
        }
    }
    for kids in by_parent.values_mut() {
        // Reversed, so popping from the stack yields them by name.
        kids.sort_by_cached_key(|o| std::cmp::Reverse((o.name.to_lowercase(), o.id)));
    }
    let mut out = Vec::new();
    if let Some(r) = root_row {
        out.push(Placed { org: r, depth: 0 });
    }
    let mut stack: Vec<Placed> = by_parent
        .remove(&root.id)
        .unwrap_or_default()
        .into_iter()
        .map(|org| Placed { org, depth: 1 })
        .collect();
    while let Some(next) = stack.pop() {
        if let Some(kids) = by_parent.remove(&next.org.id) {
            let depth = next.depth + 1;
            stack.extend(kids.into_iter().map(|org| Placed { org, depth }));
        }
        out.push(next);
    }
    out
}
