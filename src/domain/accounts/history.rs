//! An account's invitations, newest first, for its page. Read-only here:
//! `account_invites` writes them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::account_invitations;
use crate::error::AppResult;

/// One invitation sent to an account.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = account_invitations)]
pub struct SentInvitation {
    pub id: i64,
    pub channel: String,
    pub sent_to: String,
    pub state: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub ended_at: Option<NaiveDateTime>,
}

impl SentInvitation {
    /// "Email" or "SMS".
    pub fn channel_label(&self) -> &'static str {
        if self.channel == "sms" {
            "SMS"
        } else {
            "Email"
        }
    }

    /// Its state as of `now`: a sent link past its expiry is "Expired".
    pub fn state_label(&self, now: NaiveDateTime) -> &'static str {
        match self.state.as_str() {
            "accepted" => "Accepted",
            "revoked" => "Revoked",
            _ if self.expires_at <= now => "Expired",
            _ => "Sent",
        }
    }

    /// `channel_label` in the reader's language.
    pub fn channel_shown(&self) -> String {
        if self.channel == "sms" {
            "SMS".to_owned()
        } else {
            crate::i18n::t("email")
        }
    }

    /// `state_label` in the reader's language.
    pub fn state_shown(&self, now: NaiveDateTime) -> String {
        crate::i18n::t(match self.state.as_str() {
            "accepted" => "accounts-history-accepted",
            "revoked" => "accounts-history-revoked",
            _ if self.expires_at <= now => "accounts-history-expired",
            _ => "accounts-history-sent",
        })
    }
}

/// How many invitations of an account its page lists.
pub const HISTORY_LIMIT: i64 = 50;

/// The account's latest invitations, newest first.
pub fn invitations_of(conn: &mut DbConn, account_id: i64) -> AppResult<Vec<SentInvitation>> {
    Ok(account_invitations::table
        .filter(account_invitations::account_id.eq(account_id))
        .order(account_invitations::id.desc())
        .limit(HISTORY_LIMIT)
        .select(SentInvitation::as_select())
        .load(conn)?)
}
