//! Accounts and numbers for the benchmark: `rows` accounts spread over the
//! org tree in every status, most holding a number, plus spare Available
//! numbers — multi-row INSERTs of generated values, in the seed's
//! transaction.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use switchboard::db::DbConn;
use switchboard::db::schema::accounts;
use switchboard::domain::orgs::Organization;
use switchboard::error::AppResult;

use crate::rng::{mix, pick};

/// A surname given to about five accounts whatever `rows` is.
pub const RARE_ACCOUNT_NAME: &str = "Villeneuve";

const ROWS_PER_STATEMENT: usize = 500;

const FIRST: &[&str] = &[
    "Alex", "Bea", "Cruz", "Dana", "Eli", "Fay", "Gil", "Hugo", "Ida", "Jo", "Kai", "Lea", "Max",
    "Noa", "Otto", "Pia", "Rui", "Sol", "Teo", "Val",
];
const LAST: &[&str] = &[
    "Almeida",
    "Brandt",
    "Costa",
    "Duarte",
    "Engel",
    "Fontaine",
    "Greco",
    "Horvat",
    "Iglesias",
    "Jansen",
    "Keller",
    "Lindqvist",
    "Mancini",
    "Novak",
    "Ortega",
    "Pereira",
    "Quint",
    "Ramos",
    "Santos",
    "Toth",
];

fn stamp(t: NaiveDateTime) -> String {
    t.format("'%Y-%m-%d %H:%M:%S'").to_string()
}

/// Inserts the accounts and numbers; returns how many accounts carry
/// [`RARE_ACCOUNT_NAME`].
pub fn accounts_in(
    conn: &mut DbConn,
    rows: usize,
    orgs: &[Organization],
    profile_id: i64,
) -> AppResult<usize> {
    let now = chrono::Utc::now().naive_utc();
    let mut rare_rows = 0;
    for start in (0..rows).step_by(ROWS_PER_STATEMENT) {
        let end = (start + ROWS_PER_STATEMENT).min(rows);
        let mut values = Vec::with_capacity(end - start);
        for i in start..end {
            let r = mix(i as u64 ^ 0xACC0);
            let rare = i % (rows / 5).max(1) == 11;
            rare_rows += usize::from(rare);
            let first = pick(FIRST, r);
            let last = if rare {
                RARE_ACCOUNT_NAME
            } else {
                pick(LAST, r >> 8)
            };
            let org = &orgs[((r >> 4) % orgs.len() as u64) as usize];
            let (status, expires, activated) = match (r >> 16) % 100 {
                0..55 => ("active", "NULL".into(), stamp(now - Duration::days(20))),
                55..75 => ("invited", stamp(now + Duration::days(10)), "NULL".into()),
                75..85 => ("invited", stamp(now - Duration::days(3)), "NULL".into()),
                85..97 => ("saved", "NULL".into(), "NULL".into()),
                _ => ("suspended", "NULL".into(), stamp(now - Duration::days(90))),
            };
            let device = (r >> 24).is_multiple_of(10);
            let (username, kind) = if device {
                (format!("'+4470{:08}'", i), "device")
            } else {
                (
                    format!("'{}.{}.{i}@customer.example'", first, last).to_lowercase(),
                    "email",
                )
            };
            let created = stamp(now - Duration::days(((r >> 32) % 700) as i64));
            values.push(format!(
                "({org}, 'A{i:07}', '{first}', '{last}', {username}, '{kind}', 'MultiLine', \
                 {profile_id}, '', '{status}', {expires}, {activated}, {created}, {created})",
                org = org.id,
            ));
        }
        diesel::sql_query(format!(
            "INSERT INTO accounts (org_id, account_ref, first_name, last_name, username, \
             username_kind, application, user_permissions_id, features, status, \
             invitation_expires_at, activated_at, created_at, updated_at) VALUES {}",
            values.join(", ")
        ))
        .execute(conn)?;
    }
    numbers_for(conn, now)?;
    Ok(rare_rows)
}

/// Active and suspended accounts hold a number (and some pending ones);
/// every org also has spare Available numbers, one in five tagged PORTED.
fn numbers_for(conn: &mut DbConn, now: NaiveDateTime) -> AppResult<()> {
    let holders: Vec<(i64, i64, String)> = accounts::table
        .select((accounts::id, accounts::org_id, accounts::status))
        .order(accounts::id)
        .load(conn)?;
    let at = stamp(now);
    let mut rows = Vec::new();
    for (next, (id, org_id, status)) in (15_550_000_000u64..).zip(&holders) {
        let holds = status == "active" || status == "suspended" || id % 3 == 0;
        if holds {
            rows.push(format!(
                "({org_id}, '+{next}', 'assigned', NULL, {id}, {at}, {at})"
            ));
        } else if id % 4 == 0 {
            let tag = if id % 5 == 0 { "'PORTED'" } else { "NULL" };
            rows.push(format!(
                "({org_id}, '+{next}', 'available', {tag}, NULL, {at}, {at})"
            ));
        }
    }
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        diesel::sql_query(format!(
            "INSERT INTO numbers (org_id, e164, status, tag, account_id, created_at, updated_at) \
             VALUES {}",
            chunk.join(", ")
        ))
        .execute(conn)?;
    }
    Ok(())
}
