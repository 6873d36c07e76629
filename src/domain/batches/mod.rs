//! Batches: the record of one bulk operation (re-invite, CSV import, bulk
//! edit or delete, move) with one result per target or input row. The
//! operations write them as they go; Reports → Batch Operation Reports reads
//! them back, so a result outlives the request, the session and the
//! instance that produced it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{batch_items, batches};
use crate::domain::acting::Acting;
use crate::domain::privileges::Privilege;
use crate::each_backend;
use crate::error::AppResult;

mod listing;
mod many;

pub use listing::{
    Listed, all_items, count_in_scope, find_in_scope, is_recorded, items_page, latest, of_ids,
    page_in_scope, recorded_positions,
};
pub use many::{Recorded, created_accounts, record_items, record_undo, recorded_between};

/// Whoever may see administrators, API users or accounts may see what bulk
/// operations did to them (Reports → Batch Operation Reports).
pub const VIEW_PRIVILEGES: [Privilege; 3] = [
    Privilege::AdministratorsView,
    Privilege::ApiUsersView,
    Privilege::AccountsView,
];

/// What a batch did. Stored as a stable key; the label is for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    ReinviteAdministrators,
    ResendAccountInvites,
    EditAccounts,
    DeleteAccounts,
    MoveAccounts,
    ImportAccounts,
}

impl Operation {
    pub const ALL: [Operation; 6] = [
        Operation::ReinviteAdministrators,
        Operation::ResendAccountInvites,
        Operation::EditAccounts,
        Operation::DeleteAccounts,
        Operation::MoveAccounts,
        Operation::ImportAccounts,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Operation::ReinviteAdministrators => "reinvite_administrators",
            Operation::ResendAccountInvites => "resend_account_invites",
            Operation::EditAccounts => "edit_accounts",
            Operation::DeleteAccounts => "delete_accounts",
            Operation::MoveAccounts => "move_accounts",
            Operation::ImportAccounts => "import_accounts",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Operation::ReinviteAdministrators => "Re-invite administrators",
            Operation::ResendAccountInvites => "Resend account invitations",
            Operation::EditAccounts => "Change User Permissions / features",
            Operation::DeleteAccounts => "Delete accounts",
            Operation::MoveAccounts => "Move accounts",
            Operation::ImportAccounts => "Import accounts",
        }
    }

    /// `label` in the reader's language.
    pub fn shown(self) -> String {
        crate::i18n::t(match self {
            Operation::ReinviteAdministrators => "reports-operation-reinvite-administrators",
            Operation::ResendAccountInvites => "reports-operation-resend-account-invites",
            Operation::EditAccounts => "reports-operation-edit-accounts",
            Operation::DeleteAccounts => "reports-operation-delete-accounts",
            Operation::MoveAccounts => "reports-operation-move-accounts",
            Operation::ImportAccounts => "reports-operation-import-accounts",
        })
    }

    pub fn from_key(key: &str) -> Option<Operation> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// How far a batch got. `Running` is also what a batch shows when the
/// process died half-way: its items say how far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Running,
    Done,
    Failed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Done => "done",
            State::Failed => "failed",
        }
    }

    pub fn label_of(key: &str) -> &'static str {
        match key {
            "running" => "Running",
            "done" => "Done",
            "failed" => "Failed",
            _ => "Unknown",
        }
    }

    /// `label_of` in the reader's language.
    pub fn shown_of(key: &str) -> String {
        crate::i18n::t(match key {
            "running" => "reports-state-running",
            "done" => "reports-state-done",
            "failed" => "reports-state-failed",
            _ => "reports-state-unknown",
        })
    }
}

/// An item's stored `result` in the reader's language, for the words the
/// operations store ("Added", "Sent", "Failed"…); any other is shown as stored
/// (it was written in the language of whoever started the batch).
pub fn result_shown(result: &str) -> String {
    let id = match result {
        "Added" => "reports-result-added",
        "Added and invited" => "reports-result-added-invited",
        "Already exists" => "reports-result-already-exists",
        "Invalid" => "reports-result-invalid",
        "Sent" => "reports-result-sent",
        "Deleted" => "reports-result-deleted",
        "Moved" => "reports-result-moved",
        "Changed" => "reports-result-changed",
        "Skipped" => "reports-result-skipped",
        "Failed" => "reports-result-failed",
        other => return other.to_owned(),
    };
    crate::i18n::t(id)
}

/// How one item ended; the batch keeps a count of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Succeeded,
    Skipped,
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Skipped => "skipped",
            Outcome::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = batches)]
pub struct Batch {
    pub id: i64,
    pub org_id: i64,
    pub operation: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub file_name: Option<String>,
    pub state: String,
    pub total: i64,
    pub succeeded: i64,
    pub skipped: i64,
    pub failed: i64,
    pub created_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    /// "Undo this import": when, by whom, how many accounts it removed.
    pub undone_at: Option<NaiveDateTime>,
    pub undone_by: Option<String>,
    pub undone_count: i64,
}

impl Batch {
    /// The operation's label; a key this build does not know is shown as is.
    pub fn operation_label(&self) -> &str {
        match Operation::from_key(&self.operation) {
            Some(op) => op.label(),
            None => &self.operation,
        }
    }

    /// `operation_label` in the reader's language.
    pub fn operation_shown(&self) -> String {
        match Operation::from_key(&self.operation) {
            Some(op) => op.shown(),
            None => self.operation.clone(),
        }
    }

    /// `state_label` in the reader's language.
    pub fn state_shown(&self) -> String {
        State::shown_of(&self.state)
    }

    pub fn is(&self, operation: Operation) -> bool {
        self.operation == operation.key()
    }

    pub fn state_label(&self) -> &'static str {
        State::label_of(&self.state)
    }

    /// Items recorded so far.
    pub fn done(&self) -> i64 {
        self.succeeded + self.skipped + self.failed
    }

    /// How far it got, 0–100.
    pub fn percent(&self) -> i64 {
        if self.total <= 0 {
            100
        } else {
            (self.done() * 100 / self.total).clamp(0, 100)
        }
    }

    pub fn is_running(&self) -> bool {
        self.state == State::Running.as_str()
    }
}

/// One stored result.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = batch_items)]
pub struct Item {
    pub batch_id: i64,
    pub position: i64,
    pub target: String,
    pub identifier: String,
    pub input: Option<String>,
    pub outcome: String,
    pub result: String,
    pub message: String,
}

impl Item {
    /// The input row as given (CSV imports), as (column, value) pairs.
    pub fn input_pairs(&self) -> Vec<(String, String)> {
        self.input
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    }
}

/// One result to record: who or what it was about, the input row when there
/// is one, and what happened, in the words of the operation ("Sent").
#[derive(Debug, Clone)]
pub struct NewItem {
    pub target: String,
    pub identifier: String,
    pub input: Option<Vec<(String, String)>>,
    pub outcome: Outcome,
    pub result: String,
    pub message: String,
}

/// Starts a batch in the org the administrator acts in.
pub fn create(
    conn: &mut DbConn,
    acting: &Acting,
    operation: Operation,
    file_name: Option<&str>,
    total: i64,
) -> AppResult<Batch> {
    create_in(conn, acting, acting.org().id, operation, file_name, total)
}

/// Starts a batch in `org_id` (an org of the acting administrator's scope:
/// a CSV import runs in the organization chosen for it).
pub fn create_in(
    conn: &mut DbConn,
    acting: &Acting,
    org_id: i64,
    operation: Operation,
    file_name: Option<&str>,
    total: i64,
) -> AppResult<Batch> {
    let actor = acting.actor();
    let values = (
        batches::org_id.eq(org_id),
        batches::operation.eq(operation.key()),
        batches::actor_id.eq(actor.id),
        batches::actor_name.eq(&actor.name),
        batches::file_name.eq(file_name),
        batches::state.eq(State::Running.as_str()),
        batches::total.eq(total),
        batches::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    let id: i64 = each_backend!(conn, c => diesel::insert_into(batches::table)
        .values(values)
        .returning(batches::id)
        .get_result(c))?;
    Ok(batches::table
        .find(id)
        .select(Batch::as_select())
        .first(conn)?)
}

/// Records the result at `position` (1-based, input order) and counts it.
/// Call it in the transaction of the item's change, so a result is stored
/// exactly when its change is.
pub fn record_item(
    conn: &mut DbConn,
    batch_id: i64,
    position: i64,
    item: &NewItem,
) -> AppResult<()> {
    let input = item
        .input
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(crate::error::AppError::internal)?;
    diesel::insert_into(batch_items::table)
        .values((
            batch_items::batch_id.eq(batch_id),
            batch_items::position.eq(position),
            batch_items::target.eq(&item.target),
            batch_items::identifier.eq(&item.identifier),
            batch_items::input.eq(input),
            batch_items::outcome.eq(item.outcome.as_str()),
            batch_items::result.eq(&item.result),
            batch_items::message.eq(&item.message),
        ))
        .execute(conn)?;
    let row = batches::table.find(batch_id);
    match item.outcome {
        Outcome::Succeeded => diesel::update(row)
            .set(batches::succeeded.eq(batches::succeeded + 1))
            .execute(conn)?,
        Outcome::Skipped => diesel::update(row)
            .set(batches::skipped.eq(batches::skipped + 1))
            .execute(conn)?,
        Outcome::Failed => diesel::update(row)
            .set(batches::failed.eq(batches::failed + 1))
            .execute(conn)?,
    };
    Ok(())
}

/// Marks the batch finished (`Done` or `Failed`) and returns it as stored.
pub fn finish(conn: &mut DbConn, batch_id: i64, state: State) -> AppResult<Batch> {
    diesel::update(batches::table.find(batch_id))
        .set((
            batches::state.eq(state.as_str()),
            batches::finished_at.eq(Some(chrono::Utc::now().naive_utc())),
        ))
        .execute(conn)?;
    Ok(batches::table
        .find(batch_id)
        .select(Batch::as_select())
        .first(conn)?)
}

/// Records the upload an import batch was started from.
pub fn started_from(conn: &mut DbConn, batch_id: i64, upload_id: i64) -> AppResult<()> {
    diesel::update(batches::table.find(batch_id))
        .set(batches::upload_id.eq(Some(upload_id)))
        .execute(conn)?;
    Ok(())
}

/// Whether this administrator started an import of the upload `upload_id`
/// (asked when the upload is not found: once imported it is deleted).
pub fn started_by_from(conn: &mut DbConn, admin_id: i64, upload_id: i64) -> AppResult<bool> {
    Ok(batches::table
        .filter(batches::upload_id.eq(upload_id))
        .filter(batches::actor_id.eq(admin_id))
        .select(batches::id)
        .first::<i64>(conn)
        .optional()?
        .is_some())
}

/// A batch by id, whatever its org (the job that runs it has its id).
pub fn by_id(conn: &mut DbConn, batch_id: i64) -> AppResult<Option<Batch>> {
    Ok(batches::table
        .find(batch_id)
        .select(Batch::as_select())
        .first(conn)
        .optional()?)
}
