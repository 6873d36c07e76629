//! The import benchmark's data: generated people as a CSV file in the
//! template's columns, and the floor it is compared with — the same people
//! inserted straight into the accounts table of a fresh database, 500 rows
//! per multi-row INSERT, one transaction each.

use std::time::{Duration, Instant};

use diesel::prelude::*;
use switchboard::db::schema::{accounts, user_permissions};
use switchboard::db::{self, DbTarget};
use switchboard::domain::first_admin;
use switchboard::domain::values::OrgName;
use switchboard::error::AppError;

use crate::rng::{mix, pick};
use crate::seed::Database;

pub const HEADER: &str = "firstname,lastname,email address or device,social_messaging,\
    multiline_number,monitor_calls,monitor_sms,forwarding_number,\
    restrict_incoming_social_messaging,Language";

/// Rows per transaction of the floor: the importer's chunk.
const FLOOR_ROWS: usize = 500;

const FIRST: &[&str] = &[
    "Anna", "Björn", "Chiara", "Darius", "Esther", "Felipe", "Gwen", "Henrik", "Isla", "Jamal",
    "Keiko", "Luca", "Mirela", "Nils", "Oona", "Paulo", "Rania", "Stefan", "Tomás", "Yara",
];
const LAST: &[&str] = &[
    "Achterberg",
    "Bianchi",
    "Carvalho",
    "Dimitrov",
    "Eklund",
    "Ferreira",
    "Gallagher",
    "Hoffmann",
    "Iwasaki",
    "Jovanović",
    "Kaplan",
    "Lombardi",
    "Mbeki",
    "Nyström",
    "O'Brien",
    "Popescu",
    "Quiroga",
    "Reyes",
    "Schmidt",
    "Van der Berg",
];
const LANGUAGES: &[&str] = &[
    "English", "English", "English", "Spanish", "German", "French",
];

/// One person of a generated file, as the CSV says and as the floor
/// stores it.
pub struct Person {
    first: &'static str,
    last: &'static str,
    /// An email (lower case) or a device in E.164.
    username: String,
    device: bool,
    social: bool,
    number: Option<String>,
    monitor_calls: &'static str,
    monitor_sms: &'static str,
    forwarding: Option<String>,
    language: &'static str,
}

/// `rows` people, unique across files by `file` (0 to 9): one in ten a
/// device, one in five with a forwarding number, the first `numbers.len()`
/// rows with an existing Available number of the org.
pub fn people(file: usize, rows: usize, numbers: &[String]) -> Vec<Person> {
    (0..rows)
        .map(|i| {
            let r = mix(i as u64 ^ 0x1A9_0A7);
            let (first, last) = (pick(FIRST, r), pick(LAST, r >> 8));
            let device = (r >> 16).is_multiple_of(10);
            let username = if device {
                // +44 77, the file's digit, the row: unique.
                format!("+4477{}{i:07}", file % 10)
            } else {
                let local: String = format!("{first}.{last}")
                    .to_lowercase()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect();
                format!("{local}.f{file}-{i}@people.example")
            };
            Person {
                first,
                last,
                username,
                device,
                social: (r >> 20).is_multiple_of(3),
                number: numbers.get(i).cloned(),
                monitor_calls: pick(&["auto", "auto", "off"], r >> 24),
                monitor_sms: pick(&["on", "off"], r >> 28),
                forwarding: (r >> 32)
                    .is_multiple_of(5)
                    .then(|| format!("+4420794{:06}", i % 1_000_000)),
                language: pick(LANGUAGES, r >> 36),
            }
        })
        .collect()
}

/// The file as a spreadsheet would save it: the header, one line per person.
pub fn csv(people: &[Person]) -> Vec<u8> {
    let mut out = String::with_capacity(100 * (people.len() + 1));
    out.push_str(HEADER);
    out.push('\n');
    let yes_no = |b: bool| if b { "Yes" } else { "No" };
    for p in people {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},,{}\n",
            p.first,
            p.last,
            p.username,
            yes_no(p.social),
            p.number.as_deref().unwrap_or(""),
            p.monitor_calls,
            p.monitor_sms,
            p.forwarding.as_deref().unwrap_or(""),
            p.language,
        ));
    }
    out.into_bytes()
}

/// Inserts `people` into the accounts table of `database` (fresh: it is
/// migrated and given a top org here); returns the time of the inserts
/// alone.
pub fn floor(database: &Database, people: &[Person]) -> anyhow::Result<Duration> {
    let target = DbTarget::parse(&database.url)?;
    let pool = db::connect(&target, 1)?;
    let mut conn = pool.get()?;
    let app = |e: AppError| anyhow::anyhow!("{e}");
    let name = OrgName::parse("Floor").map_err(|e| anyhow::anyhow!(e))?;
    let top = first_admin::create_top_org(&mut conn, &name).map_err(app)?;
    let profile: i64 = user_permissions::table
        .filter(user_permissions::org_id.eq(top.id))
        .select(user_permissions::id)
        .first(&mut *conn)?;
    let started = Instant::now();
    let now = chrono::Utc::now().naive_utc();
    for chunk in people.chunks(FLOOR_ROWS) {
        let values: Vec<_> = chunk
            .iter()
            .map(|p| {
                (
                    accounts::org_id.eq(top.id),
                    accounts::account_ref.eq(p.username.as_str()),
                    accounts::first_name.eq(p.first),
                    accounts::last_name.eq(p.last),
                    accounts::username.eq(Some(p.username.as_str())),
                    accounts::username_kind.eq(if p.device { "device" } else { "email" }),
                    accounts::application.eq("MultiLine"),
                    accounts::user_permissions_id.eq(profile),
                    accounts::forwarding_number.eq(p.forwarding.as_deref()),
                    accounts::features.eq(if p.social { "social_messaging" } else { "" }),
                    accounts::monitor_calls.eq(p.monitor_calls),
                    accounts::monitor_sms.eq(p.monitor_sms),
                    accounts::restrict_incoming_social.eq(false),
                    accounts::language.eq(p.language),
                    accounts::status.eq("saved"),
                    accounts::created_at.eq(now),
                    accounts::updated_at.eq(now),
                )
            })
            .collect();
        db::transaction(&mut conn, |conn| {
            switchboard::each_backend!(conn, c => diesel::insert_into(accounts::table)
                .values(&values)
                .execute(c))
        })?;
    }
    Ok(started.elapsed())
}
