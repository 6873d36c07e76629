//! Operations on accounts (seed 001, 003, 004): add (Save, Save & Invite),
//! update, delete, reset_pin. Each takes the connection, the `Acting`
//! administrator and input parsed into domain values, checks the privilege
//! itself (the CSV importer and the API call these without the pages'
//! guards), owns its transaction, assigns or releases numbers in it,
//! writes the audit event and returns what happened.
//!
//! Feature toggles: only the features the account's org offers are taken
//! from the input (others keep their value), and International Dialing and
//! E911 change only for administrators holding their privilege (seed 003).

mod add;
mod delete;
mod input;
mod pin;
mod reset_pin;
pub mod rules;
mod store;
mod update;

pub use add::{Added, Then, add};
pub use delete::{Deleted, delete};
pub use input::{
    AccountInput, AccountRef, Application, ForwardingNumber, MonitorCalls, MonitorSms,
    NumberChoice, Username,
};
pub use pin::{Pin, PinHash};
pub use reset_pin::{PinReset, reset_pin};
pub use rules::{NUMBER_GONE, audit_name, privilege_label};
pub use update::{Updated, update};
