//! Every org of a database, kept in memory between requests: every page
//! shows part of the tree (breadcrumb, switcher, the Organization filters)
//! and the tree rarely changes. Each use reads one row, `org_tree_version`,
//! whose `v` a trigger moves with every change to `organizations`, whoever
//! makes it (this server, another one, the command line); so a kept tree is
//! never used once it is out of date. `instance`, random per database,
//! keeps the trees of databases served by one process (the tests) apart.
//!
//! Each org's subtree in tree order (`tree`: every Organization filter) is
//! arranged once per version too, on first use.
//!
//! Inside a transaction the tree is read from the database as before: the
//! transaction may have changed it and may yet roll back.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use diesel::connection::{Connection, TransactionManager};
use diesel::prelude::*;

use super::Organization;
use super::placed::{Placed, arrange};
use crate::db::DbConn;
use crate::db::schema::{org_tree_version, organizations};
use crate::error::AppResult;

/// One version of a database's tree: every org, and the subtrees arranged
/// so far (by the id of the org each starts at).
struct Kept {
    /// The database and version this is of.
    instance: String,
    v: i64,
    orgs: Arc<[Organization]>,
    arranged: Mutex<HashMap<i64, Arc<[Placed]>>>,
}

impl Kept {
    fn new(instance: String, v: i64, orgs: Arc<[Organization]>) -> Arc<Kept> {
        Arc::new(Kept {
            instance,
            v,
            orgs,
            arranged: Mutex::new(HashMap::new()),
        })
    }
}

/// The kept trees, by database instance, each with the version it is of.
static KEPT: ByInstance<Kept> = ByInstance::new();

/// Values kept per database instance, each with the version it is of: the
/// trees, and each `Memo`'s values.
struct ByInstance<T>(Mutex<Option<Versioned<T>>>);

/// Each instance's value, with the version it is of.
type Versioned<T> = HashMap<String, (i64, Arc<T>)>;

impl<T> ByInstance<T> {
    const fn new() -> Self {
        ByInstance(Mutex::new(None))
    }

    /// The value kept for `instance`, if it is of version `v`.
    fn get(&self, instance: &str, v: i64) -> Option<Arc<T>> {
        let by_instance = self.0.lock().ok()?;
        let (at, value) = by_instance.as_ref()?.get(instance)?;
        (*at == v).then(|| value.clone())
    }

    /// Keeps `value` as `instance`'s at version `v` (with more databases
    /// than `MAX_DATABASES`, the others are dropped first).
    fn put(&self, instance: &str, v: i64, value: Arc<T>) {
        if let Ok(mut by_instance) = self.0.lock() {
            let by_instance = by_instance.get_or_insert_with(HashMap::new);
            if by_instance.len() >= MAX_DATABASES && !by_instance.contains_key(instance) {
                by_instance.clear();
            }
            by_instance.insert(instance.to_owned(), (v, value));
        }
    }
}

thread_local! {
    /// The tree this thread last checked, with the `db::stage` it was
    /// checked at.
    static CHECKED: std::cell::RefCell<Option<(u64, Arc<Kept>)>> =
        const { std::cell::RefCell::new(None) };
}

/// More databases than this in one process (only tests have several):
/// the kept trees are dropped and read again.
const MAX_DATABASES: usize = 64;

/// Every org, ordered by path (parents before children), as the database
/// holds them now.
pub fn all(conn: &mut DbConn) -> AppResult<Arc<[Organization]>> {
    Ok(match checked(conn)? {
        Some(kept) => kept.orgs.clone(),
        None => read(conn)?.into(),
    })
}

/// `root` (depth 0) and everything below it, in tree order, as the
/// database holds them now.
pub fn tree(conn: &mut DbConn, root: &Organization) -> AppResult<Arc<[Placed]>> {
    let arrange_in = |orgs: &[Organization]| -> Arc<[Placed]> {
        let below: Vec<Organization> = orgs.iter().filter(|o| o.is_within(root)).cloned().collect();
        arrange(root, below).into()
    };
    let Some(kept) = checked(conn)? else {
        return Ok(arrange_in(&read(conn)?));
    };
    if let Some(tree) = kept
        .arranged
        .lock()
        .ok()
        .and_then(|a| a.get(&root.id).cloned())
    {
        return Ok(tree);
    }
    let tree = arrange_in(&kept.orgs);
    if let Ok(mut arranged) = kept.arranged.lock() {
        arranged.insert(root.id, tree.clone());
    }
    Ok(tree)
}

/// The kept tree, checked against the database; `None` inside a
/// transaction (read the database itself then).
fn checked(conn: &mut DbConn) -> AppResult<Option<Arc<Kept>>> {
    let in_transaction =
        <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
            .transaction_depth()?
            .is_some();
    if in_transaction {
        return Ok(None);
    }
    // Already checked in this `Db::run`, and nothing written since: on
    // PostgreSQL a page that shows the tree twice (chrome, filter) saves a
    // round trip.
    let stage = crate::db::stage();
    let checked = CHECKED.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(at, _)| stage != 0 && *at == stage)
            .map(|(_, kept)| kept.clone())
    });
    if let Some(kept) = checked {
        return Ok(Some(kept));
    }
    let kept = current(conn)?;
    if stage != 0 {
        CHECKED.with(|c| *c.borrow_mut() = Some((stage, kept.clone())));
    }
    Ok(Some(kept))
}

/// The tree's version as read at some moment: which database, and `v`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeVersion {
    pub instance: String,
    pub v: i64,
}

impl TreeVersion {
    /// As a session carries it to the page (`auth::session_store`).
    pub fn encode(&self) -> String {
        format!("{} {}", self.v, self.instance)
    }

    pub fn decode(s: &str) -> Option<Self> {
        let (v, instance) = s.split_once(' ')?;
        Some(Self {
            instance: instance.to_owned(),
            v: v.parse().ok()?,
        })
    }
}

/// The two subqueries of `version_columns`.
pub type VersionColumns = (
    diesel::dsl::SingleValue<
        diesel::dsl::Select<org_tree_version::table, org_tree_version::instance>,
    >,
    diesel::dsl::SingleValue<diesel::dsl::Select<org_tree_version::table, org_tree_version::v>>,
);

/// The version, read with another statement of the request (the session's,
/// `domain::sessions::load_live`) instead of on its own: this
/// `org_tree_version` row as a pair of subqueries.
pub fn version_columns() -> VersionColumns {
    (
        org_tree_version::table
            .select(org_tree_version::instance)
            .single_value(),
        org_tree_version::table
            .select(org_tree_version::v)
            .single_value(),
    )
}

/// This `Db::run` may rely on `seen`, read earlier in the same request
/// (with the session), as if it had read it itself: the kept tree of that
/// version serves the run's reads until it writes. On PostgreSQL, a round
/// trip fewer on every page. Nothing when that version is not kept (the
/// run reads the version itself then), or outside a run.
pub fn seen(seen: &TreeVersion) {
    let stage = crate::db::stage();
    if stage == 0 {
        return;
    }
    if let Some(kept) = KEPT.get(&seen.instance, seen.v) {
        CHECKED.with(|c| *c.borrow_mut() = Some((stage, kept)));
    }
}

/// The kept tree if it is current, else read afresh and kept.
fn current(conn: &mut DbConn) -> AppResult<Arc<Kept>> {
    // On every page: through the backend's own connection (`db::load_via!`).
    let query = org_tree_version::table
        .select((org_tree_version::instance, org_tree_version::v))
        .limit(1);
    let Some((instance, v)) = crate::load_via!(native, conn, query, (String, i64))?.pop() else {
        return Err(diesel::result::Error::NotFound.into());
    };
    if let Some(kept) = KEPT.get(&instance, v) {
        return Ok(kept);
    }
    // Read after the version: at least as new as `v` says. A change
    // committed in between moves `v` again, so the next use reads afresh.
    let fresh = Kept::new(instance.clone(), v, read(conn)?.into());
    KEPT.put(&instance, v, fresh.clone());
    Ok(fresh)
}

/// Something else every view of a page reads and that rarely changes (the
/// roles and User Permissions the lists' filters offer), kept like the tree
/// under `org_tree_version`, which triggers on those tables move as well
/// (migration 000026): read once per version and database, shared after.
/// Inside a transaction it is read afresh, as the tree is.
pub struct Memo<T>(ByInstance<T>);

impl<T> Memo<T> {
    pub const fn new() -> Self {
        Memo(ByInstance::new())
    }

    /// What `read` returns, as of the version this run relies on: kept, or
    /// read now and kept.
    pub fn get(
        &self,
        conn: &mut DbConn,
        read: impl FnOnce(&mut DbConn) -> AppResult<T>,
    ) -> AppResult<Arc<T>> {
        let Some(kept) = checked(conn)? else {
            return Ok(Arc::new(read(conn)?));
        };
        if let Some(value) = self.0.get(&kept.instance, kept.v) {
            return Ok(value);
        }
        // Read after the version: at least as new as it says (see `current`).
        let fresh = Arc::new(read(conn)?);
        self.0.put(&kept.instance, kept.v, fresh.clone());
        Ok(fresh)
    }
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn read(conn: &mut DbConn) -> QueryResult<Vec<Organization>> {
    organizations::table
        .order(organizations::path)
        .select(Organization::as_select())
        .load(conn)
}
