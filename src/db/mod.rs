//! Database access: one connection type over SQLite and PostgreSQL, an r2d2
//! pool, embedded migrations, and the transaction helper every write uses.

mod expressions;
pub mod first_trip;
mod fixed;
pub mod schema;
mod stage;
mod stamp;

pub use expressions::{CountOf, OneOf, SumOf};
pub use fixed::{Fixed, FixedSql, Limit};
pub use stage::stage;
use stage::{Staged, next_stage};
pub use stamp::{MaybeStamp, Stamp};

use std::fmt;
use std::path::Path;
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Per-connection SQLite settings. WAL is set once, before the pool is built.
const SQLITE_PRAGMAS: &str =
    "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

/// Runs `$body` with `$c` bound to the inner connection of either backend, for
/// the few queries `MultiConnection` cannot express (batch inserts,
/// `RETURNING`, `ON CONFLICT`). The body is compiled once per backend.
#[macro_export]
macro_rules! each_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::DbConn::Pg($c) => $body,
            $crate::db::DbConn::Sqlite($c) => $body,
        }
    };
}

/// Loads `$query`'s rows as `$ty` through the connection of either
/// backend (`multi`: any query, boxed ones included), or (`native`: a query
/// that is not boxed) through the backend's own, for the hottest reads (a
/// list's page): that skips the multi-backend layer's work on every run
/// (its walks of the statement, its wrapping of every value read).
#[macro_export]
macro_rules! load_via {
    (multi, $conn:expr, $query:expr, $ty:ty) => {
        diesel::RunQueryDsl::load::<$ty>($query, $conn)
    };
    (native, $conn:expr, $query:expr, $ty:ty) => {
        $crate::each_backend!($conn, c => diesel::RunQueryDsl::load::<$ty>($query, c))
    };
    // `native`, `$query` limited to a page of `$per_page` rows, the number
    // written into the statement (`db::Limit`).
    (native, $conn:expr, $query:expr, $ty:ty, limit $per_page:expr) => {
        $crate::each_backend!($conn, c => $crate::page_limit!(
            $query,
            $per_page,
            |q| diesel::RunQueryDsl::load::<$ty>(q, c)
        ))
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where the database lives, parsed from `DATABASE_URL`.
#[derive(Debug, Clone)]
pub struct DbTarget {
    pub backend: Backend,
    /// For SQLite, a file path; for PostgreSQL, the full URL.
    pub location: String,
}

impl DbTarget {
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self {
                backend: Backend::Postgres,
                location: url.to_owned(),
            });
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() {
            anyhow::bail!("DATABASE_URL names no SQLite file");
        }
        Ok(Self {
            backend: Backend::Sqlite,
            location: path.to_owned(),
        })
    }
}

impl fmt::Display for DbTarget {
    /// Never prints a password that may be in a PostgreSQL URL.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.backend {
            Backend::Sqlite => write!(f, "SQLite at {}", self.location),
            Backend::Postgres => {
                let host = self.location.rsplit('@').next().unwrap_or("");
                let host = host
                    .trim_start_matches("postgres://")
                    .trim_start_matches("postgresql://");
                write!(f, "PostgreSQL at {host}")
            }
        }
    }
}

#[derive(Debug)]
pub enum ConnError {
    Connect(diesel::ConnectionError),
    Query(diesel::result::Error),
}

impl fmt::Display for ConnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConnError::Connect(e) => write!(f, "cannot connect to the database: {e}"),
            ConnError::Query(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for ConnError {}

/// Our own r2d2 manager: it picks the backend from the URL and reports
/// connection errors as they are (diesel's `MultiConnection::establish` hides
/// them, and r2d2 would then just wait for its timeout).
pub struct Manager {
    target: DbTarget,
}

impl Manager {
    fn establish(&self) -> Result<DbConn, ConnError> {
        match self.target.backend {
            Backend::Postgres => PgConnection::establish(&self.target.location)
                .map(DbConn::Pg)
                .map_err(ConnError::Connect),
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.target.location)
                    .map_err(ConnError::Connect)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(ConnError::Query)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = ConnError;

    fn connect(&self) -> Result<DbConn, ConnError> {
        self.establish()
    }

    /// PostgreSQL's connection is checked at each checkout (after a server
    /// restart a dead one is replaced, not handed to a request); SQLite's
    /// is a file opened in this process, with nothing to lose in between.
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), ConnError> {
        match conn {
            DbConn::Sqlite(_) => Ok(()),
            DbConn::Pg(_) => conn.batch_execute("SELECT 1").map_err(ConnError::Query),
        }
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

/// Connects once (so a wrong URL fails at once with the real reason), applies
/// pending migrations, then builds the pool.
pub fn connect(target: &DbTarget, max_size: u32) -> anyhow::Result<Pool> {
    if target.backend == Backend::Sqlite
        && let Some(dir) = Path::new(&target.location).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)?;
    }
    let manager = Manager {
        target: target.clone(),
    };
    let mut first = manager.establish()?;
    match &mut first {
        DbConn::Sqlite(c) => {
            c.batch_execute("PRAGMA journal_mode = WAL;")?;
            c.run_pending_migrations(SQLITE_MIGRATIONS)
                .map_err(|e| anyhow::anyhow!("SQLite migrations failed: {e}"))?;
        }
        DbConn::Pg(c) => {
            c.run_pending_migrations(POSTGRES_MIGRATIONS)
                .map_err(|e| anyhow::anyhow!("PostgreSQL migrations failed: {e}"))?;
        }
    }
    drop(first);
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?;
    Ok(pool)
}

/// Runs `f` in one transaction. On SQLite it starts with `BEGIN IMMEDIATE`,
/// so a transaction that reads and then writes takes the write lock up front
/// and waits on `busy_timeout` instead of failing with SQLITE_BUSY.
pub fn transaction<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let in_run = stage() != 0;
    if in_run {
        next_stage();
    }
    let result = in_transaction(conn, f);
    if in_run {
        next_stage();
    }
    result
}

fn in_transaction<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let DbConn::Sqlite(inner) = conn else {
        return conn.transaction(f);
    };
    // Nested: the outer transaction already holds the lock; use a savepoint.
    if AnsiTransactionManager::transaction_manager_status_mut(inner)
        .transaction_depth()?
        .is_some()
    {
        return conn.transaction(f);
    }
    AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
    match f(conn) {
        Ok(value) => {
            let DbConn::Sqlite(inner) = conn else {
                unreachable!()
            };
            AnsiTransactionManager::commit_transaction(inner)?;
            Ok(value)
        }
        Err(e) => {
            let DbConn::Sqlite(inner) = conn else {
                unreachable!()
            };
            AnsiTransactionManager::rollback_transaction(inner)?;
            Err(e)
        }
    }
}

/// Is this error a unique-constraint violation (on either backend)?
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// The pool as handlers use it: `db.run(|conn| …)` runs on the blocking pool.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
}

impl Db {
    pub fn new(pool: Pool) -> Self {
        Self { pool }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// A connection for blocking code that is already off the async runtime.
    pub fn get(&self) -> crate::error::AppResult<PooledConn> {
        Ok(self.pool.get()?)
    }

    pub async fn run<T, F>(&self, f: F) -> crate::error::AppResult<T>
    where
        F: FnOnce(&mut DbConn) -> crate::error::AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        // The blocking thread speaks the request's language, for words
        // the operation puts together itself.
        let lang = crate::i18n::current();
        // What the request relied on is confirmed first, on this connection.
        let check = first_trip::take();
        let checked = check.is_some();
        let outcome = actix_web::web::block(move || {
            let mut conn = pool.get()?;
            let _stage = Staged::enter();
            crate::i18n::with(lang, || first_trip::then(check, &mut conn, f))
        })
        .await
        .map_err(crate::error::AppError::from)
        .and_then(|outcome| outcome);
        first_trip::outcome(checked, outcome)
    }
}

/// A row that a rule reads and must not change under it until the
/// transaction ends.
#[derive(Debug, Clone, Copy)]
pub enum Lock {
    Organization(i64),
    Role(i64),
    Administrator(i64),
}

/// Locks a row for the rest of the transaction, so a rule that counts and
/// then writes holds when two requests race. On PostgreSQL (READ COMMITTED)
/// this is `SELECT … FOR UPDATE`: a second transaction waits here until the
/// first commits, then reads what it wrote. On SQLite the transaction
/// already holds the database's write lock (`BEGIN IMMEDIATE`), so there is
/// nothing more to take.
pub fn lock(conn: &mut DbConn, what: Lock) -> QueryResult<()> {
    let DbConn::Pg(pg) = conn else {
        return Ok(());
    };
    let (sql, id) = match what {
        Lock::Organization(id) => ("SELECT id FROM organizations WHERE id = $1 FOR UPDATE", id),
        Lock::Role(id) => ("SELECT id FROM roles WHERE id = $1 FOR UPDATE", id),
        Lock::Administrator(id) => ("SELECT id FROM administrators WHERE id = $1 FOR UPDATE", id),
    };
    diesel::sql_query(sql)
        .bind::<diesel::sql_types::BigInt, _>(id)
        .execute(pg)?;
    Ok(())
}

/// Is this error a foreign-key violation (a row still referenced, or a
/// reference to a row deleted meanwhile)?
pub fn is_foreign_key_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::ForeignKeyViolation,
            _
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(QueryableByName)]
    struct CompileOption {
        #[diesel(sql_type = diesel::sql_types::Text)]
        compile_options: String,
    }

    /// `.cargo/config.toml` builds the bundled SQLite with the query
    /// planner stability guarantee (without it every list statement is
    /// parsed again on each run), in multi-thread mode, without memory
    /// statistics and with a page cache per connection (README.md,
    /// Performance). Nothing else would notice them gone.
    #[test]
    fn the_bundled_sqlite_is_built_as_configured() {
        let mut conn = SqliteConnection::establish(":memory:").expect("in-memory SQLite");
        let options: Vec<String> =
            diesel::sql_query("SELECT compile_options FROM pragma_compile_options")
                .load::<CompileOption>(&mut conn)
                .expect("compile options")
                .into_iter()
                .map(|o| o.compile_options)
                .collect();
        for wanted in ["ENABLE_QPSG", "THREADSAFE=2", "DEFAULT_MEMSTATUS=0"] {
            assert!(
                options.iter().any(|o| o == wanted),
                "SQLite was built without SQLITE_{wanted}: {options:?}"
            );
        }
        assert!(
            !options.iter().any(|o| o == "ENABLE_MEMORY_MANAGEMENT"),
            "SQLite was built with one page cache for all connections: {options:?}"
        );
    }
}
