//! User Permissions: named class-of-service profiles that say which
//! features an account gets. A profile is defined in one org and visible
//! (usable) in that org's whole subtree; it is edited only where it is
//! defined. Each org's effective default is its nearest ancestor's default.
//! The top org always has one ("Default User Permissions").

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{accounts, user_permissions};
use crate::domain::acting::ScopedOrg;
use crate::domain::features::FeatureSet;
use crate::domain::orgs::Organization;
use crate::each_backend;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::msg;

pub const DEFAULT_NAME: &str = "Default User Permissions";

#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = user_permissions)]
pub struct Profile {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub is_default: bool,
    pub features: String,
    #[diesel(deserialize_as = crate::db::Stamp)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::Stamp)]
    pub updated_at: NaiveDateTime,
}

impl Profile {
    pub fn feature_set(&self) -> FeatureSet {
        FeatureSet::parse(&self.features)
    }
}

/// Profiles usable in `org`: its own and its ancestors', nearest org first,
/// then by name.
pub fn visible(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Vec<Profile>> {
    let lineage = org.lineage_ids();
    let mut rows: Vec<Profile> = user_permissions::table
        .filter(user_permissions::org_id.eq_any(&lineage))
        .select(Profile::as_select())
        .load(conn)?;
    let depth = |p: &Profile| lineage.iter().rposition(|id| *id == p.org_id);
    rows.sort_by(|a, b| {
        depth(b)
            .cmp(&depth(a))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(rows)
}

/// A profile usable in `org`, or None (defined elsewhere or not at all).
pub fn find_visible(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<Option<Profile>> {
    Ok(user_permissions::table
        .find(id)
        .filter(user_permissions::org_id.eq_any(org.lineage_ids()))
        .select(Profile::as_select())
        .first(conn)
        .optional()?)
}

/// The profile an account of `org` gets when none is chosen: the default
/// of the nearest org (this one or an ancestor) that has one.
pub fn default_for(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Option<Profile>> {
    Ok(visible(conn, org)?.into_iter().find(|p| p.is_default))
}

/// Gives a (new) top org its default profile.
pub fn create_top_default(conn: &mut DbConn, top: &Organization) -> AppResult<()> {
    let now = chrono::Utc::now().naive_utc();
    diesel::insert_into(user_permissions::table)
        .values((
            user_permissions::org_id.eq(top.id),
            user_permissions::name.eq(DEFAULT_NAME),
            user_permissions::is_default.eq(true),
            user_permissions::features.eq(""),
            user_permissions::created_at.eq(now),
            user_permissions::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A User Permissions profile's name: trimmed, 1 to 100 characters, one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileName(String);

impl ProfileName {
    pub const MAX: usize = 100;

    pub fn parse(input: &str) -> Result<Self, Msg> {
        let s = input.trim();
        if s.is_empty() {
            return Err(msg!("setup-up-name-empty"));
        }
        if s.chars().count() > Self::MAX {
            return Err(msg!("setup-up-name-too-long", max = Self::MAX));
        }
        if s.chars().any(char::is_control) {
            return Err(msg!("setup-up-name-control"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The message for a name the org already uses (in any letter case).
pub fn name_taken(name: &ProfileName) -> Msg {
    msg!("setup-up-name-taken", name = name.as_str())
}

/// A profile by id, whatever org defines it. Callers have proven it is
/// visible (`find_visible`) or re-read it inside their transaction.
pub fn by_id(conn: &mut DbConn, id: i64) -> AppResult<Profile> {
    Ok(user_permissions::table
        .find(id)
        .select(Profile::as_select())
        .first(conn)?)
}

/// Inserts a profile of `org_id` (not the default). A name the org already
/// uses fails with the unique index's error, which the caller maps.
pub fn insert(
    conn: &mut DbConn,
    org_id: i64,
    name: &ProfileName,
    features: &FeatureSet,
) -> QueryResult<i64> {
    let now = chrono::Utc::now().naive_utc();
    let values = (
        user_permissions::org_id.eq(org_id),
        user_permissions::name.eq(name.as_str().to_owned()),
        user_permissions::is_default.eq(false),
        user_permissions::features.eq(features.to_string()),
        user_permissions::created_at.eq(now),
        user_permissions::updated_at.eq(now),
    );
    each_backend!(conn, c => diesel::insert_into(user_permissions::table)
        .values(values.clone())
        .returning(user_permissions::id)
        .get_result(c))
}

/// Renames a profile and replaces its features.
pub fn update(
    conn: &mut DbConn,
    id: i64,
    name: &ProfileName,
    features: &FeatureSet,
) -> QueryResult<usize> {
    diesel::update(user_permissions::table.find(id))
        .set((
            user_permissions::name.eq(name.as_str()),
            user_permissions::features.eq(features.to_string()),
            user_permissions::updated_at.eq(chrono::Utc::now().naive_utc()),
        ))
        .execute(conn)
}

/// Makes `id` the one default of `org_id`, or (with `make == false`) not a
/// default: the old default is unset first, as the partial unique index
/// allows one per org. Callers lock the org and own the transaction.
pub fn set_default(conn: &mut DbConn, org_id: i64, id: i64, make: bool) -> QueryResult<()> {
    let now = chrono::Utc::now().naive_utc();
    diesel::update(
        user_permissions::table
            .filter(user_permissions::org_id.eq(org_id))
            .filter(user_permissions::is_default.eq(true))
            .filter(user_permissions::id.ne(id)),
    )
    .set((
        user_permissions::is_default.eq(false),
        user_permissions::updated_at.eq(now),
    ))
    .execute(conn)?;
    diesel::update(
        user_permissions::table
            .find(id)
            .filter(user_permissions::org_id.eq(org_id)),
    )
    .set((
        user_permissions::is_default.eq(make),
        user_permissions::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(())
}

/// How many accounts (in any org) have this profile.
pub fn accounts_using(conn: &mut DbConn, id: i64) -> AppResult<i64> {
    Ok(accounts::table
        .filter(accounts::user_permissions_id.eq(id))
        .count()
        .get_result(conn)?)
}

/// "'Gold' is used by 3 accounts …": why a profile cannot be deleted.
pub fn still_used(name: &str, accounts: i64) -> Msg {
    msg!("setup-up-still-used", name = name, count = accounts)
}

/// Deletes a profile. An account still using it fails with the foreign
/// key's error, which the caller maps.
pub fn delete(conn: &mut DbConn, id: i64) -> QueryResult<usize> {
    diesel::delete(user_permissions::table.find(id)).execute(conn)
}
