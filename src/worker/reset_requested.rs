//! `password_reset_request`: what "Forgot your password?" queued. Looks the
//! address up and sends a reset link when it belongs to an administrator
//! who may reset a password; otherwise does nothing. Doing this here, not
//! in the request, is what makes the request's work the same for every
//! address.

use crate::domain::password_resets::{self, ResetRequested};
use crate::jobs::{Context, Job, JobError};

impl Job for ResetRequested {
    const KIND: &'static str = "password_reset_request";

    fn run(&self, ctx: &Context) -> Result<(), JobError> {
        let mut conn = ctx.db.get()?;
        let Some(admin) = password_resets::find_resettable(&mut conn, &self.email)? else {
            return Ok(());
        };
        // Run twice (a worker died before recording the run), it sends a
        // second link and the first stops working: harmless.
        password_resets::send_reset_link(
            &mut conn,
            &admin,
            &ctx.base_url,
            ctx.reset_ttl,
            self.client_addr.clone(),
        )?;
        Ok(())
    }

    fn summary(&self) -> String {
        format!("reset link for {}", self.email)
    }
}
