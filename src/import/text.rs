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

/// 1001 → "1,001".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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
    fn counts_have_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1001), "1,001");
        assert_eq!(thousands(150000), "150,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
