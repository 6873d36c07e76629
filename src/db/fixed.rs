//! Statements PostgreSQL keeps planned.
//!
//! `Fixed<S>`: a hand-written statement that stays prepared. diesel keeps a
//! DSL query prepared per connection, but `diesel::sql_query` is parsed and
//! planned by PostgreSQL on every call: for the Dashboard's figures (seven
//! subqueries) that planning took 0.15 ms of the database's CPU a view,
//! against 0.003 ms to run the prepared plan. Its text is `S::SQL`, a
//! constant of its type, because diesel keys its cache of prepared
//! statements by the type alone.
//!
//! `Limit<Q, N>`: a DSL query's page limit written into its text, so that
//! PostgreSQL settles on one plan for it (below).

use std::marker::PhantomData;

use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Text, Untyped};
use diesel::{QueryResult, RunQueryDsl};

/// A statement's text: `$1` is the number bound, `$2` the text bound (each
/// may appear more than once, or not at all).
pub trait FixedSql: 'static {
    const SQL: &'static str;
}

/// `S::SQL` with its parameters, read with `get_result`/`load` into a
/// `QueryableByName` row, as `sql_query` is.
pub struct Fixed<S> {
    number: i64,
    text: String,
    sql: PhantomData<S>,
}

impl<S: FixedSql> Fixed<S> {
    pub fn new(number: i64, text: String) -> Self {
        Self {
            number,
            text,
            sql: PhantomData,
        }
    }
}

impl<S: FixedSql> QueryId for Fixed<S> {
    // One text per type (the trait's constant), so the type is the key.
    type QueryId = S;
    const HAS_STATIC_QUERY_ID: bool = true;
}

impl<S: FixedSql> Query for Fixed<S> {
    type SqlType = Untyped;
}

impl<S: FixedSql> RunQueryDsl<diesel::PgConnection> for Fixed<S> {}

impl<S: FixedSql> QueryFragment<Pg> for Fixed<S> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        let mut rest = S::SQL;
        while let Some(at) = rest.find('$') {
            out.push_sql(&rest[..at]);
            match rest.as_bytes().get(at + 1) {
                Some(b'1') => out.push_bind_param::<BigInt, _>(&self.number)?,
                Some(b'2') => out.push_bind_param::<Text, _>(&self.text)?,
                _ => {
                    return Err(diesel::result::Error::QueryBuilderError(
                        format!("Fixed: only $1 and $2 are parameters: {}", S::SQL).into(),
                    ));
                }
            }
            rest = &rest[at + 2..];
        }
        out.push_sql(rest);
        Ok(())
    }
}

/// `query LIMIT N`, the number written into the statement rather than bound.
/// PostgreSQL plans a prepared statement anew on every run while a custom
/// plan looks cheaper than its generic one, and a bound `LIMIT $n` makes the
/// generic plan look as if it read a tenth of the table: so a list page
/// bound its limit and was planned on every view. Use it through
/// `load_via!(native, …, limit per_page)` or `page_limit!`, which pick the
/// `N` of a page size.
pub struct Limit<Q, const N: u16>(pub Q);

impl<Q: QueryId, const N: u16> QueryId for Limit<Q, N> {
    type QueryId = Limit<Q::QueryId, N>;
    const HAS_STATIC_QUERY_ID: bool = Q::HAS_STATIC_QUERY_ID;
}

impl<Q: Query, const N: u16> Query for Limit<Q, N> {
    type SqlType = Q::SqlType;
}

impl<Q, Conn, const N: u16> RunQueryDsl<Conn> for Limit<Q, N> {}

impl<Q, DB, const N: u16> QueryFragment<DB> for Limit<Q, N>
where
    DB: diesel::backend::Backend,
    Q: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        self.0.walk_ast(out.reborrow())?;
        out.push_sql(" LIMIT ");
        out.push_sql(&N.to_string());
        Ok(())
    }
}

/// `$run` with `$q` bound to `$query` limited to `$per_page` rows: the
/// number written into the statement for the page sizes offered
/// (`web::list_order::PAGE_SIZES`), bound for any other.
#[macro_export]
macro_rules! page_limit {
    ($query:expr, $per_page:expr, |$q:ident| $run:expr) => {
        match $per_page {
            25 => {
                let $q = $crate::db::Limit::<_, 25>($query);
                $run
            }
            50 => {
                let $q = $crate::db::Limit::<_, 50>($query);
                $run
            }
            100 => {
                let $q = $crate::db::Limit::<_, 100>($query);
                $run
            }
            n => {
                let $q = diesel::QueryDsl::limit($query, n);
                $run
            }
        }
    };
}
