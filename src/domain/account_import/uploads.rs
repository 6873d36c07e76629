//! Uploaded files, kept between the preview and the import (the job that
//! runs the import reads the file from here, on whichever instance claims
//! it). Only the administrator who uploaded a file sees its preview. A file
//! goes when its import finishes, or after a day if it was never imported.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Target;
use crate::db::DbConn;
use crate::db::schema::{import_uploads, organizations};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::privileges::Privilege;
use crate::each_backend;
use crate::error::AppResult;

/// How long an upload that was never imported is kept.
pub const KEPT_FOR: chrono::Duration = chrono::Duration::hours(24);

/// Selected in this field order by `find`.
#[derive(Debug, Clone, Queryable)]
pub struct Upload {
    pub id: i64,
    pub org_id: i64,
    pub org_display_id: String,
    pub user_permissions_id: i64,
    pub file_name: String,
    /// Set when Import or Import & Invite was pressed.
    pub batch_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// Keeps an uploaded file for `target` (Accounts: Import).
pub fn store(
    conn: &mut DbConn,
    acting: &Acting,
    target: &Target,
    file_name: &str,
    content: &[u8],
) -> AppResult<i64> {
    acting.require(Privilege::AccountsImport)?;
    let values = (
        import_uploads::org_id.eq(target.org.id),
        import_uploads::admin_id.eq(acting.id()),
        import_uploads::user_permissions_id.eq(target.profile.id),
        import_uploads::file_name.eq(file_name),
        import_uploads::content.eq(content),
        import_uploads::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    Ok(
        each_backend!(conn, c => diesel::insert_into(import_uploads::table)
        .values(values)
        .returning(import_uploads::id)
        .get_result(c))?,
    )
}

/// The upload `id` of this administrator, in `scope` or below.
pub fn find(
    conn: &mut DbConn,
    acting: &Acting,
    scope: &ScopedOrg,
    id: i64,
) -> AppResult<Option<Upload>> {
    Ok(import_uploads::table
        .inner_join(organizations::table)
        .filter(import_uploads::id.eq(id))
        .filter(import_uploads::admin_id.eq(acting.id()))
        .filter(crate::domain::orgs::in_subtree(&scope.path))
        .select((
            import_uploads::id,
            import_uploads::org_id,
            organizations::display_id,
            import_uploads::user_permissions_id,
            import_uploads::file_name,
            import_uploads::batch_id,
            import_uploads::created_at,
        ))
        .first::<Upload>(conn)
        .optional()?)
}

/// The file's bytes (`None` once it is gone).
pub fn content(conn: &mut DbConn, id: i64) -> AppResult<Option<Vec<u8>>> {
    Ok(import_uploads::table
        .find(id)
        .select(import_uploads::content)
        .first(conn)
        .optional()?)
}

/// Ties the upload to the batch importing it; false when it was imported
/// already (a second press of the button).
pub fn claim(conn: &mut DbConn, id: i64, batch_id: i64) -> AppResult<bool> {
    let changed = diesel::update(
        import_uploads::table
            .find(id)
            .filter(import_uploads::batch_id.is_null()),
    )
    .set(import_uploads::batch_id.eq(Some(batch_id)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The import is over: the rows live on as the batch's items.
pub fn forget(conn: &mut DbConn, id: i64) -> AppResult<()> {
    diesel::delete(import_uploads::table.find(id)).execute(conn)?;
    Ok(())
}

/// Removes uploads never imported within [`KEPT_FOR`]; returns how many.
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> AppResult<usize> {
    Ok(diesel::delete(
        import_uploads::table
            .filter(import_uploads::batch_id.is_null())
            .filter(import_uploads::created_at.lt(now - KEPT_FOR)),
    )
    .execute(conn)?)
}
