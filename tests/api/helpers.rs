//! Spawns the real application on port 0 with a fresh database and drives it
//! with a cookie-keeping HTTP client that does not follow redirects.
#![allow(dead_code)]

use std::future::Future;
use std::sync::{Arc, Mutex};

use diesel::prelude::*;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;
use switchboard::Application;
use switchboard::config::Config;
use switchboard::db::Db;
use switchboard::db::schema::{administrators, organizations, role_privileges, roles};
use switchboard::domain::privileges::Privilege;

pub const SUPER_EMAIL: &str = "super@example.com";
pub const SUPER_PASSWORD: &str = "correct horse battery staple";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
    pub db: Db,
    pub backend: &'static str,
    pub setup_url: Option<String>,
    pub database_url: String,
    pub mailer: switchboard::jobs::Mailer,
    /// Lockouts and throttles reckon with this; it stands still until a
    /// test moves it (`clock.advance`).
    pub clock: switchboard::clock::Clock,
    csrf: Mutex<Option<String>>,
    _dir: tempfile::TempDir,
    pg_cleanup: Option<PgCleanup>,
}

/// Runs `test` against a fresh app on SQLite, then on PostgreSQL when
/// `TEST_POSTGRES_URL` is set.
pub async fn for_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    for_each_backend_with(&[], test).await;
}

/// `for_each_backend` with extra settings for the app.
pub async fn for_each_backend_with<F, Fut>(extra: &[(&str, &str)], test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    eprintln!("--- on SQLite");
    test(spawn_app_with(None, extra).await).await;
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        eprintln!("--- on PostgreSQL");
        test(spawn_app_with(Some(&url), extra).await).await;
    }
}

/// The test server is local: no TLS. With TLS, libpq runs OpenSSL, whose
/// clean-up at process exit raced the connections that finished tests'
/// background threads still held, and the test binary once died of SIGSEGV
/// after every test had passed.
fn without_tls(url: &str) -> String {
    if url.contains("sslmode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&sslmode=disable")
    } else {
        format!("{url}?sslmode=disable")
    }
}

/// Drops the per-test PostgreSQL database when the test ends.
pub struct PgCleanup {
    admin_url: String,
    name: String,
}

impl Drop for PgCleanup {
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

fn random_suffix() -> String {
    switchboard::domain::tokens::random_token()[..16].to_owned()
}

/// A config for a test app on the given database, with extra settings.
pub fn test_config(database_url: &str, dir: &std::path::Path, extra: &[(&str, &str)]) -> Config {
    let mail_dir = dir.join("mail").to_string_lossy().into_owned();
    let mut vars: Vec<(String, String)> = vec![
        ("BIND_ADDR".into(), "127.0.0.1:0".into()),
        ("DATABASE_URL".into(), database_url.into()),
        ("WORKERS".into(), "1".into()),
        ("DB_POOL_SIZE".into(), "4".into()),
        ("MAIL_DIR".into(), mail_dir),
        ("MAIL_TRANSPORT".into(), "memory".into()),
    ];
    for (k, v) in extra {
        vars.retain(|(key, _)| key != k);
        vars.push(((*k).into(), (*v).into()));
    }
    Config::from_lookup(|k| {
        vars.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    })
    .expect("test config")
}

pub async fn spawn_app(postgres: Option<&str>) -> TestApp {
    spawn_app_with(postgres, &[]).await
}

/// An app on an existing SQLite database (e.g. one a command prepared).
pub async fn spawn_app_sqlite_at(database_url: &str) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    start(dir, database_url.to_owned(), None, "sqlite", &[]).await
}

pub async fn spawn_app_with(postgres: Option<&str>, extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, pg_cleanup, backend) = fresh_database(postgres, dir.path());
    start(dir, database_url, pg_cleanup, backend, extra).await
}

/// A fresh database: a SQLite file in `dir`, or with `postgres` (an admin
/// URL) a new PostgreSQL database, dropped when the returned guard drops.
/// Returns its URL, the guard and the backend's name.
pub fn fresh_database(
    postgres: Option<&str>,
    dir: &std::path::Path,
) -> (String, Option<PgCleanup>, &'static str) {
    match postgres {
        None => (
            format!("sqlite://{}", dir.join("test.db").display()),
            None,
            "sqlite",
        ),
        Some(admin_url) => {
            let admin_url = without_tls(admin_url);
            let admin_url = admin_url.as_str();
            let name = format!("sb_test_{}", random_suffix());
            let mut conn =
                diesel::PgConnection::establish(admin_url).expect("connect to TEST_POSTGRES_URL");
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .expect("create test database");
            let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
            let cleanup = PgCleanup {
                admin_url: admin_url.to_owned(),
                name: name.clone(),
            };
            (
                without_tls(&format!("{base}/{name}")),
                Some(cleanup),
                "postgres",
            )
        }
    }
}

async fn start(
    dir: tempfile::TempDir,
    database_url: String,
    pg_cleanup: Option<PgCleanup>,
    backend: &'static str,
    extra: &[(&str, &str)],
) -> TestApp {
    let config = test_config(&database_url, dir.path(), extra);
    // Whole seconds: PostgreSQL keeps microseconds, and times read back
    // must equal the clock's.
    let start = chrono::DateTime::from_timestamp(chrono::Utc::now().timestamp(), 0)
        .expect("now")
        .naive_utc();
    let clock = switchboard::clock::Clock::manual(start);
    let app = Application::build_with_clock(config, clock.clone())
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let db = app.db().clone();
    let setup_url = app.setup_url().map(str::to_owned);
    let mailer = app.mailer().clone();
    tokio::spawn(app.run_until_stopped());
    let jar = Arc::new(Jar::default());
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_provider(jar.clone())
        .build()
        .expect("http client");
    TestApp {
        address,
        client,
        jar,
        db,
        backend,
        setup_url,
        database_url,
        mailer,
        clock,
        csrf: Mutex::new(None),
        _dir: dir,
        pg_cleanup,
    }
}

/// The value of the first `csrf_token` hidden field in a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned()).filter(|t| !t.is_empty())
}

pub fn assert_redirect_to(response: &reqwest::Response, location: &str) {
    assert_eq!(
        response.status().as_u16(),
        303,
        "expected a 303 redirect to {location}"
    );
    assert_eq!(
        response
            .headers()
            .get("Location")
            .and_then(|v| v.to_str().ok()),
        Some(location)
    );
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("Location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.address)
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// GETs a page and remembers its CSRF token for the next `post_form`.
    pub async fn get_html(&self, path: &str) -> String {
        let html = self.get(path).await.text().await.expect("body");
        if let Some(token) = csrf_in(&html) {
            *self.csrf.lock().expect("lock") = Some(token);
        }
        html
    }

    pub fn csrf(&self) -> String {
        self.csrf.lock().expect("lock").clone().unwrap_or_default()
    }

    /// POSTs a form with the remembered CSRF token, as the browser would.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf();
        let mut body: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        body.extend_from_slice(fields);
        self.post_raw(path, &body).await
    }

    /// POSTs exactly these fields (no token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// The session cookie as the browser holds it.
    pub fn session_cookie(&self) -> Option<String> {
        let url = reqwest::Url::parse(&self.address).expect("url");
        self.jar
            .cookies(&url)
            .and_then(|v| v.to_str().ok().map(str::to_owned))
    }

    /// Creates the first Enterprise Super Administrator through the setup
    /// link, signs in, and returns the top organization's display id.
    pub async fn sign_in_super(&self) -> String {
        let setup = self
            .setup_url
            .clone()
            .expect("a fresh app prints a setup link");
        self.get_html(&setup).await;
        let response = self
            .post_form(
                &setup,
                &[
                    ("first_name", "Sam"),
                    ("last_name", "Super"),
                    ("email", SUPER_EMAIL),
                    ("password", SUPER_PASSWORD),
                ],
            )
            .await;
        assert_redirect_to(&response, "/login");
        let response = self.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        assert_redirect_to(&response, "/");
        self.top_org().await
    }

    /// The signed-in super administrator's language (My Profile), with
    /// the name, time zone and everything else as `sign_in_super` left them.
    pub async fn set_language(&self, language: &str) {
        self.get_html("/me").await;
        let response = self
            .post_form(
                "/me",
                &[
                    ("first_name", "Sam"),
                    ("last_name", "Super"),
                    ("language", language),
                    ("time_zone", ""),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
    }

    pub async fn top_org(&self) -> String {
        self.db
            .run(|conn| {
                Ok(organizations::table
                    .filter(organizations::parent_id.is_null())
                    .select(organizations::display_id)
                    .first::<String>(conn)?)
            })
            .await
            .expect("top org")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.get_html("/login").await;
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }

    pub async fn sign_out(&self) -> reqwest::Response {
        self.get_html("/").await;
        let home = location(&self.get("/").await);
        self.get_html(&home).await;
        self.post_form("/logout", &[]).await
    }

    /// Creates a role holding `privileges` in the org, and an active
    /// administrator with that role, directly in the database.
    pub async fn create_admin(
        &self,
        org_display_id: &str,
        email: &str,
        password: &str,
        privileges: &[Privilege],
    ) -> i64 {
        let org_display_id = org_display_id.to_owned();
        let email = email.to_owned();
        let keys: Vec<String> = privileges.iter().map(|p| p.key().to_owned()).collect();
        let hash = switchboard::auth::password::hash(password).expect("hash");
        self.db
            .run(move |conn| {
                let org_id: i64 = organizations::table
                    .filter(organizations::display_id.eq(&org_display_id))
                    .select(organizations::id)
                    .first(conn)?;
                let role_name = format!("Role for {email}");
                let now = chrono::Utc::now().naive_utc();
                let values = (roles::org_id.eq(org_id), roles::name.eq(&role_name), roles::builtin.eq(false), roles::created_at.eq(now));
                let role_id: i64 = switchboard::each_backend!(conn, c => diesel::insert_into(roles::table)
                    .values(values)
                    .returning(roles::id)
                    .get_result(c))?;
                for key in &keys {
                    diesel::insert_into(role_privileges::table)
                        .values((role_privileges::role_id.eq(role_id), role_privileges::privilege.eq(key)))
                        .execute(conn)?;
                }
                let org = switchboard::domain::orgs::by_id(conn, org_id)?;
                let first = switchboard::domain::values::PersonName::parse_first("Test").expect("name");
                let last = switchboard::domain::values::PersonName::parse_last("Admin").expect("name");
                let email = switchboard::domain::values::Email::parse(&email).expect("email");
                switchboard::domain::admins::create_active(
                    conn,
                    switchboard::domain::admins::NewActiveAdmin {
                        org: &org,
                        role_id,
                        first_name: &first,
                        last_name: &last,
                        email: &email,
                        password_hash: hash,
                    },
                )
            })
            .await
            .expect("create admin")
    }

    /// Creates a sub-organization below `parent` through the UI; returns its display id.
    pub async fn create_suborg(&self, parent: &str, name: &str) -> String {
        self.get_html(&format!("/orgs/{parent}/suborgs")).await;
        let response = self
            .post_form(&format!("/orgs/{parent}/suborgs"), &[("name", name)])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{parent}/suborgs"));
        let name = name.to_owned();
        self.db
            .run(move |conn| {
                Ok(organizations::table
                    .filter(organizations::name.eq(&name))
                    .select(organizations::display_id)
                    .first::<String>(conn)?)
            })
            .await
            .expect("sub-org exists")
    }

    pub async fn count_admins(&self) -> i64 {
        self.db
            .run(|conn| Ok(administrators::table.count().get_result(conn)?))
            .await
            .expect("count")
    }

    /// Asks the job runner to send what is queued now.
    pub fn wake_mailer(&self) {
        self.mailer.wake();
    }

    /// Every email sent so far (memory transport), after waiting up to 15 s
    /// for the job runner to deliver what is queued.
    pub async fn emails(&self) -> Vec<switchboard::mail::SentEmail> {
        self.wake_mailer();
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            let pending: i64 = self
                .db
                .run(|conn| {
                    // A reset request is a job that may queue an email: one
                    // statement counts both, so the email a request job
                    // queues as it finishes is never missed between two.
                    use switchboard::db::schema::jobs;
                    Ok(jobs::table
                        .filter(jobs::kind.eq_any(["send_email", "password_reset_request"]))
                        .filter(jobs::finished_at.is_null())
                        .filter(jobs::failed_at.is_null())
                        .count()
                        .get_result::<i64>(conn)?)
                })
                .await
                .expect("jobs");
            if pending == 0 || tokio::time::Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.mailer
            .mailbox()
            .map(|m| m.lock().expect("mailbox").clone())
            .unwrap_or_default()
    }

    /// A second browser: same app, its own cookies.
    pub fn new_browser(&self) -> (reqwest::Client, Arc<Jar>) {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .redirect(Policy::none())
            .cookie_provider(jar.clone())
            .build()
            .expect("client");
        (client, jar)
    }

    /// The id of the built-in Enterprise Super Administrator role.
    pub async fn super_role_id(&self) -> i64 {
        self.db
            .run(|conn| {
                Ok(roles::table
                    .filter(roles::builtin.eq(true))
                    .select(roles::id)
                    .first::<i64>(conn)?)
            })
            .await
            .expect("the built-in role")
    }

    /// The id of the administrator with this email.
    pub async fn admin_id(&self, email: &str) -> i64 {
        let email = email.to_owned();
        self.db
            .run(move |conn| {
                Ok(administrators::table
                    .filter(administrators::email.eq(&email))
                    .select(administrators::id)
                    .first::<i64>(conn)?)
            })
            .await
            .expect("an administrator with this email")
    }

    /// The role id of administrator `id`.
    pub async fn role_of(&self, id: i64) -> i64 {
        self.db
            .run(move |conn| {
                Ok(administrators::table
                    .find(id)
                    .select(administrators::role_id)
                    .first::<i64>(conn)?)
            })
            .await
            .expect("the administrator's role")
    }

    /// A browser of its own (cookies apart from `client`'s), signed in as
    /// `email`.
    pub async fn sign_in_new_browser(
        &self,
        email: &str,
        password: &str,
    ) -> (reqwest::Client, Arc<Jar>) {
        let (client, jar) = self.new_browser();
        let login = client
            .get(self.url("/login"))
            .send()
            .await
            .expect("sign-in page")
            .text()
            .await
            .expect("sign-in page");
        let token = csrf_in(&login).expect("a CSRF token on the sign-in page");
        let response = client
            .post(self.url("/login"))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", email),
                ("password", password),
            ])
            .send()
            .await
            .expect("sign in");
        assert_redirect_to(&response, "/");
        (client, jar)
    }
}

// Accounts and Numbers. The Setup and Number Management pages are built
// alongside the accounts pages, so these tests put numbers, User
// Permissions and org settings straight into the database.

/// A number to add with `add_numbers_with`: E.164, status, tag.
pub type NumberRow<'a> = (&'a str, &'a str, Option<&'a str>);

impl TestApp {
    /// The database id of the org with this display id.
    pub async fn org_id(&self, display_id: &str) -> i64 {
        let display_id = display_id.to_owned();
        self.db
            .run(move |conn| {
                Ok(organizations::table
                    .filter(organizations::display_id.eq(&display_id))
                    .select(organizations::id)
                    .first::<i64>(conn)?)
            })
            .await
            .expect("an org with this display id")
    }

    /// Adds Available numbers without a tag to the org.
    pub async fn add_numbers(&self, org: &str, numbers: &[&str]) {
        let rows: Vec<NumberRow> = numbers.iter().map(|n| (*n, "available", None)).collect();
        self.add_numbers_with(org, &rows).await;
    }

    /// Adds numbers (E.164, `available` or `reserved`, tag) to the org.
    pub async fn add_numbers_with(&self, org: &str, rows: &[NumberRow<'_>]) {
        use switchboard::db::schema::numbers;
        let org_id = self.org_id(org).await;
        let rows: Vec<(String, String, Option<String>)> = rows
            .iter()
            .map(|(n, s, t)| ((*n).to_owned(), (*s).to_owned(), t.map(str::to_owned)))
            .collect();
        self.db
            .run(move |conn| {
                let now = chrono::Utc::now().naive_utc();
                for (e164, status, tag) in &rows {
                    diesel::insert_into(numbers::table)
                        .values((
                            numbers::org_id.eq(org_id),
                            numbers::e164.eq(e164),
                            numbers::status.eq(status),
                            numbers::tag.eq(tag),
                            numbers::created_at.eq(now),
                            numbers::updated_at.eq(now),
                        ))
                        .execute(conn)?;
                }
                Ok(())
            })
            .await
            .expect("add numbers");
    }

    /// A number's (status, account id).
    pub async fn number_state(&self, e164: &str) -> (String, Option<i64>) {
        use switchboard::db::schema::numbers;
        let e164 = e164.to_owned();
        self.db
            .run(move |conn| {
                Ok(numbers::table
                    .filter(numbers::e164.eq(&e164))
                    .select((numbers::status, numbers::account_id))
                    .first(conn)?)
            })
            .await
            .expect("the number exists")
    }

    /// Adds a User Permissions profile to the org; returns its id.
    pub async fn add_profile(&self, org: &str, name: &str, features: &str) -> i64 {
        use switchboard::db::schema::user_permissions;
        let org_id = self.org_id(org).await;
        let (name, features) = (name.to_owned(), features.to_owned());
        self.db
            .run(move |conn| {
                let now = chrono::Utc::now().naive_utc();
                let values = (
                    user_permissions::org_id.eq(org_id),
                    user_permissions::name.eq(&name),
                    user_permissions::is_default.eq(false),
                    user_permissions::features.eq(&features),
                    user_permissions::created_at.eq(now),
                    user_permissions::updated_at.eq(now),
                );
                Ok(switchboard::each_backend!(conn, c => diesel::insert_into(user_permissions::table)
                    .values(values)
                    .returning(user_permissions::id)
                    .get_result::<i64>(c))?)
            })
            .await
            .expect("add profile")
    }

    /// The id of the top org's default User Permissions.
    pub async fn default_profile(&self) -> i64 {
        use switchboard::db::schema::user_permissions;
        self.db
            .run(|conn| {
                Ok(user_permissions::table
                    .filter(user_permissions::is_default.eq(true))
                    .order(user_permissions::id)
                    .select(user_permissions::id)
                    .first::<i64>(conn)?)
            })
            .await
            .expect("a default profile")
    }

    /// Sets the org's own settings: Feature Settings (comma-separated keys)
    /// and Domain Restriction (comma-separated domains); `None` inherits.
    pub async fn set_org_settings(
        &self,
        org: &str,
        features: Option<&str>,
        allowed_domains: Option<&str>,
    ) {
        use switchboard::db::schema::org_settings;
        let org_id = self.org_id(org).await;
        let features = features.map(str::to_owned);
        let domains = allowed_domains.map(str::to_owned);
        self.db
            .run(move |conn| {
                diesel::delete(org_settings::table.find(org_id)).execute(conn)?;
                diesel::insert_into(org_settings::table)
                    .values((
                        org_settings::org_id.eq(org_id),
                        org_settings::features.eq(&features),
                        org_settings::allowed_domains.eq(&domains),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("org settings");
    }

    /// Inserts an account straight into the database (default User
    /// Permissions, in English, no number); returns its id.
    pub async fn insert_account(
        &self,
        org: &str,
        account_ref: &str,
        name: (&str, &str),
        username: Option<&str>,
        status: &str,
    ) -> i64 {
        self.insert_account_row(NewAccount::new(org, account_ref, name, username, status))
            .await
    }

    /// A saved account named "<first_name> Tester" whose Account ID is
    /// `ref-<username>` (a device number when it starts with `+`, else an
    /// email); returns its id.
    pub async fn saved_account(&self, org: &str, first_name: &str, username: &str) -> i64 {
        self.insert_account_row(NewAccount::new(
            org,
            &format!("ref-{username}"),
            (first_name, "Tester"),
            Some(username),
            "saved",
        ))
        .await
    }

    /// Inserts the account straight into the database; returns its id.
    pub async fn insert_account_row(&self, row: NewAccount<'_>) -> i64 {
        use switchboard::db::schema::accounts;
        let org_id = self.org_id(row.org).await;
        let profile = match row.profile {
            Some(id) => id,
            None => self.default_profile().await,
        };
        let (account_ref, first, last) = (
            row.account_ref.to_owned(),
            row.name.0.to_owned(),
            row.name.1.to_owned(),
        );
        let username = row.username.map(str::to_owned);
        let (status, language) = (row.status.to_owned(), row.language.to_owned());
        self.db
            .run(move |conn| {
                let now = chrono::Utc::now().naive_utc();
                let kind = match &username {
                    None => "none",
                    Some(u) if u.contains('@') => "email",
                    Some(_) => "device",
                };
                let values = (
                    accounts::org_id.eq(org_id),
                    accounts::account_ref.eq(&account_ref),
                    accounts::first_name.eq(&first),
                    accounts::last_name.eq(&last),
                    accounts::username.eq(&username),
                    accounts::username_kind.eq(kind),
                    accounts::application.eq("MultiLine"),
                    accounts::user_permissions_id.eq(profile),
                    accounts::language.eq(&language),
                    accounts::status.eq(&status),
                    accounts::activated_at.eq((status == "active").then_some(now)),
                    accounts::created_at.eq(now),
                    accounts::updated_at.eq(now),
                );
                Ok(
                    switchboard::each_backend!(conn, c => diesel::insert_into(accounts::table)
                    .values(values)
                    .returning(accounts::id)
                    .get_result::<i64>(c))?,
                )
            })
            .await
            .expect("insert account")
    }

    /// Adds `e164` to the org and assigns it to the account.
    pub async fn give_number(&self, org: &str, account_id: i64, e164: &str) {
        use switchboard::db::schema::numbers;
        self.add_numbers(org, &[e164]).await;
        let e164 = e164.to_owned();
        self.db
            .run(move |conn| {
                diesel::update(numbers::table.filter(numbers::e164.eq(&e164)))
                    .set((
                        numbers::status.eq("assigned"),
                        numbers::account_id.eq(Some(account_id)),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("assign number");
    }

    /// The account of the org with this Account ID, if there is one.
    pub async fn account_by_ref(
        &self,
        org: &str,
        account_ref: &str,
    ) -> Option<switchboard::domain::accounts::Account> {
        use switchboard::db::schema::accounts;
        use switchboard::domain::accounts::Account;
        let org_id = self.org_id(org).await;
        let account_ref = account_ref.to_owned();
        self.db
            .run(move |conn| {
                Ok(accounts::table
                    .filter(accounts::org_id.eq(org_id))
                    .filter(accounts::account_ref.eq(&account_ref))
                    .select(Account::as_select())
                    .first(conn)
                    .optional()?)
            })
            .await
            .expect("account lookup")
    }

    pub async fn count_accounts(&self) -> i64 {
        use switchboard::db::schema::accounts;
        self.db
            .run(|conn| Ok(accounts::table.count().get_result(conn)?))
            .await
            .expect("count")
    }

    /// Audit events with this action, as (target, details).
    pub async fn audit_of(&self, action: &str) -> Vec<(String, String)> {
        use switchboard::db::schema::audit_events;
        let action = action.to_owned();
        self.db
            .run(move |conn| {
                Ok(audit_events::table
                    .filter(audit_events::action.eq(&action))
                    .order(audit_events::id)
                    .select((audit_events::target, audit_events::details))
                    .load(conn)?)
            })
            .await
            .expect("audit")
    }
}

/// An account for `TestApp::insert_account_row`.
pub struct NewAccount<'a> {
    pub org: &'a str,
    pub account_ref: &'a str,
    pub name: (&'a str, &'a str),
    pub username: Option<&'a str>,
    pub status: &'a str,
    pub language: &'a str,
    /// `None`: the top org's default User Permissions.
    pub profile: Option<i64>,
}

impl<'a> NewAccount<'a> {
    /// In English, with the default User Permissions.
    pub fn new(
        org: &'a str,
        account_ref: &'a str,
        name: (&'a str, &'a str),
        username: Option<&'a str>,
        status: &'a str,
    ) -> Self {
        NewAccount {
            org,
            account_ref,
            name,
            username,
            status,
            language: "English",
            profile: None,
        }
    }
}

/// Whether an Administrators Activity page lists an event of action `key`
/// (shown by its label, in the Action column).
pub fn shows_action(report: &str, key: &str) -> bool {
    report.contains(&format!(
        "<td data-label=\"Action\">{}</td>",
        switchboard::domain::activity::label(key)
    ))
}
