//! The .CSV template offered for download: the header row and one note row
//! explaining each column. Administrators often leave the note in; the
//! reader recognises it by [`NOTE_PREFIX`] and skips it.

use crate::domain::batch_report::neutralise;

use super::columns::Column;

/// How the note row's first cell starts (in English).
pub const NOTE_PREFIX: &str = "Note:";

/// How it starts in each language the template is downloaded in: a note
/// left in is skipped whatever the language of whoever uploads it.
const NOTE_PREFIXES: [&str; 3] = [NOTE_PREFIX, "Nota:", "Observação:"];

/// Whether a row's first cell is the template's note.
pub fn is_note(first_cell: &str) -> bool {
    let cell = first_cell.trim_start();
    NOTE_PREFIXES.iter().any(|p| cell.starts_with(p))
}

/// The template for an org with (or without) Social Messaging: UTF-8 with a
/// byte order mark (so Excel shows accents right) and CRLF line ends.
pub fn template(social_messaging: bool) -> Vec<u8> {
    let columns: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| social_messaging || *c != Column::RestrictIncomingSocial)
        .collect();
    let header = columns.iter().map(|c| c.header().to_owned());
    // The column names are the file format; the note is for the reader.
    let note = columns.iter().enumerate().map(|(i, c)| {
        if i == 0 {
            format!(
                "{} {} {}",
                crate::i18n::t("import-note-prefix"),
                crate::i18n::t("import-note-intro"),
                c.shown_note()
            )
        } else {
            c.shown_note()
        }
    });
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(line(header));
    out.extend(line(note));
    out
}

/// One CSV line with CRLF, every cell neutralised.
pub(super) fn line(cells: impl IntoIterator<Item = String>) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let cell = neutralise(&cell);
        if cell.contains([',', '"', '\r', '\n', ';', '\t']) {
            out.push(b'"');
            out.extend(cell.replace('"', "\"\"").into_bytes());
            out.push(b'"');
        } else {
            out.extend(cell.into_bytes());
        }
    }
    out.extend(b"\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Limits, read};

    #[test]
    fn the_template_has_the_seed_columns_and_a_note_row() {
        let bytes = template(true);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        let lines: Vec<&str> = text.split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert_eq!(
            lines[0],
            "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language"
        );
        assert!(lines[1].starts_with("\"Note: ") || lines[1].starts_with("Note: "));
        for c in Column::ALL {
            assert!(lines[1].contains(c.note()), "{c:?}");
        }
        assert!(!text.contains('\n') || text.matches('\n').count() == text.matches("\r\n").count());
    }

    #[test]
    fn without_social_messaging_the_restrict_column_is_left_out() {
        let bytes = template(false);
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(!text.contains("restrict_incoming_social_messaging"));
        assert!(text.starts_with("firstname,lastname,"));
    }

    #[test]
    fn the_template_alone_is_refused_as_having_no_accounts() {
        // The note row is skipped, so an untouched template has no rows.
        let err = read(&template(true), Limits { max_rows: 1000 }, true).unwrap_err();
        assert!(err.0.contains("no accounts"), "{err}");
    }

    #[test]
    fn cells_with_delimiters_or_quotes_are_quoted() {
        assert_eq!(
            line(["a,b".into(), "say \"hi\"".into(), "=1".into()]),
            b"\"a,b\",\"say \"\"hi\"\"\",'=1\r\n".to_vec()
        );
    }
}
