//! The options of every select that offers organizations: the subtree in
//! tree order, each with its depth, rendered indented by the `org_options`
//! macro of `templates/_macros.html` (an `<option>` holds text only, so the
//! tree shows through indentation).

use crate::domain::orgs::Placed;

/// One organization of a select.
pub struct OrgOption {
    pub value: String,
    pub label: String,
    /// Levels below the shallowest org offered (0: no indentation).
    pub depth: usize,
    pub selected: bool,
}

/// `tree` (in tree order, as `orgs::tree` returns it) as options, the one
/// whose display id is `chosen` selected.
pub fn org_options<'a>(tree: impl IntoIterator<Item = &'a Placed>, chosen: &str) -> Vec<OrgOption> {
    let placed: Vec<&Placed> = tree.into_iter().collect();
    let top = placed.iter().map(|p| p.depth).min().unwrap_or(0);
    placed
        .into_iter()
        .map(|p| OrgOption {
            value: p.org.display_id.clone(),
            label: p.org.label(),
            depth: p.depth - top,
            selected: p.org.display_id == chosen,
        })
        .collect()
}
