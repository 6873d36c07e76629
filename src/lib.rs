//! Switchboard: a multi-tenant management portal for a business telephony and
//! messaging service. `Application::build` wires configuration, database,
//! sessions and routes; `main.rs` only starts it.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod html;
pub mod i18n;
pub mod import;
pub mod jobs;
pub mod mail;
pub mod sms;
pub mod state;
pub mod web;
pub mod worker;

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::SessionMiddleware;
use actix_session::config::{BrowserSession, TtlExtensionPolicy};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{DefaultHeaders, Logger, from_fn};
use actix_web::{App, HttpServer, web as aw};

use crate::auth::session_store::DbSessionStore;
use crate::config::Config;
use crate::db::Db;
use crate::error::AppError;
use crate::state::AppState;

pub struct Application {
    port: u16,
    server: Server,
    db: Db,
    base_url: String,
    setup_url: Option<String>,
    mailer: jobs::Mailer,
    clock: clock::Clock,
}

impl Application {
    /// Connects to the database (running migrations), prepares first-run set-up
    /// and binds the listener. Nothing is served until `run_until_stopped`.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        Self::build_with_clock(config, clock::Clock::system()).await
    }

    /// `build`, reckoning lockouts and throttles with `clock` (tests move a
    /// manual one forward instead of waiting).
    pub async fn build_with_clock(config: Config, clock: clock::Clock) -> anyhow::Result<Self> {
        let target = config.database.clone();
        let pool_size = config.db_pool_size;
        let pool =
            actix_web::rt::task::spawn_blocking(move || db::connect(&target, pool_size)).await??;
        let db = Db::new(pool);
        auth::password::warm_up();

        let listener = TcpListener::bind(&config.bind_addr).map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::AddrInUse {
                "the port is taken, maybe by another Switchboard".to_owned()
            } else {
                e.to_string()
            };
            anyhow::anyhow!(
                "cannot listen on {} ({why}); choose another address with BIND_ADDR, \
                 for example BIND_ADDR=127.0.0.1:8081",
                config.bind_addr
            )
        })?;
        let port = listener.local_addr()?.port();
        let base_url = config.base_url.clone().unwrap_or_else(|| {
            let host = config
                .bind_addr
                .rsplit_once(':')
                .map_or("127.0.0.1", |(h, _)| h);
            let host = if host == "0.0.0.0" { "127.0.0.1" } else { host };
            format!("http://{host}:{port}")
        });

        let outgoing = mail::Outgoing::from_config(&config.mail)?;
        let mailbox = outgoing.mailbox();
        let context = jobs::Context {
            db: db.clone(),
            mail: outgoing,
            base_url: base_url.clone(),
            reset_ttl: config.reset_ttl,
            import: config.import,
            sms: sms::Transport::from_config(&config.sms)?,
        };
        let mailer = jobs::Mailer::new(worker::start(&config.jobs, context)?, mailbox);

        let prep_config = config.clone();
        let prep_base = base_url.clone();
        let setup_url = db
            .run(move |conn| web::first_run::prepare(conn, &prep_config, &prep_base))
            .await
            .map_err(|e| anyhow::anyhow!("first-run set-up failed: {e}"))?;

        let state = aw::Data::new(AppState {
            db: db.clone(),
            config: Arc::new(config.clone()),
            base_url: base_url.clone(),
            mailer: mailer.clone(),
            contexts: state::Contexts::default(),
            clock: clock.clone(),
        });
        let key = session_key(&config);
        let store = DbSessionStore::new(db.clone(), config.session_absolute);
        let idle = actix_web::cookie::time::Duration::seconds(i64::try_from(
            config.session_idle.as_secs(),
        )?);
        let secure = config.secure_cookies;

        let mut server = HttpServer::new(move || {
            let sessions = SessionMiddleware::builder(store.clone(), key.clone())
                .cookie_name(if secure {
                    "__Host-switchboard".into()
                } else {
                    "switchboard".into()
                })
                .cookie_secure(secure)
                .cookie_http_only(true)
                .cookie_same_site(SameSite::Lax)
                .cookie_path("/".into())
                .session_lifecycle(
                    BrowserSession::default()
                        .state_ttl(idle)
                        // Extended when the state changes; the guard changes it
                        // at most once a minute (`TypedSession::touch`), so a
                        // page view is not a database write.
                        .state_ttl_extension_policy(TtlExtensionPolicy::OnStateChanges),
                )
                .build();
            App::new()
                .app_data(state.clone())
                .app_data(auth::csrf::CsrfCookieConfig::new(key.clone(), secure))
                // Raw bodies (read by the CSRF guard and the Re-invite form)
                // may carry up to a page of ids many times over; a flood of
                // ids is then refused by the form with a clear 400 rather
                // than cut off at the default 256 KiB with a bare 413.
                .app_data(aw::PayloadConfig::new(1024 * 1024))
                .app_data(
                    aw::FormConfig::default()
                        .limit(64 * 1024)
                        .error_handler(|err, _| {
                            AppError::BadRequest(crate::msg!(
                                "error-form-unreadable",
                                reason = err.to_string()
                            ))
                            .into()
                        }),
                )
                .app_data(aw::QueryConfig::default().error_handler(|_, _| {
                    AppError::BadRequest(crate::msg!("error-bad-query")).into()
                }))
                .app_data(aw::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
                .configure(web::routes)
                .default_service(aw::to(web::errors::not_found))
                .wrap(from_fn(auth::csrf::guard))
                .wrap(from_fn(web::errors::in_layout))
                .wrap(sessions)
                .wrap(from_fn(auth::session_check::scope))
                .wrap(security_headers(secure))
                .wrap(access_log())
                .wrap(from_fn(web::language::scope))
        })
        .listen(listener)?;
        let workers = config.workers.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        });
        // Every blocking task is a database trip (`Db::run`), and no more of
        // them can run at once than the pool has connections. Threads beyond
        // that only wait on the pool, each woken in turn; fewer threads let
        // the rest wait in the runtime's queue, first come first served.
        let blocking = (config.db_pool_size as usize).div_ceil(workers).max(1);
        server = server
            .workers(workers)
            .worker_max_blocking_threads(blocking);
        Ok(Self {
            port,
            server: server.run(),
            db,
            base_url,
            setup_url,
            mailer,
            clock,
        })
    }

    /// The clock lockouts and throttles are reckoned with.
    pub fn clock(&self) -> &clock::Clock {
        &self.clock
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The one-time link that creates the first administrator, when none exists.
    pub fn setup_url(&self) -> Option<&str> {
        self.setup_url.as_deref()
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn mailer(&self) -> &jobs::Mailer {
        &self.mailer
    }

    /// The emails sent so far when `MAIL_TRANSPORT=memory` (tests), else `None`.
    pub fn mailbox(&self) -> Option<mail::MemoryMailbox> {
        self.mailer.mailbox()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The key that signs the session cookie. Instances behind one load balancer
/// must share it (`SESSION_SECRET`); otherwise a random one per process.
fn session_key(config: &Config) -> Key {
    match &config.session_secret {
        Some(secret) if secret.len() >= 64 => Key::derive_from(secret.as_bytes()),
        _ => Key::generate(),
    }
}

/// One line per request, with secret tokens cut out of the path (`%r`
/// would log `/invite/<token>` as it came).
fn access_log() -> Logger {
    Logger::new("%{request}xi %s %Dms")
        .custom_request_replace("request", |req| {
            let path = req
                .uri()
                .path_and_query()
                .map_or_else(|| req.path(), |pq| pq.as_str());
            format!(
                "{} {} {:?}",
                req.method(),
                auth::redact::redact_path(path),
                req.version()
            )
        })
        .log_target("switchboard::http")
}

/// Served over HTTPS (`SECURE_COOKIES=true`), pages also tell browsers to
/// use nothing but HTTPS for this host for two years (HSTS), so a later
/// visit typed as `http://` never goes out in the clear.
fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add((
            "Strict-Transport-Security",
            "max-age=63072000; includeSubDomains",
        ))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        // same-origin, not no-referrer: with no-referrer browsers send
        // `Origin: null` on our own form posts.
        .add(("Referrer-Policy", "same-origin"))
        .add(("Cache-Control", "no-store"))
}
