//! Administrators → Roles and Privileges: list the roles visible in an org,
//! create, edit and delete the org's own roles. No escalation: an
//! administrator can only grant privileges their own role holds.

mod delete;
mod form;
mod list;
mod sections;

pub use delete::{confirm_delete, delete};
pub use form::{create, new_form, show, update};
pub use list::list;
