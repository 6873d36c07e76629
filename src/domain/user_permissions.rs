//! User Permissions: named class-of-service profiles that say which
//! features an account gets. A profile is defined in one org and visible
//! (usable) in that org's whole subtree; it is edited only where it is
//! defined. Each org's effective default is its nearest ancestor's default.
//! The top org always has one ("Default User Permissions").

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::user_permissions;
use crate::domain::acting::ScopedOrg;
use crate::domain::features::FeatureSet;
use crate::domain::orgs::Organization;
use crate::error::AppResult;

pub const DEFAULT_NAME: &str = "Default User Permissions";

#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = user_permissions)]
pub struct Profile {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub is_default: bool,
    pub features: String,
    pub created_at: NaiveDateTime,
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
