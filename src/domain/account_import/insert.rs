//! A chunk's accounts written in one statement: multi-row `VALUES` on
//! SQLite, one array per column through `unnest` on PostgreSQL.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Row, Target};
use crate::db::DbConn;
use crate::db::schema::accounts;
use crate::domain::account_edits::AccountInput;
use crate::domain::account_edits::rules::effective_features;
use crate::domain::accounts::Status;
use crate::domain::features::FeatureSet;
use crate::each_backend;
use crate::error::{AppError, AppResult};

/// Inserts the accounts in one statement per chunk; returns their ids in
/// the order given.
pub(super) fn insert(
    conn: &mut DbConn,
    target: &Target,
    valid: &[(&Row, &AccountInput)],
    now: NaiveDateTime,
) -> AppResult<Vec<i64>> {
    if valid.is_empty() {
        return Ok(Vec::new());
    }
    let features: Vec<String> = valid
        .iter()
        .map(|(_, i)| {
            effective_features(&i.features, &FeatureSet::default(), &target.settings).to_string()
        })
        .collect();
    let social = target
        .settings
        .features
        .has(crate::domain::features::Feature::SocialMessaging);
    let inserted: Vec<(i64, Option<String>)> = if let DbConn::Pg(pg) = conn {
        insert_on_postgres(pg, target, valid, &features, social, now)?
    } else {
        let values: Vec<_> = valid
            .iter()
            .zip(&features)
            .map(|((_, input), features)| {
                (
                    accounts::org_id.eq(target.org.id),
                    accounts::account_ref.eq(input.account_ref.as_str()),
                    accounts::first_name.eq(name(&input.first_name)),
                    accounts::last_name.eq(name(&input.last_name)),
                    accounts::username.eq(input.username.stored()),
                    accounts::username_kind.eq(input.username.kind().as_str()),
                    accounts::application.eq(input.application.as_str()),
                    accounts::user_permissions_id.eq(target.profile.id),
                    accounts::forwarding_number
                        .eq(input.forwarding_number.as_ref().map(|f| f.as_str())),
                    accounts::features.eq(features.as_str()),
                    accounts::monitor_calls.eq(input.monitor_calls.as_str()),
                    accounts::monitor_sms.eq(input.monitor_sms.as_str()),
                    accounts::restrict_incoming_social.eq(social && input.restrict_incoming_social),
                    accounts::language.eq(input.language),
                    accounts::status.eq(Status::Saved.as_str()),
                    accounts::created_at.eq(now),
                    accounts::updated_at.eq(now),
                )
            })
            .collect();
        // Returned in insertion order on both backends; matched back by
        // username all the same, so the order is not relied on.
        each_backend!(conn, c => diesel::insert_into(accounts::table)
            .values(&values)
            .returning((accounts::id, accounts::username))
            .get_results(c))?
    };
    let by_username: HashMap<String, i64> = inserted
        .into_iter()
        .filter_map(|(id, u)| Some((u?, id)))
        .collect();
    valid
        .iter()
        .map(|(_, input)| {
            input
                .username
                .stored()
                .and_then(|u| by_username.get(u).copied())
                .ok_or_else(|| {
                    AppError::internal(anyhow::anyhow!("an imported account was not returned"))
                })
        })
        .collect()
}

fn name(n: &Option<crate::domain::values::PersonName>) -> String {
    n.as_ref().map_or("", |n| n.as_str()).to_owned()
}

/// "First Last" as `Account::name` says it.
pub(super) fn full_name(input: &AccountInput) -> String {
    format!("{} {}", name(&input.first_name), name(&input.last_name))
        .trim()
        .to_owned()
}

#[derive(QueryableByName)]
struct Inserted {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    username: Option<String>,
}

/// `insert` on PostgreSQL: one array per column and `unnest`, so a chunk
/// is a statement of 17 parameters instead of 17 per row (8,500 for 500
/// rows, which the server parses and binds one by one).
fn insert_on_postgres(
    pg: &mut diesel::PgConnection,
    target: &Target,
    valid: &[(&Row, &AccountInput)],
    features: &[String],
    social: bool,
    now: NaiveDateTime,
) -> AppResult<Vec<(i64, Option<String>)>> {
    use diesel::sql_types::{Array, BigInt, Bool, Nullable, Text, Timestamp};
    let column = |f: &dyn Fn(&AccountInput) -> String| -> Vec<String> {
        valid.iter().map(|(_, i)| f(i)).collect()
    };
    let inserted: Vec<Inserted> = diesel::sql_query(
        "INSERT INTO accounts (org_id, user_permissions_id, status, created_at, updated_at, \
         account_ref, first_name, last_name, username, username_kind, application, \
         forwarding_number, features, monitor_calls, monitor_sms, restrict_incoming_social, \
         language) \
         SELECT $1, $2, $3, $4, $4, r.* FROM unnest($5::text[], $6::text[], $7::text[], \
         $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], \
         $14::text[], $15::bool[], $16::text[]) AS r \
         RETURNING id, username",
    )
    .bind::<BigInt, _>(target.org.id)
    .bind::<BigInt, _>(target.profile.id)
    .bind::<Text, _>(Status::Saved.as_str())
    .bind::<Timestamp, _>(now)
    .bind::<Array<Text>, _>(column(&|i| i.account_ref.as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| name(&i.first_name)))
    .bind::<Array<Text>, _>(column(&|i| name(&i.last_name)))
    .bind::<Array<Nullable<Text>>, _>(
        valid
            .iter()
            .map(|(_, i)| i.username.stored().map(str::to_owned))
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(column(&|i| i.username.kind().as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| i.application.as_str().to_owned()))
    .bind::<Array<Nullable<Text>>, _>(
        valid
            .iter()
            .map(|(_, i)| i.forwarding_number.as_ref().map(|f| f.as_str().to_owned()))
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(features)
    .bind::<Array<Text>, _>(column(&|i| i.monitor_calls.as_str().to_owned()))
    .bind::<Array<Text>, _>(column(&|i| i.monitor_sms.as_str().to_owned()))
    .bind::<Array<Bool>, _>(
        valid
            .iter()
            .map(|(_, i)| social && i.restrict_incoming_social)
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(column(&|i| i.language.to_owned()))
    .load(pg)?;
    Ok(inserted.into_iter().map(|r| (r.id, r.username)).collect())
}
