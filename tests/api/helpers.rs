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

/// Drops the per-test PostgreSQL database when the test ends.
struct PgCleanup {
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
    let (database_url, pg_cleanup, backend) = match postgres {
        None => (
            format!("sqlite://{}", dir.path().join("test.db").display()),
            None,
            "sqlite",
        ),
        Some(admin_url) => {
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
            (format!("{base}/{name}"), Some(cleanup), "postgres")
        }
    };
    start(dir, database_url, pg_cleanup, backend, extra).await
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

    /// Every email sent so far (memory transport), after waiting up to 5 s
    /// for the job runner to deliver what is queued.
    pub async fn emails(&self) -> Vec<switchboard::mail::SentEmail> {
        self.wake_mailer();
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
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
