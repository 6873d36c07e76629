//! The Batch Operations Report as CSV: every item of a batch with its
//! `result` and `message`. Items that carry their input row (CSV imports)
//! repeat that row; the others name their target (`name`, `email`).

use crate::domain::batches::Item;
use crate::error::{AppError, AppResult};

/// A spreadsheet cannot run a cell that starts like a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The report's bytes (UTF-8 CSV with a header row).
pub fn csv(items: &[Item]) -> AppResult<Vec<u8>> {
    // The columns of the first input row; items without input fall back to
    // their target, so a report never loses who a row was about.
    let input_columns: Vec<String> = items
        .first()
        .map(|i| i.input_pairs().into_iter().map(|(k, _)| k).collect())
        .unwrap_or_default();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = if input_columns.is_empty() {
        vec!["name".into(), "email".into()]
    } else {
        input_columns.clone()
    };
    // The columns the report adds are for reading: in the reader's language.
    header.extend([
        crate::i18n::t("reports-csv-result"),
        crate::i18n::t("reports-csv-message"),
    ]);
    writer
        .write_record(header.iter().map(|c| neutralise(c)))
        .map_err(AppError::internal)?;
    for item in items {
        let mut record: Vec<String> = if input_columns.is_empty() {
            vec![item.target.clone(), item.identifier.clone()]
        } else {
            let pairs = item.input_pairs();
            input_columns
                .iter()
                .map(|c| {
                    pairs
                        .iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                })
                .collect()
        };
        record.extend([
            crate::domain::batches::result_shown(&item.result),
            item.message.clone(),
        ]);
        writer
            .write_record(record.iter().map(|c| neutralise(c)))
            .map_err(AppError::internal)?;
    }
    writer
        .into_inner()
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(input: Option<&str>, target: &str) -> Item {
        Item {
            batch_id: 1,
            position: 1,
            target: target.into(),
            identifier: "a@example.com".into(),
            input: input.map(str::to_owned),
            outcome: "succeeded".into(),
            result: "Sent".into(),
            message: "-ok".into(),
        }
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@x", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("plain"), "plain");
    }

    #[test]
    fn targets_or_input_rows_come_before_result_and_message() {
        let out = String::from_utf8(csv(&[item(None, "=Ann")]).unwrap()).unwrap();
        assert_eq!(
            out,
            "name,email,result,message\n'=Ann,a@example.com,Sent,'-ok\n"
        );
        let row = r#"[["firstname","Bo"],["monitor_sms","on"]]"#;
        let out = String::from_utf8(csv(&[item(Some(row), "Bo")]).unwrap()).unwrap();
        assert_eq!(
            out,
            "firstname,monitor_sms,result,message\nBo,on,Sent,'-ok\n"
        );
    }
}
