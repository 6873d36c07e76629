//! Accounts: the end users of the phone service (seed 001). An account
//! lives in one org, has an Account ID unique in that org, a username (an
//! email or a device number, none for No Portal Access accounts), a User
//! Permissions profile, feature toggles and at most one Number.
//!
//! Status: `saved` (added, not invited) → `invited` (pending) → `active`
//! (activated); `suspended`. The list's "Invitation" column reads the
//! status together with `invitation_expires_at` ([`InvitationState`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use std::borrow::Cow;

use crate::db::DbConn;
use crate::db::schema::accounts;
use crate::domain::acting::ScopedOrg;
use crate::domain::features::FeatureSet;
use crate::error::AppResult;

pub mod choices;
mod counts;
mod filter;
mod history;
mod listing;
mod sort;

pub use counts::{COUNT_CAP, Count, count, count_exact};
pub use filter::Filter;
pub use history::{HISTORY_LIMIT, SentInvitation, invitations_of};
pub use listing::{Listing, Row, in_subtree, list, matching_ids};
pub use sort::Sort;

/// The languages an account (end user) can have: seed 001's CSV "Language"
/// column. Invitation Templates exist per language.
pub const LANGUAGES: &[&str] = &["English", "Spanish", "Italian", "German", "French"];

/// "spanish" → "Spanish"; None when it is not one of [`LANGUAGES`].
pub fn parse_language(input: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .copied()
        .find(|l| l.eq_ignore_ascii_case(input.trim()))
}

/// The application(s) an account is for (seed 001 "Application(s)").
/// A stored account language (one of `LANGUAGES`) in the reader's language;
/// anything else as it is stored.
pub fn language_shown(stored: &str) -> String {
    let id = match stored {
        "English" => "language-english",
        "Spanish" => "language-spanish",
        "Italian" => "language-italian",
        "German" => "language-german",
        "French" => "language-french",
        "Portuguese" => "language-portuguese",
        other => return other.to_owned(),
    };
    crate::i18n::t(id)
}

pub const DEFAULT_APPLICATION: &str = "MultiLine";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Saved,
    Invited,
    Active,
    Suspended,
}

impl Status {
    pub const ALL: &'static [Status] = &[
        Status::Saved,
        Status::Invited,
        Status::Active,
        Status::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Saved => "saved",
            Status::Invited => "invited",
            Status::Active => "active",
            Status::Suspended => "suspended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|st| st.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Saved => "Saved",
            Status::Invited => "Invited",
            Status::Active => "Active",
            Status::Suspended => "Suspended",
        }
    }

    /// The label in the reader's language (`label` stays English for audit).
    pub fn shown(self) -> Cow<'static, str> {
        crate::i18n::text(match self {
            Status::Saved => "accounts-status-saved",
            Status::Invited => "accounts-status-invited",
            Status::Active => "accounts-status-active",
            Status::Suspended => "accounts-status-suspended",
        })
    }
}

/// The "Invitation" column and filter of the accounts list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationState {
    /// Saved — not invited
    NotInvited,
    Pending,
    Expired,
    Activated,
    /// No Portal Access accounts are never invited.
    NoPortalAccess,
}

impl InvitationState {
    pub fn label(self) -> &'static str {
        match self {
            InvitationState::NotInvited => "Saved — not invited",
            InvitationState::Pending => "Pending",
            InvitationState::Expired => "Expired",
            InvitationState::Activated => "Activated",
            InvitationState::NoPortalAccess => "No Portal Access",
        }
    }

    /// The label in the reader's language.
    pub fn shown(self) -> Cow<'static, str> {
        crate::i18n::text(match self {
            InvitationState::NotInvited => "accounts-invitation-not-invited",
            InvitationState::Pending => "accounts-invitation-pending",
            InvitationState::Expired => "accounts-invitation-expired",
            InvitationState::Activated => "accounts-invitation-activated",
            InvitationState::NoPortalAccess => "accounts-no-portal-access",
        })
    }
}

/// What the username is: where the invitation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameKind {
    Email,
    Device,
    /// No Portal Access (seed 004): no email, no invitation, a PIN.
    None,
}

impl UsernameKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UsernameKind::Email => "email",
            UsernameKind::Device => "device",
            UsernameKind::None => "none",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub org_id: i64,
    pub account_ref: String,
    pub first_name: String,
    pub last_name: String,
    pub username: Option<String>,
    pub username_kind: String,
    pub pin_hash: Option<String>,
    pub application: String,
    pub user_permissions_id: i64,
    pub forwarding_number: Option<String>,
    pub features: String,
    pub monitor_calls: String,
    pub monitor_sms: String,
    pub restrict_incoming_social: bool,
    pub language: String,
    pub status: String,
    pub invited_at: Option<NaiveDateTime>,
    pub invitation_expires_at: Option<NaiveDateTime>,
    pub activated_at: Option<NaiveDateTime>,
    pub batch_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// "First Last", or whichever of the two there is.
fn full_name(first_name: &str, last_name: &str) -> String {
    let name = crate::domain::values::spaced(first_name, last_name);
    match name.trim() {
        trimmed if trimmed.len() == name.len() => name,
        trimmed => trimmed.to_owned(),
    }
}

fn kind_of(username_kind: &str) -> UsernameKind {
    match username_kind {
        "email" => UsernameKind::Email,
        "device" => UsernameKind::Device,
        _ => UsernameKind::None,
    }
}

/// The "Username" column in the reader's language.
fn username_shown(username: Option<&str>) -> String {
    match username {
        Some(u) => u.to_owned(),
        None => crate::i18n::t("accounts-no-portal-access"),
    }
}

impl InvitationState {
    fn of(
        kind: UsernameKind,
        status: Status,
        expires_at: Option<NaiveDateTime>,
        activated: bool,
        now: NaiveDateTime,
    ) -> Self {
        match (kind, status) {
            (UsernameKind::None, _) => InvitationState::NoPortalAccess,
            (_, Status::Active) => InvitationState::Activated,
            (_, Status::Invited) if expires_at.is_some_and(|e| e <= now) => {
                InvitationState::Expired
            }
            (_, Status::Invited) => InvitationState::Pending,
            (_, Status::Saved) => InvitationState::NotInvited,
            // A suspended account keeps whatever it had reached.
            (_, Status::Suspended) if activated => InvitationState::Activated,
            (_, Status::Suspended) => InvitationState::NotInvited,
        }
    }
}

/// What a row of the accounts list shows of an account: a third of
/// `Account`'s columns, read 25 rows at a time on every view of the list.
#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = accounts)]
pub struct Listed {
    pub id: i64,
    pub account_ref: String,
    pub first_name: String,
    pub last_name: String,
    pub username: Option<String>,
    pub username_kind: String,
    pub status: String,
    #[diesel(deserialize_as = crate::db::MaybeStamp)]
    pub invitation_expires_at: Option<NaiveDateTime>,
    #[diesel(deserialize_as = crate::db::MaybeStamp)]
    pub activated_at: Option<NaiveDateTime>,
}

impl Listed {
    pub fn name(&self) -> String {
        full_name(&self.first_name, &self.last_name)
    }

    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Saved)
    }

    pub fn username_shown(&self) -> String {
        username_shown(self.username.as_deref())
    }

    pub fn invitation_state(&self, now: NaiveDateTime) -> InvitationState {
        InvitationState::of(
            kind_of(&self.username_kind),
            self.status(),
            self.invitation_expires_at,
            self.activated_at.is_some(),
            now,
        )
    }
}

impl Account {
    pub fn name(&self) -> String {
        full_name(&self.first_name, &self.last_name)
    }

    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Saved)
    }

    pub fn kind(&self) -> UsernameKind {
        kind_of(&self.username_kind)
    }

    pub fn feature_set(&self) -> FeatureSet {
        FeatureSet::parse(&self.features)
    }

    /// What the list shows in its "Username" column.
    pub fn username_label(&self) -> &str {
        self.username.as_deref().unwrap_or("No Portal Access")
    }

    /// `username_label` in the reader's language.
    pub fn username_shown(&self) -> String {
        username_shown(self.username.as_deref())
    }

    pub fn invitation_state(&self, now: NaiveDateTime) -> InvitationState {
        InvitationState::of(
            self.kind(),
            self.status(),
            self.invitation_expires_at,
            self.activated_at.is_some(),
            now,
        )
    }

    /// Resend Invite works on saved and invited accounts with a username.
    pub fn may_be_invited(&self) -> bool {
        self.kind() != UsernameKind::None
            && matches!(self.status(), Status::Saved | Status::Invited)
    }
}

/// An account of exactly this org (never of another org, even one the
/// administrator may also see: `/orgs/A/accounts/<id of B>` is 404).
pub fn find_in_org(conn: &mut DbConn, org: &ScopedOrg, id: i64) -> AppResult<Option<Account>> {
    Ok(accounts::table
        .find(id)
        .filter(accounts::org_id.eq(org.id))
        .select(Account::as_select())
        .first(conn)
        .optional()?)
}
