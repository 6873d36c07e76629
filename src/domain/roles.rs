//! Roles: named sets of privileges owned by an organization and usable in its
//! subtree. The built-in Enterprise Super Administrator holds everything and
//! cannot be changed.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{role_privileges, roles};
use crate::domain::privileges::PrivilegeSet;
use crate::each_backend;
use crate::error::AppResult;

pub const SUPER_ADMIN_ROLE: &str = "Enterprise Super Administrator";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = roles)]
pub struct Role {
    pub id: i64,
    pub org_id: Option<i64>,
    pub name: String,
    pub builtin: bool,
    pub created_at: NaiveDateTime,
}

/// The id of the built-in Enterprise Super Administrator role, created on first use.
pub fn super_admin_role_id(conn: &mut DbConn) -> AppResult<i64> {
    let existing = roles::table
        .filter(roles::builtin.eq(true))
        .select(roles::id)
        .first::<i64>(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let values = (
        roles::org_id.eq(None::<i64>),
        roles::name.eq(SUPER_ADMIN_ROLE),
        roles::builtin.eq(true),
        roles::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    Ok(each_backend!(conn, c => diesel::insert_into(roles::table)
        .values(values)
        .returning(roles::id)
        .get_result(c))?)
}

/// The privileges a role grants, closed under "edit implies view".
pub fn privileges_of(conn: &mut DbConn, role: &Role) -> AppResult<PrivilegeSet> {
    if role.builtin {
        return Ok(PrivilegeSet::all());
    }
    let keys: Vec<String> = role_privileges::table
        .filter(role_privileges::role_id.eq(role.id))
        .select(role_privileges::privilege)
        .load(conn)?;
    Ok(PrivilegeSet::from_keys(keys.iter().map(String::as_str)))
}

pub fn by_id(conn: &mut DbConn, id: i64) -> AppResult<Role> {
    Ok(roles::table
        .find(id)
        .select(Role::as_select())
        .first(conn)?)
}
