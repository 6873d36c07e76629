//! Accounts: the list (search, filters, pagination), Add Account → Single
//! Account (Save, Save & Invite, No Portal Access with a PIN shown once),
//! the account page, Edit, Delete and Reset PIN. The changes are operations
//! in `domain::account_edits`; these handlers parse, call, and render.

mod bulk;
mod bulk_kind;
mod delete;
mod form;
mod import;
mod import_preview;
mod list;
mod pin;
mod show;
mod validate;

pub use bulk::{bulk, bulk_run, move_form, move_run};
pub use delete::{confirm_delete, delete};
pub use form::{create, edit_form, new_form, update};
pub use import::{import_form, template_csv as import_template, upload as import_upload};
pub use import_preview::{
    invalid_csv as import_invalid_csv, preview as import_preview, start as import_start,
};
pub use list::list;
pub use pin::{confirm_reset_pin, reset_pin};
pub use show::show;

use crate::auth::Scope;
use crate::domain::accounts::{self, Account};
use crate::error::{AppError, AppResult};
use crate::web::State;

/// The account behind `{id}`, of exactly the org in the URL: an account of
/// any other org (even one the administrator may also see) is 404.
async fn find(state: &State, scope: &Scope, id: &str) -> AppResult<Account> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = scope.org().clone();
    state
        .db
        .run(move |conn| accounts::find_in_org(conn, &org, id))
        .await?
        .ok_or(AppError::NotFound)
}

/// A value and its label in a select, and whether it is chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    fn new(value: impl Into<String>, label: impl Into<String>, chosen: &str) -> Self {
        let value = value.into();
        Choice {
            selected: value == chosen,
            label: label.into(),
            value,
        }
    }
}

/// "Account ID 123", what names an account that has no name.
pub(crate) fn account_id_label(account_ref: &str) -> String {
    crate::msg!("accounts-account-id-value", id = account_ref).to_string()
}

/// `/orgs/{display_id}` of the org in the URL.
fn base(scope: &Scope) -> String {
    format!("/orgs/{}", scope.org().display_id)
}
