//! A sheet's rows as the account operations take them: each row parsed into
//! an `AccountInput` for the target org (the Account ID is the email or
//! device, the User Permissions those chosen for the file), or its problems,
//! with rows repeating an earlier row of the file caught here.

use super::row::RowInput;
use super::sheet::{RawRow, Sheet};
use crate::domain::account_edits::{AccountInput, AccountRef, Application, NumberChoice};
use crate::domain::account_import::{Problem, Row, Seen, Target, USERNAME_COLUMN};
use crate::domain::accounts::DEFAULT_APPLICATION;
use crate::domain::features::{Feature, FeatureSet};

/// Rows of `sheet` for `target`, numbered from 1, lazily.
pub fn rows<'a>(sheet: &'a Sheet, target: &'a Target) -> impl Iterator<Item = Row> + 'a {
    let mut seen = Seen::default();
    sheet
        .rows()
        .zip(1_i64..)
        .map(move |(raw, position)| to_row(sheet, target, &mut seen, &raw, position))
}

fn to_row(sheet: &Sheet, target: &Target, seen: &mut Seen, raw: &RawRow, position: i64) -> Row {
    let line = i64::try_from(raw.line).unwrap_or(i64::MAX);
    let input = match sheet.parse_row(raw) {
        Ok(parsed) => account_input(parsed, target).and_then(|input| {
            let repeats = seen.note(line, &input);
            if repeats.is_empty() {
                Ok(input)
            } else {
                Err(repeats)
            }
        }),
        Err(problems) => Err(problems
            .into_iter()
            .map(|p| Problem::new(p.column.header(), p.message))
            .collect()),
    };
    Row {
        position,
        line,
        pairs: raw.pairs(sheet),
        input,
    }
}

fn account_input(row: RowInput, target: &Target) -> Result<AccountInput, Vec<Problem>> {
    let username = row.username_key();
    let account_ref = AccountRef::parse(&username).map_err(|_| {
        vec![Problem::new(
            USERNAME_COLUMN,
            crate::msg!("import-too-long-username", max = AccountRef::MAX),
        )]
    })?;
    let application = Application::parse(DEFAULT_APPLICATION)
        .map_err(|m| vec![Problem::new(USERNAME_COLUMN, m)])?;
    let mut features = FeatureSet::default();
    if row.social_messaging {
        features.insert(Feature::SocialMessaging);
    }
    Ok(AccountInput {
        first_name: row.first_name,
        last_name: row.last_name,
        username: row.username,
        org: target.org.display_id.clone(),
        account_ref,
        application,
        number: row
            .number
            .map_or(NumberChoice::None, NumberChoice::Specific),
        user_permissions_id: Some(target.profile.id),
        forwarding_number: row.forwarding_number,
        features,
        monitor_calls: row.monitor_calls,
        monitor_sms: row.monitor_sms,
        restrict_incoming_social: row.restrict_incoming_social && row.social_messaging,
        language: row.language,
    })
}
