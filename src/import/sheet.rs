//! Decoded text → header mapping and a lazy iterator of rows. `read` makes
//! one cheap pass over the file to refuse what cannot be imported (no text,
//! empty, a quote never closed, too many rows, only a header, a mandatory
//! column missing) before anything else looks at a row; `Sheet::rows` then
//! parses again lazily, so a 150,000-row file is never held as rows.

use std::fmt;

use csv::{ReaderBuilder, StringRecord};

use super::columns::Column;
use super::decode::decode;
use super::detected::{Delimiter, Detected, HeaderMapping, LineEnding};
use super::template::NOTE_PREFIX;
use super::text::{LineCounter, quote_left_open, thousands, unneutralise};

/// How much one file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_rows: usize,
}

/// Why a file is refused as a whole: one clear message, shown as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError(pub String);

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FileError {}

/// One data row as the file has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    /// 1-based line in the file where the row starts (the header is line 1).
    pub line: usize,
    /// The cells in file column order, as given except that the apostrophe
    /// our own CSVs put before a formula-like cell is taken off again.
    pub cells: Vec<String>,
}

/// A file that can be imported: its text, what was detected, and where each
/// known column is.
#[derive(Debug)]
pub struct Sheet {
    text: String,
    delimiter: Delimiter,
    headers: Vec<String>,
    /// File column of each known column, by `Column::index`.
    positions: [Option<usize>; Column::ALL.len()],
    social_messaging: bool,
    detected: Detected,
}

/// Reads `bytes` as an import file for an org with (or without) Social
/// Messaging.
pub fn read(bytes: &[u8], limits: Limits, social_messaging: bool) -> Result<Sheet, FileError> {
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(FileError(
            "This file is empty. Download the template, add one row per account under its column names, and upload it again."
                .into(),
        ));
    }
    let delimiter = detect_delimiter(&text);
    let line_ending = if text.contains("\r\n") {
        LineEnding::Crlf
    } else {
        LineEnding::Lf
    };
    let mut records = reader(&text, delimiter).into_records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(header)) => header.iter().map(|h| h.trim().to_owned()).collect(),
        _ => return Err(FileError(NOT_READABLE.into())),
    };
    let (mapping, positions) = map_headers(&headers);

    let mut rows = 0usize;
    let mut note_row_skipped = false;
    let mut last_start: Option<(usize, usize)> = None;
    let mut lines = LineCounter::new(&text);
    for record in records {
        let record = record.map_err(|e| {
            let line = e
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
            FileError(format!(
                "Line {line} could not be read as CSV. {NOT_READABLE}"
            ))
        })?;
        last_start = record.position().map(|p| {
            let byte = usize::try_from(p.byte()).unwrap_or(0);
            (byte, lines.line_at(byte))
        });
        match kind(record.iter()) {
            Kind::Blank => {}
            Kind::Note => note_row_skipped = true,
            Kind::Data => rows += 1,
        }
    }
    if let Some((byte, line)) = last_start
        && quote_left_open(text.get(byte..).unwrap_or(""), delimiter.byte())
    {
        return Err(FileError(format!(
            "Line {line} has a quote (\") that is never closed, so the rest of the file would be read as one cell. Close or remove that quote and upload the file again."
        )));
    }
    if rows > limits.max_rows {
        return Err(FileError(format!(
            "This file has {} rows; at most {} can be imported at once. Split it into smaller files.",
            thousands(rows),
            thousands(limits.max_rows)
        )));
    }
    if rows == 0 {
        return Err(FileError(
            "This file has column names but no accounts. Add one row per account under the column names and upload it again."
                .into(),
        ));
    }
    let missing: Vec<&str> = Column::ALL
        .into_iter()
        .filter(|c| c.mandatory() && positions[c.index()].is_none())
        .map(Column::header)
        .collect();
    if !missing.is_empty() {
        let (noun, verb) = if missing.len() == 1 {
            ("column", "is")
        } else {
            ("columns", "are")
        };
        let all: Vec<&str> = Column::ALL.into_iter().map(Column::header).collect();
        return Err(FileError(format!(
            "The {noun} \"{}\" {verb} missing. The first row must name the columns as the template does: {}.",
            missing.join("\", \""),
            all.join(", ")
        )));
    }

    let detected = Detected {
        encoding,
        delimiter,
        line_ending,
        headers: mapping,
        note_row_skipped,
        rows,
    };
    Ok(Sheet {
        text,
        delimiter,
        headers,
        positions,
        social_messaging,
        detected,
    })
}

const NOT_READABLE: &str =
    "Save it from your spreadsheet as CSV UTF-8 (Comma delimited) and upload it again.";

impl Sheet {
    pub fn detected(&self) -> &Detected {
        &self.detected
    }

    /// Data rows (no header, note row or empty rows), parsed as they are
    /// asked for.
    pub fn rows(&self) -> impl Iterator<Item = RawRow> + '_ {
        let mut lines = LineCounter::new(&self.text);
        reader(&self.text, self.delimiter)
            .into_records()
            .skip(1)
            // `read` went through every record already: none fails here.
            .map_while(Result::ok)
            .filter(|r| kind(r.iter()) == Kind::Data)
            .map(move |r| RawRow {
                line: r
                    .position()
                    .map_or(0, |p| lines.line_at(usize::try_from(p.byte()).unwrap_or(0))),
                cells: r.iter().map(|c| unneutralise(c).to_owned()).collect(),
            })
    }

    pub fn row_count(&self) -> usize {
        self.detected.rows
    }

    /// The headers as the file gives them (trimmed), in file order.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// Whether the sheet was read for an org that has Social Messaging.
    pub fn social_messaging(&self) -> bool {
        self.social_messaging
    }

    /// The file column holding `column`, if the file has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions[column.index()]
    }
}

fn reader(text: &str, delimiter: Delimiter) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter.byte())
        .from_reader(text.as_bytes())
}

/// The delimiter that splits the header line into the most known column
/// names, then into the most fields; comma on a tie.
fn detect_delimiter(text: &str) -> Delimiter {
    let mut best = (Delimiter::Comma, 0usize, 0usize);
    for delimiter in Delimiter::ALL {
        let mut record = StringRecord::new();
        if !matches!(reader(text, delimiter).read_record(&mut record), Ok(true)) {
            continue;
        }
        let known = record
            .iter()
            .filter(|h| Column::from_header(h).is_some())
            .count();
        if (known, record.len()) > (best.1, best.2) {
            best = (delimiter, known, record.len());
        }
    }
    best.0
}

/// Each header's column; the first copy of a column wins, later copies are
/// ignored like unknown headers.
fn map_headers(headers: &[String]) -> (Vec<HeaderMapping>, [Option<usize>; Column::ALL.len()]) {
    let mut positions = [None; Column::ALL.len()];
    let mapping = headers
        .iter()
        .enumerate()
        .map(|(i, given)| {
            let column = Column::from_header(given).filter(|c| positions[c.index()].is_none());
            if let Some(c) = column {
                positions[c.index()] = Some(i);
            }
            HeaderMapping {
                given: given.clone(),
                column,
            }
        })
        .collect();
    (mapping, positions)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Note,
    Data,
}

/// A row of empty cells (what spreadsheets leave below the data) is blank;
/// a row whose first cell starts with the template's `Note:` is its note.
fn kind<'a>(mut cells: impl Iterator<Item = &'a str>) -> Kind {
    let Some(first) = cells.next() else {
        return Kind::Blank;
    };
    if first.trim_start().starts_with(NOTE_PREFIX) {
        Kind::Note
    } else if first.trim().is_empty() && cells.all(|c| c.trim().is_empty()) {
        Kind::Blank
    } else {
        Kind::Data
    }
}

#[cfg(test)]
mod tests {
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
}
