//! The dry run: what the database says of each row, with the rules of Add
//! Account, asked in bulk (one query for the chunk's emails and devices,
//! one for its numbers) rather than row by row.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use super::{NUMBER_COLUMN, Problem, Row, Target, USERNAME_COLUMN, Verdict};
use crate::db::DbConn;
use crate::db::schema::{accounts, numbers};
use crate::domain::account_edits::rules::domain_refusal;
use crate::domain::account_edits::{AccountInput, NumberChoice, Username};
use crate::error::AppResult;
use crate::msg;

/// Rows repeating an earlier row of the same file: the first row with an
/// email or device (compared without case, devices after normalisation),
/// or with a number, keeps it; the later ones are errors that name it.
#[derive(Debug, Default)]
pub struct Seen {
    usernames: HashMap<String, i64>,
    numbers: HashMap<String, i64>,
}

impl Seen {
    /// The problems of the row on `line` if it repeats an earlier row;
    /// otherwise remembers it.
    pub fn note(&mut self, line: i64, input: &AccountInput) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Some(key) = input.username.stored() {
            let key = key.to_lowercase();
            match self.usernames.get(&key) {
                Some(first) => problems.push(Problem::new(
                    USERNAME_COLUMN,
                    msg!("import-also-on-line", line = first.to_string()),
                )),
                None => {
                    self.usernames.insert(key, line);
                }
            }
        }
        if let NumberChoice::Specific(n) = &input.number {
            match self.numbers.get(n.as_str()) {
                Some(first) => problems.push(Problem::new(
                    NUMBER_COLUMN,
                    msg!(
                        "import-number-taken-by-line",
                        number = n.as_str(),
                        line = first.to_string()
                    ),
                )),
                None => {
                    self.numbers.insert(n.as_str().to_owned(), line);
                }
            }
        }
        problems
    }
}

/// What the database says of each row (in the order given). Reads only.
pub fn check(conn: &mut DbConn, target: &Target, rows: &[&Row]) -> AppResult<Vec<Verdict>> {
    let inputs: Vec<&AccountInput> = rows.iter().filter_map(|r| r.input.as_ref().ok()).collect();
    let usernames: Vec<String> = inputs
        .iter()
        .filter_map(|i| i.username.stored().map(str::to_owned))
        .collect();
    let existing = existing_usernames(conn, target.org.id, &usernames)?;
    let wanted: Vec<&str> = inputs
        .iter()
        .filter_map(|i| match &i.number {
            NumberChoice::Specific(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    let found = number_states(conn, &wanted)?;
    let org = target.org.org();

    Ok(rows
        .iter()
        .map(|row| {
            let input = match &row.input {
                Ok(input) => input,
                Err(problems) => return Verdict::Invalid(problems.clone()),
            };
            // First: a file uploaded again reports its rows as there already,
            // whatever else changed since (their numbers are now assigned).
            if let Some(u) = input.username.stored()
                && existing.contains(&u.to_lowercase())
            {
                return Verdict::Exists(msg!("import-exists-in", org = &org.name).to_string());
            }
            let mut problems = Vec::new();
            if let Username::Email(email) = &input.username
                && !target.settings.allows_email(email.as_str())
            {
                problems.push(Problem::new(
                    USERNAME_COLUMN,
                    domain_refusal(email.as_str(), &target.settings, org),
                ));
            }
            if let NumberChoice::Specific(n) = &input.number {
                let why = match found.get(n.as_str()) {
                    None => Some(msg!("import-number-unknown", number = n.as_str())),
                    Some((org_id, _)) if *org_id != org.id => Some(msg!(
                        "import-number-elsewhere",
                        number = n.as_str(),
                        org = &org.name
                    )),
                    Some((_, status)) if status != "available" => Some(msg!(
                        "import-number-not-available",
                        number = n.as_str(),
                        status = status.as_str()
                    )),
                    Some(_) => None,
                };
                if let Some(why) = why {
                    problems.push(Problem::new(NUMBER_COLUMN, why));
                }
            }
            if !problems.is_empty() {
                return Verdict::Invalid(problems);
            }
            Verdict::Valid
        })
        .collect())
}

/// The usernames (and Account IDs, which an import sets to the username)
/// of `org_id` among `usernames`, lower-cased.
fn existing_usernames(
    conn: &mut DbConn,
    org_id: i64,
    usernames: &[String],
) -> AppResult<HashSet<String>> {
    let mut found = HashSet::new();
    let lowered: Vec<String> = usernames.iter().map(|u| u.to_lowercase()).collect();
    if let DbConn::Pg(pg) = conn {
        found.extend(existing_on_postgres(pg, org_id, &lowered)?);
        return Ok(found);
    }
    for chunk in lowered.chunks(1000) {
        let taken: Vec<Option<String>> = accounts::table
            .filter(accounts::org_id.eq(org_id))
            .filter(accounts::username.eq_any(chunk))
            .select(accounts::username)
            .load(conn)?;
        found.extend(taken.into_iter().flatten().map(|u| u.to_lowercase()));
        // The expression of the `accounts_ref` unique index, so it serves this.
        let lower_ref = diesel::dsl::sql::<diesel::sql_types::Text>("LOWER(accounts.account_ref)");
        let refs: Vec<String> = accounts::table
            .filter(accounts::org_id.eq(org_id))
            .filter(lower_ref.clone().eq_any(chunk))
            .select(lower_ref)
            .load(conn)?;
        found.extend(refs);
    }
    Ok(found)
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    name: Option<String>,
}

/// `existing_usernames` on PostgreSQL. `= ANY($array)` there let the
/// planner take the trigram search indexes (`accounts_username_search`,
/// `accounts_ref_search`) while an import grows the table faster than
/// statistics follow: seconds per 500-row chunk. Joined against the list,
/// the unique btree indexes (or a hash join) answer in milliseconds.
fn existing_on_postgres(
    pg: &mut diesel::PgConnection,
    org_id: i64,
    lowered: &[String],
) -> AppResult<Vec<String>> {
    use diesel::connection::SimpleConnection;
    use diesel::sql_types::{Array, BigInt, Text};
    // Without parallel workers: for a few hundred names PostgreSQL would
    // start two of them, and starting them took 5x the lookup itself
    // (psql, 500 names against 100,000 accounts: 15.7 ms -> 3.1 ms).
    // `SET LOCAL` ends with this transaction (a savepoint inside the
    // import's own, whose inserts then do without them too).
    let names: Vec<Name> = pg.transaction(|pg| {
        pg.batch_execute("SET LOCAL max_parallel_workers_per_gather = 0")?;
        diesel::sql_query(
            "SELECT a.username AS name FROM unnest($2::text[]) AS u(name) \
         JOIN accounts a ON a.org_id = $1 AND a.username = u.name \
         UNION ALL \
         SELECT LOWER(a.account_ref) AS name FROM unnest($2::text[]) AS u(name) \
         JOIN accounts a ON a.org_id = $1 AND LOWER(a.account_ref) = u.name",
        )
        .bind::<BigInt, _>(org_id)
        .bind::<Array<Text>, _>(lowered)
        .load(pg)
    })?;
    Ok(names
        .into_iter()
        .filter_map(|n| n.name)
        .map(|n| n.to_lowercase())
        .collect())
}

/// Each of `e164s` that exists: its org and status.
fn number_states(conn: &mut DbConn, e164s: &[&str]) -> AppResult<HashMap<String, (i64, String)>> {
    let mut found = HashMap::new();
    for chunk in e164s.chunks(1000) {
        let rows: Vec<(String, i64, String)> = numbers::table
            .filter(numbers::e164.eq_any(chunk))
            .select((numbers::e164, numbers::org_id, numbers::status))
            .load(conn)?;
        found.extend(rows.into_iter().map(|(n, org, status)| (n, (org, status))));
    }
    Ok(found)
}

/// The number pool against a file: how many rows name a number, how many
/// have none (with Import & Invite each needs an Available number to pick
/// at activation), how many are Available, and how many rows cannot get one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pool {
    pub requested: i64,
    pub needing: i64,
    pub available: i64,
    pub short: i64,
}

impl Pool {
    pub fn of(requested: i64, needing: i64, available: i64) -> Pool {
        let left = (available - requested).max(0);
        Pool {
            requested,
            needing,
            available,
            short: (needing - left).max(0),
        }
    }
}
