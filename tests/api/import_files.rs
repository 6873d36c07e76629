//! The CSV fixture corpus (`tests/fixtures/csv/`, outcomes in its README)
//! uploaded through the real Multiple Accounts form: what a user sees for
//! each file, and that a refused file keeps nothing.

use diesel::prelude::*;
use switchboard::db::schema::import_uploads;

use crate::helpers::*;
use crate::import::{import, upload};

/// The number some fixtures name as multiline_number.
const FIXTURE_NUMBER: &str = "+15550100000";

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/csv")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What askama makes of a message in a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Refused files and the message the README gives for each.
const REFUSED: &[(&str, &str)] = &[
    (
        "binary.png",
        "This file is not a CSV text file. In Excel, use File > Save As > CSV UTF-8 (Comma delimited) and upload that file.",
    ),
    (
        "empty.csv",
        "This file is empty. Download the template, add one row per account under its column names, and upload it again.",
    ),
    (
        "header_only.csv",
        "This file has column names but no accounts. Add one row per account under the column names and upload it again.",
    ),
    (
        "over_limit.csv",
        "This file has 1,001 rows; at most 1,000 can be imported at once. Split it into smaller files.",
    ),
];

/// Accepted files: (name, encoding, delimiter, line ends, valid, invalid).
/// The preview adds what reading alone cannot know: a second row with the
/// same email in another case is a duplicate.
const ACCEPTED: &[(&str, &str, &str, &str, u32, u32)] = &[
    ("utf8.csv", "UTF-8", "comma", "LF", 2, 0),
    ("utf8_bom.csv", "UTF-8 with BOM", "comma", "LF", 2, 0),
    ("utf16le_bom.csv", "UTF-16 LE", "tab", "CRLF", 2, 0),
    ("utf16be_bom.csv", "UTF-16 BE", "comma", "LF", 2, 0),
    ("windows1252.csv", "Windows-1252", "comma", "CRLF", 1, 0),
    ("crlf.csv", "UTF-8", "comma", "CRLF", 3, 0),
    ("quoted_newline.csv", "UTF-8", "comma", "LF", 1, 1),
    ("semicolon.csv", "UTF-8", "semicolon", "LF", 2, 0),
    ("tab.tsv", "UTF-8", "tab", "LF", 2, 0),
    ("duplicate_case.csv", "UTF-8", "comma", "LF", 1, 1),
    ("formula_names.csv", "UTF-8", "comma", "LF", 3, 0),
    (
        "template_with_note.csv",
        "UTF-8 with BOM",
        "comma",
        "CRLF",
        2,
        0,
    ),
    ("headers_messy.csv", "UTF-8", "comma", "LF", 2, 0),
    ("invalid_rows.csv", "UTF-8", "comma", "LF", 3, 12),
];

fn rows(n: u32) -> &'static str {
    if n == 1 { "row" } else { "rows" }
}

/// Uploads a fixture and returns its preview page (all rows shown).
async fn preview_page(app: &TestApp, org: &str, name: &str) -> (String, String) {
    let response = upload(app, org, name, fixture(name)).await;
    assert_eq!(
        response.status(),
        303,
        "{name}: {}",
        response.text().await.unwrap_or_default()
    );
    let preview = location(&response);
    let page = app.get_html(&preview).await;
    assert!(page.contains(&format!("Preview: {name}")), "{name}: {page}");
    (preview, page)
}

/// The `<tr>` of the preview table whose Line cell is `line`.
fn row_at(page: &str, line: u32) -> &str {
    let cell = format!("<td data-label=\"Line\">{line}</td>");
    page.split("<tr")
        .find(|row| row.contains(&cell))
        .unwrap_or_else(|| panic!("no row on line {line}: {page}"))
}

/// The problems shown under `column`'s cell in a row.
fn problems(row: &str, column: &str) -> Vec<String> {
    let open = format!("<td data-label=\"{column}\">");
    let Some(start) = row.find(&open) else {
        panic!("no {column} cell in {row}")
    };
    let cell = &row[start + open.len()..];
    let cell = &cell[..cell.find("</td>").expect("cell end")];
    cell.split("<p class=\"field-error\">")
        .skip(1)
        .map(|p| p[..p.find("</p>").expect("error end")].to_owned())
        .collect()
}

#[test]
fn every_fixture_has_an_expected_outcome_here() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv");
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name == "README.md" || name == "generate.py" || name.starts_with('.') {
            continue;
        }
        assert!(
            REFUSED.iter().any(|r| r.0 == name) || ACCEPTED.iter().any(|a| a.0 == name),
            "{name} is in the corpus but not tested over HTTP"
        );
    }
}

#[tokio::test]
async fn refused_files_show_their_message_at_the_file_field_and_keep_nothing() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        for (name, message) in REFUSED {
            let response = upload(&app, &org, name, fixture(name)).await;
            assert_eq!(response.status(), 422, "{name}");
            let page = response.text().await.expect("page");
            let expected = format!(
                "<p class=\"field-error\" id=\"file-error\">{} Nothing was imported.</p>",
                escaped(message)
            );
            assert!(page.contains(&expected), "{name}: {expected}\n{page}");
            assert!(
                page.contains("aria-describedby=\"file-error\""),
                "{name}: {page}"
            );
        }
        let uploads: i64 = app
            .db
            .run(|conn| Ok(import_uploads::table.count().get_result(conn)?))
            .await
            .expect("count");
        assert_eq!(uploads, 0, "a refused file is not kept");
        assert_eq!(app.count_accounts().await, 0);
    })
    .await;
}

#[tokio::test]
async fn accepted_files_preview_what_was_detected_and_their_counts() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &[FIXTURE_NUMBER]).await;
        for &(name, encoding, delimiter, line_ends, valid, invalid) in ACCEPTED {
            let (_, page) = preview_page(&app, &org, name).await;
            let detected = format!(
                "<dt>Detected</dt><dd>{encoding}, {delimiter}-separated, {line_ends} line ends"
            );
            assert!(page.contains(&detected), "{name}: {detected}\n{page}");
            assert!(
                page.contains(&format!("<dt>Rows</dt><dd>{}</dd>", valid + invalid)),
                "{name}: {page}"
            );
            assert!(
                page.contains(&format!("{valid} {} will be added", rows(valid))),
                "{name}: {valid} valid\n{page}"
            );
            assert!(
                page.contains(&format!("{invalid} {} will not be imported", rows(invalid))),
                "{name}: {invalid} invalid\n{page}"
            );
        }
        assert_eq!(app.count_accounts().await, 0, "previews write no account");
    })
    .await;
}

#[tokio::test]
async fn previews_show_the_values_as_the_spreadsheet_meant_them() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        for name in [
            "utf8.csv",
            "utf8_bom.csv",
            "utf16le_bom.csv",
            "utf16be_bom.csv",
        ] {
            let (_, page) = preview_page(&app, &org, name).await;
            assert!(page.contains("Zoë"), "{name}: {page}");
        }
        let (_, page) = preview_page(&app, &org, "windows1252.csv").await;
        assert!(page.contains("René") && page.contains("Müller"), "{page}");
        let (_, page) = preview_page(&app, &org, "semicolon.csv").await;
        assert!(page.contains("Smith, Jr"), "{page}");
        let (_, page) = preview_page(&app, &org, "headers_messy.csv").await;
        assert!(
            page.contains("Department"),
            "the ignored column is named: {page}"
        );

        let (_, page) = preview_page(&app, &org, "quoted_newline.csv").await;
        let first = row_at(&page, 2);
        assert!(first.contains("Lee, Ann"), "read whole: {first}");
        assert_eq!(problems(first, "firstname").len(), 1, "{first}");
        assert!(problems(row_at(&page, 4), "firstname").is_empty(), "{page}");

        // CRLF files: each row on its own line.
        let (_, page) = preview_page(&app, &org, "crlf.csv").await;
        for (line, name) in [(2, "Zoë"), (3, "Bob"), (4, "Cy")] {
            assert!(row_at(&page, line).contains(name), "line {line}: {page}");
        }

        let (_, page) = preview_page(&app, &org, "duplicate_case.csv").await;
        let second = row_at(&page, 3);
        assert!(second.contains("Also on line 2"), "{second}");
    })
    .await;
}

#[tokio::test]
async fn invalid_rows_file_names_each_problem_next_to_its_column() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &[FIXTURE_NUMBER]).await;
        let (preview, _) = preview_page(&app, &org, "invalid_rows.csv").await;
        let page = app.get_html(&format!("{preview}?show=invalid")).await;
        let email = "email address or device";
        // (line, column, part of the message shown under it)
        let expected: &[(u32, &str, &str)] = &[
            (4, email, "Enter an email address or a device number."),
            (5, email, "Enter a valid email address"),
            (
                6,
                "social_messaging",
                "'Maybe' is not Yes or No: enter Yes or No.",
            ),
            (7, "multiline_number", "country code"),
            (
                8,
                "monitor_calls",
                "'on' is not auto or off: enter auto or off.",
            ),
            (
                9,
                "monitor_sms",
                "'auto' is not on or off: enter on or off.",
            ),
            (10, "forwarding_number", "4"),
            (
                11,
                "restrict_incoming_social_messaging",
                "Only applies when social_messaging is Yes",
            ),
            (
                12,
                "Language",
                "English, Italian, German, French or Spanish",
            ),
            (13, "firstname", "100"),
            (14, "lastname", "line break"),
            (16, "social_messaging", "Enter Yes or No."),
            (16, "monitor_calls", "Enter auto or off."),
            (16, "monitor_sms", "Enter on or off."),
        ];
        let mut missing = Vec::new();
        for &(line, column, message) in expected {
            let row = row_at(&page, line);
            assert!(row.contains(">Invalid"), "line {line}: {row}");
            let shown = problems(row, column);
            if !shown.iter().any(|p| p.contains(&escaped(message))) {
                missing.push(format!(
                    "line {line}, {column}: {message:?} not in {shown:?}"
                ));
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
        for line in [2, 3, 17] {
            assert!(
                !page.contains(&format!("<td data-label=\"Line\">{line}</td>")),
                "line {line} is valid: {page}"
            );
        }
        assert!(
            !page.contains("<td data-label=\"Line\">18</td>"),
            "the empty row is ignored"
        );

        // Download invalid rows: exactly the failing rows, each with its error.
        let invalid = app
            .get(&format!("{preview}/invalid.csv"))
            .await
            .text()
            .await
            .expect("csv");
        let mut reader =
            csv::Reader::from_reader(invalid.trim_start_matches('\u{feff}').as_bytes());
        let records: Vec<csv::StringRecord> =
            reader.records().map(|r| r.expect("record")).collect();
        assert_eq!(records.len(), 12, "{invalid}");
        assert!(
            records
                .iter()
                .all(|r| !r.get(r.len() - 1).unwrap_or("").is_empty()),
            "{invalid}"
        );
    })
    .await;
}

#[tokio::test]
async fn formula_names_are_imported_and_neutralised_in_the_batch_report() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &[FIXTURE_NUMBER]).await;
        let (preview, page) = preview_page(&app, &org, "formula_names.csv").await;
        assert!(
            page.contains("=1+2") && page.contains("@SUM(A1)"),
            "kept as typed: {page}"
        );
        let batch = import(&app, &preview, "import").await;
        assert_eq!(app.count_accounts().await, 3);
        let page = app.get_html(&batch).await;
        assert!(page.contains("3 succeeded"), "{page}");

        let report = app
            .get(&format!("{batch}.csv"))
            .await
            .text()
            .await
            .expect("report");
        let mut reader = csv::Reader::from_reader(report.trim_start_matches('\u{feff}').as_bytes());
        let firstnames: Vec<String> = reader
            .records()
            .map(|r| r.expect("record").get(0).expect("firstname").to_owned())
            .collect();
        assert_eq!(firstnames, vec!["'=1+2", "'@SUM(A1)", "'-3"], "{report}");
        assert!(
            report.contains("'+15550100000"),
            "the number cell too: {report}"
        );
        assert!(
            !report.contains(",=") && !report.contains(",@") && !report.contains(",+"),
            "{report}"
        );
    })
    .await;
}

#[tokio::test]
async fn the_template_with_its_note_row_left_in_imports_its_rows() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        let (preview, page) = preview_page(&app, &org, "template_with_note.csv").await;
        assert!(
            page.contains("the template's note row was skipped"),
            "{page}"
        );
        assert!(
            !page.contains("<td data-label=\"Line\">2</td>"),
            "the note row is no row: {page}"
        );
        assert!(row_at(&page, 3).contains("Ann"), "{page}");
        assert!(row_at(&page, 4).contains("Bob"), "{page}");
        let batch = import(&app, &preview, "import").await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("2 in all: 2 succeeded"), "{page}");
        assert_eq!(app.count_accounts().await, 2);
    })
    .await;
}
