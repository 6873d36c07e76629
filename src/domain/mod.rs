//! Rules and queries, free of HTTP. Tenant queries take the org they act in.

pub mod acting;
pub mod admin_directory;
pub mod admin_edits;
pub mod admins;
pub mod audit;
pub mod invitations;
pub mod job_admin;
pub mod orgs;
pub mod password_resets;
pub mod privileges;
pub mod roles;
pub mod sessions;
pub mod tokens;
pub mod values;
