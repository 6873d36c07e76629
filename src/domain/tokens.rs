//! Single-use, expiring tokens (first-run setup, invitations, password
//! resets). Only a hash is stored; the raw token exists in the link alone.

use std::time::Duration;

use blake2::{Blake2b, Digest, digest::consts::U32};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use crate::db::DbConn;
use crate::db::schema::tokens;
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Setup,
    AdminInvite,
    PasswordReset,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Setup => "setup",
            Purpose::AdminInvite => "admin_invite",
            Purpose::PasswordReset => "password_reset",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tokens)]
pub struct Token {
    pub id: i64,
    pub org_id: Option<i64>,
    pub admin_id: Option<i64>,
    pub expires_at: NaiveDateTime,
}

pub fn hash(raw: &str) -> String {
    hex(&Blake2b::<U32>::digest(raw.as_bytes()))
}

/// 32 random bytes, hex-encoded: safe in a URL path.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Lower-case hex, two digits a byte (every signed-in request hashes its
/// session key: a `format!` per byte cost more than the hash).
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Issues a token and returns the raw value (to be put in a link, never stored).
pub fn issue(
    conn: &mut DbConn,
    purpose: Purpose,
    org_id: Option<i64>,
    admin_id: Option<i64>,
    ttl: Duration,
) -> AppResult<String> {
    let raw = random_token();
    let now = chrono::Utc::now().naive_utc();
    let ttl = chrono::Duration::from_std(ttl).map_err(AppError::internal)?;
    diesel::insert_into(tokens::table)
        .values((
            tokens::purpose.eq(purpose.as_str()),
            tokens::token_hash.eq(hash(&raw)),
            tokens::org_id.eq(org_id),
            tokens::admin_id.eq(admin_id),
            tokens::expires_at.eq(now + ttl),
            tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(raw)
}

/// The token if it is of this purpose, unused and unexpired; it stays usable.
pub fn peek(conn: &mut DbConn, purpose: Purpose, raw: &str) -> AppResult<Option<Token>> {
    Ok(tokens::table
        .filter(tokens::token_hash.eq(hash(raw)))
        .filter(tokens::purpose.eq(purpose.as_str()))
        .filter(tokens::used_at.is_null())
        .filter(tokens::expires_at.gt(chrono::Utc::now().naive_utc()))
        .select(Token::as_select())
        .first(conn)
        .optional()?)
}

/// Marks the token used. Call inside the transaction that acts on it: the
/// conditional update makes a second, concurrent use find nothing.
pub fn consume(conn: &mut DbConn, purpose: Purpose, raw: &str) -> AppResult<Option<Token>> {
    let Some(token) = peek(conn, purpose, raw)? else {
        return Ok(None);
    };
    let updated = diesel::update(
        tokens::table
            .find(token.id)
            .filter(tokens::used_at.is_null()),
    )
    .set(tokens::used_at.eq(chrono::Utc::now().naive_utc()))
    .execute(conn)?;
    Ok((updated == 1).then_some(token))
}

/// Withdraws every unused token of this purpose (for an admin, or all when `None`).
pub fn revoke(conn: &mut DbConn, purpose: Purpose, admin_id: Option<i64>) -> AppResult<()> {
    let now = chrono::Utc::now().naive_utc();
    let unused = tokens::table
        .filter(tokens::purpose.eq(purpose.as_str()))
        .filter(tokens::used_at.is_null());
    match admin_id {
        Some(id) => diesel::update(unused.filter(tokens::admin_id.eq(id)))
            .set(tokens::used_at.eq(now))
            .execute(conn)?,
        None => diesel::update(unused)
            .set(tokens::used_at.eq(now))
            .execute(conn)?,
    };
    Ok(())
}

/// Deletes tokens that expired or were used more than a day ago: they can
/// no longer be used, and a day is enough to tell "already used" from
/// "unknown" on the pages that take them.
pub fn purge_stale(conn: &mut DbConn) -> AppResult<usize> {
    let cutoff = chrono::Utc::now().naive_utc() - chrono::Duration::days(1);
    Ok(diesel::delete(
        tokens::table.filter(tokens::expires_at.lt(cutoff).or(tokens::used_at.lt(cutoff))),
    )
    .execute(conn)?)
}
