//! A hand-written PostgreSQL statement that stays prepared. diesel keeps a
//! DSL query prepared per connection, but `diesel::sql_query` is parsed and
//! planned by PostgreSQL on every call: for the Dashboard's figures (seven
//! subqueries) that planning took 0.15 ms of the database's CPU a view,
//! against 0.003 ms to run the prepared plan. `Fixed<S>` is such a
//! statement whose text is `S::SQL`, a constant of its type, because diesel
//! keys its cache of prepared statements by the type alone.

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
