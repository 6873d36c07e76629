//! CSV import of accounts (seed 001 "Invite Multiple Users", issue 9): the
//! operations under Accounts → Add Account → Multiple Accounts.
//!
//! The file is read by `crate::import` (an adapter, like the pages): it
//! turns each row into an [`AccountInput`] or the row's problems. Here, the
//! rows are checked against the database with the rules of Add Account
//! (Domain Restriction, one account per email or device in an org, the
//! number Available in the org) in bulk, a chunk at a time, and added in one
//! transaction per chunk: the accounts, their numbers, their audit events,
//! their invitations (Import & Invite) and the batch's results are written
//! together or not at all, so no row is ever half-written and a run killed
//! half-way resumes from the results recorded. A chunk a rule refuses as a
//! whole (a number taken a moment ago) is run again one row at a time.
//!
//! - [`check`]: the dry run behind the preview (nothing written).
//! - [`start`]: Import or Import & Invite: a Batch and the job that runs it.
//! - [`add_chunk`]: what the job does with each chunk.
//! - [`undo`]: "Undo this import".

mod check;
mod chunk;
mod insert;
mod start;
mod undo;
pub mod uploads;

pub use check::{Pool, Seen, check};
pub use chunk::{Then, add_chunk};
pub use start::{Started, finish, start};
pub use undo::{UndoPlan, Undone, plan_undo, undo};

use crate::db::DbConn;
use crate::domain::account_edits::AccountInput;
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::org_settings::{self, Settings};
use crate::domain::privileges::Privilege;
use crate::domain::user_permissions::{self, Profile};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::msg;

/// Rows per transaction: big enough that a 150,000-row file is 150
/// commits (and a 1,000-row file one), small enough that a chunk's
/// statements stay under SQLite's 32,766 bound values (17 a row for the
/// accounts' multi-row insert).
pub const CHUNK: usize = 1000;

/// The seed's column names, for problems the database finds.
pub const USERNAME_COLUMN: &str = "email address or device";
pub const NUMBER_COLUMN: &str = "multiline_number";

/// Where an import puts its accounts, resolved once per file: the
/// organization chosen (in the administrator's scope), its settings and
/// the User Permissions chosen (usable there).
#[derive(Debug, Clone)]
pub struct Target {
    pub org: ScopedOrg,
    pub settings: Settings,
    pub profile: Profile,
}

/// Resolves "Choose Organization" and "User Permissions". Needs
/// Accounts: Import.
pub fn target(
    conn: &mut DbConn,
    acting: &Acting,
    org: &str,
    user_permissions_id: Option<i64>,
) -> AppResult<Target> {
    acting.require(Privilege::AccountsImport)?;
    let mut errors = FieldErrors::new();
    let Some(org) = acting.org().find_below(conn, org)? else {
        errors.add("org", msg!("import-choose-org"));
        return Err(AppError::Invalid(errors));
    };
    let profile = match user_permissions_id {
        Some(id) => user_permissions::find_visible(conn, &org, id)?,
        None => user_permissions::default_for(conn, &org)?,
    };
    let Some(profile) = profile else {
        errors.add(
            "user_permissions_id",
            msg!("import-choose-profile", org = &org.name),
        );
        return Err(AppError::Invalid(errors));
    };
    let settings = org_settings::effective(conn, &org)?;
    Ok(Target {
        org,
        settings,
        profile,
    })
}

/// A problem with one column of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The column as the seed names it (`firstname`, `multiline_number`…).
    pub column: String,
    pub message: String,
}

impl Problem {
    /// `message` is worded now, in the reader's language (a row's
    /// problems are shown, or stored in its batch item, as they are found).
    pub fn new(column: impl Into<String>, message: impl std::fmt::Display) -> Self {
        Problem {
            column: column.into(),
            message: message.to_string(),
        }
    }
}

/// Problems as one line for a report: "column: message; column: message".
pub fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.column, p.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One row of a file as the importer hands it over.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based, in file order: the batch item's position.
    pub position: i64,
    /// The line of the file the row starts on (what the preview shows).
    pub line: i64,
    /// The row as given: (column, value) in the seed's column order.
    pub pairs: Vec<(String, String)>,
    /// The row read into an account, or what is wrong with it (its own
    /// values, and duplicates earlier in the file).
    pub input: Result<AccountInput, Vec<Problem>>,
}

impl Row {
    /// Who the row is about, for reports: "first last" or the username.
    pub fn target(&self) -> String {
        let get = |k: &str| {
            self.pairs
                .iter()
                .find(|(c, _)| c == k)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let name = format!("{} {}", get("firstname"), get("lastname"));
        name.trim().to_owned()
    }

    pub fn identifier(&self) -> String {
        match &self.input {
            Ok(input) => input.username.stored().unwrap_or_default().to_owned(),
            Err(_) => self
                .pairs
                .iter()
                .find(|(c, _)| c == USERNAME_COLUMN)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default(),
        }
    }
}

/// What the database says of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// It would be added (dry run).
    Valid,
    /// An account with its email or device is already in the org: reported,
    /// not added again (a file can be uploaded twice).
    Exists(String),
    Invalid(Vec<Problem>),
}
