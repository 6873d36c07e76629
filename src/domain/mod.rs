//! Rules and queries, free of HTTP. Tenant queries take the org they act in.

pub mod acting;
pub mod admin_directory;
pub mod admin_edits;
pub mod admin_reinvite;
pub mod admins;
pub mod audit;
pub mod batch_report;
pub mod batches;
pub mod first_admin;
pub mod invitations;
pub mod job_admin;
pub mod org_edits;
pub mod orgs;
pub mod password_resets;
pub mod privileges;
pub mod role_edits;
pub mod roles;
pub mod sessions;
pub mod sign_in;
pub mod tokens;
pub mod values;
