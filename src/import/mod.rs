//! CSV bulk import of accounts (issue 9, seed 001): bytes → rows → the
//! values an account operation takes. Pure: no database, no HTTP. The
//! preview and the import job both start from [`read`]; the checks against
//! the database (numbers, existing accounts, Domain Restriction) and
//! duplicates across rows are theirs.
//!
//! - `decode`: encodings spreadsheets save in, and refusing what is not text;
//! - `sheet`: delimiter, header mapping, limits, lazy rows;
//! - `row`: one row into domain values, every problem by column;
//! - `template` and `write`: the CSVs we hand out, neutralised so a
//!   spreadsheet never runs a cell, and read back as they were written.

mod columns;
mod decode;
mod detected;
mod row;
mod sheet;
mod template;
mod text;
mod write;

#[cfg(test)]
mod fixtures_test;

pub use columns::Column;
pub use decode::{Encoding, NOT_TEXT};
pub use detected::{Delimiter, Detected, HeaderMapping, LineEnding};
pub use row::{RowInput, RowProblem};
pub use sheet::{FileError, Limits, RawRow, Sheet, read};
pub use template::{NOTE_PREFIX, template};
pub use write::invalid_rows_csv;

mod preview;
mod rows;
mod run;

pub use preview::{Cell, Preview, PreviewRow, Show, invalid_rows, preview};
pub use run::{open, run, start};

/// A count as pages have always written it in English ("1,500": every
/// thousand grouped), with the reader's language's separator.
pub fn grouped(n: u64) -> String {
    let text = crate::domain::numbers::input::thousands(n);
    match crate::i18n::current() {
        crate::i18n::Language::English => text,
        _ => text.replace(',', "."),
    }
}
