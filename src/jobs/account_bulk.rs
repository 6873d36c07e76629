//! `account_bulk`: a bulk operation on accounts too long for a request. The
//! payload is the batch, who started it, where, what to do and the ids
//! selected then (nothing secret); the worker (`worker::account_bulk`)
//! reloads the administrator so their privileges are checked when it runs,
//! and resumes from the results already recorded.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccountBulkJob {
    pub batch_id: i64,
    pub admin_id: i64,
    /// Display id of the org the administrator acted in.
    pub org: String,
    /// `domain::account_bulk::Action` as JSON (this module imports nothing
    /// from `domain`).
    pub action: serde_json::Value,
    pub ids: Vec<i64>,
    /// For invitation links.
    pub base_url: String,
    pub invite_ttl_secs: u64,
}

impl AccountBulkJob {
    pub const KIND: &'static str = "account_bulk";
}
