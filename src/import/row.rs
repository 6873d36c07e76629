//! One data row → the values an account operation takes, with every problem
//! of the row reported next to its column (an administrator fixes a row
//! once, not once per problem). Checks against the database (the number
//! Available in this org, the username not taken, Domain Restriction) and
//! duplicates across rows are the caller's.

use crate::domain::account_edits::{ForwardingNumber, MonitorCalls, MonitorSms, Username};
use crate::domain::accounts::parse_language;
use crate::domain::values::{PersonName, PhoneNumber};
use crate::i18n::Msg;
use crate::msg;

use super::columns::Column;
use super::sheet::{RawRow, Sheet};

/// A row's values, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowInput {
    pub first_name: Option<PersonName>,
    pub last_name: Option<PersonName>,
    /// An email or a device number; never `NoPortalAccess`.
    pub username: Username,
    pub social_messaging: bool,
    /// `multiline_number`, in E.164.
    pub number: Option<PhoneNumber>,
    pub monitor_calls: MonitorCalls,
    pub monitor_sms: MonitorSms,
    pub forwarding_number: Option<ForwardingNumber>,
    pub restrict_incoming_social: bool,
    /// One of `accounts::LANGUAGES`; "English" when the cell is empty.
    pub language: &'static str,
}

impl RowInput {
    /// What two rows for the same user share: the lower-case email or the
    /// E.164 device number.
    pub fn username_key(&self) -> String {
        self.username.stored().unwrap_or_default().to_owned()
    }
}

/// One problem of a row, in the column it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub column: Column,
    pub message: String,
}

impl RawRow {
    /// (seed header, value) for every column the sheet expects, in seed
    /// order: what the batch report repeats next to each result. A column
    /// the file lacks has an empty value.
    pub fn pairs(&self, sheet: &Sheet) -> Vec<(String, String)> {
        Column::ALL
            .into_iter()
            .filter(|c| expected(sheet, *c))
            .map(|c| (c.header().to_owned(), self.cell(sheet, c).to_owned()))
            .collect()
    }

    /// The cell of `column` ("" when the file lacks the column or the row is
    /// short).
    pub fn cell(&self, sheet: &Sheet, column: Column) -> &str {
        sheet
            .position(column)
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }
}

/// The restrict column belongs to orgs with Social Messaging; elsewhere it
/// is repeated only when the file has it anyway.
fn expected(sheet: &Sheet, column: Column) -> bool {
    column != Column::RestrictIncomingSocial
        || sheet.social_messaging()
        || sheet.position(column).is_some()
}

impl Sheet {
    /// `raw` parsed, or every problem it has.
    pub fn parse_row(&self, raw: &RawRow) -> Result<RowInput, Vec<RowProblem>> {
        let mut problems = Vec::new();
        let cell = |column| raw.cell(self, column).trim();

        let first_name = check(
            &mut problems,
            Column::FirstName,
            optional(cell(Column::FirstName), PersonName::parse_first),
        );
        let last_name = check(
            &mut problems,
            Column::LastName,
            optional(cell(Column::LastName), PersonName::parse_last),
        );
        let username = check(
            &mut problems,
            Column::Username,
            Username::parse(cell(Column::Username)),
        );
        let social_messaging = check(
            &mut problems,
            Column::SocialMessaging,
            choice(cell(Column::SocialMessaging), "Yes", "No"),
        );
        let number = check(
            &mut problems,
            Column::MultilineNumber,
            optional(cell(Column::MultilineNumber), PhoneNumber::parse),
        );
        let monitor_calls = check(
            &mut problems,
            Column::MonitorCalls,
            choice(cell(Column::MonitorCalls), "auto", "off").map(|auto| {
                if auto {
                    MonitorCalls::Auto
                } else {
                    MonitorCalls::Off
                }
            }),
        );
        let monitor_sms = check(
            &mut problems,
            Column::MonitorSms,
            choice(cell(Column::MonitorSms), "on", "off")
                .map(|on| if on { MonitorSms::On } else { MonitorSms::Off }),
        );
        let forwarding_number = check(
            &mut problems,
            Column::ForwardingNumber,
            optional(cell(Column::ForwardingNumber), ForwardingNumber::parse),
        );
        let restrict = check(
            &mut problems,
            Column::RestrictIncomingSocial,
            restrict(
                cell(Column::RestrictIncomingSocial),
                self.social_messaging(),
                social_messaging,
            ),
        );
        let language = check(
            &mut problems,
            Column::Language,
            language(cell(Column::Language)),
        );

        match (
            first_name,
            last_name,
            username,
            social_messaging,
            number,
            monitor_calls,
            monitor_sms,
            forwarding_number,
            restrict,
            language,
        ) {
            (
                Some(first_name),
                Some(last_name),
                Some(username),
                Some(social_messaging),
                Some(number),
                Some(monitor_calls),
                Some(monitor_sms),
                Some(forwarding_number),
                Some(restrict_incoming_social),
                Some(language),
            ) if problems.is_empty() => Ok(RowInput {
                first_name,
                last_name,
                username,
                social_messaging,
                number,
                monitor_calls,
                monitor_sms,
                forwarding_number,
                restrict_incoming_social,
                language,
            }),
            _ => Err(problems),
        }
    }
}

/// The value, or `None` with its problem noted against `column`.
/// (A message is worded in the reader's language as it is noted.)
fn check<T, E: std::fmt::Display>(
    problems: &mut Vec<RowProblem>,
    column: Column,
    result: Result<T, E>,
) -> Option<T> {
    result
        .map_err(|message| {
            problems.push(RowProblem {
                column,
                message: message.to_string(),
            })
        })
        .ok()
}

/// An optional cell: empty is `None`.
fn optional<T, E>(value: &str, parse: fn(&str) -> Result<T, E>) -> Result<Option<T>, E> {
    if value.is_empty() {
        Ok(None)
    } else {
        parse(value).map(Some)
    }
}

/// A mandatory two-way choice, case-insensitive: `Ok(true)` for `yes`.
fn choice(value: &str, yes: &str, no: &str) -> Result<bool, Msg> {
    if value.eq_ignore_ascii_case(yes) {
        Ok(true)
    } else if value.eq_ignore_ascii_case(no) {
        Ok(false)
    } else if value.is_empty() {
        Err(msg!("import-enter-choice", yes = yes, no = no))
    } else {
        Err(msg!("import-not-choice", value = value, yes = yes, no = no))
    }
}

/// `restrict_incoming_social_messaging`: true only where it can apply.
/// `social_messaging` is `None` when that cell is itself wrong; its own
/// problem is reported and this one is not guessed at.
fn restrict(
    value: &str,
    org_has_social: bool,
    social_messaging: Option<bool>,
) -> Result<bool, Msg> {
    let on = if value.is_empty() {
        false
    } else {
        choice(value, "true", "false")?
    };
    if on && !org_has_social {
        return Err(msg!("import-restrict-no-social"));
    }
    if on && social_messaging == Some(false) {
        return Err(msg!("import-restrict-needs-social"));
    }
    Ok(on)
}

fn language(value: &str) -> Result<&'static str, Msg> {
    if value.is_empty() {
        return Ok("English");
    }
    parse_language(value).ok_or_else(|| msg!("import-not-a-language", value = value))
}

#[cfg(test)]
mod tests;
