//! `purge_sessions`: deletes expired sessions, spent tokens and old finished
//! jobs, and CSV uploads never imported within a day. The runner queues one
//! periodically (when none is pending).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain::{sessions, throttle, tokens};
use crate::jobs::{Context, Job, JobError, queue};

/// How long a finished job is kept (for support) before it is deleted.
const KEEP_FINISHED: Duration = Duration::from_secs(7 * 86_400);

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct PurgeSessions {}

impl Job for PurgeSessions {
    const KIND: &'static str = "purge_sessions";

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let mut conn = ctx.db.get()?;
        let sessions = sessions::purge_expired(&mut conn)?;
        let tokens = tokens::purge_stale(&mut conn)?;
        let jobs = queue::purge_finished(&mut conn, KEEP_FINISHED)?;
        let throttles = throttle::purge(&mut conn, chrono::Utc::now().naive_utc())?;
        let uploads = crate::domain::account_import::uploads::purge(
            &mut conn,
            chrono::Utc::now().naive_utc(),
        )?;
        tracing::info!(
            sessions,
            tokens,
            jobs,
            throttles,
            uploads,
            "purged expired rows"
        );
        Ok(())
    }

    fn summary(&self) -> String {
        "expired sessions, tokens and throttles".into()
    }
}
