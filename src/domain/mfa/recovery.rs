//! Recovery codes: ten at enrolment, shown once, each good for one sign-in
//! in place of a code from the app. They are random (50 bits each, from
//! an alphabet without look-alike characters), so a fast hash is enough:
//! no dictionary to try, and guessing is bounded by the lockout.

use blake2::{Blake2b, Digest, digest::consts::U32};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::Rng;

use crate::db::DbConn;
use crate::db::schema::mfa_recovery_codes;
use crate::error::AppResult;

/// How many codes an enrolment gives.
pub const RECOVERY_CODES: usize = 10;

const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// "k7mq2-x9hfa".
fn generate_one() -> String {
    let mut rng = rand::rng();
    let mut code = String::with_capacity(11);
    for i in 0..10 {
        if i == 5 {
            code.push('-');
        }
        let idx = rng.random_range(0..ALPHABET.len());
        code.push(char::from(ALPHABET[idx]));
    }
    code
}

/// What is compared: lower-case letters and digits only.
pub(crate) fn normalize(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn hash(normalized: &str) -> String {
    let mut h = Blake2b::<U32>::new();
    h.update(b"switchboard recovery code\0");
    h.update(normalized.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces `admin_id`'s codes with ten new ones and returns them (to be
/// shown once). Callers own the transaction.
pub(crate) fn replace(conn: &mut DbConn, admin_id: i64) -> AppResult<Vec<String>> {
    diesel::delete(mfa_recovery_codes::table.filter(mfa_recovery_codes::admin_id.eq(admin_id)))
        .execute(conn)?;
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| generate_one()).collect();
    // One row at a time: a batch insert is not portable over both backends.
    for c in &codes {
        diesel::insert_into(mfa_recovery_codes::table)
            .values((
                mfa_recovery_codes::admin_id.eq(admin_id),
                mfa_recovery_codes::code_hash.eq(hash(&normalize(c))),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

/// Uses `code` if it is one of `admin_id`'s unused codes: one conditional
/// statement, so two sign-ins racing with the same code cannot both win.
pub(crate) fn use_code(
    conn: &mut DbConn,
    admin_id: i64,
    code: &str,
    now: NaiveDateTime,
) -> AppResult<bool> {
    let normalized = normalize(code);
    if normalized.len() != 10 {
        return Ok(false);
    }
    let used = diesel::update(
        mfa_recovery_codes::table
            .filter(mfa_recovery_codes::admin_id.eq(admin_id))
            .filter(mfa_recovery_codes::code_hash.eq(hash(&normalized)))
            .filter(mfa_recovery_codes::used_at.is_null()),
    )
    .set(mfa_recovery_codes::used_at.eq(now))
    .execute(conn)?;
    Ok(used > 0)
}

/// Unused codes left.
pub(crate) fn remaining(conn: &mut DbConn, admin_id: i64) -> AppResult<i64> {
    Ok(mfa_recovery_codes::table
        .filter(mfa_recovery_codes::admin_id.eq(admin_id))
        .filter(mfa_recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Removes every code (MFA reset). Callers own the transaction.
pub(crate) fn delete_all(conn: &mut DbConn, admin_id: i64) -> AppResult<()> {
    diesel::delete(mfa_recovery_codes::table.filter(mfa_recovery_codes::admin_id.eq(admin_id)))
        .execute(conn)?;
    Ok(())
}
