//! Typed SQL expressions diesel lacks, written so that a statement using
//! them stays in diesel's statement cache.

use diesel::QueryResult;

/// `SUM(column)` as one BIGINT, 0 when no row matches, for the kept-count
/// tables (`admin_counts`, `account_counts`, …): summed by the database
/// rather than read row by row. A plain `SUM` of BIGINT is NUMERIC on
/// PostgreSQL, which the two backends do not share; and a typed expression,
/// unlike an `sql` literal, keeps its statement in diesel's cache.
#[derive(Debug, Clone, Copy, diesel::query_builder::QueryId)]
pub struct SumOf<C>(pub C);

impl<C> diesel::Expression for SumOf<C>
where
    C: diesel::Expression<SqlType = diesel::sql_types::BigInt>,
{
    type SqlType = diesel::sql_types::BigInt;
}

impl<C, GroupBy> diesel::expression::ValidGrouping<GroupBy> for SumOf<C> {
    type IsAggregate = diesel::expression::is_aggregate::Yes;
}

impl<C, QS> diesel::AppearsOnTable<QS> for SumOf<C>
where
    C: diesel::AppearsOnTable<QS>,
    Self: diesel::Expression,
{
}

impl<C, QS> diesel::SelectableExpression<QS> for SumOf<C>
where
    C: diesel::SelectableExpression<QS>,
    Self: diesel::AppearsOnTable<QS>,
{
}

impl<C, DB> diesel::query_builder::QueryFragment<DB> for SumOf<C>
where
    C: diesel::query_builder::QueryFragment<DB>,
    DB: diesel::backend::Backend,
{
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, DB>,
    ) -> QueryResult<()> {
        out.push_sql("CAST(COALESCE(SUM(");
        self.0.walk_ast(out.reborrow())?;
        out.push_sql("), 0) AS BIGINT)");
        Ok(())
    }
}

/// `column IN (…)` for a short list of ids, such as an org's lineage (top
/// org down to it). Diesel's `eq_any` marks every statement it is part of
/// as never to be cached, so such a statement was prepared again on every
/// view; this one is cached by its SQL, one statement per list length.
/// Lists longer than `OneOf::CACHED` are not cached, so a connection's
/// statement cache stays small.
#[derive(Debug, Clone)]
pub struct OneOf<C> {
    column: C,
    ids: Vec<i64>,
}

impl<C> OneOf<C> {
    const CACHED: usize = 16;

    pub fn new(column: C, ids: Vec<i64>) -> Self {
        Self { column, ids }
    }
}

impl<C> diesel::query_builder::QueryId for OneOf<C> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C> diesel::Expression for OneOf<C>
where
    C: diesel::Expression<SqlType = diesel::sql_types::BigInt>,
{
    type SqlType = diesel::sql_types::Bool;
}

impl<C, GroupBy> diesel::expression::ValidGrouping<GroupBy> for OneOf<C>
where
    C: diesel::expression::ValidGrouping<GroupBy>,
{
    type IsAggregate = C::IsAggregate;
}

impl<C, QS> diesel::AppearsOnTable<QS> for OneOf<C>
where
    C: diesel::AppearsOnTable<QS>,
    Self: diesel::Expression,
{
}

impl<C, QS> diesel::SelectableExpression<QS> for OneOf<C>
where
    C: diesel::SelectableExpression<QS>,
    Self: diesel::AppearsOnTable<QS>,
{
}

impl<C, DB> diesel::query_builder::QueryFragment<DB> for OneOf<C>
where
    C: diesel::query_builder::QueryFragment<DB>,
    DB: diesel::backend::Backend + diesel::sql_types::HasSqlType<diesel::sql_types::BigInt>,
    i64: diesel::serialize::ToSql<diesel::sql_types::BigInt, DB>,
{
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, DB>,
    ) -> QueryResult<()> {
        if self.ids.len() > Self::CACHED {
            out.unsafe_to_cache_prepared();
        }
        if self.ids.is_empty() {
            out.push_sql("1 = 0");
            return Ok(());
        }
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (");
        for (i, id) in self.ids.iter().enumerate() {
            if i > 0 {
                out.push_sql(", ");
            }
            out.push_bind_param::<diesel::sql_types::BigInt, i64>(id)?;
        }
        out.push_sql(")");
        Ok(())
    }
}

/// `SELECT COUNT(*) FROM (query)`: how many rows `query` returns, counted
/// by the database. For a capped count (`query` ends in `LIMIT cap + 1`):
/// the rows are counted where they are read, instead of each one being
/// sent to this process, decoded and dropped (10,000 ids took 14 million
/// instructions a view, most of a list page filtered to Expired).
#[derive(Debug, Clone)]
pub struct CountOf<Q>(pub Q);

impl<Q> diesel::query_builder::QueryId for CountOf<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q> diesel::query_builder::Query for CountOf<Q> {
    type SqlType = diesel::sql_types::BigInt;
}

impl<Q, Conn> diesel::RunQueryDsl<Conn> for CountOf<Q> {}

impl<Q, DB> diesel::query_builder::QueryFragment<DB> for CountOf<Q>
where
    Q: diesel::query_builder::QueryFragment<DB>,
    DB: diesel::backend::Backend,
{
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, DB>,
    ) -> QueryResult<()> {
        out.push_sql("SELECT COUNT(*) FROM (");
        self.0.walk_ast(out.reborrow())?;
        out.push_sql(") AS counted");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;

    use super::CountOf;

    diesel::table! {
        rows (id) {
            id -> BigInt,
        }
    }

    #[test]
    fn count_of_counts_what_the_query_returns_up_to_its_limit() {
        let mut conn = SqliteConnection::establish(":memory:").expect("in-memory SQLite");
        conn.batch_execute(
            "CREATE TABLE rows (id INTEGER PRIMARY KEY);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
             INSERT INTO rows SELECT i FROM n;",
        )
        .expect("30 rows");
        let mut count = |q| -> i64 { CountOf(q).get_result(&mut conn).expect("count") };
        // Past the limit: the limit (the caller's "more than").
        assert_eq!(
            count(rows::table.select(rows::id).limit(11).into_boxed()),
            11
        );
        // Under it: exactly the rows the filter matches.
        assert_eq!(
            count(
                rows::table
                    .select(rows::id)
                    .filter(rows::id.gt(26))
                    .limit(11)
                    .into_boxed()
            ),
            4
        );
        assert_eq!(
            count(
                rows::table
                    .select(rows::id)
                    .filter(rows::id.gt(30))
                    .limit(11)
                    .into_boxed()
            ),
            0
        );
    }
}
