//! What the account form and the list's filters offer to choose from.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{numbers, user_permissions};
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

/// Every User Permissions profile of the database: kept between views
/// (`orgs::Memo`), since every view of the Accounts list offers them (its
/// User Permissions filter) and they rarely change.
static ALL_PROFILES: crate::domain::orgs::Memo<Vec<Profile>> = crate::domain::orgs::Memo::new();

/// Every User Permissions profile an account of `org`'s subtree can have:
/// those visible in `org` (its own and its ancestors') and those defined
/// below it, each with its org's name. For the list's filter.
pub fn profiles_in_subtree(
    conn: &mut DbConn,
    org: &ScopedOrg,
) -> AppResult<Vec<(Profile, String)>> {
    let all = ALL_PROFILES.get(conn, |conn| {
        // The statement is written in the call: `as_select` is typed per
        // backend.
        Ok(crate::load_via!(
            native,
            conn,
            user_permissions::table.select(Profile::as_select()),
            Profile
        )?)
    })?;
    // Orgs by id, from the kept tree: the profile's org names it, and
    // whether it is of `org`'s lineage or subtree.
    let orgs = crate::domain::orgs::all(conn)?;
    let by_id: std::collections::HashMap<i64, &Organization> =
        orgs.iter().map(|o| (o.id, o)).collect();
    // Its lineage (`org` is within them) and its subtree (within `org`).
    let mut rows: Vec<(Profile, String)> = all
        .iter()
        .filter_map(|p| {
            let of = by_id.get(&p.org_id)?;
            (org.is_within(of) || of.is_within(org)).then(|| (p.clone(), of.name.clone()))
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.0.org_id != org.id, a.0.name.to_lowercase())
            .cmp(&(b.0.org_id != org.id, b.0.name.to_lowercase()))
    });
    Ok(rows)
}
