//! The list's bulk buttons: which actions there are, their words and the
//! privilege each needs. The list shows them; the bulk pages run them.

use crate::domain::acting::Acting;
use crate::domain::privileges::Privilege;

/// The actions of the list's bulk buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Invite,
    Edit,
    Delete,
    Move,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "invite" => Some(Kind::Invite),
            "edit" => Some(Kind::Edit),
            "delete" => Some(Kind::Delete),
            "move" => Some(Kind::Move),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Kind::Invite => "invite",
            Kind::Edit => "edit",
            Kind::Delete => "delete",
            Kind::Move => "move",
        }
    }

    /// The button's words, in the reader's language.
    pub fn label(self) -> String {
        crate::i18n::t(match self {
            Kind::Invite => "resend-invite",
            Kind::Edit => "accounts-bulk-edit",
            Kind::Delete => "delete",
            Kind::Move => "move",
        })
    }

    pub fn privilege(self) -> Privilege {
        match self {
            Kind::Invite => Privilege::AccountsBulkInvite,
            Kind::Edit => Privilege::AccountsBulkEdit,
            Kind::Delete => Privilege::AccountsBulkDelete,
            Kind::Move => Privilege::AccountsMove,
        }
    }
}

/// Whether the list shows any bulk button, and which.
pub fn allowed(scope: &Acting) -> Vec<(&'static str, String)> {
    [Kind::Invite, Kind::Edit, Kind::Delete, Kind::Move]
        .into_iter()
        .filter(|k| scope.has(k.privilege()))
        .map(|k| (k.key(), k.label()))
        .collect()
}
