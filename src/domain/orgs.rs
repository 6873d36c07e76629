//! Organizations: a tree stored with `parent_id` and a materialized `path`
//! (`/1/7/12/`), so "an org and everything below it" is a prefix query.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use rand::Rng;

use crate::db::schema::{accounts, administrators, numbers, organizations, roles};
use crate::db::{self, DbConn};
use crate::domain::values::OrgName;
use crate::each_backend;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;

mod held;
mod kept;
mod placed;
mod tree;
pub use held::{InTree, of_ids};
pub use kept::{Memo, TreeVersion, all, seen, version_columns};
pub use placed::{Placed, arrange};
pub use tree::{Counted, Counts, below_root, tree, tree_with_counts};

#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = organizations)]
pub struct Organization {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub path: String,
    pub display_id: String,
    pub name: String,
    pub time_zone: String,
    pub created_at: NaiveDateTime,
}

/// The orgs whose path starts with `path`: that org and everything below it.
pub fn in_subtree(
    path: &str,
) -> diesel::dsl::Like<organizations::path, diesel::dsl::AsExprOf<String, diesel::sql_types::Text>>
{
    organizations::path.like(format!("{path}%"))
}

impl Organization {
    /// Is `self` this org or below `ancestor`?
    pub fn is_within(&self, ancestor: &Organization) -> bool {
        self.path.starts_with(&ancestor.path)
    }

    /// Ids from the top org down to this one, read off the path.
    pub fn lineage_ids(&self) -> Vec<i64> {
        self.path
            .split('/')
            .filter_map(|s| s.parse().ok())
            .collect()
    }

    /// "952442891 Sales": how the product names an organization in lists.
    pub fn label(&self) -> String {
        format!("{} {}", self.display_id, self.name)
    }
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn new_display_id() -> String {
    rand::rng()
        .random_range(100_000_000u32..1_000_000_000)
        .to_string()
}

/// Inserts an org and sets its path; retries on the rare display-id clash.
fn insert(
    conn: &mut DbConn,
    parent: Option<&Organization>,
    name: &OrgName,
) -> AppResult<Organization> {
    for _ in 0..5 {
        let values = (
            organizations::parent_id.eq(parent.map(|p| p.id)),
            organizations::display_id.eq(new_display_id()),
            organizations::name.eq(name.as_str()),
            organizations::time_zone.eq(parent.map_or("UTC", |p| p.time_zone.as_str())),
            organizations::created_at.eq(now()),
        );
        let inserted: QueryResult<i64> = each_backend!(conn, c => diesel::insert_into(organizations::table)
            .values(values.clone())
            .returning(organizations::id)
            .get_result(c));
        let id = match inserted {
            Ok(id) => id,
            Err(e) if db::is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        let path = format!("{}{id}/", parent.map_or("/", |p| p.path.as_str()));
        diesel::update(organizations::table.find(id))
            .set(organizations::path.eq(&path))
            .execute(conn)?;
        return Ok(organizations::table
            .find(id)
            .select(Organization::as_select())
            .first(conn)?);
    }
    Err(AppError::internal(anyhow::anyhow!(
        "could not allocate an organization display id"
    )))
}

/// The top organization (the one without a parent), if the database has one.
pub fn top(conn: &mut DbConn) -> AppResult<Option<Organization>> {
    Ok(organizations::table
        .filter(organizations::parent_id.is_null())
        .order(organizations::id)
        .select(Organization::as_select())
        .first(conn)
        .optional()?)
}

pub fn create_top(conn: &mut DbConn, name: &OrgName) -> AppResult<Organization> {
    db::transaction(conn, |conn| insert(conn, None, name))
}

/// Creates a sub-organization below `parent`; sibling names must differ.
pub fn create_child(
    conn: &mut DbConn,
    parent: &Organization,
    name: &OrgName,
) -> AppResult<Organization> {
    db::transaction(conn, |conn| {
        ensure_unique_sibling_name(conn, parent.id, name, None)?;
        insert(conn, Some(parent), name)
    })
}

fn ensure_unique_sibling_name(
    conn: &mut DbConn,
    parent_id: i64,
    name: &OrgName,
    except: Option<i64>,
) -> AppResult<()> {
    let siblings: Vec<(i64, String)> = organizations::table
        .filter(organizations::parent_id.eq(parent_id))
        .select((organizations::id, organizations::name))
        .load(conn)?;
    let clash = siblings
        .iter()
        .any(|(id, n)| Some(*id) != except && n.to_lowercase() == name.as_str().to_lowercase());
    if clash {
        let mut errors = crate::error::FieldErrors::new();
        errors.add("name", msg!("suborgs-name-taken", name = name.as_str()));
        return Err(AppError::Invalid(errors));
    }
    Ok(())
}

/// Looks an org up by its display id, but only inside `root`'s subtree:
/// anything else is `None`, exactly as if it did not exist.
pub fn find_in_subtree(
    conn: &mut DbConn,
    root: &Organization,
    display_id: &str,
) -> AppResult<Option<Organization>> {
    Ok(organizations::table
        .filter(organizations::display_id.eq(display_id))
        .filter(in_subtree(&root.path))
        .select(Organization::as_select())
        .first(conn)
        .optional()?)
}

/// An org by id, for resolving the signed-in administrator's own org.
pub fn by_id(conn: &mut DbConn, id: i64) -> AppResult<Organization> {
    Ok(organizations::table
        .find(id)
        .select(Organization::as_select())
        .first(conn)?)
}

/// `org`'s direct children by name, from the kept tree.
pub fn children(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<Organization>> {
    Ok(chain_and_children(conn, org, org)?.1)
}

/// `org` and every org below it, ordered by path (parents before children).
pub fn subtree(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<Organization>> {
    Ok(kept::all(conn)?
        .iter()
        .filter(|o| o.is_within(org))
        .cloned()
        .collect())
}

/// The chain from `root` down to `org` (both included), for the breadcrumb.
pub fn chain_from(
    conn: &mut DbConn,
    root: &Organization,
    org: &Organization,
) -> AppResult<Vec<Organization>> {
    Ok(chain_and_children(conn, root, org)?.0)
}

/// The breadcrumb from `root` down to `org`, and `org`'s children by name
/// for the switcher: from the kept tree.
pub fn chain_and_children(
    conn: &mut DbConn,
    root: &Organization,
    org: &Organization,
) -> AppResult<(Vec<Organization>, Vec<Organization>)> {
    let ids = org.lineage_ids();
    let all = kept::all(conn)?;
    let below_root = || all.iter().filter(|o| o.is_within(root));
    let mut chain: Vec<Organization> = below_root()
        .filter(|o| ids.contains(&o.id))
        .cloned()
        .collect();
    chain.sort_by_key(|o| o.path.len());
    let mut children: Vec<Organization> = below_root()
        .filter(|o| o.parent_id == Some(org.id))
        .cloned()
        .collect();
    children.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((chain, children))
}

pub fn rename(conn: &mut DbConn, org: &Organization, name: &OrgName) -> AppResult<()> {
    db::transaction(conn, |conn| {
        if let Some(parent_id) = org.parent_id {
            ensure_unique_sibling_name(conn, parent_id, name, Some(org.id))?;
        }
        diesel::update(organizations::table.find(org.id))
            .set(organizations::name.eq(name.as_str()))
            .execute(conn)?;
        Ok(())
    })
}

/// What still hangs off an org and keeps it from being deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dependants {
    pub admins: i64,
    pub children: i64,
    pub numbers: i64,
    pub accounts: i64,
}

impl Dependants {
    pub fn is_empty(&self) -> bool {
        *self == Dependants::default()
    }
}

/// Counts of what still hangs off an org: administrators, sub-organizations,
/// numbers and accounts (whose rows reference it without a cascade).
pub fn dependants(conn: &mut DbConn, org: &Organization) -> AppResult<Dependants> {
    let admins = administrators::table
        .filter(administrators::org_id.eq(org.id))
        .count()
        .get_result(conn)?;
    let children = organizations::table
        .filter(organizations::parent_id.eq(org.id))
        .count()
        .get_result(conn)?;
    let numbers = numbers::table
        .filter(numbers::org_id.eq(org.id))
        .count()
        .get_result(conn)?;
    let accounts = accounts::table
        .filter(accounts::org_id.eq(org.id))
        .count()
        .get_result(conn)?;
    Ok(Dependants {
        admins,
        children,
        numbers,
        accounts,
    })
}

/// Deletes an empty sub-organization. The top org, or one that still has
/// administrators, sub-organizations, numbers or accounts, is refused with
/// a message.
pub fn delete(conn: &mut DbConn, org: &Organization) -> AppResult<()> {
    if org.parent_id.is_none() {
        return Err(AppError::Conflict(msg!("suborgs-top-not-deletable")));
    }
    db::transaction(conn, |conn| {
        let found = dependants(conn, org)?;
        if !found.is_empty() {
            return Err(AppError::Conflict(msg!(
                "suborgs-not-empty",
                name = org.name.as_str(),
                what = describe_dependants(&found)
            )));
        }
        // Roles owned by the org can only be used in its (now empty) subtree.
        diesel::delete(roles::table.filter(roles::org_id.eq(org.id))).execute(conn)?;
        diesel::delete(organizations::table.find(org.id)).execute(conn)?;
        Ok(())
    })
}

/// "2 administrators, 1 sub-organization and 3 numbers": what is left, in
/// the current language (a message made in a transaction runs it inside
/// `i18n::with`).
pub fn describe_dependants(found: &Dependants) -> String {
    let parts: Vec<String> = [
        (found.admins, "suborgs-dependants-admins"),
        (found.children, "suborgs-dependants-children"),
        (found.numbers, "suborgs-dependants-numbers"),
        (found.accounts, "suborgs-dependants-accounts"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| Msg::new(id).arg("count", n).to_string())
    .collect();
    match parts.split_last() {
        None => crate::i18n::t("suborgs-dependants-nothing"),
        Some((last, [])) => last.clone(),
        Some((last, init)) => {
            msg!("suborgs-and", list = init.join(", "), last = last.as_str()).to_string()
        }
    }
}
