//! Import and Import & Invite: starting the batch from a previewed upload,
//! and the job that works through the file a chunk at a time (one
//! transaction per chunk, results recorded with it), resuming after a
//! crash from the results already recorded, then finishing the batch.

use super::rows::rows;
use super::sheet::{Limits, Sheet, read};
use crate::db::DbConn;
use crate::domain::account_import::{self, CHUNK, Row, Started, Target, Then, uploads};
use crate::domain::acting::Acting;
use crate::domain::batches::{self, State};
use crate::domain::features::Feature;
use crate::domain::invitations::Links;
use crate::error::{AppError, AppResult};

/// Reads the upload `id` of this administrator again: its target and sheet.
pub fn open(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    limits: Limits,
) -> AppResult<(uploads::Upload, Target, Result<Sheet, String>)> {
    let upload = uploads::find(conn, acting, acting.org(), id)?.ok_or(AppError::NotFound)?;
    let target = account_import::target(
        conn,
        acting,
        &upload.org_display_id,
        Some(upload.user_permissions_id),
    )?;
    let content = uploads::content(conn, id)?.ok_or(AppError::NotFound)?;
    let social = target.settings.features.has(Feature::SocialMessaging);
    let sheet = read(&content, limits, social).map_err(|e| e.0);
    Ok((upload, target, sheet))
}

/// Import or Import & Invite of the upload `id`: the batch and its job.
pub fn start(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    then: Then,
    links: &Links,
    limits: Limits,
) -> AppResult<Started> {
    then.require(acting)?;
    // A second press of the button after the whole import is over: the
    // upload is gone, and the batch says it was imported.
    let (_, _, sheet) = match open(conn, acting, id, limits) {
        Err(AppError::NotFound) if batches::started_by_from(conn, acting.id(), id)? => {
            return Err(AppError::Conflict(crate::msg!("import-being-imported")));
        }
        opened => opened?,
    };
    let sheet = sheet.map_err(|m| AppError::Conflict(m.into()))?;
    let rows = i64::try_from(sheet.row_count()).map_err(AppError::internal)?;
    account_import::start(conn, acting, id, rows, then, links)
}

/// The job: imports the upload into its batch, from where it stopped.
pub fn run(
    conn: &mut DbConn,
    acting: &Acting,
    batch_id: i64,
    upload_id: i64,
    then: Then,
    links: &Links,
    limits: Limits,
) -> AppResult<()> {
    let Some(batch) = batches::by_id(conn, batch_id)? else {
        return Ok(());
    };
    if !batch.is_running() {
        return Ok(());
    }
    let opened = open(conn, acting, upload_id, limits);
    let (target, sheet) = match opened {
        Ok((_, target, Ok(sheet))) => (target, sheet),
        // The file went, or no longer reads under today's limits: the
        // batch says it failed rather than staying "running".
        Ok((_, _, Err(_))) | Err(AppError::NotFound | AppError::Invalid(_)) => {
            batches::finish(conn, batch_id, State::Failed)?;
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    let mut chunk: Vec<Row> = Vec::with_capacity(CHUNK);
    for row in rows(&sheet, &target) {
        chunk.push(row);
        if chunk.len() == CHUNK {
            account_import::add_chunk(conn, acting, links, &target, batch_id, &chunk, then)?;
            chunk.clear();
        }
    }
    account_import::add_chunk(conn, acting, links, &target, batch_id, &chunk, then)?;
    account_import::finish(conn, batch_id, upload_id, target.org.org(), links)?;
    Ok(())
}
