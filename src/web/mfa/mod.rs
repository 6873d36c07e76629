//! Two-factor authentication pages: the code step of sign-in, setting up
//! the authenticator app (from My Profile, or at sign-in when the org
//! requires it), and resetting another administrator's MFA. The rules are
//! in `domain::mfa`; the org policy page is in `web::setup`.

mod code;
mod enrol;
pub mod pending;
mod reset;

pub use code::{code_form, submit_code};
pub use enrol::{
    confirm_login_email, confirm_login_enrol, confirm_my_email, confirm_my_enrol, login_enrol,
    my_enrol,
};
pub use reset::{confirm_reset, reset};

/// Where the code is asked for after the password.
pub const LOGIN_CODE: &str = "/login/code";
/// Where an administrator whose org requires MFA sets it up at sign-in.
pub const LOGIN_ENROL: &str = "/login/enrol";
/// Setting up the app from My Profile.
pub const MY_ENROL: &str = "/me/two-factor";
/// Choosing codes by email instead of an app, at sign-in and from My Profile.
pub const LOGIN_ENROL_EMAIL: &str = "/login/enrol/email";
pub const MY_ENROL_EMAIL: &str = "/me/two-factor/email";

use crate::domain::mfa::Sealer;
use crate::web::State;

pub(crate) fn sealer(state: &State) -> Sealer {
    Sealer::from_config(state.config.session_secret.as_deref())
}
