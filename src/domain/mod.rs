//! Rules and queries, free of HTTP. Tenant queries take the org they act in.

pub mod admins;
pub mod audit;
pub mod orgs;
pub mod privileges;
pub mod roles;
pub mod tokens;
pub mod values;
