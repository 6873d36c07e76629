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
use super::template::is_note;
use super::text::{LineCounter, quote_left_open, unneutralise};
use crate::msg;

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
        return Err(FileError(crate::i18n::t("import-file-empty")));
    }
    let delimiter = detect_delimiter(&text);
    let line_ending = if text.contains("\r\n") {
        LineEnding::Crlf
    } else {
        LineEnding::Lf
    };
    // One record reused for the whole pass: counting allocates nothing
    // per row.
    let mut reader = reader(&text, delimiter);
    let mut record = StringRecord::new();
    let unreadable = |e: csv::Error| {
        let line = e
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
        FileError(msg!("import-file-line-unreadable", line = line.to_string()).to_string())
    };
    if !reader.read_record(&mut record).map_err(unreadable)? {
        return Err(FileError(crate::i18n::t("import-file-not-readable")));
    }
    let headers: Vec<String> = record.iter().map(|h| h.trim().to_owned()).collect();
    let (mapping, positions) = map_headers(&headers);

    let mut rows = 0usize;
    let mut note_row_skipped = false;
    let mut last_start: Option<usize> = None;
    while reader.read_record(&mut record).map_err(unreadable)? {
        last_start = record
            .position()
            .map(|p| usize::try_from(p.byte()).unwrap_or(0));
        match kind(record.iter()) {
            Kind::Blank => {}
            Kind::Note => note_row_skipped = true,
            Kind::Data => rows += 1,
        }
    }
    if let Some(byte) = last_start
        && quote_left_open(text.get(byte..).unwrap_or(""), delimiter.byte())
    {
        let line = LineCounter::new(&text).line_at(byte);
        return Err(FileError(
            msg!("import-file-quote-open", line = line.to_string()).to_string(),
        ));
    }
    if rows > limits.max_rows {
        return Err(FileError(
            msg!(
                "import-file-too-many-rows",
                rows = super::grouped(rows as u64),
                max = super::grouped(limits.max_rows as u64)
            )
            .to_string(),
        ));
    }
    if rows == 0 {
        return Err(FileError(crate::i18n::t("import-file-no-rows")));
    }
    let missing: Vec<&str> = Column::ALL
        .into_iter()
        .filter(|c| c.mandatory() && positions[c.index()].is_none())
        .map(Column::header)
        .collect();
    if !missing.is_empty() {
        let all: Vec<&str> = Column::ALL.into_iter().map(Column::header).collect();
        return Err(FileError(
            msg!(
                "import-file-missing-columns",
                count = missing.len(),
                missing = missing.join("\", \""),
                all = all.join(", ")
            )
            .to_string(),
        ));
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

impl fmt::Debug for Sheet {
    // The text is personal data: logs get what was detected only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sheet")
            .field("detected", &self.detected)
            .field("social_messaging", &self.social_messaging)
            .finish_non_exhaustive()
    }
}

impl Sheet {
    pub fn detected(&self) -> &Detected {
        &self.detected
    }

    /// Data rows (no header, note row or empty rows), parsed as they are
    /// asked for.
    pub fn rows(&self) -> impl Iterator<Item = RawRow> + '_ {
        let mut reader = reader(&self.text, self.delimiter);
        let mut record = StringRecord::new();
        let mut lines = LineCounter::new(&self.text);
        let mut header = true;
        std::iter::from_fn(move || {
            loop {
                // `read` went through every record already: none fails here.
                if !reader.read_record(&mut record).unwrap_or(false) {
                    return None;
                }
                if std::mem::take(&mut header) || kind(record.iter()) != Kind::Data {
                    continue;
                }
                let byte = record
                    .position()
                    .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
                return Some(RawRow {
                    line: lines.line_at(byte),
                    cells: record.iter().map(|c| unneutralise(c).to_owned()).collect(),
                });
            }
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
    if is_note(first) {
        Kind::Note
    } else if first.trim().is_empty() && cells.all(|c| c.trim().is_empty()) {
        Kind::Blank
    } else {
        Kind::Data
    }
}

#[cfg(test)]
mod tests;
