//! The preview (a dry run: nothing is written) and the "Download invalid
//! rows" file: every row of the sheet checked against the database a chunk
//! at a time, with the same checks the import makes.

use super::detected::Detected;
use super::rows::rows;
use super::sheet::Sheet;
use super::write::invalid_rows_csv;
use crate::db::DbConn;
use crate::domain::account_edits::NumberChoice;
use crate::domain::account_import::{self, CHUNK, Pool, Row, Target, Verdict, describe};
use crate::domain::numbers;
use crate::error::AppResult;

/// Which rows the preview's table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    All,
    Invalid,
}

/// One cell of the table, with the problems of its column.
#[derive(Debug, Clone)]
pub struct Cell {
    pub value: String,
    pub problems: Vec<String>,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct PreviewRow {
    pub line: i64,
    pub cells: Vec<Cell>,
    /// The catalogue id of "Valid", "Already exists" or "Invalid".
    pub status: &'static str,
    /// Why it is skipped (already exists).
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct Preview {
    pub detected: Detected,
    /// The columns of the table (the seed's names).
    pub columns: Vec<String>,
    pub rows: i64,
    pub valid: i64,
    pub invalid: i64,
    pub exists: i64,
    pub pool: Pool,
    /// The rows `show` picks, from `offset`, at most `limit`.
    pub shown: Vec<PreviewRow>,
    /// How many rows `show` picks in all (for the pager).
    pub matching: i64,
}

impl Preview {
    /// "2 rows name a number; 1 row has none and will choose one at
    /// activation;" (counts never grouped, as the page always wrote them).
    pub fn pool_text(&self) -> String {
        let (requested, needing) = (self.pool.requested, self.pool.needing);
        crate::msg!(
            "import-numbers-pool",
            requested = requested,
            requested_n = requested.to_string(),
            needing = needing,
            needing_n = needing.to_string()
        )
        .to_string()
    }
}

/// Calls `each` with every row and what the database says of it.
fn each_checked(
    conn: &mut DbConn,
    target: &Target,
    sheet: &Sheet,
    mut each: impl FnMut(&Row, &Verdict),
) -> AppResult<()> {
    let mut chunk: Vec<Row> = Vec::with_capacity(CHUNK);
    let mut flush = |conn: &mut DbConn, chunk: &mut Vec<Row>| -> AppResult<()> {
        let refs: Vec<&Row> = chunk.iter().collect();
        let verdicts = account_import::check(conn, target, &refs)?;
        for (row, verdict) in chunk.iter().zip(&verdicts) {
            each(row, verdict);
        }
        chunk.clear();
        Ok(())
    };
    for row in rows(sheet, target) {
        chunk.push(row);
        if chunk.len() == CHUNK {
            flush(conn, &mut chunk)?;
        }
    }
    flush(conn, &mut chunk)
}

/// The dry run of `sheet` into `target`.
pub fn preview(
    conn: &mut DbConn,
    target: &Target,
    sheet: &Sheet,
    show: Show,
    offset: i64,
    limit: i64,
) -> AppResult<Preview> {
    let mut p = Preview {
        detected: sheet.detected().clone(),
        columns: Vec::new(),
        rows: 0,
        valid: 0,
        invalid: 0,
        exists: 0,
        pool: Pool::default(),
        shown: Vec::new(),
        matching: 0,
    };
    let (mut requested, mut needing) = (0, 0);
    each_checked(conn, target, sheet, |row, verdict| {
        p.rows += 1;
        if p.columns.is_empty() {
            p.columns = row.pairs.iter().map(|(c, _)| c.clone()).collect();
        }
        let status = match verdict {
            Verdict::Valid => {
                p.valid += 1;
                match row.input.as_ref().map(|i| &i.number) {
                    Ok(NumberChoice::Specific(_)) => requested += 1,
                    _ => needing += 1,
                }
                "import-status-valid"
            }
            Verdict::Exists(_) => {
                p.exists += 1;
                "import-status-exists"
            }
            Verdict::Invalid(_) => {
                p.invalid += 1;
                "import-status-invalid"
            }
        };
        let listed = show == Show::All || matches!(verdict, Verdict::Invalid(_));
        if !listed {
            return;
        }
        p.matching += 1;
        if p.matching <= offset || p.matching > offset + limit {
            return;
        }
        let problems = match verdict {
            Verdict::Invalid(problems) => problems.as_slice(),
            _ => &[],
        };
        p.shown.push(PreviewRow {
            line: row.line,
            cells: row
                .pairs
                .iter()
                .map(|(column, value)| Cell {
                    value: value.clone(),
                    problems: problems
                        .iter()
                        .filter(|pr| &pr.column == column)
                        .map(|pr| pr.message.clone())
                        .collect(),
                })
                .collect(),
            status,
            note: match verdict {
                Verdict::Exists(m) => m.clone(),
                _ => String::new(),
            },
        });
    })?;
    let available = numbers::available_count(conn, target.org.org())?;
    p.pool = Pool::of(requested, needing, available);
    Ok(p)
}

/// "Download invalid rows": exactly the invalid rows, as the file had them,
/// with an `error` column.
pub fn invalid_rows(conn: &mut DbConn, target: &Target, sheet: &Sheet) -> AppResult<Vec<u8>> {
    let mut invalid: Vec<(i64, String)> = Vec::new();
    each_checked(conn, target, sheet, |row, verdict| {
        if let Verdict::Invalid(problems) = verdict {
            invalid.push((row.line, describe(problems)));
        }
    })?;
    let mut errors = invalid.into_iter().peekable();
    let picked = sheet.rows().filter_map(|raw| {
        let line = i64::try_from(raw.line).unwrap_or(i64::MAX);
        while errors.peek().is_some_and(|(l, _)| *l < line) {
            errors.next();
        }
        match errors.peek() {
            Some((l, _)) if *l == line => errors.next().map(|(_, e)| (raw.cells, e)),
            _ => None,
        }
    });
    Ok(invalid_rows_csv(sheet.headers(), picked))
}
