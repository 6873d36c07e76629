//! Authentication and authorization: passwords, sessions, CSRF, guards.

pub mod csrf;
pub mod guards;
pub mod password;
pub mod session_store;

pub use guards::{AdminContext, Authorized, CurrentAdmin, Scope};
