//! Every file of `tests/fixtures/csv/` read as the importer reads uploads,
//! with the outcome its README line promises.

use super::*;

const LIMITS: Limits = Limits { max_rows: 1000 };

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn sheet(name: &str) -> Sheet {
    read(&fixture(name), LIMITS, true).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refusal(name: &str) -> String {
    read(&fixture(name), LIMITS, true).unwrap_err().0
}

/// Each row's line and the columns its problems concern (empty: valid).
fn outcomes(sheet: &Sheet) -> Vec<(usize, Vec<Column>)> {
    sheet
        .rows()
        .map(|raw| {
            let problems = match sheet.parse_row(&raw) {
                Ok(_) => vec![],
                Err(problems) => problems.into_iter().map(|p| p.column).collect(),
            };
            (raw.line, problems)
        })
        .collect()
}

fn first_names(sheet: &Sheet) -> Vec<String> {
    sheet
        .rows()
        .map(|raw| raw.cell(sheet, Column::FirstName).to_owned())
        .collect()
}

/// Encoding, delimiter, line ends and row count; every row valid.
fn assert_clean(
    name: &str,
    encoding: Encoding,
    delimiter: Delimiter,
    eol: LineEnding,
    rows: usize,
) -> Sheet {
    let sheet = sheet(name);
    let d = sheet.detected();
    assert_eq!(
        (
            d.encoding,
            d.delimiter,
            d.line_ending,
            d.rows,
            d.note_row_skipped
        ),
        (encoding, delimiter, eol, rows, false),
        "{name}"
    );
    assert_eq!(d.unknown_headers().count(), 0, "{name}");
    assert_eq!(sheet.rows().count(), rows, "{name}");
    for (line, problems) in outcomes(&sheet) {
        assert!(problems.is_empty(), "{name} line {line}: {problems:?}");
    }
    sheet
}

#[test]
fn utf8_files_with_and_without_bom() {
    for (name, encoding) in [
        ("utf8.csv", Encoding::Utf8),
        ("utf8_bom.csv", Encoding::Utf8Bom),
    ] {
        let sheet = assert_clean(name, encoding, Delimiter::Comma, LineEnding::Lf, 2);
        assert_eq!(first_names(&sheet), ["Zoë", "Bob"]);
        assert_eq!(
            sheet.headers()[0],
            "firstname",
            "{name}: the BOM is not part of the header"
        );
    }
}

#[test]
fn utf16_files_with_bom() {
    let le = assert_clean(
        "utf16le_bom.csv",
        Encoding::Utf16Le,
        Delimiter::Tab,
        LineEnding::Crlf,
        2,
    );
    assert_eq!(first_names(&le), ["Zoë", "Bob"]);
    let be = assert_clean(
        "utf16be_bom.csv",
        Encoding::Utf16Be,
        Delimiter::Comma,
        LineEnding::Lf,
        2,
    );
    assert_eq!(first_names(&be), ["Zoë", "Bob"]);
    assert_eq!(be.detected().encoding.label(), "UTF-16 BE");
}

#[test]
fn windows_1252_file() {
    let sheet = assert_clean(
        "windows1252.csv",
        Encoding::Windows1252,
        Delimiter::Comma,
        LineEnding::Crlf,
        1,
    );
    let raw = sheet.rows().next().unwrap();
    let row = sheet.parse_row(&raw).unwrap();
    assert_eq!(row.first_name.unwrap().as_str(), "René");
    assert_eq!(row.last_name.unwrap().as_str(), "Müller");
    assert_eq!(row.language, "German");
}

#[test]
fn crlf_and_quoted_newline_files() {
    let crlf = assert_clean(
        "crlf.csv",
        Encoding::Utf8,
        Delimiter::Comma,
        LineEnding::Crlf,
        3,
    );
    assert_eq!(first_names(&crlf), ["Zoë", "Bob", "Cy"]);
    // The csv crate's own line numbers are one short after each CRLF.
    let lines: Vec<usize> = crlf.rows().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4]);

    let quoted = sheet("quoted_newline.csv");
    assert_eq!(quoted.row_count(), 2);
    assert_eq!(first_names(&quoted), ["Lee, Ann\nMarie", "Bob"]);
    // The cell is read whole; a line break is then not allowed in a name
    // (`PersonName`), so that row fails on its firstname only.
    assert_eq!(
        outcomes(&quoted),
        [(2, vec![Column::FirstName]), (4, vec![])]
    );
}

#[test]
fn semicolon_and_tab_files() {
    let semi = assert_clean(
        "semicolon.csv",
        Encoding::Utf8,
        Delimiter::Semicolon,
        LineEnding::Lf,
        2,
    );
    let raw = semi.rows().next().unwrap();
    assert_eq!(raw.cell(&semi, Column::LastName), "Smith, Jr");
    assert_eq!(semi.detected().delimiter.label(), "semicolon");
    assert_clean("tab.tsv", Encoding::Utf8, Delimiter::Tab, LineEnding::Lf, 2);
}

#[test]
fn refused_files_say_what_to_do() {
    assert_eq!(refusal("binary.png"), NOT_TEXT);
    assert_eq!(
        refusal("empty.csv"),
        "This file is empty. Download the template, add one row per account under its column names, and upload it again."
    );
    assert_eq!(
        refusal("header_only.csv"),
        "This file has column names but no accounts. Add one row per account under the column names and upload it again."
    );
    assert_eq!(
        refusal("over_limit.csv"),
        "This file has 1,001 rows; at most 1,000 can be imported at once. Split it into smaller files."
    );
    // One more allowed, and the same file reads.
    let sheet = read(&fixture("over_limit.csv"), Limits { max_rows: 1001 }, true).unwrap();
    assert_eq!(sheet.row_count(), 1001);
    assert_eq!(sheet.rows().last().unwrap().line, 1002);
}

#[test]
fn duplicates_differing_in_case_share_a_key() {
    let sheet = assert_clean(
        "duplicate_case.csv",
        Encoding::Utf8,
        Delimiter::Comma,
        LineEnding::Lf,
        2,
    );
    let keys: Vec<String> = sheet
        .rows()
        .map(|raw| sheet.parse_row(&raw).unwrap().username_key())
        .collect();
    assert_eq!(keys, ["ann.lee@example.com", "ann.lee@example.com"]);
}

#[test]
fn formula_looking_names_are_kept_as_typed() {
    let sheet = assert_clean(
        "formula_names.csv",
        Encoding::Utf8,
        Delimiter::Comma,
        LineEnding::Lf,
        3,
    );
    assert_eq!(first_names(&sheet), ["=1+2", "@SUM(A1)", "-3"]);
    let last = sheet.rows().last().unwrap();
    let row = sheet.parse_row(&last).unwrap();
    assert_eq!(row.number.unwrap().as_str(), "+15550100000");
    // Written out again, each is neutralised.
    let out = invalid_rows_csv(
        sheet.headers(),
        sheet.rows().map(|r| (r.cells, String::new())),
    );
    let text = String::from_utf8(out).unwrap();
    for cell in ["'=1+2", "'@SUM(A1)", "'-3", "'+15550100000"] {
        assert!(
            text.contains(&format!("\r\n{cell},")) || text.contains(&format!(",{cell},")),
            "{cell}"
        );
    }
}

#[test]
fn the_template_with_its_note_row_left_in() {
    let bytes = fixture("template_with_note.csv");
    assert!(
        bytes.starts_with(&template(true)),
        "the fixture starts with the template as we write it"
    );
    let sheet = sheet("template_with_note.csv");
    let d = sheet.detected();
    assert!(d.note_row_skipped);
    assert_eq!(
        (d.encoding, d.line_ending, d.rows),
        (Encoding::Utf8Bom, LineEnding::Crlf, 2)
    );
    let lines: Vec<(usize, Vec<Column>)> = outcomes(&sheet);
    assert_eq!(lines, [(3, vec![]), (4, vec![])]);
    // For an org without Social Messaging, Ann's `true` is an error.
    let without = read(&bytes, LIMITS, false).unwrap();
    assert_eq!(
        outcomes(&without),
        [(3, vec![Column::RestrictIncomingSocial]), (4, vec![])]
    );
}

#[test]
fn messy_headers_are_mapped_and_unknown_ones_reported() {
    let sheet = sheet("headers_messy.csv");
    let mapping: Vec<(&str, &str)> = sheet
        .detected()
        .headers
        .iter()
        .map(|h| (h.given.as_str(), h.taken_as()))
        .collect();
    assert_eq!(
        mapping,
        [
            ("EMAIL   Address or Device", "email address or device"),
            ("Monitor_SMS", "monitor_sms"),
            ("social_MESSAGING", "social_messaging"),
            ("monitor_calls", "monitor_calls"),
            ("FirstName", "firstname"),
            ("Department", "ignored"),
            ("LANGUAGE", "Language"),
        ]
    );
    assert_eq!(outcomes(&sheet), [(2, vec![]), (3, vec![])]);
    let raw = sheet.rows().next().unwrap();
    let row = sheet.parse_row(&raw).unwrap();
    assert_eq!(row.language, "Spanish");
    assert_eq!(row.first_name.unwrap().as_str(), "Ann");
    let pairs = raw.pairs(&sheet);
    assert_eq!(
        pairs[2],
        ("email address or device".into(), "ann@example.com".into())
    );
    assert!(!pairs.iter().any(|(h, _)| h == "Department"));
}

#[test]
fn invalid_rows_fail_on_the_documented_columns() {
    use Column::*;
    let sheet = sheet("invalid_rows.csv");
    assert_eq!(sheet.row_count(), 15, "the blank last row is not counted");
    assert_eq!(
        outcomes(&sheet),
        [
            (2, vec![]),
            (3, vec![]),
            (4, vec![Username]),
            (5, vec![Username]),
            (6, vec![SocialMessaging]),
            (7, vec![MultilineNumber]),
            (8, vec![MonitorCalls]),
            (9, vec![MonitorSms]),
            (10, vec![ForwardingNumber]),
            (11, vec![RestrictIncomingSocial]),
            (12, vec![Language]),
            (13, vec![FirstName]),
            (14, vec![LastName]),
            (16, vec![SocialMessaging, MonitorCalls, MonitorSms]),
            (17, vec![]),
        ]
    );
    // For an org without Social Messaging, line 17's `TRUE` fails too.
    let without = read(&fixture("invalid_rows.csv"), LIMITS, false).unwrap();
    let line_17 = outcomes(&without)
        .into_iter()
        .find(|(l, _)| *l == 17)
        .unwrap();
    assert_eq!(line_17.1, [RestrictIncomingSocial]);
}
