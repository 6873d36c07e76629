//! A fresh database of realistic shape: the top org, a three-level tree of
//! sub-orgs, a handful of custom roles and `rows` administrators spread over
//! them, plus one Enterprise Super Administrator whose password we know.
//!
//! The few structural rows go through the domain functions (so paths,
//! display ids and privileges are exactly what the app writes); the bulk
//! rows are multi-row INSERTs, 1000 per statement, all in one transaction.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use switchboard::db::schema::{administrators, user_permissions};
use switchboard::db::{self, DbConn, DbTarget};
use switchboard::domain::orgs::{self, Organization};
use switchboard::domain::privileges::{Privilege, PrivilegeSet};
use switchboard::domain::roles::{self, RoleName};
use switchboard::domain::values::{Email, OrgName, PersonName};
use switchboard::domain::{admins, first_admin, tokens};
use switchboard::error::{AppError, AppResult};

use crate::rng::{mix, pick};

pub const SUPER_EMAIL: &str = "super@bench.example";
pub const SUPER_PASSWORD: &str = "bench password, correct horse battery staple";
/// A surname given to about five rows whatever `rows` is: the search term.
pub const RARE_LAST_NAME: &str = "Quenneville";

const ROWS_PER_STATEMENT: usize = 1000;

/// Where the benchmark's database lives; dropping it removes it.
pub struct Database {
    pub backend: &'static str,
    pub url: String,
    pg: Option<PgDatabase>,
}

/// A PostgreSQL database made for one run and dropped after it, as
/// tests/api/helpers.rs does for each test.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = diesel::PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn);
        }
    }
}

impl Database {
    pub fn sqlite(dir: &std::path::Path) -> Self {
        Self {
            backend: "SQLite",
            url: format!("sqlite://{}", dir.join("bench.db").display()),
            pg: None,
        }
    }

    pub fn postgres(admin_url: &str) -> anyhow::Result<Self> {
        let name = format!("sb_bench_{}", &tokens::random_token()[..16]).to_lowercase();
        let mut conn = diesel::PgConnection::establish(admin_url)?;
        diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut conn)?;
        let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
        Ok(Self {
            backend: "PostgreSQL",
            url: format!("{base}/{name}"),
            pg: Some(PgDatabase {
                admin_url: admin_url.to_owned(),
                name,
            }),
        })
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }
}

/// What the load phase needs to know about the seeded data.
pub struct Seeded {
    pub top_display_id: String,
    pub orgs: usize,
    pub roles: usize,
    /// How many rows the search for `RARE_LAST_NAME` matches.
    pub search_matches: usize,
    /// How many accounts the search for `RARE_ACCOUNT_NAME` matches.
    pub account_search_matches: usize,
    /// Active administrators with the seed's password, for the sign-in
    /// burst: one account signed in 200 times at once would meet the
    /// lockout (it counts tries in flight), not the password hashing.
    pub burst_emails: Vec<String>,
}

/// Runs the migrations and seeds; the connection is closed on return, before
/// the server starts.
pub fn seed(database: &Database, rows: usize) -> anyhow::Result<Seeded> {
    let target = DbTarget::parse(&database.url)?;
    let pool = db::connect(&target, 1)?;
    let mut conn = pool.get()?;
    // One argon2 hash: every seeded admin with a password shares it, which
    // gives the rows their real width without 100000 hashes.
    let hash = switchboard::auth::password::hash(SUPER_PASSWORD).map_err(app)?;
    let seeded = db::transaction(&mut conn, |conn| seed_in(conn, rows, &hash)).map_err(app)?;
    if database.is_postgres() {
        // A database that grew to this size would have been analysed by
        // autovacuum long ago; without statistics the planner guesses.
        // (SQLite: the app never runs ANALYZE, so neither do we.)
        diesel::sql_query("ANALYZE").execute(&mut *conn)?;
    }
    Ok(seeded)
}

fn app(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// The domain's parsers report a message; the seed's fixed names never fail.
fn valid<T, E: Into<switchboard::i18n::Msg>>(parsed: Result<T, E>) -> AppResult<T> {
    parsed.map_err(|m| AppError::BadRequest(m.into()))
}

fn seed_in(conn: &mut DbConn, rows: usize, hash: &str) -> AppResult<Seeded> {
    let top = first_admin::create_top_org(conn, &valid(OrgName::parse("Acme Telecom"))?)?;
    let super_role = roles::super_admin_role_id(conn)?;
    admins::create_active(
        conn,
        admins::NewActiveAdmin {
            org: &top,
            role_id: super_role,
            first_name: &valid(PersonName::parse_first("Sam"))?,
            last_name: &valid(PersonName::parse_last("Super"))?,
            email: &valid(Email::parse(SUPER_EMAIL))?,
            password_hash: hash.to_owned(),
        },
    )?;
    let mut all_orgs = vec![top.clone()];
    all_orgs.extend(org_tree(conn, &top)?);
    let mut role_ids = custom_roles(conn, &top)?;
    role_ids.push(super_role);
    let search_matches = administrators_in(conn, rows, &all_orgs, &role_ids, hash)?;
    let profile: i64 = user_permissions::table
        .filter(user_permissions::org_id.eq(top.id))
        .filter(user_permissions::is_default.eq(true))
        .select(user_permissions::id)
        .first(conn)?;
    let account_search_matches = crate::seed_accounts::accounts_in(conn, rows, &all_orgs, profile)?;
    let burst_emails: Vec<String> = administrators::table
        .filter(administrators::status.eq("active"))
        .filter(administrators::kind.eq(admins::KIND_ADMIN))
        .filter(administrators::password_hash.is_not_null())
        .select(administrators::email)
        .order(administrators::id)
        .limit(200)
        .load(conn)?;
    Ok(Seeded {
        account_search_matches,
        burst_emails,
        top_display_id: top.display_id,
        orgs: all_orgs.len(),
        roles: role_ids.len(),
        search_matches,
    })
}

/// Top → 4 regions → 3 countries each → 3 branches each: 52 sub-orgs.
fn org_tree(conn: &mut DbConn, top: &Organization) -> AppResult<Vec<Organization>> {
    const REGIONS: [(&str, [&str; 3]); 4] = [
        ("Americas", ["United States", "Canada", "Brazil"]),
        ("Europe", ["France", "Germany", "Spain"]),
        ("Asia Pacific", ["Japan", "Australia", "India"]),
        ("Africa", ["Kenya", "Nigeria", "South Africa"]),
    ];
    let mut made = Vec::new();
    for (region, countries) in REGIONS {
        let region = orgs::create_child(conn, top, &valid(OrgName::parse(region))?)?;
        for country in countries {
            let c = orgs::create_child(conn, &region, &valid(OrgName::parse(country))?)?;
            for branch in ["North", "Central", "South"] {
                let name = valid(OrgName::parse(&format!("{country} {branch}")))?;
                made.push(orgs::create_child(conn, &c, &name)?);
            }
            made.push(c);
        }
        made.push(region);
    }
    Ok(made)
}

/// Six custom roles owned by the top org, from narrow to broad.
fn custom_roles(conn: &mut DbConn, top: &Organization) -> AppResult<Vec<i64>> {
    use Privilege as P;
    let views: Vec<Privilege> = Privilege::ALL
        .iter()
        .copied()
        .filter(|p| p.key().contains(".view"))
        .collect();
    let specs: Vec<(&str, Vec<Privilege>)> = vec![
        ("Help Desk", vec![P::AccountsView, P::AccountsEdit]),
        ("Read Only", views),
        (
            "Reporting",
            vec![P::DashboardView, P::ReportsViewUserMetrics],
        ),
        (
            "User Manager",
            vec![P::AccountsInvite, P::AccountsEdit, P::AccountsDelete],
        ),
        (
            "Administrator Manager",
            vec![P::AdministratorsCreate, P::AdministratorsEdit],
        ),
        ("Integrations", vec![P::ApiUsersCreate, P::ApiUsersEdit]),
    ];
    let mut ids = Vec::new();
    for (name, privileges) in specs {
        let set = PrivilegeSet::closed(privileges);
        ids.push(roles::create(conn, top, &valid(RoleName::parse(name))?, &set)?.id);
    }
    Ok(ids)
}

const FIRST: &[&str] = &[
    "Ada", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi",
    "Lars", "Maya", "Nikolai", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Uma", "Victor",
    "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Chloe", "Diego", "Emeka", "Fatima",
    "Gustav", "Hana", "Ivan", "Julia", "Kofi", "Lucia", "Mateo", "Nadia",
];
const LAST: &[&str] = &[
    "Abara",
    "Berg",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Rossi",
    "Silva",
    "Tanaka",
    "Usman",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Andersen",
    "Brown",
    "Chen",
    "Da Costa",
    "Evans",
    "Fernandes",
    "Gomez",
    "Huang",
    "Ivanova",
    "Johnson",
    "Kim",
    "Larsen",
    "Martin",
    "Nguyen",
    "Oliveira",
];
const DOMAINS: &[&str] = &["acme.example", "globex.example", "initech.example"];
const APPS: &[&str] = &["CRM Sync", "Billing Export", "Call Analytics"];

type NewAdmin = (
    diesel::dsl::Eq<administrators::org_id, i64>,
    diesel::dsl::Eq<administrators::role_id, i64>,
    diesel::dsl::Eq<administrators::kind, &'static str>,
    diesel::dsl::Eq<administrators::first_name, &'static str>,
    diesel::dsl::Eq<administrators::last_name, &'static str>,
    diesel::dsl::Eq<administrators::email, String>,
    diesel::dsl::Eq<administrators::backup_email, Option<String>>,
    diesel::dsl::Eq<administrators::language, &'static str>,
    diesel::dsl::Eq<administrators::status, &'static str>,
    diesel::dsl::Eq<administrators::password_hash, Option<String>>,
    diesel::dsl::Eq<administrators::external_application, Option<&'static str>>,
    diesel::dsl::Eq<administrators::last_sign_in_at, Option<NaiveDateTime>>,
    diesel::dsl::Eq<administrators::mfa_enabled, bool>,
    diesel::dsl::Eq<administrators::created_at, NaiveDateTime>,
    diesel::dsl::Eq<administrators::updated_at, NaiveDateTime>,
);

/// Row `i` of the seed: mostly active admins, some invited or suspended,
/// one in twenty an API user; about five carry `RARE_LAST_NAME`.
fn admin_row(
    i: usize,
    rows: usize,
    orgs: &[Organization],
    role_ids: &[i64],
    hash: &str,
    now: NaiveDateTime,
) -> (NewAdmin, bool) {
    use administrators as a;
    let r = mix(i as u64);
    let rare = i % (rows / 5).max(1) == 7;
    let first = pick(FIRST, r);
    let last = if rare {
        RARE_LAST_NAME
    } else {
        pick(LAST, r >> 8)
    };
    let api = r % 20 == 3;
    let status = match (r >> 16) % 100 {
        _ if api => admins::Status::Active,
        0..70 => admins::Status::Active,
        70..85 => admins::Status::Invited,
        85..95 => admins::Status::LoginSuspended,
        _ => admins::Status::AccountSuspended,
    };
    let local = format!("{first}.{last}.{i}")
        .to_lowercase()
        .replace(' ', "");
    let email = format!("{local}@{}", pick(DOMAINS, r >> 24));
    let created = now - Duration::days(((r >> 32) % 1500) as i64);
    let signed_in = (status == admins::Status::Active && !api)
        .then(|| now - Duration::minutes(((r >> 40) % (90 * 24 * 60)) as i64));
    let row = (
        a::org_id.eq(orgs[((r >> 4) % orgs.len() as u64) as usize].id),
        // The super role is last in the list and rare: 1 row in 100.
        a::role_id.eq(if (r >> 12).is_multiple_of(100) {
            role_ids[role_ids.len() - 1]
        } else {
            pick(&role_ids[..role_ids.len() - 1], r >> 20)
        }),
        a::kind.eq(if api {
            admins::KIND_API
        } else {
            admins::KIND_ADMIN
        }),
        a::first_name.eq(first),
        a::last_name.eq(last),
        a::email.eq(email),
        a::backup_email.eq((r >> 28)
            .is_multiple_of(10)
            .then(|| format!("{local}@backup.example"))),
        a::language.eq(pick(
            &["English", "English", "English", "Spanish", "Portuguese"],
            r >> 36,
        )),
        a::status.eq(status.as_str()),
        a::password_hash.eq((!api && status != admins::Status::Invited).then(|| hash.to_owned())),
        a::external_application.eq(api.then(|| pick(APPS, r >> 44))),
        a::last_sign_in_at.eq(signed_in),
        a::mfa_enabled.eq((r >> 48).is_multiple_of(10)),
        a::created_at.eq(created),
        a::updated_at.eq(created),
    );
    (row, rare)
}

/// Inserts `rows` administrators, 1000 per statement; returns how many got
/// the rare surname.
fn administrators_in(
    conn: &mut DbConn,
    rows: usize,
    orgs: &[Organization],
    role_ids: &[i64],
    hash: &str,
) -> AppResult<usize> {
    let now = chrono::Utc::now().naive_utc();
    let mut rare_rows = 0;
    for start in (0..rows).step_by(ROWS_PER_STATEMENT) {
        let end = (start + ROWS_PER_STATEMENT).min(rows);
        let mut batch = Vec::with_capacity(end - start);
        for i in start..end {
            let (row, rare) = admin_row(i, rows, orgs, role_ids, hash, now);
            rare_rows += usize::from(rare);
            batch.push(row);
        }
        switchboard::each_backend!(conn, c => diesel::insert_into(administrators::table)
            .values(&batch)
            .execute(c))?;
    }
    Ok(rare_rows)
}
