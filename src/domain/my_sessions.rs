//! The Sessions list of My Profile: where the administrator is signed in,
//! and signing out one of those sessions or every one but this. A session
//! is named by its random `sid` (never its cookie key or that key's hash);
//! its row is deleted, so its cookie opens nothing any more.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::sessions;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::error::{AppError, AppResult};
use crate::msg;

/// One signed-in session of the administrator.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub sid: String,
    pub signed_in_at: NaiveDateTime,
    pub last_seen_at: Option<NaiveDateTime>,
    pub client_addr: Option<String>,
    pub user_agent: Option<String>,
    /// The session this request came in.
    pub current: bool,
}

/// The administrator's live sessions, this one first, then the most
/// recently seen. `absolute` is the longest a session lives.
pub fn list(
    conn: &mut DbConn,
    acting: &Acting,
    current_sid: Option<&str>,
    absolute: chrono::Duration,
) -> AppResult<Vec<SessionInfo>> {
    let now = chrono::Utc::now().naive_utc();
    type Row = (
        Option<String>,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = sessions::table
        .filter(sessions::admin_id.eq(acting.id()))
        .filter(sessions::sid.is_not_null())
        .filter(sessions::expires_at.gt(now))
        .filter(sessions::created_at.gt(now - absolute))
        .select((
            sessions::sid,
            sessions::created_at,
            sessions::last_seen_at,
            sessions::client_addr,
            sessions::user_agent,
        ))
        .load(conn)?;
    let mut listed: Vec<SessionInfo> = rows
        .into_iter()
        .filter_map(
            |(sid, signed_in_at, last_seen_at, client_addr, user_agent)| {
                let sid = sid?;
                Some(SessionInfo {
                    current: current_sid == Some(sid.as_str()),
                    sid,
                    signed_in_at,
                    last_seen_at,
                    client_addr,
                    user_agent,
                })
            },
        )
        .collect();
    listed.sort_by_key(|s| {
        (
            !s.current,
            std::cmp::Reverse(s.last_seen_at.unwrap_or(s.signed_in_at)),
        )
    });
    Ok(listed)
}

/// Signs out the administrator's session `sid` (not the one this request
/// came in: that is what Sign out at the top is for). 404 when it is not
/// one of theirs, or already gone.
pub fn sign_out(
    conn: &mut DbConn,
    acting: &Acting,
    sid: &str,
    current_sid: Option<&str>,
) -> AppResult<()> {
    if current_sid == Some(sid) {
        return Err(AppError::Conflict(msg!("me-session-is-this-one")));
    }
    db::transaction(conn, |conn| {
        let ended: Vec<(Option<String>, Option<String>)> = sessions::table
            .filter(sessions::admin_id.eq(acting.id()))
            .filter(sessions::sid.eq(sid))
            .select((sessions::client_addr, sessions::user_agent))
            .load(conn)?;
        let Some((addr, agent)) = ended.first() else {
            return Err(AppError::NotFound);
        };
        diesel::delete(
            sessions::table
                .filter(sessions::admin_id.eq(acting.id()))
                .filter(sessions::sid.eq(sid)),
        )
        .execute(conn)?;
        let details = format!(
            "signed out a session from {} ({})",
            addr.as_deref().unwrap_or("an unknown address"),
            agent.as_deref().unwrap_or("unknown browser")
        );
        record(conn, acting, details)
    })
}

/// Signs out every session of the administrator but this one; how many.
pub fn sign_out_others(
    conn: &mut DbConn,
    acting: &Acting,
    current_sid: Option<&str>,
) -> AppResult<usize> {
    db::transaction(conn, |conn| {
        let ended = end_others(conn, acting.id(), current_sid)?;
        record(
            conn,
            acting,
            format!("signed out everywhere else: {ended} session(s) ended"),
        )?;
        Ok(ended)
    })
}

/// Deletes the sessions of `admin_id` other than `keep` (all when `None`).
/// Called inside the caller's transaction.
pub(crate) fn end_others(conn: &mut DbConn, admin_id: i64, keep: Option<&str>) -> AppResult<usize> {
    let theirs = sessions::table.filter(sessions::admin_id.eq(admin_id));
    let n = match keep {
        Some(sid) => {
            diesel::delete(theirs.filter(sessions::sid.is_null().or(sessions::sid.ne(sid))))
                .execute(conn)?
        }
        None => diesel::delete(theirs).execute(conn)?,
    };
    Ok(n)
}

fn record(conn: &mut DbConn, acting: &Acting, details: String) -> AppResult<()> {
    let actor = acting.actor();
    let event = Event {
        org_id: Some(acting.admin().org_id),
        action: "sessions_signed_out",
        target: &actor.name,
        details,
    };
    audit::record(conn, &actor, event)
}
