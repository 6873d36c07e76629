//! The `sessions` table: server-side session state, keyed by a hash of the
//! cookie's key and tagged with the signed-in administrator, so that
//! suspending or deleting an administrator ends all their sessions with one
//! delete. `auth::session_store` adapts these queries to actix-session.

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{administrators, sessions};
use crate::db::{DbConn, Stamp};
use crate::domain::orgs::{self, TreeVersion};
use crate::error::AppResult;

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Counts the epoch bumps this process has made. A session recalled from
/// before one (`auth::session_store`) is read whole again instead of being
/// found changed by its check, which would send the browser round once.
static BUMPS: AtomicU64 = AtomicU64::new(0);

/// How many epoch bumps this process has made so far.
pub fn bumps() -> u64 {
    BUMPS.load(Ordering::Acquire)
}

fn bumped() {
    BUMPS.fetch_add(1, Ordering::AcqRel);
}

/// A live session as `load_live` finds it.
pub struct Live {
    pub state: String,
    pub epoch: i64,
    /// Its administrator is still active. When not (suspended, say, even by
    /// a change that did not end the session), no kept context may be used.
    pub admin_active: bool,
    /// The org tree's version as this statement read it, for the page
    /// (`orgs::seen`).
    pub tree: Option<TreeVersion>,
}

/// A live session's stored state and epoch, or `None` (an expired row is
/// deleted).
pub fn load_live(
    conn: &mut DbConn,
    id: &str,
    absolute: chrono::Duration,
) -> AppResult<Option<Live>> {
    // One statement on every request: the session and whether its
    // administrator is still active, through the backend's own connection
    // (as `db::load_via!` explains). On PostgreSQL it also reads the org
    // tree's version for the page (`orgs::seen`), a round trip fewer; on
    // SQLite that would cost every request more than the page saves.
    macro_rules! session_row {
        ($($tree:expr)?) => {
            sessions::table
                .left_join(administrators::table)
                .filter(sessions::id.eq(id))
                .select((
                    (
                        sessions::state,
                        sessions::created_at,
                        sessions::expires_at,
                        sessions::epoch,
                        administrators::status.nullable(),
                    ),
                    $($tree)?
                ))
                .limit(1)
        };
    }
    type SessionRow = (String, Stamp, Stamp, i64, Option<String>);
    let (row, tree) = match conn {
        DbConn::Pg(c) => match session_row!(orgs::version_columns())
            .load::<(SessionRow, (Option<String>, Option<i64>))>(c)?
            .pop()
        {
            Some((row, (instance, v))) => (
                Some(row),
                instance
                    .zip(v)
                    .map(|(instance, v)| TreeVersion { instance, v }),
            ),
            None => (None, None),
        },
        DbConn::Sqlite(c) => (
            session_row!()
                .load::<(SessionRow,)>(c)?
                .pop()
                .map(|(row,)| row),
            None,
        ),
    };
    let Some((state, Stamp(created_at), Stamp(expires_at), epoch, admin_status)) = row else {
        return Ok(None);
    };
    let now = now();
    if expires_at <= now || created_at + absolute <= now {
        diesel::delete(sessions::table.find(id)).execute(conn)?;
        return Ok(None);
    }
    let admin_active =
        admin_status.is_some_and(|s| s == crate::domain::admins::Status::Active.as_str());
    Ok(Some(Live {
        state,
        epoch,
        admin_active,
        tree,
    }))
}

/// What a session row keeps in columns beside its state: who is signed in,
/// the session's random name, and where it was last used from.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub admin_id: Option<i64>,
    pub sid: Option<String>,
    pub client_addr: Option<String>,
    pub user_agent: Option<String>,
}

pub fn insert(
    conn: &mut DbConn,
    id: &str,
    meta: &Meta,
    state: &str,
    expires_at: NaiveDateTime,
) -> AppResult<()> {
    let now = now();
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id),
            sessions::admin_id.eq(meta.admin_id),
            sessions::sid.eq(&meta.sid),
            sessions::client_addr.eq(&meta.client_addr),
            sessions::user_agent.eq(&meta.user_agent),
            sessions::state.eq(state),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Replaces a session's state (a state change: at most once a minute for a
/// session only browsing); `false` when the row is gone.
pub fn update(
    conn: &mut DbConn,
    id: &str,
    meta: &Meta,
    state: &str,
    expires_at: NaiveDateTime,
) -> AppResult<bool> {
    let n = diesel::update(sessions::table.find(id))
        .set((
            sessions::state.eq(state),
            sessions::admin_id.eq(meta.admin_id),
            sessions::sid.eq(&meta.sid),
            sessions::client_addr.eq(&meta.client_addr),
            sessions::user_agent.eq(&meta.user_agent),
            sessions::last_seen_at.eq(now()),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn extend(conn: &mut DbConn, id: &str, expires_at: NaiveDateTime) -> AppResult<()> {
    diesel::update(sessions::table.find(id))
        .set(sessions::expires_at.eq(expires_at))
        .execute(conn)?;
    Ok(())
}

pub fn delete(conn: &mut DbConn, id: &str) -> AppResult<()> {
    diesel::delete(sessions::table.find(id)).execute(conn)?;
    Ok(())
}

/// Ends every session of an administrator (suspension, deletion, re-invite).
pub fn end_all_for(conn: &mut DbConn, admin_id: i64) -> AppResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::admin_id.eq(admin_id))).execute(conn)?)
}

/// Tells the sessions of these administrators that what they may do or are
/// shown as has changed (see the `epoch` column): call it in the transaction
/// of such a change.
pub fn bump_for_admins(conn: &mut DbConn, admin_ids: &[i64]) -> AppResult<()> {
    diesel::update(sessions::table.filter(sessions::admin_id.eq_any(admin_ids)))
        .set(sessions::epoch.eq(sessions::epoch + 1))
        .execute(conn)?;
    bumped();
    Ok(())
}

/// `bump_for_admins` for everyone holding `role_id`.
pub fn bump_for_role(conn: &mut DbConn, role_id: i64) -> AppResult<()> {
    let holders = administrators::table
        .filter(administrators::role_id.eq(role_id))
        .select(administrators::id.nullable());
    diesel::update(sessions::table.filter(sessions::admin_id.eq_any(holders)))
        .set(sessions::epoch.eq(sessions::epoch + 1))
        .execute(conn)?;
    bumped();
    Ok(())
}

/// `bump_for_admins` for everyone whose home org is `org_id`.
pub fn bump_for_org(conn: &mut DbConn, org_id: i64) -> AppResult<()> {
    let members = administrators::table
        .filter(administrators::org_id.eq(org_id))
        .select(administrators::id.nullable());
    diesel::update(sessions::table.filter(sessions::admin_id.eq_any(members)))
        .set(sessions::epoch.eq(sessions::epoch + 1))
        .execute(conn)?;
    bumped();
    Ok(())
}

/// Removes expired rows (the periodic purge job).
pub fn purge_expired(conn: &mut DbConn) -> AppResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now()))).execute(conn)?)
}
