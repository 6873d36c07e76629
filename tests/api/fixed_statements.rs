//! `db::Fixed`: a hand-written PostgreSQL statement (the Dashboard's
//! figures) that the connection prepares once and then only runs, where
//! `diesel::sql_query` has PostgreSQL parse and plan it on every call.

use diesel::prelude::*;
use switchboard::db::{DbConn, Fixed, FixedSql};

use crate::helpers::*;

/// Both parameters, the text one twice.
struct Probe;

impl FixedSql for Probe {
    const SQL: &'static str =
        "SELECT CAST($1 + length($2) AS BIGINT) AS n, $2 || '/' || $2 AS text";
}

#[derive(QueryableByName, Debug, PartialEq)]
struct Answer {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    text: String,
}

#[tokio::test]
async fn a_fixed_statement_is_prepared_once_per_connection_and_binds_its_parameters() {
    let Ok(url) = std::env::var("TEST_POSTGRES_URL") else {
        eprintln!("PostgreSQL only: TEST_POSTGRES_URL is not set");
        return;
    };
    let app = spawn_app(Some(&url)).await;
    let (answers, prepared) = app
        .db
        .run(|conn| {
            let DbConn::Pg(pg) = conn else {
                panic!("a PostgreSQL app");
            };
            let answers = [(40, "ab"), (1, "ünï")]
                .into_iter()
                .chain(std::iter::repeat_n((2, "x"), 3))
                .map(|(n, text)| Fixed::<Probe>::new(n, text.into()).get_result::<Answer>(pg))
                .collect::<QueryResult<Vec<_>>>()?;
            let prepared: i64 = diesel::sql_query(
                "SELECT COUNT(*) AS n, '' AS text FROM pg_prepared_statements \
                 WHERE statement LIKE 'SELECT CAST($1 + length($2)%'",
            )
            .get_result::<Answer>(pg)?
            .n;
            Ok((answers, prepared))
        })
        .await
        .expect("run the probe");
    assert_eq!(
        answers
            .iter()
            .map(|a| (a.n, a.text.as_str()))
            .collect::<Vec<_>>(),
        [
            (42, "ab/ab"),
            (4, "ünï/ünï"),
            (3, "x/x"),
            (3, "x/x"),
            (3, "x/x")
        ],
    );
    assert_eq!(prepared, 1, "five runs, one prepared statement");
}
