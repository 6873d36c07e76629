//! Runs a CSV import (`jobs::account_import`) through `crate::import`.

use std::time::Duration;

use crate::domain::account_import::Then;
use crate::domain::acting::Acting;
use crate::domain::batches::{self, State};
use crate::domain::invitations::Links;
use crate::error::AppError;
use crate::import::{self, Limits};
use crate::jobs::account_import::AccountImportJob;
use crate::jobs::{Context, Job, JobError};

impl Job for AccountImportJob {
    const KIND: &'static str = AccountImportJob::KIND;

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let mut conn = ctx.db.get()?;
        let conn = &mut conn;
        let then: Then = serde_json::from_value(self.then.clone())
            .map_err(|e| JobError::Permanent(anyhow::anyhow!("account_import then: {e}")))?;
        // As the administrator is now: suspended, moved out of scope or
        // without the privilege any more, the import stops and says so.
        let acting = match Acting::load(conn, self.admin_id, None)? {
            Some(home) => home.within(conn, &self.org)?,
            None => None,
        };
        let Some(acting) = acting.filter(|a| then.require(a).is_ok()) else {
            batches::finish(conn, self.batch_id, State::Failed)?;
            return Err(JobError::Permanent(anyhow::anyhow!(
                "administrator {} may no longer import in {}",
                self.admin_id,
                self.org
            )));
        };
        let links = Links {
            base_url: self.base_url.clone(),
            invite_ttl: Duration::from_secs(self.invite_ttl_secs),
        };
        let limits = Limits {
            max_rows: ctx.import.max_rows,
        };
        match import::run(
            conn,
            &acting,
            self.batch_id,
            self.upload_id,
            then,
            &links,
            limits,
        ) {
            Ok(()) => Ok(()),
            Err(AppError::Forbidden) => {
                batches::finish(conn, self.batch_id, State::Failed)?;
                Err(JobError::Permanent(anyhow::anyhow!(
                    "the administrator's role no longer allows this"
                )))
            }
            Err(e) => Err(e.into()),
        }
    }

    fn summary(&self) -> String {
        format!("batch {} (CSV import)", self.batch_id)
    }
}
