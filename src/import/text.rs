//! Small text helpers of the reader: the inverse of `neutralise`, the
//! unclosed-quote check the csv crate does not make, and counts written
//! the way the messages show them.

/// The cell as it was before `batch_report::neutralise`: our CSVs put an
/// apostrophe before a cell starting `=`, `+`, `-`, `@`, tab or CR. Only
/// that apostrophe is taken off, so a name like `'Ohana` stays as typed.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Whether the last record (from its first byte to the end of the text)
/// opens a quoted field it never closes. The csv crate reads such a field
/// to the end of the file without complaint.
pub fn quote_left_open(last: &str, delimiter: u8) -> bool {
    let mut bytes = last.bytes().peekable();
    let mut at_field_start = true;
    let mut quoted = false;
    while let Some(b) = bytes.next() {
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
        } else if at_field_start && b == b'"' {
            quoted = true;
            at_field_start = false;
        } else {
            at_field_start = b == delimiter || b == b'\n' || b == b'\r';
        }
    }
    quoted
}

/// The line a record starts on, from the byte offset the csv crate gives.
/// Its own `Position::line` is one short after each CRLF (the LF is
/// counted with the next record), so lines are counted here, forward only:
/// one pass over the text for all records.
pub struct LineCounter<'a> {
    text: &'a [u8],
    pos: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record the csv crate places at `byte`
    /// (which may point at the line end before it: no record starts with a
    /// CR or LF, blank lines are skipped).
    pub fn line_at(&mut self, byte: usize) -> usize {
        let mut start = byte;
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.pos {
            let skipped = self.text.get(self.pos..start).unwrap_or_default();
            self.line += skipped.iter().filter(|b| **b == b'\n').count();
            self.pos = start;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::batch_report::neutralise;

    #[test]
    fn unneutralise_undoes_neutralise() {
        for cell in [
            "+15550100000",
            "=1+2",
            "@SUM(A1)",
            "-3",
            "\tx",
            "Ann",
            "",
            "'Ohana",
        ] {
            assert_eq!(unneutralise(&neutralise(cell)), cell, "{cell:?}");
        }
        assert_eq!(unneutralise("'Ohana"), "'Ohana");
        assert_eq!(unneutralise("'+1555"), "+1555");
    }

    #[test]
    fn an_unclosed_quote_is_found_and_closed_ones_are_not() {
        assert!(quote_left_open("a,\"b,c\nd,e\n", b','));
        assert!(quote_left_open("\"a\"\"b", b','));
        assert!(!quote_left_open("a,\"b,\nc\",d\n", b','));
        assert!(!quote_left_open("a,\"b\"\"c\",d", b','));
        // A quote inside an unquoted cell is a character, as in the csv crate.
        assert!(!quote_left_open("5\" screen,b\n", b','));
        assert!(quote_left_open("a;\"b", b';'));
        assert!(!quote_left_open("a;\"b", b','));
    }

    #[test]
    fn lines_are_counted_alike_for_crlf_and_lf() {
        for eol in ["\n", "\r\n"] {
            let text = format!("h{eol}\"a{eol}b\"{eol}{eol}c{eol}");
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            let mut lines = LineCounter::new(&text);
            let got: Vec<usize> = reader
                .records()
                .map(|r| {
                    lines.line_at(usize::try_from(r.unwrap().position().unwrap().byte()).unwrap())
                })
                .collect();
            assert_eq!(got, [1, 2, 5], "{eol:?}");
        }
    }
}
