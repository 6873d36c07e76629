//! Operations on administrators and API users: invite (add), update (edit,
//! suspend), delete. Each is one function that takes the connection, the
//! `Acting` administrator and validated input, owns its transaction, checks
//! every rule, writes the audit event and the outbox rows, and returns what
//! happened. The HTML pages are adapters over them; so will the CSV importer
//! and the JSON API be.

mod delete;
mod invite;
pub mod rules;
mod store;
mod unlock;
mod update;

pub use delete::{Deleted, delete, integration_warning, is_last_of_application, refusal};
pub use invite::{Invited, invite};
pub use rules::{Action, audit_name, ensure_not_last_super_admin, find_manageable, privilege_for};
pub use store::{STANDARD_APPLICATIONS, applications, other_api_users_of_application};
pub use unlock::unlock;
pub use update::{Changes, Updated, update};

use crate::domain::values::{Email, PersonName};

/// What the Add / Edit Administrator form says, parsed but not yet checked
/// against the database (the operation does that).
#[derive(Debug, Clone)]
pub struct AdminInput {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: Email,
    pub backup_email: Option<Email>,
    pub language: String,
    /// Display id of the organization the administrator belongs to.
    pub org: String,
    /// The chosen role (ignored for API users, who have none).
    pub role_id: Option<i64>,
    /// `Some` for API users: the External Application.
    pub external_application: Option<String>,
}

impl AdminInput {
    pub fn is_api(&self) -> bool {
        self.external_application.is_some()
    }
}

/// An `AdminInput` resolved against the database: the org is in scope and
/// the role visible there and within the assigner's privileges.
#[derive(Debug, Clone)]
pub(crate) struct Profile {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: Email,
    pub backup_email: Option<Email>,
    pub language: String,
    pub org_id: i64,
    pub role_id: i64,
    pub external_application: Option<String>,
}
