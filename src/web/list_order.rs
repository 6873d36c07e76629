//! What the sortable, pageable lists share: the page size a URL asks for
//! (`per=25|50|100`), the sort it asks for (`sort=…&dir=asc|desc`), the
//! links of the column headers, and the query string that keeps all of them
//! across paging, sorting and filtering.

use crate::domain::list_order::{Dir, Order, SortKey};
use crate::web::{PAGE_SIZE, Pager};

/// The sort and page size of a list's URL, read beside its filters; as
/// typed, so an unknown value falls back instead of failing the page.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct ViewQuery {
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub dir: String,
    #[serde(default)]
    pub per: String,
}

/// The page sizes a list offers; anything else is the first.
pub const PAGE_SIZES: [i64; 3] = [PAGE_SIZE, 50, 100];

/// The page size from `?per=`: one of [`PAGE_SIZES`], else 25.
pub fn per_page(raw: &str) -> i64 {
    raw.parse()
        .ok()
        .filter(|n| PAGE_SIZES.contains(n))
        .unwrap_or(PAGE_SIZE)
}

/// The pager of a list of `per` rows a page.
pub fn pager(page: i64, total: i64, more: bool, per: i64) -> Pager {
    let pages = ((total + per - 1) / per).max(1);
    Pager {
        page: page.clamp(1, pages),
        pages,
        total,
        more,
    }
}

/// One choice of the page-size select.
pub struct PerChoice {
    pub value: i64,
    pub selected: bool,
}

fn per_choices(per: i64) -> Vec<PerChoice> {
    PAGE_SIZES
        .iter()
        .map(|&value| PerChoice {
            value,
            selected: value == per,
        })
        .collect()
}

/// The page size of a list that pages but does not sort (what the
/// `list_state_fields` macro needs of it).
pub struct PageSize {
    pub per: i64,
}

impl PageSize {
    pub fn new(view: &ViewQuery) -> Self {
        Self {
            per: per_page(&view.per),
        }
    }

    /// `?filters&per=N&` (per only when not the first size): what pager
    /// links start with.
    pub fn pager_base(&self, filters: &str) -> String {
        if self.per == PAGE_SIZE {
            format!("?{filters}&")
        } else {
            format!("?{filters}&per={}&", self.per)
        }
    }

    pub fn per_choices(&self) -> Vec<PerChoice> {
        per_choices(self.per)
    }

    pub fn kept_sort(&self) -> Option<(&'static str, &'static str)> {
        None
    }
}

/// A column header: its link, and whether the list is sorted by it.
pub struct Header {
    /// A catalogue id (`m::sort_th` shows it translated).
    pub label: &'static str,
    pub href: String,
    /// `ascending` or `descending` on the current column, else empty.
    pub aria_sort: &'static str,
    pub arrow: &'static str,
}

/// How a list is sorted and paged, and the query strings that keep it.
pub struct ListState<K> {
    pub order: Order<K>,
    pub per: i64,
    /// The list's filters, URL-encoded (without sort, page size or page).
    filters: String,
}

impl<K: SortKey> ListState<K> {
    /// `filters` is the list's own query string (URL-encoded), kept by
    /// every link; empty values are left out of it.
    pub fn new(filters: &[(&str, &str)], view: &ViewQuery) -> Self {
        let kept: Vec<(&str, &str)> = filters
            .iter()
            .copied()
            .filter(|(_, v)| !v.is_empty())
            .collect();
        Self {
            order: Order::parse(&view.sort, &view.dir),
            per: per_page(&view.per),
            filters: serde_urlencoded::to_string(kept).unwrap_or_default(),
        }
    }

    /// Query pairs for what differs from the list as it opens.
    fn pairs(&self, order: Option<Order<K>>) -> String {
        let mut parts = vec![];
        if !self.filters.is_empty() {
            parts.push(self.filters.clone());
        }
        if self.per != PAGE_SIZE {
            parts.push(format!("per={}", self.per));
        }
        if let Some(order) = order.filter(|o| !o.is_default()) {
            parts.push(format!(
                "sort={}&dir={}",
                order.sort.key(),
                order.dir.as_str()
            ));
        }
        parts.join("&")
    }

    /// What pager links start with: `?…&` (then `page=N`).
    pub fn pager_base(&self) -> String {
        let kept = self.pairs(Some(self.order));
        if kept.is_empty() {
            "?".into()
        } else {
            format!("?{kept}&")
        }
    }

    /// The header of the column sorted by `key`: a link that sorts by it
    /// (the other way round when it is the current one), back to page 1.
    pub fn header(&self, key: &str, label: &'static str) -> Header {
        let sort = K::parse(key).unwrap_or_default();
        let current = self.order.sort == sort;
        let dir = if current {
            self.order.dir.flipped()
        } else {
            sort.first_dir()
        };
        let kept = self.pairs(Some(Order { sort, dir }));
        let (aria_sort, arrow) = match (current, self.order.dir) {
            (false, _) => ("", ""),
            (true, Dir::Asc) => ("ascending", "▲"),
            (true, Dir::Desc) => ("descending", "▼"),
        };
        Header {
            label,
            href: format!("?{kept}"),
            aria_sort,
            arrow,
        }
    }

    /// The page-size select's choices.
    pub fn per_choices(&self) -> Vec<PerChoice> {
        per_choices(self.per)
    }

    /// The sort to keep as hidden fields of the filter form (empty for the
    /// list's own).
    pub fn kept_sort(&self) -> Option<(&'static str, &'static str)> {
        (!self.order.is_default()).then(|| (self.order.sort.key(), self.order.dir.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::PAGE_SIZES;
    use crate::db::schema::administrators;

    /// Every page size offered is written into a list's statement
    /// (`db::Limit`), not bound: PostgreSQL plans a bound limit anew on
    /// every view.
    #[test]
    fn every_page_size_is_written_into_the_statement() {
        for size in PAGE_SIZES {
            let sql = crate::page_limit!(
                administrators::table.select(administrators::id),
                size,
                |q| diesel::debug_query::<diesel::pg::Pg, _>(&q).to_string()
            );
            assert!(sql.contains(&format!(" LIMIT {size}")), "{sql}");
            assert!(!sql.contains("LIMIT $"), "{sql}");
        }
    }
}
