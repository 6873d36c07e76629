//! "Download invalid rows": exactly the rows that failed, as the file gave
//! them, with an `error` column, ready to fix and upload again. Cells are
//! neutralised like every CSV the portal writes; the reader takes the
//! apostrophe off again (`text::unneutralise`), so `+15550100000` comes
//! back as it went out.

use super::template::line;

/// `header` (the file's headers as given) plus `error`, then each row's
/// cells plus its error text. UTF-8 with a byte order mark, CRLF.
pub fn invalid_rows_csv(
    header: &[String],
    rows: impl Iterator<Item = (Vec<String>, String)>,
) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let error = crate::i18n::t("reports-csv-error");
    out.extend(line(header.iter().cloned().chain([error])));
    for (mut cells, error) in rows {
        // Short rows are padded so `error` stays in its column.
        if cells.len() < header.len() {
            cells.resize(header.len(), String::new());
        }
        cells.push(error);
        out.extend(line(cells));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Column, Limits, read};

    fn header() -> Vec<String> {
        [
            "firstname",
            "email address or device",
            "social_messaging",
            "monitor_calls",
            "monitor_sms",
            "multiline_number",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    #[test]
    fn invalid_rows_get_an_error_column_and_neutralised_cells() {
        let bytes = invalid_rows_csv(
            &header(),
            [(
                vec![
                    "=1+2".into(),
                    "ann@example.com".into(),
                    "maybe".into(),
                    "auto".into(),
                    "on".into(),
                    "+15550100000".into(),
                ],
                "social_messaging: Enter Yes or No.".to_owned(),
            )]
            .into_iter(),
        );
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert_eq!(
            text,
            "firstname,email address or device,social_messaging,monitor_calls,monitor_sms,multiline_number,error\r\n\
             '=1+2,ann@example.com,maybe,auto,on,'+15550100000,social_messaging: Enter Yes or No.\r\n"
        );
    }

    #[test]
    fn what_the_portal_writes_reads_back_as_it_was() {
        let rows = vec![
            vec![
                "=1+2".to_owned(),
                "+15550100001".into(),
                "No".into(),
                "off".into(),
                "off".into(),
                "+15550100000".into(),
            ],
            vec![
                "@SUM(A1)".into(),
                "bob@example.com".into(),
                "Yes".into(),
                "auto".into(),
                "on".into(),
                String::new(),
            ],
            vec![
                "-3, \"the\"\nthird".into(),
                "cy@example.com".into(),
                "x".into(),
                "y".into(),
                "z".into(),
                String::new(),
            ],
        ];
        let bytes = invalid_rows_csv(
            &header(),
            rows.iter().map(|r| (r.clone(), "error text".to_owned())),
        );
        let sheet = read(&bytes, Limits { max_rows: 10 }, false).unwrap();
        assert_eq!(sheet.row_count(), 3);
        let back: Vec<Vec<String>> = sheet.rows().map(|r| r.cells).collect();
        for (got, sent) in back.iter().zip(&rows) {
            assert_eq!(&got[..sent.len()], &sent[..]);
            assert_eq!(got[sent.len()], "error text");
        }
        let first = sheet.rows().next().unwrap();
        let parsed = sheet.parse_row(&first).unwrap();
        assert_eq!(parsed.username_key(), "+15550100001");
        assert_eq!(parsed.number.unwrap().as_str(), "+15550100000");
        assert_eq!(first.cell(&sheet, Column::FirstName), "=1+2");
    }
}
