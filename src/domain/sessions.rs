//! The `sessions` table: server-side session state, keyed by a hash of the
//! cookie's key and tagged with the signed-in administrator, so that
//! suspending or deleting an administrator ends all their sessions with one
//! delete. `auth::session_store` adapts these queries to actix-session.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::sessions;
use crate::error::AppResult;

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// A live session's stored state, or `None` (an expired row is deleted).
pub fn load_live(
    conn: &mut DbConn,
    id: &str,
    absolute: chrono::Duration,
) -> AppResult<Option<String>> {
    let row: Option<(String, NaiveDateTime, NaiveDateTime)> = sessions::table
        .find(id)
        .select((sessions::state, sessions::created_at, sessions::expires_at))
        .first(conn)
        .optional()?;
    let Some((state, created_at, expires_at)) = row else {
        return Ok(None);
    };
    let now = now();
    if expires_at <= now || created_at + absolute <= now {
        diesel::delete(sessions::table.find(id)).execute(conn)?;
        return Ok(None);
    }
    Ok(Some(state))
}

pub fn insert(
    conn: &mut DbConn,
    id: &str,
    admin_id: Option<i64>,
    state: &str,
    expires_at: NaiveDateTime,
) -> AppResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id),
            sessions::admin_id.eq(admin_id),
            sessions::state.eq(state),
            sessions::created_at.eq(now()),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Replaces a session's state; `false` when the row is gone.
pub fn update(
    conn: &mut DbConn,
    id: &str,
    admin_id: Option<i64>,
    state: &str,
    expires_at: NaiveDateTime,
) -> AppResult<bool> {
    let n = diesel::update(sessions::table.find(id))
        .set((
            sessions::state.eq(state),
            sessions::admin_id.eq(admin_id),
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

/// Removes expired rows (the periodic purge job).
pub fn purge_expired(conn: &mut DbConn) -> AppResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now()))).execute(conn)?)
}
