//! The options of every select that offers organizations: the subtree in
//! tree order, each with its depth, rendered indented by the `org_options`
//! macro of `templates/_macros.html` (an `<option>` holds text only, so the
//! tree shows through indentation).

use std::sync::Arc;

use crate::domain::orgs::{Organization, Placed};

/// One organization of a select, shown as "display id name" (a view of
/// the kept tree: nothing is copied).
pub struct OrgOption<'a> {
    pub org: &'a Organization,
    /// Levels below the shallowest org offered (0: no indentation).
    pub depth: usize,
    pub selected: bool,
}

/// The organizations of a select, kept with a page that is built in one
/// place and rendered in another: the shared tree and the chosen org.
pub struct OrgChoices {
    tree: Arc<[Placed]>,
    chosen: String,
}

impl OrgChoices {
    pub fn new(tree: Arc<[Placed]>, chosen: impl Into<String>) -> Self {
        OrgChoices {
            tree,
            chosen: chosen.into(),
        }
    }

    /// How many orgs there are to choose from.
    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    /// The options, for the `org_options` macro.
    pub fn options(&self) -> Vec<OrgOption<'_>> {
        org_options(self.tree.iter(), &self.chosen)
    }
}

/// `tree` (in tree order, as `orgs::tree` returns it) as options, the one
/// whose display id is `chosen` selected.
pub fn org_options<'a>(
    tree: impl IntoIterator<Item = &'a Placed>,
    chosen: &str,
) -> Vec<OrgOption<'a>> {
    let placed: Vec<&Placed> = tree.into_iter().collect();
    let top = placed.iter().map(|p| p.depth).min().unwrap_or(0);
    placed
        .into_iter()
        .map(|p| OrgOption {
            org: &p.org,
            depth: p.depth - top,
            selected: p.org.display_id == chosen,
        })
        .collect()
}
