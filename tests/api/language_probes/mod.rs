//! Each area's pages and forms for the language test, one file per area so
//! the lists grow without stepping on each other.

pub mod accounts;
pub mod admins;
pub mod me;
pub mod reports;
pub mod setup;
