//! Re-invite: send the invitation again to a selection of administrators
//! (ticked ids, or everyone matching a filter), recorded as a Batch with one
//! result per administrator. Re-inviting an active administrator resets
//! their password and sessions (seed 003), so it happens only when the
//! caller says so, never to the acting administrator, and never to the last
//! active Enterprise Super Administrator.

use std::collections::HashSet;

use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::admin_directory::{self, Filter};
use crate::domain::admin_edits::{Action, privilege_for};
use crate::domain::admins::{Administrator, Status};
use crate::domain::alerts;
use crate::domain::audit::{self, Event};
use crate::domain::batches::{self, NewItem, Operation, Outcome, State};
use crate::domain::invitations::{self, Links};
use crate::domain::orgs;
use crate::domain::privileges::Privilege;
use crate::domain::{admin_edits, roles};
use crate::error::{AppError, AppResult};

/// Re-inviting goes with the Delete privilege of the record's kind (DESIGN.md).
pub const REINVITE: [Privilege; 2] = [Privilege::AdministratorsDelete, Privilege::ApiUsersDelete];

/// More ticked ids than anyone can tick by hand; everyone on a long list is
/// selected by the filter instead.
pub const MAX_TICKED: usize = 1000;

/// Ticked ids: distinct, in the order given, at most `MAX_TICKED`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticked(Vec<i64>);

impl Ticked {
    /// Values that are not ids are ignored, like ids of nobody in scope.
    /// More than `MAX_TICKED` values (duplicates included: no form sends
    /// those) is refused before anything is looked up.
    pub fn parse<'a>(values: impl IntoIterator<Item = &'a str>) -> AppResult<Ticked> {
        let mut seen = HashSet::new();
        let mut ids = Vec::new();
        for (n, value) in values.into_iter().enumerate() {
            if n >= MAX_TICKED {
                return Err(AppError::BadRequest(crate::msg!(
                    "admins-reinvite-too-many",
                    max = MAX_TICKED
                )));
            }
            if let Ok(id) = value.trim().parse::<i64>()
                && seen.insert(id)
            {
                ids.push(id);
            }
        }
        Ok(Ticked(ids))
    }

    pub fn ids(&self) -> &[i64] {
        &self.0
    }
}

/// Whom to re-invite.
#[derive(Debug, Clone)]
pub enum Selection {
    Ticked(Ticked),
    /// Everyone in the acting org's subtree the filter matches, on every page.
    AllMatching(Filter),
}

/// What a re-invite did; the items are in the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchOutcome {
    pub batch_id: i64,
    pub sent: i64,
    pub skipped: i64,
    pub failed: i64,
}

impl BatchOutcome {
    /// Email was queued: the caller wakes the mailer.
    pub fn queued_mail(&self) -> bool {
        self.sent > 0
    }
}

/// The selected administrators in scope, in list order.
pub fn targets(
    conn: &mut DbConn,
    acting: &Acting,
    selection: &Selection,
) -> AppResult<Vec<Administrator>> {
    let mut found = match selection {
        Selection::Ticked(ticked) => admin_directory::in_subtree(conn, acting.org(), ticked.ids())?,
        Selection::AllMatching(filter) => admin_directory::matching(conn, acting.org(), filter)?,
    };
    found.sort_by(|a, b| {
        (&a.last_name, &a.first_name, a.id).cmp(&(&b.last_name, &b.first_name, b.id))
    });
    Ok(found)
}

/// Who among the targets is active and would lose their password; the
/// acting administrator is never re-invited, so never listed.
pub fn active_others(acting: &Acting, targets: &[Administrator]) -> Vec<Administrator> {
    targets
        .iter()
        .filter(|a| a.status() == Status::Active && a.id != acting.id())
        .cloned()
        .collect()
}

/// Re-invites the selection, one transaction per administrator, and records
/// each result in a new batch. `include_active` allows resetting active
/// administrators; without it they are skipped.
pub fn reinvite(
    conn: &mut DbConn,
    acting: &Acting,
    selection: &Selection,
    include_active: bool,
    links: &Links,
) -> AppResult<BatchOutcome> {
    acting.require_any(&REINVITE)?;
    let targets = targets(conn, acting, selection)?;
    if targets.is_empty() {
        return Err(AppError::Conflict(crate::msg!("admins-reinvite-none")));
    }
    let total = i64::try_from(targets.len()).map_err(AppError::internal)?;
    let batch = db::transaction(conn, |conn| {
        batches::create(conn, acting, Operation::ReinviteAdministrators, None, total)
    })?;
    for (position, admin) in (1..).zip(&targets) {
        let step = db::transaction(conn, |conn| {
            let item = reinvite_one(conn, acting, admin, include_active, links)?;
            batches::record_item(conn, batch.id, position, &item)?;
            Ok(())
        });
        match step {
            Ok(()) => {}
            // A rule or an unmailable address: this one fails, the rest go on.
            Err(AppError::Conflict(message) | AppError::BadRequest(message)) => {
                let item = line(admin, Outcome::Failed, "Failed", message.to_string());
                db::transaction(conn, |conn| {
                    batches::record_item(conn, batch.id, position, &item)
                })?;
            }
            Err(e) => {
                alerts::finish_batch(conn, batch.id, State::Failed, acting.org(), &links.base_url)?;
                return Err(e);
            }
        }
    }
    // The mailer is woken anyway: re-invitations are email too.
    let (done, _) =
        alerts::finish_batch(conn, batch.id, State::Done, acting.org(), &links.base_url)?;
    Ok(BatchOutcome {
        batch_id: done.id,
        sent: done.succeeded,
        skipped: done.skipped,
        failed: done.failed,
    })
}

fn line(admin: &Administrator, outcome: Outcome, result: &str, message: String) -> NewItem {
    NewItem {
        target: admin.full_name(),
        identifier: admin.email.clone(),
        input: None,
        outcome,
        result: result.into(),
        message,
    }
}

fn skipped(admin: &Administrator, message: impl Into<String>) -> NewItem {
    line(admin, Outcome::Skipped, "Skipped", message.into())
}

/// Decides and applies one re-invite inside the caller's transaction. The
/// administrator is read again here: the selection was read before, and
/// they may have changed (or left the scope) since.
fn reinvite_one(
    conn: &mut DbConn,
    acting: &Acting,
    selected: &Administrator,
    include_active: bool,
    links: &Links,
) -> AppResult<NewItem> {
    let Some(admin) = admin_directory::find_in_subtree(conn, acting.org(), selected.id)? else {
        return Ok(skipped(selected, "No longer in this organization."));
    };
    if admin.id == acting.id() {
        return Ok(skipped(&admin, "You cannot re-invite yourself."));
    }
    let role = roles::by_id(conn, admin.role_id)?;
    if !acting.has(privilege_for(&admin.kind, Action::Delete))
        || !acting.may_grant(&roles::privileges_of(conn, &role)?)
    {
        return Ok(skipped(
            &admin,
            "Your role does not allow re-inviting this user.",
        ));
    }
    let status = admin.status();
    match status {
        Status::LoginSuspended | Status::AccountSuspended => {
            return Ok(skipped(
                &admin,
                format!("{}: lift the suspension first.", status.label()),
            ));
        }
        Status::Active if !include_active => {
            return Ok(skipped(&admin, "Already active; not re-invited."));
        }
        Status::Active => {
            // Locks, then reads afresh: two re-invites of the last two
            // super administrators cannot both pass (PostgreSQL too).
            match admin_edits::ensure_not_last_super_admin(conn, admin.id) {
                Ok(()) => {}
                Err(AppError::Conflict(message)) => {
                    return Ok(skipped(&admin, message.to_string()));
                }
                Err(e) => return Err(e),
            }
            invitations::reinvite_active(conn, admin.id)?;
        }
        Status::Invited => {}
    }
    let was_active = status == Status::Active;
    let org = orgs::by_id(conn, admin.org_id)?;
    let inviter_name = acting.admin().full_name();
    invitations::send_invitation(conn, &admin, &org.name, &links.inviter(&inviter_name))?;
    let event = Event {
        org_id: Some(admin.org_id),
        action: "administrator_reinvited",
        target: &admin_edits::audit_name(&admin),
        details: if was_active {
            "was active: password and sessions reset".into()
        } else {
            "invitation sent again".into()
        },
    };
    audit::record(conn, &acting.actor(), event)?;
    let message = if was_active {
        "Invitation sent; the password was reset and sessions ended."
    } else {
        "Invitation sent."
    };
    Ok(line(&admin, Outcome::Succeeded, "Sent", message.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticked_ids_are_distinct_and_capped() {
        let t = Ticked::parse(["3", "1", "3", "x", " 2 "]).unwrap();
        assert_eq!(t.ids(), &[3, 1, 2]);
        let many: Vec<String> = (0..=MAX_TICKED).map(|i| i.to_string()).collect();
        assert!(matches!(
            Ticked::parse(many.iter().map(String::as_str)),
            Err(AppError::BadRequest(_))
        ));
        let enough: Vec<String> = (0..MAX_TICKED).map(|i| i.to_string()).collect();
        assert_eq!(
            Ticked::parse(enough.iter().map(String::as_str))
                .unwrap()
                .ids()
                .len(),
            MAX_TICKED
        );
    }
}
