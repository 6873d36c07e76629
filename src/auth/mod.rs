//! Authentication and authorization: passwords, sessions, CSRF, guards.

pub mod csrf;
pub mod csrf_cookie;
pub mod guards;
pub mod multipart;
pub mod password;
pub mod redact;
pub mod session;
pub mod session_check;
pub mod session_store;

pub use guards::{Authorized, CurrentAdmin, Scope};
pub use session::TypedSession;
