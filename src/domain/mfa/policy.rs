//! Setup > Two Factor Authentication: whether the administrators of an org
//! must use two-factor authentication. A sub-org has its parent's policy
//! unless it sets its own (`org_settings.mfa_required`, NULL = as the
//! parent); the top org's default is off.

use diesel::prelude::*;

use crate::db::schema::org_settings;
use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::org_settings::DefinedIn;
use crate::domain::orgs::Organization;
use crate::domain::privileges::Privilege;
use crate::domain::setup_edits::Choice;
use crate::each_backend;
use crate::error::AppResult;

/// The policy an org works with, and where it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub required: bool,
    pub from: DefinedIn,
    /// The org's own setting (`None`: as the parent).
    pub own: Option<bool>,
}

/// "Required for administrators" / "Off".
pub fn describe(required: bool) -> &'static str {
    if required {
        "Required for administrators"
    } else {
        "Off"
    }
}

/// `describe` in the current language, for pages ("Required for
/// administrators" / "Off"); `describe` stays English for audit details.
pub fn shown(required: bool) -> String {
    crate::i18n::t(if required {
        "setup-mfa-required"
    } else {
        "setup-mfa-off"
    })
}

/// The effective policy of `org`: one query over its lineage.
pub fn effective(conn: &mut DbConn, org: &Organization) -> AppResult<Policy> {
    let lineage = org.lineage_ids();
    let rows: Vec<(i64, Option<bool>)> = org_settings::table
        .filter(org_settings::org_id.eq_any(&lineage))
        .select((org_settings::org_id, org_settings::mfa_required))
        .load(conn)?;
    let own = rows
        .iter()
        .find(|(id, _)| *id == org.id)
        .and_then(|(_, v)| *v);
    let nearest = lineage
        .iter()
        .rev()
        .find_map(|id| rows.iter().find(|(r, v)| r == id && v.is_some()));
    Ok(match nearest {
        Some((id, Some(required))) => Policy {
            required: *required,
            from: if *id == org.id {
                DefinedIn::Here
            } else {
                DefinedIn::Ancestor(*id)
            },
            own,
        },
        _ => Policy {
            required: false,
            from: DefinedIn::Default,
            own,
        },
    })
}

/// Sets (or, with `Inherit`, clears) the acting org's own policy. Needs
/// Setup Edit Two Factor Authentication; audited.
pub fn set(conn: &mut DbConn, acting: &Acting, choice: Choice<bool>) -> AppResult<Policy> {
    acting.require(Privilege::SetupEditTwoFactorAuthentication)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let before = effective(conn, org)?;
        let value = match choice {
            Choice::Inherit => None,
            Choice::Set(required) => Some(required),
        };
        each_backend!(conn, c => diesel::insert_into(org_settings::table)
            .values((org_settings::org_id.eq(org.id), org_settings::mfa_required.eq(value)))
            .on_conflict(org_settings::org_id)
            .do_update()
            .set(org_settings::mfa_required.eq(value))
            .execute(c))?;
        let after = effective(conn, org)?;
        let word = |p: &Policy| match p.own {
            Some(r) => describe(r).to_owned(),
            None => format!("as the parent ({})", describe(p.required)),
        };
        let event = Event {
            org_id: Some(org.id),
            action: "mfa_policy_changed",
            target: &org.label(),
            details: format!(
                "two-factor authentication: {} → {}",
                word(&before),
                word(&after)
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(after)
    })
}
