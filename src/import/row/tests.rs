//! Tests of `row.rs` (kept apart so the module stays short).

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
