//! Fixed-window counters in the `throttles` table: how often something
//! happened to a bucket ("sign-in failures from this address", "reset emails
//! to this address") in the current window. One upsert counts a hit and
//! says whether it is within the limit, so concurrent requests on any
//! instance cannot both slip under it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text, Timestamp};

use crate::db::DbConn;
use crate::db::schema::throttles;
use crate::error::AppResult;

/// At most `hits` in any window of `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub hits: i32,
    pub window: chrono::Duration,
}

#[derive(QueryableByName)]
struct Hits {
    #[diesel(sql_type = Integer)]
    hits: i32,
}

// A window that began at or before `$3` is over: the hit starts a new one.
const HIT_PG: &str = "INSERT INTO throttles (bucket, window_start, hits) VALUES ($1, $2, 1) \
     ON CONFLICT (bucket) DO UPDATE SET \
     hits = CASE WHEN throttles.window_start <= $3 THEN 1 ELSE throttles.hits + 1 END, \
     window_start = CASE WHEN throttles.window_start <= $3 THEN $2 ELSE throttles.window_start END \
     RETURNING hits";
const HIT_SQLITE: &str = "INSERT INTO throttles (bucket, window_start, hits) VALUES (?1, ?2, 1) \
     ON CONFLICT (bucket) DO UPDATE SET \
     hits = CASE WHEN throttles.window_start <= ?3 THEN 1 ELSE throttles.hits + 1 END, \
     window_start = CASE WHEN throttles.window_start <= ?3 THEN ?2 ELSE throttles.window_start END \
     RETURNING hits";

/// Counts one hit on `bucket` at `now`; `true` while the window's hits,
/// this one included, are within the limit.
pub fn hit(conn: &mut DbConn, bucket: &str, limit: Limit, now: NaiveDateTime) -> AppResult<bool> {
    let over = now - limit.window;
    let found: Hits = match conn {
        DbConn::Pg(c) => diesel::sql_query(HIT_PG)
            .bind::<Text, _>(bucket)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(over)
            .get_result(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(HIT_SQLITE)
            .bind::<Text, _>(bucket)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(over)
            .get_result(c)?,
    };
    Ok(found.hits <= limit.hits)
}

/// Has `bucket` reached its limit in the current window (without counting)?
pub fn reached(
    conn: &mut DbConn,
    bucket: &str,
    limit: Limit,
    now: NaiveDateTime,
) -> AppResult<bool> {
    let hits: Option<i32> = throttles::table
        .find(bucket)
        .filter(throttles::window_start.gt(now - limit.window))
        .select(throttles::hits)
        .first(conn)
        .optional()?;
    Ok(hits.is_some_and(|h| h >= limit.hits))
}

/// Deletes buckets whose window began more than a day before `now` (every
/// limit's window is shorter).
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> AppResult<usize> {
    Ok(diesel::delete(
        throttles::table.filter(throttles::window_start.lt(now - chrono::Duration::days(1))),
    )
    .execute(conn)?)
}
