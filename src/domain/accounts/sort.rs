//! The columns the accounts list sorts by, each read from an index
//! (`accounts_name_order`, and the `…_list_sorting` migration's), so a page
//! of a sorted list costs what a page of the name-ordered one does.
//! Organization, Number and Invitation are not offered: they would sort
//! every row of a join or of a computed state.

use std::cmp::Ordering;

use crate::domain::list_order::{Dir, Order, SortKey};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Name,
    Username,
    Status,
}

impl SortKey for Sort {
    const ALL: &'static [Self] = &[Sort::Name, Sort::Username, Sort::Status];

    fn key(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Username => "username",
            Sort::Status => "status",
        }
    }

    fn ascending(self) -> &'static str {
        match self {
            Sort::Name => "accounts.last_name ASC, accounts.first_name ASC, accounts.id ASC",
            // No Portal Access accounts (no username) first going up.
            Sort::Username => "accounts.username ASC NULLS FIRST, accounts.id ASC",
            Sort::Status => {
                "accounts.status ASC, accounts.last_name ASC, accounts.first_name ASC, \
                 accounts.id ASC"
            }
        }
    }

    fn descending(self) -> &'static str {
        match self {
            Sort::Name => "accounts.last_name DESC, accounts.first_name DESC, accounts.id DESC",
            Sort::Username => "accounts.username DESC NULLS LAST, accounts.id DESC",
            Sort::Status => {
                "accounts.status DESC, accounts.last_name DESC, accounts.first_name DESC, \
                 accounts.id DESC"
            }
        }
    }
}

/// What a row is sorted on, for the matches of a search (sorted in memory,
/// as the index would order them: no username first going up).
#[derive(Debug, Clone)]
pub(super) struct Keys {
    pub id: i64,
    pub last_name: String,
    pub first_name: String,
    pub username: Option<String>,
    pub status: String,
}

impl Keys {
    pub fn cmp(&self, other: &Self, order: Order<Sort>) -> Ordering {
        fn name(k: &Keys) -> (&str, &str, i64) {
            (&k.last_name, &k.first_name, k.id)
        }
        let up = match order.sort {
            Sort::Name => name(self).cmp(&name(other)),
            Sort::Username => (&self.username, self.id).cmp(&(&other.username, other.id)),
            Sort::Status => (&self.status, name(self)).cmp(&(&other.status, name(other))),
        };
        match order.dir {
            Dir::Asc => up,
            Dir::Desc => up.reverse(),
        }
    }
}
