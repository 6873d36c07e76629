//! What the account form and the list's filters offer to choose from.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{numbers, organizations, user_permissions};
use crate::domain::acting::ScopedOrg;
use crate::domain::orgs::Organization;
use crate::domain::user_permissions::Profile;
use crate::error::AppResult;

/// A number an account of the org can be given: Available or Reserved.
#[derive(Debug, Clone)]
pub struct FreeNumber {
    pub e164: String,
    pub status: String,
    pub tag: Option<String>,
}

/// How many free numbers the form's select lists; any other can be typed.
pub const FREE_NUMBERS_LISTED: i64 = 200;

/// The org's first `limit` Available and Reserved numbers, in order.
pub fn free_numbers(
    conn: &mut DbConn,
    org: &Organization,
    limit: i64,
) -> AppResult<Vec<FreeNumber>> {
    let rows: Vec<(String, String, Option<String>)> = numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::status.eq_any(["available", "reserved"]))
        .order(numbers::e164)
        .limit(limit)
        .select((numbers::e164, numbers::status, numbers::tag))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(e164, status, tag)| FreeNumber { e164, status, tag })
        .collect())
}

/// Every User Permissions profile an account of `org`'s subtree can have:
/// those visible in `org` (its own and its ancestors') and those defined
/// below it. For the list's filter.
pub fn profiles_in_subtree(
    conn: &mut DbConn,
    org: &ScopedOrg,
) -> AppResult<Vec<(Profile, String)>> {
    let lineage = org.lineage_ids();
    // On every view of the Accounts list (its User Permissions filter).
    // The statement is written in the call: `as_select` is typed per backend.
    let mut rows = crate::load_via!(
        native,
        conn,
        user_permissions::table
            .inner_join(organizations::table)
            .filter(
                crate::db::OneOf::new(organizations::id, lineage)
                    .or(crate::domain::orgs::in_subtree(&org.path)),
            )
            .select((Profile::as_select(), organizations::name)),
        (Profile, String)
    )?;
    rows.sort_by(|a, b| {
        (a.0.org_id != org.id, a.0.name.to_lowercase())
            .cmp(&(b.0.org_id != org.id, b.0.name.to_lowercase()))
    });
    Ok(rows)
}
