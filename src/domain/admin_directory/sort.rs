//! The columns the administrators list sorts by: each one an index
//! (migrations `…_list_order` and `…_list_sorting`), so a page of a sorted
//! list costs what a page of the name-ordered one does. Role and
//! Organization are not offered: they would sort every row of a join.

use std::cmp::Ordering;

use crate::domain::list_order::{Dir, Order, SortKey};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Name,
    Email,
    LastSignIn,
    Status,
}

impl SortKey for Sort {
    const ALL: &'static [Self] = &[Sort::Name, Sort::Email, Sort::LastSignIn, Sort::Status];

    fn key(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Email => "email",
            Sort::LastSignIn => "last_sign_in",
            Sort::Status => "status",
        }
    }

    /// The most recent sign-ins first.
    fn first_dir(self) -> Dir {
        match self {
            Sort::LastSignIn => Dir::Desc,
            _ => Dir::Asc,
        }
    }

    fn ascending(self) -> &'static str {
        match self {
            Sort::Name => {
                "administrators.last_name ASC, administrators.first_name ASC, administrators.id ASC"
            }
            // UNIQUE and NOT NULL: its own index, and a key by itself.
            Sort::Email => "administrators.email ASC",
            Sort::LastSignIn => {
                "administrators.last_sign_in_at ASC NULLS FIRST, administrators.id ASC"
            }
            Sort::Status => {
                "administrators.status ASC, administrators.last_name ASC, \
                 administrators.first_name ASC, administrators.id ASC"
            }
        }
    }

    fn descending(self) -> &'static str {
        match self {
            Sort::Name => {
                "administrators.last_name DESC, administrators.first_name DESC, \
                 administrators.id DESC"
            }
            Sort::Email => "administrators.email DESC",
            Sort::LastSignIn => {
                "administrators.last_sign_in_at DESC NULLS LAST, administrators.id DESC"
            }
            Sort::Status => {
                "administrators.status DESC, administrators.last_name DESC, \
                 administrators.first_name DESC, administrators.id DESC"
            }
        }
    }
}

/// What a row is sorted on, for the matches of a search (sorted in memory,
/// as the index would order them: a missing sign-in first going up).
#[derive(Debug, Clone)]
pub(super) struct Keys {
    pub id: i64,
    pub last_name: String,
    pub first_name: String,
    pub email: String,
    pub status: String,
    pub last_sign_in_at: Option<chrono::NaiveDateTime>,
}

impl Keys {
    pub fn cmp(&self, other: &Self, order: Order<Sort>) -> Ordering {
        fn name(k: &Keys) -> (&str, &str, i64) {
            (&k.last_name, &k.first_name, k.id)
        }
        let up = match order.sort {
            Sort::Name => name(self).cmp(&name(other)),
            Sort::Email => self.email.cmp(&other.email),
            Sort::LastSignIn => {
                (self.last_sign_in_at, self.id).cmp(&(other.last_sign_in_at, other.id))
            }
            Sort::Status => (&self.status, name(self)).cmp(&(&other.status, name(other))),
        };
        match order.dir {
            Dir::Asc => up,
            Dir::Desc => up.reverse(),
        }
    }
}
