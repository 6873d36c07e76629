//! An import killed mid-way (kill -9 of the portal running its job) leaves
//! no half-written row, and the portal started again on the same database
//! finishes the batch. The real binary runs as a child process here, since
//! only a process can die mid-transaction.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use reqwest::redirect::Policy;
use switchboard::db::schema::{accounts, batch_items, batches, organizations};
use switchboard::db::{self, Db, DbTarget};

use crate::helpers::{csrf_in, fresh_database, location};

const ADMIN_EMAIL: &str = "owner@example.com";
const ADMIN_PASSWORD: &str = "correct horse battery staple";
const ROWS: usize = 20_000;
/// Every this many rows one is invalid (social_messaging `Maybe`).
const INVALID_EVERY: usize = 97;

/// The generated file and how many of its rows are valid.
fn big_file() -> (Vec<u8>, usize) {
    let mut s = String::from(
        "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language\n",
    );
    let mut valid = 0;
    for i in 0..ROWS {
        let social = if i % INVALID_EVERY == 0 {
            "Maybe"
        } else {
            valid += 1;
            "No"
        };
        s.push_str(&format!(
            "First{i},Last{i},user{i}@example.com,{social},,auto,on,,,English\n"
        ));
    }
    (s.into_bytes(), valid)
}

/// A portal process on a database; killed when dropped.
struct Portal {
    child: Child,
    address: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn command(database_url: &str, dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_switchboard"));
    cmd.env_clear()
        .current_dir(dir)
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env(
            "RUST_LOG",
            std::env::var("CRASH_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .env("DATABASE_URL", database_url)
        .env("BIND_ADDR", "127.0.0.1:0")
        .env("MAIL_TRANSPORT", "memory")
        .env("MAIL_DIR", dir.join("mail"))
        .env("SMS_FILE", "off")
        .env("IMPORT_MAX_ROWS", "100000")
        .env("IMPORT_MAX_BYTES", "20000000")
        .env("JOB_LEASE_SECS", "1")
        .env("JOB_POLL_MS", "100")
        .env("WORKERS", "1")
        .env(
            "SESSION_SECRET",
            "crash-test-session-secret-0123456789abcdef0123456789abcdef0123456789",
        );
    cmd
}

/// Forwards a pipe's lines to `tx` until the process closes it.
fn forward(pipe: impl Read + Send + 'static, tx: mpsc::Sender<String>) {
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
}

/// Starts the portal and waits for the address it prints.
fn start(database_url: &str, dir: &std::path::Path) -> Portal {
    let mut child = command(database_url, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the portal");
    let (tx, rx) = mpsc::channel();
    forward(child.stdout.take().expect("stdout"), tx.clone());
    forward(child.stderr.take().expect("stderr"), tx);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = Vec::new();
    let address = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                if let Some(rest) = line.strip_prefix("Open ") {
                    let url = rest.split_whitespace().next().unwrap_or_default();
                    break url.trim_end_matches('/').to_owned();
                }
                seen.push(line);
            }
            Err(_) => panic!("the portal printed no address: {seen:#?}"),
        }
    };
    // Keep draining its output so that it never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in rx {
            if std::env::var_os("CRASH_LOG").is_some() {
                eprintln!("portal: {line}");
            }
        }
    });
    Portal { child, address }
}

fn create_admin(database_url: &str, dir: &std::path::Path) {
    let mut child = command(database_url, dir)
        .args([
            "create-admin",
            "--email",
            ADMIN_EMAIL,
            "--org-name",
            "Crash Test",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("create-admin");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{ADMIN_PASSWORD}\n").as_bytes())
        .expect("password");
    let out = child.wait_with_output().expect("create-admin ends");
    assert!(
        out.status.success(),
        "create-admin: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A browser signed in to one portal: cookies kept, redirects not followed.
struct Browser {
    client: reqwest::Client,
    csrf: String,
}

impl Browser {
    fn new() -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .cookie_store(true)
                .build()
                .expect("client"),
            csrf: String::new(),
        }
    }

    async fn get_html(&mut self, url: &str) -> String {
        let html = self
            .client
            .get(url)
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .expect("body");
        if let Some(token) = csrf_in(&html) {
            self.csrf = token;
        }
        html
    }

    async fn post_form(&self, url: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut body = vec![("csrf_token", self.csrf.as_str())];
        body.extend_from_slice(fields);
        self.client
            .post(url)
            .form(&body)
            .send()
            .await
            .expect("POST")
    }
}

/// What the database holds of the import, read directly.
struct Snapshot {
    state: String,
    counters: (i64, i64, i64),
    /// (position, outcome, account_id)
    items: Vec<(i64, String, Option<i64>)>,
    /// (id, username)
    accounts: Vec<(i64, Option<String>)>,
}

async fn snapshot(db: &Db) -> Snapshot {
    db.run(|conn| {
        let (state, s, k, f): (String, i64, i64, i64) = batches::table
            .select((
                batches::state,
                batches::succeeded,
                batches::skipped,
                batches::failed,
            ))
            .first(conn)?;
        let items = batch_items::table
            .select((
                batch_items::position,
                batch_items::outcome,
                batch_items::account_id,
            ))
            .load(conn)?;
        let accounts = accounts::table
            .select((accounts::id, accounts::username))
            .load(conn)?;
        Ok(Snapshot {
            state,
            counters: (s, k, f),
            items,
            accounts,
        })
    })
    .await
    .expect("snapshot")
}

/// The batch's state and how many of its rows have results.
async fn progress(db: &Db) -> (String, i64) {
    let state: String = db
        .run(|conn| Ok(batches::table.select(batches::state).first(conn)?))
        .await
        .expect("state");
    (state, item_count(db).await)
}

async fn item_count(db: &Db) -> i64 {
    db.run(|conn| Ok(batch_items::table.count().get_result(conn)?))
        .await
        .expect("count")
}

/// Every account has exactly one item pointing at it, every succeeded item
/// has its account, and the batch's counters are its items.
fn assert_consistent(s: &Snapshot) {
    let mut pointing: HashMap<i64, usize> = HashMap::new();
    for (position, outcome, account) in &s.items {
        if outcome == "succeeded" {
            let id =
                account.unwrap_or_else(|| panic!("item {position} succeeded without an account"));
            *pointing.entry(id).or_default() += 1;
        } else {
            assert!(
                account.is_none(),
                "item {position} is {outcome} but names an account"
            );
        }
    }
    let ids: HashSet<i64> = s.accounts.iter().map(|a| a.0).collect();
    for (id, n) in &pointing {
        assert!(
            ids.contains(id),
            "an item points at account {id}, which does not exist"
        );
        assert_eq!(*n, 1, "account {id} has {n} items");
    }
    for id in &ids {
        assert!(
            pointing.contains_key(id),
            "account {id} was added without its batch item"
        );
    }
    let count = |o: &str| s.items.iter().filter(|i| i.1 == o).count() as i64;
    assert_eq!(
        s.counters,
        (count("succeeded"), count("skipped"), count("failed")),
        "the batch counters are its items"
    );
    let mut positions: Vec<i64> = s.items.iter().map(|i| i.0).collect();
    positions.sort_unstable();
    positions.dedup();
    assert_eq!(positions.len(), s.items.len(), "one item per row");
}

async fn killed_import_leaves_whole_rows_and_finishes_after_restart(postgres: Option<&str>) {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, _pg_cleanup, backend) = fresh_database(postgres, dir.path());
    eprintln!("--- on {backend}");
    let (file, valid) = big_file();

    create_admin(&database_url, dir.path());
    let mut portal = start(&database_url, dir.path());
    let db =
        Db::new(db::connect(&DbTarget::parse(&database_url).expect("url"), 2).expect("connect"));
    let org: String = db
        .run(|conn| {
            Ok(organizations::table
                .filter(organizations::parent_id.is_null())
                .select(organizations::display_id)
                .first(conn)?)
        })
        .await
        .expect("org");

    // Sign in, upload, preview, press Import.
    let mut browser = Browser::new();
    let base = portal.address.clone();
    browser.get_html(&format!("{base}/login")).await;
    let response = browser
        .post_form(
            &format!("{base}/login"),
            &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303, "signed in");
    let form_page = format!("{base}/orgs/{org}/accounts/import");
    browser.get_html(&form_page).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", browser.csrf.clone())
        .text("org", org.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(file)
                .file_name("big.csv")
                .mime_str("text/csv")
                .expect("mime"),
        );
    let response = browser
        .client
        .post(&form_page)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    assert_eq!(
        response.status(),
        303,
        "{}",
        response.text().await.unwrap_or_default()
    );
    let preview = format!("{base}{}", location(&response));
    let page = browser.get_html(&preview).await;
    assert!(
        page.contains(&format!("<dt>Rows</dt><dd>{ROWS}</dd>")),
        "{page}"
    );
    let response = browser.post_form(&preview, &[("then", "import")]).await;
    assert_eq!(response.status(), 303);
    let batch = location(&response);
    assert!(batch.contains("/reports/batches/"), "{batch}");

    // Kill -9 as soon as some, not all, rows are recorded.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let n = item_count(&db).await;
        if n > 0 {
            assert!(
                (n as usize) < ROWS,
                "the import finished before it could be killed: make the file bigger"
            );
            break;
        }
        assert!(Instant::now() < deadline, "the import never started");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    portal.child.kill().expect("kill -9");
    portal.child.wait().expect("wait");
    drop(portal);

    let killed = snapshot(&db).await;
    eprintln!(
        "killed after {} of {ROWS} rows, {} accounts",
        killed.items.len(),
        killed.accounts.len()
    );
    assert_eq!(killed.state, "running", "half done, and it says so");
    assert!(killed.items.len() < ROWS, "killed mid-way");
    assert_consistent(&killed);

    // The portal again, on the same database: the job's lease runs out and
    // the batch goes on from where it stopped.
    let portal = start(&database_url, dir.path());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (state, n) = progress(&db).await;
        if state != "running" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not finished 60 s after the restart: {n} of {ROWS} rows"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let done = snapshot(&db).await;
    assert_eq!(done.state, "done");
    assert_consistent(&done);
    assert_eq!(done.items.len(), ROWS, "every row has its result");
    assert_eq!(done.accounts.len(), valid, "every valid row is an account");
    assert_eq!(done.counters, (valid as i64, 0, (ROWS - valid) as i64));
    let usernames: HashSet<&str> = done
        .accounts
        .iter()
        .filter_map(|a| a.1.as_deref())
        .collect();
    assert_eq!(usernames.len(), valid, "no username twice");

    // The same browser session sees the batch done on the new process.
    let page = browser
        .get_html(&format!("{}{batch}", portal.address))
        .await;
    assert!(
        page.contains(&format!("{ROWS} in all: {valid} succeeded")),
        "{page}"
    );
    eprintln!("{backend}: {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_killed_mid_way_leaves_whole_rows_and_finishes_after_restart() {
    killed_import_leaves_whole_rows_and_finishes_after_restart(None).await;
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        killed_import_leaves_whole_rows_and_finishes_after_restart(Some(&url)).await;
    }
}
