//! The privilege catalogue laid out for the role form, and "Select all
//! <section>", which works without JavaScript: its button submits the form,
//! and the handler shows it again with that section ticked, writing nothing.

use crate::domain::privileges::{CATALOGUE, PrivilegeSet};

pub struct Item {
    pub(super) key: &'static str,
    pub(super) label: String,
    pub(super) checked: bool,
    pub(super) disabled: bool,
}

pub struct GroupView {
    pub(super) name: &'static str,
    /// The name in the reader's language.
    pub(super) label: String,
    pub(super) items: Vec<Item>,
}

pub struct SectionView {
    /// The English name: the key "Select all" posts back.
    pub(super) name: &'static str,
    /// The name in the reader's language.
    pub(super) label: String,
    pub(super) groups: Vec<GroupView>,
    pub(super) selected: usize,
    pub(super) all_selected: bool,
    pub(super) any_enabled: bool,
}

/// The catalogue laid out for the form: `ticked` are checked; boxes are
/// disabled when the page is read-only or the viewer does not hold them.
pub(super) fn sections(
    ticked: &PrivilegeSet,
    holder: &PrivilegeSet,
    editable: bool,
) -> Vec<SectionView> {
    CATALOGUE
        .iter()
        .map(|s| {
            let groups: Vec<GroupView> = s
                .groups
                .iter()
                .map(|g| GroupView {
                    name: g.name,
                    label: g.shown(),
                    items: g
                        .items
                        .iter()
                        .map(|(p, _)| Item {
                            key: p.key(),
                            label: p.shown(),
                            checked: ticked.has(*p),
                            disabled: !editable || !holder.has(*p),
                        })
                        .collect(),
                })
                .collect();
            let items = || groups.iter().flat_map(|g| g.items.iter());
            SectionView {
                name: s.name,
                label: s.shown(),
                selected: items().filter(|i| i.checked).count(),
                all_selected: items().all(|i| i.checked),
                any_enabled: items().any(|i| !i.disabled),
                groups,
            }
        })
        .collect()
}

/// `ticked` plus every privilege of the section named `section` that the
/// holder may grant (the others stay as they were: their boxes are greyed
/// out). An unknown section name adds nothing.
pub(super) fn select_section(
    ticked: &PrivilegeSet,
    section: &str,
    holder: &PrivilegeSet,
) -> PrivilegeSet {
    let added = CATALOGUE
        .iter()
        .filter(|s| s.name == section)
        .flat_map(|s| s.privileges())
        .filter(|p| holder.has(*p));
    PrivilegeSet::closed(ticked.iter().chain(added))
}
