//! Roles: named sets of privileges owned by an organization and usable in its
//! subtree. The built-in Enterprise Super Administrator holds everything and
//! cannot be changed.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::acting::scope::ScopedOrg;

use crate::db::schema::{administrators, organizations, role_privileges, roles};
use crate::db::{self, DbConn};
use crate::domain::orgs::Organization;
use crate::domain::privileges::PrivilegeSet;
use crate::each_backend;
use crate::error::{AppError, AppResult, FieldErrors};

pub const SUPER_ADMIN_ROLE: &str = "Enterprise Super Administrator";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = roles)]
pub struct Role {
    pub id: i64,
    pub org_id: Option<i64>,
    pub name: String,
    pub builtin: bool,
    #[diesel(deserialize_as = crate::db::Stamp)]
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

diesel::define_sql_function! {
    /// `lower(text)`: the same on SQLite and PostgreSQL, for case-insensitive search.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// A role name as typed: trimmed, 1–100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleName(String);

impl RoleName {
    pub const MAX: usize = 100;

    /// `check`, with the reason in English (for the command line).
    pub fn parse(input: &str) -> Result<Self, String> {
        Self::check(input).map_err(|m| m.in_language(crate::i18n::Language::English))
    }

    /// The name, or why it is refused (worded in the reader's language).
    pub fn check(input: &str) -> Result<Self, crate::i18n::Msg> {
        use crate::msg;
        let s = input.trim();
        if s.is_empty() {
            return Err(msg!("roles-name-empty"));
        }
        if s.chars().count() > Self::MAX {
            return Err(msg!("roles-name-too-long", max = Self::MAX));
        }
        if s.chars().any(char::is_control) {
            return Err(msg!("roles-name-control"));
        }
        if s.eq_ignore_ascii_case(SUPER_ADMIN_ROLE) {
            return Err(msg!("roles-name-builtin", name = SUPER_ADMIN_ROLE));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A role as the list shows it: who owns it and how many administrators of
/// the viewed org's subtree have it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub role: Role,
    pub admins: i64,
}

/// Roles visible in `org`: its own, its ancestors', and the built-in one.
macro_rules! visible_in {
    ($org:expr) => {
        crate::db::OneOf::new(roles::org_id.assume_not_null(), $org.lineage_ids())
            .or(roles::builtin.eq(true))
    };
}

/// One page of the roles visible in `org`, optionally filtered by name, with
/// the number of administrators in `org`'s subtree holding each. Returns the
/// page and the total number of matching roles.
pub fn list_visible(
    conn: &mut DbConn,
    org: &ScopedOrg,
    q: &str,
    offset: i64,
    limit: i64,
) -> AppResult<(Vec<Listed>, i64)> {
    let pattern = crate::domain::values::contains_pattern(q);
    let total: i64 = roles::table
        .filter(visible_in!(org))
        .filter(lower(roles::name).like(&pattern).escape('\\'))
        .count()
        .get_result(conn)?;
    let page: Vec<Role> = roles::table
        .filter(visible_in!(org))
        .filter(lower(roles::name).like(&pattern).escape('\\'))
        .order((roles::builtin.desc(), lower(roles::name), roles::id))
        .offset(offset)
        .limit(limit)
        .select(Role::as_select())
        .load(conn)?;
    let ids: Vec<i64> = page.iter().map(|r| r.id).collect();
    // The subtree as org ids, not a join of every administrator to its org;
    // at the top org every administrator counts.
    let holders = administrators::table
        .filter(administrators::role_id.eq_any(&ids))
        .group_by(administrators::role_id)
        .select((administrators::role_id, diesel::dsl::count_star()));
    let counted: Vec<(i64, i64)> = if org.parent_id.is_some() {
        let subtree: Vec<i64> = organizations::table
            .filter(organizations::path.like(format!("{}%", org.path)))
            .select(organizations::id)
            .load(conn)?;
        holders
            .filter(administrators::org_id.eq_any(subtree))
            .load(conn)?
    } else {
        holders.load(conn)?
    };
    let counts: HashMap<i64, i64> = counted.into_iter().collect();
    let listed = page
        .into_iter()
        .map(|role| Listed {
            admins: counts.get(&role.id).copied().unwrap_or(0),
            role,
        })
        .collect();
    Ok((listed, total))
}

/// Every role of the database, the built-in one first, then by name: kept
/// between views (`orgs::Memo`), since every view of the Administrators list
/// offers them (its Role filter) and they rarely change.
static ALL: crate::domain::orgs::Memo<Vec<Role>> = crate::domain::orgs::Memo::new();

/// The roles visible in `org` (its own, its ancestors' and the built-in
/// one), by name (the built-in one first), without counts: for filters and
/// selects.
pub fn visible(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Vec<Role>> {
    let all = ALL.get(conn, |conn| {
        // The statement is written in the call: `as_select` is typed per
        // backend.
        let mut all = crate::load_via!(native, conn, roles::table.select(Role::as_select()), Role)?;
        all.sort_by_cached_key(|r| (!r.builtin, r.name.to_lowercase(), r.id));
        Ok(all)
    })?;
    let lineage = org.lineage_ids();
    Ok(all
        .iter()
        .filter(|r| r.builtin || r.org_id.is_some_and(|id| lineage.contains(&id)))
        .cloned()
        .collect())
}

/// The role with this id if it is visible in `org` (own, ancestor's or
/// built-in); anything else is `None`, exactly as if it did not exist.
pub fn find_visible(conn: &mut DbConn, org: &ScopedOrg, role_id: i64) -> AppResult<Option<Role>> {
    Ok(roles::table
        .filter(roles::id.eq(role_id))
        .filter(visible_in!(org))
        .select(Role::as_select())
        .first(conn)
        .optional()?)
}

/// Roles visible in `org` that `assigner` may hand out: those granting no
/// privilege the assigner lacks. The built-in role grants everything, so it
/// is assignable only by someone who holds everything.
pub fn assignable(
    conn: &mut DbConn,
    org: &ScopedOrg,
    assigner: &PrivilegeSet,
) -> AppResult<Vec<Role>> {
    let visible: Vec<Role> = roles::table
        .filter(visible_in!(org))
        .order((roles::builtin.desc(), lower(roles::name), roles::id))
        .select(Role::as_select())
        .load(conn)?;
    let ids: Vec<i64> = visible.iter().map(|r| r.id).collect();
    let mut keys: HashMap<i64, Vec<String>> = HashMap::new();
    for (role_id, key) in role_privileges::table
        .filter(role_privileges::role_id.eq_any(&ids))
        .select((role_privileges::role_id, role_privileges::privilege))
        .load::<(i64, String)>(conn)?
    {
        keys.entry(role_id).or_default().push(key);
    }
    Ok(visible
        .into_iter()
        .filter(|role| {
            let grants = if role.builtin {
                PrivilegeSet::all()
            } else {
                let role_keys = keys.get(&role.id).map(Vec::as_slice).unwrap_or_default();
                PrivilegeSet::from_keys(role_keys.iter().map(String::as_str))
            };
            grants.is_subset_of(assigner)
        })
        .collect())
}

/// How many administrators (anywhere) have this role.
pub fn admins_assigned(conn: &mut DbConn, role_id: i64) -> AppResult<i64> {
    Ok(administrators::table
        .filter(administrators::role_id.eq(role_id))
        .count()
        .get_result(conn)?)
}

/// No escalation: what a role should hold after `granter` asked for
/// `requested` on a role that now holds `existing`.
///
/// Privileges the granter lacks are shown disabled, so the browser never
/// sends them: the role keeps the ones it already had. Asking for one the
/// granter lacks and the role does not have is refused (a forged form).
pub fn resolve_grant(
    requested: &PrivilegeSet,
    existing: &PrivilegeSet,
    granter: &PrivilegeSet,
) -> AppResult<PrivilegeSet> {
    if requested
        .iter()
        .any(|p| !granter.has(p) && !existing.has(p))
    {
        return Err(AppError::Forbidden);
    }
    let chosen = requested.iter().filter(|p| granter.has(*p));
    let kept = existing.iter().filter(|p| !granter.has(*p));
    Ok(PrivilegeSet::closed(chosen.chain(kept)))
}

/// Role names are unique within their org, ignoring case.
fn ensure_unique_name(
    conn: &mut DbConn,
    org_id: i64,
    name: &RoleName,
    except: Option<i64>,
) -> AppResult<()> {
    let taken: i64 = roles::table
        .filter(roles::org_id.eq(org_id))
        .filter(lower(roles::name).eq(name.as_str().to_lowercase()))
        .filter(roles::id.ne(except.unwrap_or(0)))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(name_taken(name));
    }
    Ok(())
}

fn name_taken(name: &RoleName) -> AppError {
    let mut errors = FieldErrors::new();
    errors.add(
        "name",
        crate::msg!("roles-name-taken", name = name.as_str()),
    );
    AppError::Invalid(errors)
}

fn replace_privileges(conn: &mut DbConn, role_id: i64, privileges: &PrivilegeSet) -> AppResult<()> {
    diesel::delete(role_privileges::table.filter(role_privileges::role_id.eq(role_id)))
        .execute(conn)?;
    let rows: Vec<_> = privileges
        .iter()
        .map(|p| {
            (
                role_privileges::role_id.eq(role_id),
                role_privileges::privilege.eq(p.key()),
            )
        })
        .collect();
    if !rows.is_empty() {
        each_backend!(conn, c => diesel::insert_into(role_privileges::table)
            .values(&rows)
            .execute(c))?;
    }
    Ok(())
}

/// Creates a role owned by `org` holding exactly `privileges` (already
/// closed and checked against the creator's own).
pub fn create(
    conn: &mut DbConn,
    org: &Organization,
    name: &RoleName,
    privileges: &PrivilegeSet,
) -> AppResult<Role> {
    db::transaction(conn, |conn| {
        ensure_unique_name(conn, org.id, name, None)?;
        let values = (
            roles::org_id.eq(Some(org.id)),
            roles::name.eq(name.as_str()),
            roles::builtin.eq(false),
            roles::created_at.eq(chrono::Utc::now().naive_utc()),
        );
        let inserted: QueryResult<i64> = each_backend!(conn, c => diesel::insert_into(roles::table)
            .values(values)
            .returning(roles::id)
            .get_result(c));
        let id = match inserted {
            Ok(id) => id,
            Err(e) if db::is_unique_violation(&e) => return Err(name_taken(name)),
            Err(e) => return Err(e.into()),
        };
        replace_privileges(conn, id, privileges)?;
        by_id(conn, id)
    })
}

/// Renames a role and replaces its privileges. The built-in role never changes.
pub fn update(
    conn: &mut DbConn,
    role: &Role,
    name: &RoleName,
    privileges: &PrivilegeSet,
) -> AppResult<()> {
    let Some(org_id) = role.org_id.filter(|_| !role.builtin) else {
        return Err(AppError::Forbidden);
    };
    db::transaction(conn, |conn| {
        ensure_unique_name(conn, org_id, name, Some(role.id))?;
        diesel::update(roles::table.find(role.id))
            .set(roles::name.eq(name.as_str()))
            .execute(conn)
            .map_err(|e| {
                if db::is_unique_violation(&e) {
                    name_taken(name)
                } else {
                    e.into()
                }
            })?;
        replace_privileges(conn, role.id, privileges)
    })
}

/// Deletes a role nobody holds. The built-in role is refused, and so is a
/// role still assigned, with the count in the message.
pub fn delete(conn: &mut DbConn, role: &Role) -> AppResult<()> {
    if role.builtin {
        return Err(AppError::Forbidden);
    }
    db::transaction(conn, |conn| {
        let assigned = admins_assigned(conn, role.id)?;
        if assigned > 0 {
            return Err(AppError::Conflict(still_assigned(&role.name, assigned)));
        }
        diesel::delete(role_privileges::table.filter(role_privileges::role_id.eq(role.id)))
            .execute(conn)?;
        diesel::delete(roles::table.find(role.id)).execute(conn)?;
        Ok(())
    })
}

/// "'Sales' cannot be deleted while 2 administrators are assigned to it."
pub fn still_assigned(name: &str, assigned: i64) -> crate::i18n::Msg {
    crate::msg!("roles-still-assigned", name = name, count = assigned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::privileges::Privilege as P;

    #[test]
    fn role_names() {
        assert_eq!(
            RoleName::parse("  Number Admin ").map(|n| n.0),
            Ok("Number Admin".into())
        );
        assert!(RoleName::parse("   ").is_err());
        assert!(RoleName::parse(&"x".repeat(101)).is_err());
        assert!(RoleName::parse(&"x".repeat(100)).is_ok());
        assert!(RoleName::parse("a\nb").is_err());
        assert!(RoleName::parse("enterprise super administrator").is_err());
    }

    #[test]
    fn grant_cannot_add_what_the_granter_lacks() {
        let granter = PrivilegeSet::closed([P::AccountsEdit]);
        let none = PrivilegeSet::default();
        let asked = PrivilegeSet::closed([P::AccountsDelete]);
        assert!(matches!(
            resolve_grant(&asked, &none, &granter),
            Err(AppError::Forbidden)
        ));
        let asked = PrivilegeSet::closed([P::AccountsEdit]);
        assert_eq!(resolve_grant(&asked, &none, &granter).ok(), Some(asked));
    }

    #[test]
    fn grant_keeps_what_the_granter_cannot_see() {
        let granter = PrivilegeSet::closed([P::AccountsEdit, P::RolesEdit]);
        let existing = PrivilegeSet::closed([P::AccountsDelete, P::RolesEdit]);
        // The form sends only the boxes the granter may change.
        let asked = PrivilegeSet::closed([P::AccountsEdit]);
        let saved = resolve_grant(&asked, &existing, &granter).ok();
        assert_eq!(
            saved,
            Some(PrivilegeSet::closed([P::AccountsEdit, P::AccountsDelete]))
        );
        // Resending a held-by-the-role privilege is not an escalation.
        let asked = PrivilegeSet::closed([P::AccountsDelete]);
        assert!(resolve_grant(&asked, &existing, &granter).is_ok());
    }

    #[test]
    fn search_pattern_escapes_wildcards() {
        assert_eq!(
            crate::domain::values::contains_pattern(" A_b%c "),
            "%a\\_b\\%c%"
        );
    }
}
