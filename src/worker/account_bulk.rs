//! Runs a queued bulk operation on accounts (`jobs::account_bulk`).

use std::time::Duration;

use crate::domain::account_bulk::{self, Action};
use crate::domain::acting::Acting;
use crate::domain::batches::{self, State};
use crate::domain::invitations::Links;
use crate::jobs::account_bulk::AccountBulkJob;
use crate::jobs::{Context, Job, JobError};

impl Job for AccountBulkJob {
    const KIND: &'static str = AccountBulkJob::KIND;

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let mut conn = ctx.db.get()?;
        let conn = &mut conn;
        let Some(batch) = batches::by_id(conn, self.batch_id)? else {
            return Err(JobError::Permanent(anyhow::anyhow!(
                "batch {} is gone",
                self.batch_id
            )));
        };
        if batch.state != State::Running.as_str() {
            return Ok(());
        }
        let action: Action = serde_json::from_value(self.action.clone())
            .map_err(|e| JobError::Permanent(anyhow::anyhow!("account_bulk action: {e}")))?;
        // As the administrator is now: suspended or moved out of scope, the
        // batch stops; a role without the privilege any more stops it too.
        let acting = match Acting::load(conn, self.admin_id, None)? {
            Some(home) => home.within(conn, &self.org)?,
            None => None,
        };
        let Some(acting) = acting else {
            batches::finish(conn, self.batch_id, State::Failed)?;
            return Err(JobError::Permanent(anyhow::anyhow!(
                "administrator {} may no longer act in {}",
                self.admin_id,
                self.org
            )));
        };
        let links = Links {
            base_url: self.base_url.clone(),
            invite_ttl: Duration::from_secs(self.invite_ttl_secs),
        };
        match account_bulk::run(conn, &acting, self.batch_id, &action, &self.ids, &links) {
            // The runner goes on to the due jobs, the alert emails among them.
            Ok(_) => Ok(()),
            Err(crate::error::AppError::Forbidden) => Err(JobError::Permanent(anyhow::anyhow!(
                "the administrator's role no longer allows this"
            ))),
            Err(e) => Err(e.into()),
        }
    }

    fn summary(&self) -> String {
        format!("batch {} ({} accounts)", self.batch_id, self.ids.len())
    }
}
