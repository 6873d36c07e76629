//! `account_import`: a CSV import (issue 9). The payload names the batch,
//! the uploaded file (kept in `import_uploads` until the import finishes),
//! who started it, where and how (nothing secret); the worker
//! (`worker::account_import`) reloads the administrator, reads the file
//! again and resumes from the results already recorded.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccountImportJob {
    pub batch_id: i64,
    pub upload_id: i64,
    pub admin_id: i64,
    /// Display id of the org the administrator acted in.
    pub org: String,
    /// `domain::account_import::Then` as JSON (this module imports nothing
    /// from `domain`).
    pub then: serde_json::Value,
    /// For invitation links.
    pub base_url: String,
    pub invite_ttl_secs: u64,
}

impl AccountImportJob {
    pub const KIND: &'static str = "account_import";
}
