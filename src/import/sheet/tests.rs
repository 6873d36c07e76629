//! Tests of `sheet.rs` (kept apart so the module stays short).

use super::*;

fn limits() -> Limits {
    Limits { max_rows: 1000 }
}

const HEADER: &str = "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms";

#[test]
fn rows_carry_the_line_they_start_on() {
    let text = format!(
        "{HEADER}\n\"Ann,\nMarie\",Lee,ann@example.com,Yes,,auto,on\n,,,,,,\nBob,Ray,bob@example.com,No,,off,off\n"
    );
    let sheet = read(text.as_bytes(), limits(), true).unwrap();
    let rows: Vec<RawRow> = sheet.rows().collect();
    assert_eq!(sheet.row_count(), 2);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].line, 2);
    assert_eq!(rows[0].cells[0], "Ann,\nMarie");
    assert_eq!(rows[1].line, 5);
}

#[test]
fn the_delimiter_is_the_one_that_finds_the_columns() {
    let semicolon = HEADER.replace(',', ";") + "\nAnn, Jr;Lee;ann@example.com;Yes;;auto;on\n";
    let sheet = read(semicolon.as_bytes(), limits(), true).unwrap();
    assert_eq!(sheet.detected().delimiter, Delimiter::Semicolon);
    assert_eq!(sheet.rows().next().unwrap().cells[0], "Ann, Jr");
    // A quoted header with a comma inside does not fool the count.
    let tab = "\"a,b,c,d\"\temail address or device\tsocial_messaging\tmonitor_calls\tmonitor_sms\nx\tann@example.com\tYes\tauto\ton\n";
    let sheet = read(tab.as_bytes(), limits(), true).unwrap();
    assert_eq!(sheet.detected().delimiter, Delimiter::Tab);
}

#[test]
fn unknown_and_repeated_headers_are_ignored_not_fatal() {
    let text = format!(
        "{HEADER},Department,firstname\nAnn,Lee,ann@example.com,Yes,,auto,on,Sales,Other\n"
    );
    let sheet = read(text.as_bytes(), limits(), true).unwrap();
    let ignored: Vec<&str> = sheet.detected().unknown_headers().collect();
    assert_eq!(ignored, ["Department", "firstname"]);
    assert_eq!(sheet.position(Column::FirstName), Some(0));
    assert_eq!(sheet.headers().len(), 9);
}

#[test]
fn files_that_cannot_be_imported_say_why() {
    let err = |text: &str| read(text.as_bytes(), limits(), true).unwrap_err().0;
    assert!(err("").starts_with("This file is empty."));
    assert!(err(" \r\n\r\n").starts_with("This file is empty."));
    assert!(err(&format!("{HEADER}\n")).contains("no accounts"));
    assert!(err(&format!("{HEADER}\n,,,,,,\n\n")).contains("no accounts"));
    assert_eq!(
        err("firstname,email address or device,monitor_calls\nAnn,ann@example.com,auto\n"),
        "The columns \"social_messaging\", \"monitor_sms\" are missing. The first row must name the columns as the template does: firstname, lastname, email address or device, social_messaging, multiline_number, monitor_calls, monitor_sms, forwarding_number, restrict_incoming_social_messaging, Language."
    );
    assert!(err(&format!("{HEADER}\nAnn,Lee,ann@example.com,Yes,,auto,on\n\"Bob,Ray,bob@example.com,No,,off,off\n"))
        .starts_with("Line 3 has a quote (\") that is never closed"));
}

#[test]
fn an_unclosed_quote_names_its_line_with_crlf_too() {
    let text = format!(
        "{HEADER}\r\nAnn,Lee,ann@example.com,Yes,,auto,on\r\n\r\nBob,\"Ray,bob@example.com,No,,off,off\r\nCy,Doe\r\n"
    );
    let err = read(text.as_bytes(), limits(), true).unwrap_err();
    assert!(err.0.starts_with("Line 4 has a quote"), "{err}");
}

#[test]
fn the_row_limit_counts_data_rows_only() {
    let row = "Ann,Lee,ann@example.com,Yes,,auto,on\n";
    let three = format!("{HEADER}\nNote: x\n{}\n,,,\n", row.repeat(3));
    let sheet = read(three.as_bytes(), Limits { max_rows: 3 }, true).unwrap();
    assert_eq!(sheet.row_count(), 3);
    assert!(sheet.detected().note_row_skipped);
    let err = read(three.as_bytes(), Limits { max_rows: 2 }, true).unwrap_err();
    assert_eq!(
        err.0,
        "This file has 3 rows; at most 2 can be imported at once. Split it into smaller files."
    );
}
