//! What the reader found out about a file, for the preview ("we read this
//! as UTF-16 LE, semicolon-separated, and took `E-Mail` as …").

use super::columns::Column;
use super::decode::Encoding;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    /// In the order a tie is decided: comma first.
    pub const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
        }
    }

    /// `label` in the reader's language.
    pub fn shown(self) -> String {
        crate::i18n::t(match self {
            Delimiter::Comma => "import-delimiter-comma",
            Delimiter::Semicolon => "import-delimiter-semicolon",
            Delimiter::Tab => "import-delimiter-tab",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnding {
    Crlf,
    Lf,
}

impl LineEnding {
    pub fn label(self) -> &'static str {
        match self {
            LineEnding::Crlf => "CRLF",
            LineEnding::Lf => "LF",
        }
    }
}

/// One header of the file as given, and the column it was taken as
/// (`None`: not a column the importer knows, or a second copy of one;
/// its values are ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMapping {
    pub given: String,
    pub column: Option<Column>,
}

impl HeaderMapping {
    /// The column's seed name, or "ignored".
    pub fn taken_as(&self) -> &'static str {
        self.column.map_or("ignored", Column::header)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub encoding: Encoding,
    pub delimiter: Delimiter,
    pub line_ending: LineEnding,
    /// Every header in file order.
    pub headers: Vec<HeaderMapping>,
    /// The template's note row was left in and skipped.
    pub note_row_skipped: bool,
    /// Data rows: without the header, the note row and empty rows.
    pub rows: usize,
}

impl Detected {
    /// Headers the importer does not know (reported, not fatal).
    pub fn unknown_headers(&self) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .filter(|h| h.column.is_none())
            .map(|h| h.given.as_str())
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{Limits, read};

    #[test]
    fn the_preview_labels() {
        let text = "\u{feff}email address or device;Social_Messaging;monitor_calls;monitor_sms;Team\r\nann@example.com;Yes;auto;on;A\r\n";
        let sheet = read(text.as_bytes(), Limits { max_rows: 10 }, true).unwrap();
        let d = sheet.detected();
        assert_eq!(
            (
                d.encoding.label(),
                d.delimiter.label(),
                d.line_ending.label()
            ),
            ("UTF-8 with BOM", "semicolon", "CRLF")
        );
        let taken: Vec<(&str, &str)> = d
            .headers
            .iter()
            .map(|h| (h.given.as_str(), h.taken_as()))
            .collect();
        assert_eq!(
            taken,
            [
                ("email address or device", "email address or device"),
                ("Social_Messaging", "social_messaging"),
                ("monitor_calls", "monitor_calls"),
                ("monitor_sms", "monitor_sms"),
                ("Team", "ignored"),
            ]
        );
        assert_eq!(d.unknown_headers().collect::<Vec<_>>(), ["Team"]);
        assert!(!d.note_row_skipped);
        assert_eq!(d.rows, 1);
    }
}
