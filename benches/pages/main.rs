//! `cargo bench --bench pages`: how fast the portal's pages are on a
//! database of realistic size, measured against `/healthz` in the same run.
//!
//! Seeds a fresh database (SQLite; PostgreSQL too when `TEST_POSTGRES_URL`
//! is set), starts the release binary as a child process, signs in as an
//! Enterprise Super Administrator and loads each page from 64 keep-alive
//! connections for `BENCH_SECONDS`, fires a burst of sign-ins, then times
//! a CSV import of accounts against a plain batch insert (`import.rs`). It
//! prints figures and asserts nothing about speed: it fails only when the
//! seed, the server's start or an import fails. README.md, Performance,
//! explains the output.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod client;
mod import;
mod import_data;
mod load;
mod report;
mod rng;
mod seed;
mod seed_accounts;
mod server;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use seed::Database;

/// Simultaneous sign-ins in the burst.
const BURST: usize = 200;

struct Settings {
    rows: usize,
    seconds: u64,
    connections: usize,
    /// Rows of the big import file (`BENCH_IMPORT_ROWS`).
    import_rows: usize,
    /// `BENCH_ONLY=pages` or `BENCH_ONLY=import` runs that part alone.
    only: Option<String>,
    /// `BENCH_BACKEND=sqlite` or `BENCH_BACKEND=postgres` runs that one alone.
    backend: Option<String>,
    /// `BENCH_PAGES=dashboard,accounts` loads only the pages whose label
    /// contains one of these words (to profile one page).
    pages: Vec<String>,
}

impl Settings {
    fn runs(&self, part: &str) -> bool {
        self.only.as_deref().is_none_or(|o| o == part)
    }

    fn on(&self, backend: &str) -> bool {
        self.backend.as_deref().is_none_or(|b| b == backend)
    }
}

impl Settings {
    fn from_env() -> Self {
        let number = |key: &str, default: u64| {
            std::env::var(key)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .unwrap_or(default)
        };
        Self {
            rows: number("BENCH_ROWS", 100_000) as usize,
            seconds: number("BENCH_SECONDS", 10).max(1),
            connections: number("BENCH_CONNECTIONS", 64).max(1) as usize,
            import_rows: number("BENCH_IMPORT_ROWS", 150_000).max(1) as usize,
            only: std::env::var("BENCH_ONLY").ok().filter(|v| !v.is_empty()),
            backend: std::env::var("BENCH_BACKEND")
                .ok()
                .filter(|v| !v.is_empty()),
            pages: std::env::var("BENCH_PAGES")
                .unwrap_or_default()
                .split(',')
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let settings = Settings::from_env();
    let postgres = std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let env_or = |key: &str, default: &str| std::env::var(key).unwrap_or_else(|_| default.into());
    println!("machine: {}", report::machine());
    println!(
        "settings: backends SQLite{}, {} administrators, {} s per page, {} connections, \
         import files of 1000 and {} rows, server WORKERS={} DB_POOL_SIZE={}",
        if postgres.is_some() {
            " and PostgreSQL"
        } else {
            ""
        },
        settings.rows,
        settings.seconds,
        settings.connections,
        settings.import_rows,
        env_or("WORKERS", "<cores>"),
        env_or("DB_POOL_SIZE", "8"),
    );
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("pages: cannot create a temporary directory");
        return ExitCode::FAILURE;
    };
    let mut failed = false;
    let sqlite = settings
        .on("sqlite")
        .then(|| Ok(Database::sqlite(dir.path())));
    let pg = postgres
        .as_deref()
        .filter(|_| settings.on("postgres"))
        .map(Database::postgres);
    for database in sqlite.into_iter().chain(pg) {
        let outcome = match database {
            Ok(database) => bench(&database, &settings, dir.path(), postgres.as_deref()).await,
            Err(e) => Err(e),
        };
        if let Err(e) = outcome {
            eprintln!("pages: {e:#}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Seed, start, sign in, load each page, burst; for one database. The
/// server guard is made after `database`, so it dies before the database
/// is dropped.
async fn bench(
    database: &Database,
    settings: &Settings,
    dir: &std::path::Path,
    postgres: Option<&str>,
) -> anyhow::Result<()> {
    println!();
    println!("== {}", database.backend);
    let started = Instant::now();
    // Blocking diesel work on the runtime thread: nothing else runs yet.
    let seeded = seed::seed(database, settings.rows)?;
    println!(
        "seeded {} administrators (+1 super), {} accounts with numbers, {} orgs, {} roles in {:.1} s",
        settings.rows,
        settings.rows,
        seeded.orgs,
        seeded.roles,
        started.elapsed().as_secs_f64()
    );
    if settings.runs("pages") {
        pages(database, settings, dir, &seeded).await?;
    }
    if !settings.runs("import") {
        return Ok(());
    }
    let top = &seeded.top_display_id;
    // Into the same database, on servers of their own: the peak memory is
    // the import's, not the burst's.
    import::bench(database, top, dir, settings.import_rows, postgres).await
}

/// Each page under load, then the sign-in burst, on a server of their own.
async fn pages(
    database: &Database,
    settings: &Settings,
    dir: &std::path::Path,
    seeded: &seed::Seeded,
) -> anyhow::Result<()> {
    let server = server::start(&database.url, dir).await?;
    let base = server.base_url.clone();
    let cookie = client::sign_in(&base, seed::SUPER_EMAIL, seed::SUPER_PASSWORD).await?;

    let top = &seeded.top_display_id;
    let list = format!("/orgs/{top}/administrators");
    let accounts_last = last_page(
        &base,
        &format!("/orgs/{top}/accounts"),
        &cookie,
        settings.rows,
    )
    .await;
    let last_page = last_page(&base, &list, &cookie, settings.rows).await;
    let search = seed::RARE_LAST_NAME.to_lowercase();
    let accounts = format!("/orgs/{top}/accounts");
    let account_search = seed_accounts::RARE_ACCOUNT_NAME.to_lowercase();
    let pages = [
        ("dashboard".into(), format!("/orgs/{top}/dashboard")),
        ("administrators, page 1".into(), list.clone()),
        (
            format!("administrators, page {last_page} (last)"),
            format!("{list}?page={last_page}"),
        ),
        (
            format!(
                "administrators, q={search} ({} rows)",
                seeded.search_matches
            ),
            format!("{list}?q={search}"),
        ),
        (
            "administrators, sorted by last sign in".into(),
            format!("{list}?sort=last_sign_in&dir=desc"),
        ),
        (
            format!("administrators, sorted by last sign in, page {last_page}"),
            format!("{list}?sort=last_sign_in&dir=desc&page={last_page}"),
        ),
        ("accounts, page 1".into(), accounts.clone()),
        (
            format!("accounts, page {accounts_last} (last)"),
            format!("{accounts}?page={accounts_last}"),
        ),
        (
            format!(
                "accounts, q={account_search} ({} rows)",
                seeded.account_search_matches
            ),
            format!("{accounts}?q={account_search}"),
        ),
        (
            "accounts, sorted by username".into(),
            format!("{accounts}?sort=username"),
        ),
        (
            "accounts, invitation expired".into(),
            format!("{accounts}?invitation=expired"),
        ),
        ("number management".into(), format!("/orgs/{top}/numbers")),
    ];

    let seconds = Duration::from_secs(settings.seconds);
    let connections = settings.connections;
    let target = (base.as_str(), server.pid());
    // A page is loaded signed in. `/healthz` is loaded as a load balancer
    // calls it, without the session cookie: with it, the session layer
    // would read the session first and the baseline would cost two database
    // trips instead of one.
    let run = |label: String, path: String| {
        let cookie = (path != "/healthz").then(|| cookie.clone());
        async move {
            load::run(
                &label,
                target,
                &path,
                cookie.as_deref(),
                connections,
                seconds,
            )
            .await
        }
    };
    // Each page right after a /healthz of its own, and its ratios against
    // that one: the machine's speed drifts over a run (a shared VM: the
    // same build has measured 0.27 and 0.46 with one /healthz for all), and
    // a ratio is only as steady as the two figures it divides.
    let chosen = |label: &str| {
        settings.pages.is_empty() || settings.pages.iter().any(|p| label.contains(p.as_str()))
    };
    let first = run("/healthz".into(), "/healthz".into()).await?;
    let mut rows: Vec<(load::Run, load::Run)> = vec![];
    for (label, path) in pages.iter().filter(|(label, _)| chosen(label)) {
        let health = run("/healthz".into(), "/healthz".into()).await?;
        rows.push((health, run(label.clone(), path.clone()).await?));
    }
    let again = run("/healthz (again, at the end)".into(), "/healthz".into()).await?;
    println!();
    let mut table: Vec<(&load::Run, &load::Run)> = vec![(&first, &first)];
    table.extend(rows.iter().map(|(health, page)| (health, page)));
    table.push((&first, &again));
    report::table(&table);
    println!();
    let mut burst_emails = seeded.burst_emails.clone();
    if burst_emails.is_empty() {
        burst_emails.push(seed::SUPER_EMAIL.to_owned());
    }
    let burst = load::sign_in_burst(
        &base,
        server.pid(),
        BURST,
        &burst_emails,
        seed::SUPER_PASSWORD,
    )
    .await?;
    report::burst(&burst);
    drop(server);
    Ok(())
}

/// The list's last page: read off the first page ("Page 1 of N"), or
/// computed from the row count (25 a page) if the page does not say.
async fn last_page(base: &str, list: &str, cookie: &str, rows: usize) -> i64 {
    let computed = (rows as i64 + 1 + 24) / 25;
    let Ok(client) = client::plain() else {
        return computed;
    };
    let response = client
        .get(format!("{base}{list}"))
        .header(reqwest::header::COOKIE, cookie)
        .send()
        .await;
    match response {
        Ok(r) => r
            .text()
            .await
            .ok()
            .and_then(|html| client::page_count_in(&html))
            .unwrap_or(computed),
        Err(_) => computed,
    }
}
