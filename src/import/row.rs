//! One data row → the values an account operation takes, with every problem
//! of the row reported next to its column (an administrator fixes a row
//! once, not once per problem). Checks against the database (the number
//! Available in this org, the username not taken, Domain Restriction) and
//! duplicates across rows are the caller's.

use crate::domain::account_edits::{ForwardingNumber, MonitorCalls, MonitorSms, Username};
use crate::domain::accounts::parse_language;
use crate::domain::values::{PersonName, PhoneNumber};

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
fn check<T>(
    problems: &mut Vec<RowProblem>,
    column: Column,
    result: Result<T, String>,
) -> Option<T> {
    result
        .map_err(|message| problems.push(RowProblem { column, message }))
        .ok()
}

/// An optional cell: empty is `None`.
fn optional<T>(value: &str, parse: fn(&str) -> Result<T, String>) -> Result<Option<T>, String> {
    if value.is_empty() {
        Ok(None)
    } else {
        parse(value).map(Some)
    }
}

/// A mandatory two-way choice, case-insensitive: `Ok(true)` for `yes`.
fn choice(value: &str, yes: &str, no: &str) -> Result<bool, String> {
    if value.eq_ignore_ascii_case(yes) {
        Ok(true)
    } else if value.eq_ignore_ascii_case(no) {
        Ok(false)
    } else if value.is_empty() {
        Err(format!("Enter {yes} or {no}."))
    } else {
        Err(format!(
            "'{value}' is not {yes} or {no}: enter {yes} or {no}."
        ))
    }
}

/// `restrict_incoming_social_messaging`: true only where it can apply.
/// `social_messaging` is `None` when that cell is itself wrong; its own
/// problem is reported and this one is not guessed at.
fn restrict(
    value: &str,
    org_has_social: bool,
    social_messaging: Option<bool>,
) -> Result<bool, String> {
    let on = if value.is_empty() {
        false
    } else {
        choice(value, "true", "false")?
    };
    if on && !org_has_social {
        return Err(
            "This organization does not have Social Messaging: leave restrict_incoming_social_messaging empty or enter false."
                .into(),
        );
    }
    if on && social_messaging == Some(false) {
        return Err(
            "Only applies when social_messaging is Yes: enter false, or set social_messaging to Yes."
                .into(),
        );
    }
    Ok(on)
}

fn language(value: &str) -> Result<&'static str, String> {
    if value.is_empty() {
        return Ok("English");
    }
    parse_language(value).ok_or_else(|| {
        format!("'{value}' is not a language we offer: enter English, Italian, German, French or Spanish.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Limits, read};

    const HEADER: &str = "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language";

    fn sheet(social: bool) -> Sheet {
        let text = format!("{HEADER}\nAnn,Lee,ann@example.com,Yes,,auto,on,,,\n");
        read(text.as_bytes(), Limits { max_rows: 10 }, social).unwrap()
    }

    fn raw(cells: &str) -> RawRow {
        RawRow {
            line: 2,
            cells: cells.split(',').map(str::to_owned).collect(),
        }
    }

    fn problems(sheet: &Sheet, cells: &str) -> Vec<(Column, String)> {
        sheet
            .parse_row(&raw(cells))
            .unwrap_err()
            .into_iter()
            .map(|p| (p.column, p.message))
            .collect()
    }

    #[test]
    fn a_full_row_becomes_domain_values() {
        let s = sheet(true);
        let row = s
            .parse_row(&raw(" Ann , Lee ,Ann@Example.COM, yes ,+1 555 010 0000,AUTO,Off,+44 20 7946 0000,TRUE,italian"))
            .unwrap();
        assert_eq!(row.first_name.as_ref().unwrap().as_str(), "Ann");
        assert_eq!(row.last_name.as_ref().unwrap().as_str(), "Lee");
        assert_eq!(row.username_key(), "ann@example.com");
        assert!(row.social_messaging);
        assert_eq!(row.number.as_ref().unwrap().as_str(), "+15550100000");
        assert_eq!(row.monitor_calls, MonitorCalls::Auto);
        assert_eq!(row.monitor_sms, MonitorSms::Off);
        assert_eq!(
            row.forwarding_number.as_ref().unwrap().as_str(),
            "+442079460000"
        );
        assert!(row.restrict_incoming_social);
        assert_eq!(row.language, "Italian");
    }

    #[test]
    fn optional_cells_may_be_empty_or_missing() {
        let s = sheet(false);
        let row = s.parse_row(&raw(",,+1 (555) 010-0001,No,,off,on")).unwrap();
        assert_eq!(row.first_name, None);
        assert_eq!(row.username_key(), "+15550100001");
        assert!(matches!(row.username, Username::Device(_)));
        assert_eq!(row.number, None);
        assert_eq!(row.forwarding_number, None);
        assert!(!row.restrict_incoming_social);
        assert_eq!(row.language, "English");
    }

    #[test]
    fn every_problem_of_a_row_is_reported_by_column() {
        let s = sheet(true);
        let got = problems(&s, ",,not-an-email,maybe,12,sometimes,,1,yes,Klingon");
        let columns: Vec<Column> = got.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            columns,
            [
                Column::Username,
                Column::SocialMessaging,
                Column::MultilineNumber,
                Column::MonitorCalls,
                Column::MonitorSms,
                Column::ForwardingNumber,
                Column::RestrictIncomingSocial,
                Column::Language,
            ]
        );
        assert_eq!(got[1].1, "'maybe' is not Yes or No: enter Yes or No.");
        assert_eq!(
            got[3].1,
            "'sometimes' is not auto or off: enter auto or off."
        );
        assert_eq!(got[4].1, "Enter on or off.");
        assert_eq!(got[6].1, "'yes' is not true or false: enter true or false.");
        assert!(
            got[7]
                .1
                .contains("English, Italian, German, French or Spanish")
        );
    }

    #[test]
    fn a_missing_username_and_bad_names_are_problems() {
        let s = sheet(true);
        let long = "x".repeat(101);
        let got = problems(&s, &format!("{long},,,Yes,,auto,on"));
        assert_eq!(got[0].0, Column::FirstName);
        assert_eq!(
            got[1],
            (
                Column::Username,
                "Enter an email address or a device number.".into()
            )
        );
    }

    #[test]
    fn restrict_needs_social_messaging_yes_and_an_org_that_has_it() {
        let with = sheet(true);
        let got = problems(&with, ",,ann@example.com,No,,auto,on,,true,");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Column::RestrictIncomingSocial);
        assert!(
            got[0]
                .1
                .starts_with("Only applies when social_messaging is Yes")
        );
        assert!(
            with.parse_row(&raw(",,ann@example.com,No,,auto,on,,false,"))
                .is_ok()
        );

        let without = sheet(false);
        let got = problems(&without, ",,ann@example.com,Yes,,auto,on,,true,");
        assert_eq!(got.len(), 1);
        assert!(
            got[0]
                .1
                .starts_with("This organization does not have Social Messaging")
        );
        assert!(
            without
                .parse_row(&raw(",,ann@example.com,Yes,,auto,on,,,"))
                .is_ok()
        );
        assert!(
            without
                .parse_row(&raw(",,ann@example.com,Yes,,auto,on,,FALSE,"))
                .is_ok()
        );
    }

    #[test]
    fn pairs_repeat_the_expected_columns_in_seed_order() {
        let text = "monitor_sms,Email Address or Device,Social_Messaging,monitor_calls,Dept\non,ann@example.com,Yes,auto,Sales\n";
        let without = read(text.as_bytes(), Limits { max_rows: 10 }, false).unwrap();
        let row = without.rows().next().unwrap();
        let pairs = row.pairs(&without);
        let headers: Vec<&str> = pairs.iter().map(|(h, _)| h.as_str()).collect();
        assert_eq!(
            headers,
            [
                "firstname",
                "lastname",
                "email address or device",
                "social_messaging",
                "multiline_number",
                "monitor_calls",
                "monitor_sms",
                "forwarding_number",
                "Language"
            ]
        );
        assert_eq!(pairs[2].1, "ann@example.com");
        assert_eq!(pairs[6].1, "on");
        assert_eq!(pairs[0].1, "");
        let with = read(text.as_bytes(), Limits { max_rows: 10 }, true).unwrap();
        assert_eq!(row.pairs(&with).len(), 10);
    }
}
