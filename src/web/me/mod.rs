//! My Profile (`/me`, linked from the administrator's name in the header):
//! name, language and time zone; the sign-in email, backup email and
//! password, each behind the current password; and the sessions signed in
//! as them. The changes are operations in `domain::my_profile` and
//! `domain::my_sessions`; these handlers parse, call and render.

mod browser;
pub(crate) mod page;
mod profile;
pub(crate) mod reauth;
mod security;
mod sessions;

pub use page::show;
pub use profile::save_profile;
pub use security::{change_backup_email, change_email, change_password};
pub use sessions::{sign_out_others, sign_out_session};

/// Where My Profile is.
pub const PATH: &str = crate::web::layout::MY_PROFILE;
