//! Import or Import & Invite: the batch and the job that runs it, written
//! together; the import itself runs in the background (`crate::import`'s
//! job), so closing the browser does not stop it and any instance can show
//! its progress.

use super::chunk::Then;
use super::uploads;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::batches::{self, Operation};
use crate::domain::invitations::Links;
use crate::error::{AppError, AppResult};
use crate::jobs::{self, account_import::AccountImportJob};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Started {
    pub batch_id: i64,
}

/// Starts importing the upload `upload_id` (previewed with `rows` rows):
/// a Batch in the upload's org and a job. Pressing the button twice starts
/// one import: the second press is told where the first one is.
pub fn start(
    conn: &mut DbConn,
    acting: &Acting,
    upload_id: i64,
    rows: i64,
    then: Then,
    links: &Links,
) -> AppResult<Started> {
    then.require(acting)?;
    let upload = uploads::find(conn, acting, acting.org(), upload_id)?.ok_or(AppError::NotFound)?;
    if upload.batch_id.is_some() {
        return Err(AppError::Conflict(crate::msg!("import-being-imported")));
    }
    db::transaction(conn, |conn| {
        let batch = batches::create_in(
            conn,
            acting,
            upload.org_id,
            Operation::ImportAccounts,
            Some(&upload.file_name),
            rows,
        )?;
        if !uploads::claim(conn, upload.id, batch.id)? {
            return Err(AppError::Conflict(crate::msg!("import-being-imported")));
        }
        batches::started_from(conn, batch.id, upload.id)?;
        let job = AccountImportJob {
            batch_id: batch.id,
            upload_id: upload.id,
            admin_id: acting.id(),
            org: acting.org().display_id.clone(),
            then: serde_json::to_value(then).map_err(AppError::internal)?,
            base_url: links.base_url.clone(),
            invite_ttl_secs: links.invite_ttl.as_secs(),
        };
        jobs::enqueue(conn, &job, Some(upload.org_id))?;
        Ok(Started { batch_id: batch.id })
    })
}

/// Ends an import that went through its file: the batch is Done, the
/// recipients of "Batch completed" (Setup > Manage Alerts) get its summary,
/// and the uploaded file goes (its rows live on as the batch's items).
/// Returns how many emails were queued.
pub fn finish(
    conn: &mut DbConn,
    batch_id: i64,
    upload_id: i64,
    org: &crate::domain::orgs::Organization,
    links: &Links,
) -> AppResult<usize> {
    db::transaction(conn, |conn| {
        let (_, queued) = crate::domain::alerts::finish_batch(
            conn,
            batch_id,
            batches::State::Done,
            org,
            &links.base_url,
        )?;
        super::uploads::forget(conn, upload_id)?;
        Ok(queued)
    })
}
