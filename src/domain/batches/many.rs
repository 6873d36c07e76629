//! Results recorded many at once (a CSV import's chunk, in its
//! transaction), and what "Undo this import" reads back and records.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{NewItem, Outcome};
use crate::db::DbConn;
use crate::db::schema::{batch_items, batches};
use crate::each_backend;
use crate::error::AppResult;

/// One result of many recorded at once, with the account it created.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub position: i64,
    pub item: NewItem,
    /// The account the row created, and its `updated_at` then (Undo).
    pub account: Option<(i64, NaiveDateTime)>,
}

/// Records many results in multi-row inserts and counts them with one
/// update: what a CSV import does per chunk, in the chunk's transaction.
pub fn record_items(conn: &mut DbConn, batch_id: i64, items: &[Recorded]) -> AppResult<()> {
    let inputs = items
        .iter()
        .map(|r| r.item.input.as_ref().map(serde_json::to_string).transpose())
        .collect::<Result<Vec<_>, _>>()
        .map_err(crate::error::AppError::internal)?;
    if let DbConn::Pg(pg) = conn {
        insert_on_postgres(pg, batch_id, items, inputs)?;
    } else {
        insert_rows(conn, batch_id, items, &inputs)?;
    }
    let count = |o: Outcome| items.iter().filter(|r| r.item.outcome == o).count() as i64;
    diesel::update(batches::table.find(batch_id))
        .set((
            batches::succeeded.eq(batches::succeeded + count(Outcome::Succeeded)),
            batches::skipped.eq(batches::skipped + count(Outcome::Skipped)),
            batches::failed.eq(batches::failed + count(Outcome::Failed)),
        ))
        .execute(conn)?;
    Ok(())
}

/// `record_items` on PostgreSQL: one array per column and `unnest`, a
/// statement of 10 parameters however many items.
fn insert_on_postgres(
    pg: &mut diesel::PgConnection,
    batch_id: i64,
    items: &[Recorded],
    inputs: Vec<Option<String>>,
) -> AppResult<()> {
    use diesel::sql_types::{Array, BigInt, Nullable, Text, Timestamp};
    let texts = |f: &dyn Fn(&Recorded) -> &str| -> Vec<String> {
        items.iter().map(|r| f(r).to_owned()).collect()
    };
    diesel::sql_query(
        "INSERT INTO batch_items (batch_id, position, target, identifier, input, outcome, \
         result, message, account_id, account_stamp) \
         SELECT $1, i.* FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], \
         $6::text[], $7::text[], $8::text[], $9::bigint[], $10::timestamp[]) AS i",
    )
    .bind::<BigInt, _>(batch_id)
    .bind::<Array<BigInt>, _>(items.iter().map(|r| r.position).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(texts(&|r| &r.item.target))
    .bind::<Array<Text>, _>(texts(&|r| &r.item.identifier))
    .bind::<Array<Nullable<Text>>, _>(inputs)
    .bind::<Array<Text>, _>(texts(&|r| r.item.outcome.as_str()))
    .bind::<Array<Text>, _>(texts(&|r| &r.item.result))
    .bind::<Array<Text>, _>(texts(&|r| &r.item.message))
    .bind::<Array<Nullable<BigInt>>, _>(
        items
            .iter()
            .map(|r| r.account.map(|a| a.0))
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Nullable<Timestamp>>, _>(
        items
            .iter()
            .map(|r| r.account.map(|a| a.1))
            .collect::<Vec<_>>(),
    )
    .execute(pg)?;
    Ok(())
}

/// `record_items`' rows as multi-row inserts (SQLite).
fn insert_rows(
    conn: &mut DbConn,
    batch_id: i64,
    items: &[Recorded],
    inputs: &[Option<String>],
) -> AppResult<()> {
    let rows: Vec<_> = items
        .iter()
        .zip(inputs)
        .map(|(r, input)| {
            (
                batch_items::batch_id.eq(batch_id),
                batch_items::position.eq(r.position),
                batch_items::target.eq(&r.item.target),
                batch_items::identifier.eq(&r.item.identifier),
                batch_items::input.eq(input),
                batch_items::outcome.eq(r.item.outcome.as_str()),
                batch_items::result.eq(&r.item.result),
                batch_items::message.eq(&r.item.message),
                batch_items::account_id.eq(r.account.map(|a| a.0)),
                batch_items::account_stamp.eq(r.account.map(|a| a.1)),
            )
        })
        .collect();
    // 10 values a row: 1,000 rows stay under SQLite's bound-value limit.
    let mut rows = rows;
    while !rows.is_empty() {
        let rest = rows.split_off(rows.len().min(1000));
        each_backend!(conn, c => diesel::insert_into(batch_items::table)
            .values(&rows)
            .execute(c))?;
        rows = rest;
    }
    Ok(())
}

/// The positions of a batch recorded between `from` and `to` (inclusive).
pub fn recorded_between(
    conn: &mut DbConn,
    batch_id: i64,
    from: i64,
    to: i64,
) -> AppResult<Vec<i64>> {
    Ok(batch_items::table
        .filter(batch_items::batch_id.eq(batch_id))
        .filter(batch_items::position.between(from, to))
        .select(batch_items::position)
        .load(conn)?)
}

/// The accounts a batch created, with their stamps, in input order.
pub fn created_accounts(
    conn: &mut DbConn,
    batch_id: i64,
) -> AppResult<Vec<(i64, i64, NaiveDateTime, String)>> {
    let rows: Vec<(i64, Option<i64>, Option<NaiveDateTime>, String)> = batch_items::table
        .filter(batch_items::batch_id.eq(batch_id))
        .filter(batch_items::account_id.is_not_null())
        .order(batch_items::position)
        .select((
            batch_items::position,
            batch_items::account_id,
            batch_items::account_stamp,
            batch_items::target,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(p, id, stamp, target)| Some((p, id?, stamp?, target)))
        .collect())
}

/// Records "Undo this import" on the batch.
pub fn record_undo(conn: &mut DbConn, batch_id: i64, by: &str, count: i64) -> AppResult<()> {
    diesel::update(batches::table.find(batch_id))
        .set((
            batches::undone_at.eq(Some(chrono::Utc::now().naive_utc())),
            batches::undone_by.eq(Some(by)),
            batches::undone_count.eq(count),
        ))
        .execute(conn)?;
    Ok(())
}
