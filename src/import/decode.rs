//! Bytes → text. Spreadsheets save "CSV" in several encodings: UTF-8 with or
//! without a byte order mark, UTF-16 with one (Excel's "Unicode Text"), and
//! Windows-1252 (Excel on Windows, plain "CSV"). The byte order mark
//! decides when there is one; otherwise valid UTF-8 is UTF-8 and anything
//! else is taken as Windows-1252, which maps every byte. A file that is not
//! text at all (an image, an .xlsx) is refused before any parsing.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::FileError;

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    /// What the preview shows.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }

    /// `label` in the reader's language.
    pub fn shown(self) -> String {
        match self {
            Encoding::Utf8Bom => crate::i18n::t("import-encoding-utf8-bom"),
            other => other.label().to_owned(),
        }
    }
}

pub const NOT_TEXT: &str = "This file is not a CSV text file. In Excel, use File > Save As > CSV UTF-8 (Comma delimited) and upload that file.";

/// How much of the start of the text is inspected for control characters.
const SNIFF_CHARS: usize = 4096;

/// The text of `bytes` (without its byte order mark) and its encoding.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), FileError> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, _) = UTF_16LE.decode_without_bom_handling(rest);
        (text.into_owned(), Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, _) = UTF_16BE.decode_without_bom_handling(rest);
        (text.into_owned(), Encoding::Utf16Be)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Encoding::Utf8),
            Err(_) => (
                WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned(),
                Encoding::Windows1252,
            ),
        }
    };
    if looks_binary(&text) {
        return Err(FileError(crate::i18n::t("import-file-not-text")));
    }
    Ok((text, encoding))
}

/// After a UTF-8 byte order mark the rest should be UTF-8; if it is not
/// (a file re-saved by a tool that kept the mark), read it as Windows-1252
/// rather than refuse it or lose characters, and say so.
fn utf8_or_1252(bytes: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8Bom),
        Err(_) => (
            WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
            Encoding::Windows1252,
        ),
    }
}

/// NUL anywhere near the start, or more than one character in twenty a
/// control character other than tab, CR and LF: no spreadsheet writes that
/// as text, while PNG, ZIP (.xlsx) and old .xls files all start so.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_CHARS) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\r' | '\n') {
            control += 1;
        }
    }
    control * 20 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            let b = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("a,é\n".as_bytes()).unwrap(),
            ("a,é\n".to_owned(), Encoding::Utf8)
        );
        assert_eq!(
            decode("\u{feff}a,é\n".as_bytes()).unwrap(),
            ("a,é\n".to_owned(), Encoding::Utf8Bom)
        );
    }

    #[test]
    fn utf16_with_bom_in_both_byte_orders() {
        assert_eq!(
            decode(&utf16("Zoë,ü\r\n", false)).unwrap(),
            ("Zoë,ü\r\n".to_owned(), Encoding::Utf16Le)
        );
        assert_eq!(
            decode(&utf16("Zoë,ü\r\n", true)).unwrap(),
            ("Zoë,ü\r\n".to_owned(), Encoding::Utf16Be)
        );
    }

    #[test]
    fn a_utf8_bom_before_bytes_that_are_not_utf8_is_windows_1252() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFRen\xe9\n").unwrap(),
            ("René\n".to_owned(), Encoding::Windows1252)
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_windows_1252() {
        assert_eq!(
            decode(b"Ren\xe9,M\xfcller,\x80\n").unwrap(),
            ("René,Müller,€\n".to_owned(), Encoding::Windows1252)
        );
    }

    #[test]
    fn binary_files_are_refused_with_what_to_do() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(decode(png).unwrap_err().0, NOT_TEXT);
        let zip = b"PK\x03\x04\x14\0\x06\0";
        assert_eq!(decode(zip).unwrap_err().0, NOT_TEXT);
        // No NUL, but mostly control bytes.
        let noise: Vec<u8> = (1u8..20).cycle().take(200).collect();
        assert_eq!(decode(&noise).unwrap_err().0, NOT_TEXT);
        // A stray control character in ordinary text is not enough.
        assert!(decode(b"firstname,lastname\nAnn,\x0bLee\nBob,Ray\n").is_ok());
    }
}
