//! The rows behind administrator operations: insert, update, suspend,
//! delete, and the lookups the forms need. Only the operations in this
//! folder call the writers, inside their transactions.

use diesel::prelude::*;

use super::Profile;
use crate::db::DbConn;
use crate::db::schema::{administrators, roles};
use crate::domain::acting::scope::ScopedOrg;
use crate::domain::admins::{self, Administrator, KIND_API, Status};
use crate::domain::values::Email;
use crate::each_backend;
use crate::error::{AppError, AppResult};

/// The External Applications every org can connect (seed 000).
pub const STANDARD_APPLICATIONS: &[&str] = &["HttpApi", "Salesforce"];

/// The role every API user has: no portal privileges at all. It has no org
/// and is not built-in, so it is never listed or assignable.
pub fn api_user_role_id(conn: &mut DbConn) -> AppResult<i64> {
    let existing = roles::table
        .filter(roles::org_id.is_null())
        .filter(roles::builtin.eq(false))
        .filter(roles::name.eq("API User"))
        .select(roles::id)
        .first::<i64>(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let values = (
        roles::org_id.eq(None::<i64>),
        roles::name.eq("API User"),
        roles::builtin.eq(false),
        roles::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    Ok(each_backend!(conn, c => diesel::insert_into(roles::table)
        .values(values)
        .returning(roles::id)
        .get_result(c))?)
}

/// Creates an administrator (or API user) as `invited`, without a password.
pub(super) fn create_invited(
    conn: &mut DbConn,
    kind: &str,
    profile: &Profile,
) -> AppResult<Administrator> {
    let now = chrono::Utc::now().naive_utc();
    let values = (
        administrators::org_id.eq(profile.org_id),
        administrators::role_id.eq(profile.role_id),
        administrators::kind.eq(kind),
        administrators::first_name.eq(profile.first_name.as_str()),
        administrators::last_name.eq(profile.last_name.as_str()),
        administrators::email.eq(profile.email.as_str()),
        administrators::backup_email.eq(profile.backup_email.as_ref().map(Email::as_str)),
        administrators::language.eq(&profile.language),
        administrators::status.eq(Status::Invited.as_str()),
        administrators::external_application.eq(&profile.external_application),
        administrators::created_at.eq(now),
        administrators::updated_at.eq(now),
    );
    let inserted: QueryResult<i64> = each_backend!(conn, c => diesel::insert_into(administrators::table)
        .values(values)
        .returning(administrators::id)
        .get_result(c));
    let id = inserted.map_err(admins::email_taken_or)?;
    admins::find_by_id(conn, id)?.ok_or(AppError::NotFound)
}

pub(super) fn update_profile(conn: &mut DbConn, id: i64, profile: &Profile) -> AppResult<()> {
    diesel::update(administrators::table.find(id))
        .set((
            administrators::first_name.eq(profile.first_name.as_str()),
            administrators::last_name.eq(profile.last_name.as_str()),
            administrators::email.eq(profile.email.as_str()),
            administrators::backup_email.eq(profile.backup_email.as_ref().map(Email::as_str)),
            administrators::language.eq(&profile.language),
            administrators::org_id.eq(profile.org_id),
            administrators::role_id.eq(profile.role_id),
            administrators::external_application.eq(&profile.external_application),
            administrators::updated_at.eq(chrono::Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map_err(admins::email_taken_or)?;
    Ok(())
}

/// Sets the status the suspension boxes ask for. Lifting a suspension
/// returns the administrator to active, or invited if no password was set.
/// Suspending ends their sessions at once.
pub(super) fn apply_suspension(
    conn: &mut DbConn,
    admin: &Administrator,
    login: bool,
    account: bool,
) -> AppResult<Status> {
    let next = match (account, login) {
        (true, _) => Status::AccountSuspended,
        (false, true) => Status::LoginSuspended,
        (false, false) if admin.password_hash.is_some() => Status::Active,
        (false, false) => Status::Invited,
    };
    if next == admin.status() {
        return Ok(next);
    }
    diesel::update(administrators::table.find(admin.id))
        .set((
            administrators::status.eq(next.as_str()),
            administrators::updated_at.eq(chrono::Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    if matches!(next, Status::LoginSuspended | Status::AccountSuspended) {
        crate::domain::sessions::end_all_for(conn, admin.id)?;
    }
    Ok(next)
}

pub(super) fn delete_row(conn: &mut DbConn, admin: &Administrator) -> AppResult<()> {
    crate::domain::sessions::end_all_for(conn, admin.id)?;
    diesel::delete(administrators::table.find(admin.id)).execute(conn)?;
    Ok(())
}

/// Other API users of the same application in the same org: when there are
/// none, deleting this one breaks the integration.
pub fn other_api_users_of_application(conn: &mut DbConn, admin: &Administrator) -> AppResult<i64> {
    let Some(app) = &admin.external_application else {
        return Ok(0);
    };
    Ok(administrators::table
        .filter(administrators::kind.eq(KIND_API))
        .filter(administrators::org_id.eq(admin.org_id))
        .filter(administrators::external_application.eq(app))
        .filter(administrators::id.ne(admin.id))
        .count()
        .get_result(conn)?)
}

/// External Applications offered in `org`: the standard ones and the custom
/// names already used by API users of its subtree.
pub fn applications(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Vec<String>> {
    use crate::db::schema::organizations;
    let mut custom: Vec<Option<String>> = administrators::table
        .inner_join(organizations::table)
        .filter(crate::domain::orgs::in_subtree(&org.path))
        .filter(administrators::kind.eq(KIND_API))
        .select(administrators::external_application)
        .distinct()
        .load(conn)?;
    custom.sort();
    let mut all: Vec<String> = STANDARD_APPLICATIONS
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    for name in custom.into_iter().flatten() {
        if !all.contains(&name) {
            all.push(name);
        }
    }
    Ok(all)
}
