//! The order a list is shown in: one of the columns it offers (each served
//! by an index, with the id as the last key so paging is stable) and a
//! direction.

/// Up or down a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dir {
    #[default]
    Asc,
    Desc,
}

impl Dir {
    /// `asc` or `desc` from a URL; anything else is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "asc" => Some(Dir::Asc),
            "desc" => Some(Dir::Desc),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Asc => "asc",
            Dir::Desc => "desc",
        }
    }

    pub fn flipped(self) -> Self {
        match self {
            Dir::Asc => Dir::Desc,
            Dir::Desc => Dir::Asc,
        }
    }
}

/// A list's column to sort by, with the index-backed `ORDER BY` it reads.
pub trait SortKey: Copy + Eq + Default + 'static {
    /// Every key the list offers, in the order of its columns.
    const ALL: &'static [Self];
    /// Its value in a URL (`?sort=last_sign_in`).
    fn key(self) -> &'static str;
    /// The direction a first click on the column asks for.
    fn first_dir(self) -> Dir {
        Dir::Asc
    }
    /// The `ORDER BY` terms, ascending (the index order), ending with the id.
    fn ascending(self) -> &'static str;
    /// The same terms in reverse: what a backward read of the index gives.
    fn descending(self) -> &'static str;

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.key() == s)
    }
}

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Order<K> {
    pub sort: K,
    pub dir: Dir,
}

impl<K: SortKey> Order<K> {
    /// From a URL's `sort` and `dir`: an unknown column is the default one,
    /// an unknown direction that column's first.
    pub fn parse(sort: &str, dir: &str) -> Self {
        let sort = K::parse(sort).unwrap_or_default();
        Self {
            sort,
            dir: Dir::parse(dir).unwrap_or(sort.first_dir()),
        }
    }

    pub fn is_default(&self) -> bool {
        *self == Self::parse("", "")
    }

    /// The `ORDER BY` of the list, or (`backwards`) of its reverse, which
    /// a page near the end is read with.
    pub fn order_by(&self, backwards: bool) -> &'static str {
        match (self.dir, backwards) {
            (Dir::Asc, false) | (Dir::Desc, true) => self.sort.ascending(),
            (Dir::Desc, false) | (Dir::Asc, true) => self.sort.descending(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::admin_directory::Sort;

    #[test]
    fn unknown_values_fall_back_to_the_list_as_it_opens() {
        assert!(Order::<Sort>::parse("", "").is_default());
        assert!(Order::<Sort>::parse("role", "up").is_default());
        let by_sign_in = Order::<Sort>::parse("last_sign_in", "");
        assert_eq!(
            (by_sign_in.sort, by_sign_in.dir),
            (Sort::LastSignIn, Dir::Desc)
        );
        assert_eq!(Order::<Sort>::parse("email", "desc").dir, Dir::Desc);
    }

    #[test]
    fn a_backward_read_uses_the_reverse_order() {
        let up = Order::<Sort>::parse("email", "asc");
        let down = Order::<Sort>::parse("email", "desc");
        assert_eq!(up.order_by(false), down.order_by(true));
        assert_eq!(up.order_by(true), down.order_by(false));
        assert_ne!(up.order_by(false), up.order_by(true));
    }
}
