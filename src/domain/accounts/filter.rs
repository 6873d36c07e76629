//! What the accounts list shows and how it is narrowed: one typed `Filter`,
//! shared by the list, its counts and (later) the bulk operations that act
//! on "everyone matching the filter".

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{InvitationState, Status};
use crate::db::DbConn;
use crate::db::schema::organizations;
use crate::domain::acting::ScopedOrg;
use crate::error::AppResult;

/// How the accounts list of an org's subtree is narrowed. Every field left
/// empty means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Name, username (email or device number) or Account ID contains this
    /// (case-insensitive).
    pub q: String,
    pub status: Option<Status>,
    /// The list's "Invitation" column: Saved — not invited, Pending,
    /// Expired, Activated, No Portal Access.
    pub invitation: Option<InvitationState>,
    /// Accounts of exactly this org. Only orgs of the listed subtree match
    /// anything: an id from elsewhere gives an empty list, never its rows.
    pub org_id: Option<i64>,
    pub user_permissions_id: Option<i64>,
    /// Some(true): accounts holding a number; Some(false): those without.
    pub has_number: Option<bool>,
}

impl Filter {
    /// Does the filter leave out any account of the subtree? (`false`: the
    /// list is everyone, and "all matching" means the whole subtree.)
    pub fn narrows(&self) -> bool {
        !self.q.trim().is_empty()
            || self.status.is_some()
            || self.invitation.is_some()
            || self.org_id.is_some()
            || self.user_permissions_id.is_some()
            || self.has_number.is_some()
    }

    /// Whether the per-org, per-status counts the database keeps
    /// (`account_counts`) say how many accounts match: only a status or an
    /// organization narrows it.
    pub(super) fn kept_counts_answer(&self) -> bool {
        self.q.trim().is_empty()
            && self.invitation.is_none()
            && self.user_permissions_id.is_none()
            && self.has_number.is_none()
    }
}

impl InvitationState {
    /// The choices of the list's Invitation filter, in order.
    pub const FILTERS: &'static [InvitationState] = &[
        InvitationState::NotInvited,
        InvitationState::Pending,
        InvitationState::Expired,
        InvitationState::Activated,
        InvitationState::NoPortalAccess,
    ];

    /// Its value in a URL (`?invitation=pending`).
    pub fn key(self) -> &'static str {
        match self {
            InvitationState::NotInvited => "not_invited",
            InvitationState::Pending => "pending",
            InvitationState::Expired => "expired",
            InvitationState::Activated => "activated",
            InvitationState::NoPortalAccess => "no_portal_access",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::FILTERS.iter().copied().find(|s| s.key() == key)
    }
}

/// The filtered accounts, as a query on their own table (or `$from`, a join
/// that starts with it): the subtree is a list of org ids, so neither a count
/// nor a page joins 100,000 rows to their orgs. The Invitation filter reads
/// the same columns as `Account::invitation_state`, at `$now`.
///
/// A count (the first form) reads the expiry from the `accounts_invitation`
/// index; a page (`$from`) hides the expiry from the planner, so it walks
/// the index of its order and stops after the page instead of sorting
/// every invited account.
macro_rules! filtered {
    ($org_ids:expr, $filter:expr, $fts:expr, $now:expr) => {
        filtered!(@ accounts::table, $org_ids, $filter, $fts, $now, "accounts.invitation_expires_at")
    };
    ($from:expr, $org_ids:expr, $filter:expr, $fts:expr, $now:expr) => {
        filtered!(@ $from, $org_ids, $filter, $fts, $now,
            "COALESCE(accounts.invitation_expires_at, NULL)")
    };
    (@ $from:expr, $org_ids:expr, $filter:expr, $fts:expr, $now:expr, $expiry:expr) => {{
        use crate::domain::accounts::InvitationState as Inv;
        let expiry = diesel::dsl::sql::<
            diesel::sql_types::Nullable<diesel::sql_types::Timestamp>,
        >($expiry);
        let mut query = $from.into_boxed();
        if let Some(ids) = $org_ids {
            query = query.filter(accounts::org_id.eq_any(ids));
        }
        if let Some(org_id) = $filter.org_id {
            query = query.filter(accounts::org_id.eq(org_id));
        }
        if let Some(phrase) = $fts {
            query = query.filter(
                diesel::dsl::sql::<diesel::sql_types::Bool>(
                    "accounts.id IN (SELECT rowid FROM accounts_search \
                     WHERE accounts_search MATCH ",
                )
                .bind::<diesel::sql_types::Text, _>(phrase)
                .sql(")"),
            );
        } else if !$filter.q.trim().is_empty() {
            let pattern = crate::domain::values::contains_pattern(&$filter.q);
            // Exactly the expressions PostgreSQL's trigram indexes are on.
            let full_name = diesel::dsl::sql::<diesel::sql_types::Text>(
                "LOWER(accounts.first_name || ' ' || accounts.last_name)",
            );
            let account_ref =
                diesel::dsl::sql::<diesel::sql_types::Text>("LOWER(accounts.account_ref)");
            query = query.filter(
                full_name
                    .like(pattern.clone())
                    .escape('\\')
                    .or(accounts::username
                        .assume_not_null()
                        .like(pattern.clone())
                        .escape('\\'))
                    .or(account_ref.like(pattern).escape('\\')),
            );
        }
        if let Some(status) = $filter.status {
            query = query.filter(accounts::status.eq(status.as_str()));
        }
        if let Some(state) = $filter.invitation {
            let portal = accounts::username_kind.ne("none");
            query = match state {
                Inv::NoPortalAccess => query.filter(accounts::username_kind.eq("none")),
                Inv::NotInvited => query.filter(portal).filter(
                    accounts::status.eq("saved").or(accounts::status
                        .eq("suspended")
                        .and(accounts::activated_at.is_null())),
                ),
                Inv::Pending => query
                    .filter(portal)
                    .filter(accounts::status.eq("invited"))
                    .filter(
                        expiry
                            .clone()
                            .is_null()
                            .or(expiry.assume_not_null().gt($now)),
                    ),
                Inv::Expired => query
                    .filter(portal)
                    .filter(accounts::status.eq("invited"))
                    .filter(expiry.assume_not_null().le($now)),
                Inv::Activated => query.filter(portal).filter(
                    accounts::status.eq("active").or(accounts::status
                        .eq("suspended")
                        .and(accounts::activated_at.is_not_null())),
                ),
            };
        }
        if let Some(id) = $filter.user_permissions_id {
            query = query.filter(accounts::user_permissions_id.eq(id));
        }
        if let Some(has) = $filter.has_number {
            // numbers.account_id is UNIQUE, so this is an index probe per row.
            query = query.filter(diesel::dsl::sql::<diesel::sql_types::Bool>(if has {
                "EXISTS (SELECT 1 FROM numbers WHERE numbers.account_id = accounts.id)"
            } else {
                "NOT EXISTS (SELECT 1 FROM numbers WHERE numbers.account_id = accounts.id)"
            }));
        }
        query
    }};
}

pub(super) use filtered;

/// On SQLite, a search of three characters or more goes through the
/// trigram table (`accounts_search`): the phrase to match, as FTS5 wants it.
/// PostgreSQL's trigram indexes serve the plain `LIKE` instead, and shorter
/// searches (which trigrams cannot index) read the rows.
pub(super) fn fts_phrase(conn: &DbConn, q: &str) -> Option<String> {
    let q = q.trim();
    if !matches!(conn, DbConn::Sqlite(_)) || q.chars().count() < 3 {
        return None;
    }
    Some(format!(
        "{{name username account_ref}} : \"{}\"",
        q.replace('"', "\"\"")
    ))
}

/// The ids of the orgs of `org`'s subtree, or `None` for the top org (whose
/// subtree is everything).
pub(super) fn subtree_ids(conn: &mut DbConn, org: &ScopedOrg) -> AppResult<Option<Vec<i64>>> {
    if org.parent_id.is_none() {
        return Ok(None);
    }
    Ok(Some(
        organizations::table
            .filter(organizations::path.like(format!("{}%", org.path)))
            .select(organizations::id)
            .load(conn)?,
    ))
}

pub(super) fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_empty_filter_leaves_everyone_in() {
        assert!(!Filter::default().narrows());
        assert!(
            !Filter {
                q: "  ".into(),
                ..Filter::default()
            }
            .narrows()
        );
        for f in [
            Filter {
                q: "ann".into(),
                ..Filter::default()
            },
            Filter {
                status: Some(Status::Active),
                ..Filter::default()
            },
            Filter {
                invitation: Some(InvitationState::Expired),
                ..Filter::default()
            },
            Filter {
                org_id: Some(3),
                ..Filter::default()
            },
            Filter {
                user_permissions_id: Some(1),
                ..Filter::default()
            },
            Filter {
                has_number: Some(false),
                ..Filter::default()
            },
        ] {
            assert!(f.narrows(), "{f:?}");
        }
    }

    #[test]
    fn invitation_keys_round_trip() {
        for s in InvitationState::FILTERS {
            assert_eq!(InvitationState::from_key(s.key()), Some(*s));
        }
        assert_eq!(InvitationState::from_key("bogus"), None);
    }
}
