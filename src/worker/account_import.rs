//! Runs a CSV import (`jobs::account_import`) through `crate::import`.

use crate::jobs::account_import::AccountImportJob;
use crate::jobs::{Context, Job, JobError};

impl Job for AccountImportJob {
    const KIND: &'static str = AccountImportJob::KIND;

    fn run(&self, _ctx: &Context) -> Result<(), JobError> {
        Err(JobError::Retry(anyhow::anyhow!("not yet")))
    }

    fn summary(&self) -> String {
        format!("batch {} (CSV import)", self.batch_id)
    }
}
