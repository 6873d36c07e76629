//! Setup > Invitation Templates: the email (subject and body) and SMS (body)
//! an account receives with its activation link, per org, channel and
//! language. An org without its own text uses its nearest ancestor's, then
//! the built-in one.
//!
//! Templates are plain text with four placeholders (`{first_name}`,
//! `{number}`, `{link}`, `{org_name}`), filled in by substitution
//! (`render`): nothing an administrator writes is ever run as template
//! code, and the HTML email escapes every character of it.

mod builtin;
mod deliver;
pub mod edits;
pub use deliver::{Outgoing, language_code, queue};
pub mod render;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{invitation_templates, organizations};
use crate::domain::accounts::LANGUAGES;
use crate::domain::orgs::Organization;
use crate::error::AppResult;

pub use builtin::{builtin, has_own_builtin, number_to_choose};

/// How an invitation travels: by email to an email username, by SMS to a
/// device number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub const ALL: [Channel; 2] = [Channel::Email, Channel::Sms];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email",
            Channel::Sms => "SMS",
        }
    }

    /// `label` in the reader's language.
    pub fn shown(self) -> String {
        crate::i18n::t(match self {
            Channel::Email => "setup-inv-channel-email",
            Channel::Sms => "setup-inv-channel-sms",
        })
    }
}

/// The placeholders a template may use, with the message id of what they
/// stand for (the page lists them).
pub const VARIABLES: &[(&str, &str)] = &[
    ("first_name", "setup-inv-var-first-name"),
    ("number", "setup-inv-var-number"),
    ("link", "setup-inv-var-link"),
    ("org_name", "setup-inv-var-org-name"),
];

/// The text of a template: a subject (email only; empty for SMS) and a body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub subject: String,
    pub body: String,
}

/// Where an org's template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Defined in this org.
    Here,
    /// Inherited from this ancestor.
    Ancestor { org_id: i64, name: String },
    /// No org above defines one: the text built into Switchboard.
    BuiltIn,
}

/// The text an org uses for one channel and language, and where it is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub text: Text,
    pub source: Source,
    pub updated_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitation_templates)]
struct Stored {
    org_id: i64,
    channel: String,
    language: String,
    subject: String,
    body: String,
    updated_at: NaiveDateTime,
}

/// `"spanish"` → `"Spanish"`; `None` when it is not an account language.
pub fn language(input: &str) -> Option<&'static str> {
    crate::domain::accounts::parse_language(input)
}

/// The templates defined in `org` and its ancestors, with the name of the
/// org that defines each: one query.
fn lineage_rows(
    conn: &mut DbConn,
    org: &Organization,
    only: Option<(Channel, &str)>,
) -> AppResult<Vec<(Stored, String)>> {
    let mut query = invitation_templates::table
        .inner_join(organizations::table)
        .filter(invitation_templates::org_id.eq_any(org.lineage_ids()))
        .select((Stored::as_select(), organizations::name))
        .into_boxed();
    if let Some((channel, language)) = only {
        query = query
            .filter(invitation_templates::channel.eq(channel.as_str()))
            .filter(invitation_templates::language.eq(language.to_owned()));
    }
    Ok(query.load(conn)?)
}

/// The nearest definition among `rows` (this org, then up the lineage),
/// else the built-in text.
fn pick(
    org: &Organization,
    rows: &[(Stored, String)],
    channel: Channel,
    language: &str,
    skip_own: bool,
) -> Effective {
    let lineage = org.lineage_ids();
    let found = lineage
        .iter()
        .rev()
        .filter(|id| !(skip_own && **id == org.id))
        .find_map(|id| {
            rows.iter().find(|(r, _)| {
                r.org_id == *id && r.channel == channel.as_str() && r.language == language
            })
        });
    match found {
        Some((row, name)) => Effective {
            text: Text {
                subject: row.subject.clone(),
                body: row.body.clone(),
            },
            source: if row.org_id == org.id {
                Source::Here
            } else {
                Source::Ancestor {
                    org_id: row.org_id,
                    name: name.clone(),
                }
            },
            updated_at: Some(row.updated_at),
        },
        None => Effective {
            text: builtin(channel, language),
            source: Source::BuiltIn,
            updated_at: None,
        },
    }
}

/// The template `org` uses for `channel` in `language`.
pub fn effective(
    conn: &mut DbConn,
    org: &Organization,
    channel: Channel,
    language: &str,
) -> AppResult<Effective> {
    let rows = lineage_rows(conn, org, Some((channel, language)))?;
    Ok(pick(org, &rows, channel, language, false))
}

/// One language of the Invitation Templates page: for each channel, what
/// the org uses and what it would use without its own text.
#[derive(Debug, Clone)]
pub struct Overview {
    pub channel: Channel,
    pub effective: Effective,
    /// The text of the parent (or built-in): what "reset" goes back to.
    pub inherited: Effective,
}

pub fn overview(conn: &mut DbConn, org: &Organization, language: &str) -> AppResult<Vec<Overview>> {
    let rows = lineage_rows(conn, org, None)?;
    Ok(Channel::ALL
        .into_iter()
        .map(|channel| Overview {
            channel,
            effective: pick(org, &rows, channel, language, false),
            inherited: pick(org, &rows, channel, language, true),
        })
        .collect())
}

/// The languages this org has defined at least one template for (the
/// language tabs mark them).
pub fn languages_defined_here(conn: &mut DbConn, org: &Organization) -> AppResult<Vec<String>> {
    Ok(invitation_templates::table
        .filter(invitation_templates::org_id.eq(org.id))
        .select(invitation_templates::language)
        .distinct()
        .load(conn)?)
}

/// Every account language, for the page's tabs.
pub fn languages() -> &'static [&'static str] {
    LANGUAGES
}
