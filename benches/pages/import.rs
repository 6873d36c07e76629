//! Accounts → Multiple Accounts under the clock: generated files of 1,000
//! and `BENCH_IMPORT_ROWS` rows uploaded, previewed and imported over HTTP
//! into the seeded top org, each on a freshly started server (limits
//! raised) so its peak memory is the file's; then the floor, a plain batch
//! insert of the big file's rows into a fresh database of the same backend.

use std::path::Path;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use reqwest::redirect::Policy;
use switchboard::db::schema::{batches, numbers, organizations};
use switchboard::db::{self, DbTarget};

use crate::import_data;
use crate::seed::Database;
use crate::{client, server};

/// The small file: what the 150 ms target is about.
const SMALL: usize = 1000;
/// Rows given an existing Available number, in each file.
const WITH_NUMBER: usize = 5;
/// How often the progress is asked, as the batch page's script would.
const POLL: Duration = Duration::from_millis(20);

/// What one file did.
struct Measured {
    rows: usize,
    bytes: usize,
    upload_preview: Duration,
    /// From the press until the client saw the batch done (it asks every
    /// `POLL`).
    import: Duration,
    /// The server's share of it: the press's request, then the batch from
    /// its creation to its finish as the database recorded them.
    import_server: Duration,
    hwm_mib: Option<f64>,
    /// The batch's last progress: succeeded, skipped, failed.
    outcome: (i64, i64, i64),
}

/// Both files, the floor, and the table.
pub async fn bench(
    database: &Database,
    top: &str,
    dir: &Path,
    big: usize,
    postgres: Option<&str>,
) -> anyhow::Result<()> {
    let spare = available_numbers(database, top, 2 * WITH_NUMBER)?;
    let (small_numbers, big_numbers) = spare.split_at(spare.len() / 2);
    let mut sizes = vec![(SMALL.min(big), small_numbers)];
    if big > SMALL {
        sizes.push((big, big_numbers));
    }
    let mut measured = Vec::new();
    let mut big_people = Vec::new();
    for (file, (rows, numbers)) in sizes.into_iter().enumerate() {
        let people = import_data::people(file, rows, numbers);
        let csv = import_data::csv(&people);
        measured.push(one_file(database, top, dir, csv, rows).await?);
        big_people = people;
    }
    // The floor: a fresh database of the same backend, dropped after.
    let floor_dir = tempfile::tempdir_in(dir)?;
    let fresh = match postgres {
        Some(url) => Database::postgres(url)?,
        None => Database::sqlite(floor_dir.path()),
    };
    let floor = import_data::floor(&fresh, &big_people)?;
    drop(fresh);
    print(&measured, big_people.len(), floor);
    Ok(())
}

/// A few Available numbers of the top org, for the `multiline_number`
/// column (the rest of the rows leave it empty).
fn available_numbers(database: &Database, top: &str, n: usize) -> anyhow::Result<Vec<String>> {
    let pool = db::connect(&DbTarget::parse(&database.url)?, 1)?;
    let mut conn = pool.get()?;
    let org: i64 = organizations::table
        .filter(organizations::display_id.eq(top))
        .select(organizations::id)
        .first(&mut *conn)?;
    Ok(numbers::table
        .filter(numbers::org_id.eq(org))
        .filter(numbers::status.eq("available"))
        .select(numbers::e164)
        .order(numbers::e164)
        .limit(n as i64)
        .load(&mut *conn)?)
}

/// Starts a server whose limits take `csv`, signs in, and times the upload
/// with its preview, then the import until the batch is done.
async fn one_file(
    database: &Database,
    top: &str,
    dir: &Path,
    csv: Vec<u8>,
    rows: usize,
) -> anyhow::Result<Measured> {
    let bytes = csv.len();
    let env = [
        ("IMPORT_MAX_ROWS", rows.to_string()),
        ("IMPORT_MAX_BYTES", (bytes + 1024).to_string()),
    ];
    let server = server::start_with(&database.url, dir, &env).await?;
    let base = server.base_url.clone();
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let browser = reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_provider(jar)
        .timeout(Duration::from_secs(600))
        .build()?;
    let token = client::login_token(&browser, &base).await?;
    let status = client::post_login(
        &browser,
        &base,
        &token,
        crate::seed::SUPER_EMAIL,
        crate::seed::SUPER_PASSWORD,
    )
    .await?;
    anyhow::ensure!(status == 303, "sign-in answered {status}");
    let form_path = format!("/orgs/{top}/accounts/import");
    let page = html(&browser, &format!("{base}{form_path}")).await?;
    let token = client::csrf_in(&page).ok_or_else(|| anyhow::anyhow!("no token on the form"))?;

    // (a) Upload and preview: the two requests a person waits for.
    let started = Instant::now();
    let file = reqwest::multipart::Part::bytes(csv)
        .file_name("people.csv")
        .mime_str("text/csv")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .text("org", top.to_owned())
        .part("file", file);
    let response = browser
        .post(format!("{base}{form_path}"))
        .multipart(form)
        .send()
        .await?;
    let preview = redirect(response, "the upload").await?;
    let page = html(&browser, &format!("{base}{preview}")).await?;
    let upload_preview = started.elapsed();
    let token = client::csrf_in(&page).ok_or_else(|| anyhow::anyhow!("no token on the preview"))?;

    // (b) Import: from the press to the batch's state "done".
    let started = Instant::now();
    let response = browser
        .post(format!("{base}{preview}"))
        .form(&[("csrf_token", token.as_str()), ("then", "import")])
        .send()
        .await?;
    let batch = redirect(response, "Import").await?;
    let pressed = started.elapsed();
    let progress = format!("{base}{batch}/progress");
    let last = loop {
        let text = browser.get(&progress).send().await?.text().await?;
        let p: serde_json::Value = serde_json::from_str(&text)?;
        if p["state"] != "running" {
            anyhow::ensure!(p["state"] == "done", "the import ended {p}");
            break p;
        }
        tokio::time::sleep(POLL).await;
    };
    let import = started.elapsed();
    let count = |k: &str| last[k].as_i64().unwrap_or(-1);
    let id: i64 = batch
        .rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no batch id in {batch}"))?;
    let import_server = pressed + batch_span(database, id)?;
    Ok(Measured {
        rows,
        bytes,
        upload_preview,
        import,
        import_server,
        hwm_mib: server::memory_mib(server.pid(), "VmHWM:"),
        outcome: (count("succeeded"), count("skipped"), count("failed")),
    })
}

/// How long batch `id` ran, by its own timestamps.
fn batch_span(database: &Database, id: i64) -> anyhow::Result<Duration> {
    let pool = db::connect(&DbTarget::parse(&database.url)?, 1)?;
    let mut conn = pool.get()?;
    let (created, finished): (chrono::NaiveDateTime, Option<chrono::NaiveDateTime>) =
        batches::table
            .find(id)
            .select((batches::created_at, batches::finished_at))
            .first(&mut *conn)?;
    let finished = finished.ok_or_else(|| anyhow::anyhow!("batch {id} has not finished"))?;
    Ok((finished - created).to_std().unwrap_or_default())
}

async fn html(browser: &reqwest::Client, url: &str) -> anyhow::Result<String> {
    let response = browser.get(url).send().await?;
    anyhow::ensure!(
        response.status() == 200,
        "{url} answered {}",
        response.status()
    );
    Ok(response.text().await?)
}

/// The path a 303 points to, or why there was none.
async fn redirect(response: reqwest::Response, what: &str) -> anyhow::Result<String> {
    let status = response.status();
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .map(str::to_owned);
    match location {
        Some(l) if status == 303 => Ok(l),
        _ => {
            let body = response.text().await.unwrap_or_default();
            let start = body.find("<main").unwrap_or(0);
            let excerpt: String = body[start..].chars().take(600).collect();
            anyhow::bail!("{what} answered {status}, not a redirect: {excerpt}")
        }
    }
}

fn print(measured: &[Measured], floor_rows: usize, floor: Duration) {
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    println!();
    println!(
        "{:<14} {:>9} {:>15} {:>11} {:>11} {:>11} {:>13} {:>13}  added/skipped/failed",
        "import",
        "file",
        "upload+preview",
        "import",
        "seen done",
        "total",
        "rows/s",
        "server VmHWM"
    );
    for m in measured {
        let total = m.upload_preview + m.import_server;
        println!(
            "{:<14} {:>9} {:>15} {:>11} {:>11} {:>11} {:>13.0} {:>13}  {}/{}/{}",
            format!("{} rows", m.rows),
            format!("{:.1} MiB", m.bytes as f64 / 1048576.0),
            ms(m.upload_preview),
            ms(m.import_server),
            ms(m.import),
            ms(total),
            m.rows as f64 / total.as_secs_f64(),
            m.hwm_mib
                .map_or_else(|| "?".into(), |h| format!("{h:.0} MiB")),
            m.outcome.0,
            m.outcome.1,
            m.outcome.2,
        );
    }
    println!(
        "  import: server time (the press's request, then the batch from its creation to its \
         finish); seen done: until the client, asking every {} ms, saw it; total: \
         upload+preview + import",
        POLL.as_millis()
    );
    let floor_s = floor.as_secs_f64().max(1e-9);
    println!(
        "floor: plain batch insert of the same {floor_rows} rows into accounts ({} per \
         transaction, fresh database): {} ({:.0} rows/s)",
        500,
        ms(floor),
        floor_rows as f64 / floor_s,
    );
    if let Some(m) = measured.iter().find(|m| m.rows == floor_rows) {
        println!(
            "  import ÷ floor: {:.1}×; upload+preview+import ÷ floor: {:.1}×",
            m.import_server.as_secs_f64() / floor_s,
            (m.upload_preview + m.import_server).as_secs_f64() / floor_s,
        );
    }
}
