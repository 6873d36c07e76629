//! Timestamps read quickly from SQLite, which keeps them as text: diesel
//! tries up to 18 formats through chrono's format-string parser (~2,500
//! instructions a value), and a list page reads fifty of them. `Stamp`
//! reads the form diesel writes ("2026-11-24 15:30:12.123456", the
//! fraction optional) directly, and anything else through diesel as before.
//! PostgreSQL's binary timestamps are read as before.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromStaticSqlRow, Queryable};
use diesel::pg::Pg;
use diesel::sql_types::{Nullable, Timestamp};
use diesel::sqlite::{Sqlite, SqliteType};

use super::multi_connection_impl::MultiBackend;

/// A timestamp column's value (see the module).
#[derive(Debug, Clone, Copy, PartialEq, Eq, diesel::deserialize::FromSqlRow)]
pub struct Stamp(pub NaiveDateTime);

impl From<Stamp> for NaiveDateTime {
    fn from(s: Stamp) -> Self {
        s.0
    }
}

impl FromSql<Timestamp, Sqlite> for Stamp {
    fn from_sql(mut value: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        if value.value_type() == Some(SqliteType::Text)
            && let Some(t) = parse(value.read_text())
        {
            return Ok(Stamp(t));
        }
        Ok(Stamp(
            <NaiveDateTime as FromSql<Timestamp, Sqlite>>::from_sql(value)?,
        ))
    }
}

impl FromSql<Timestamp, Pg> for Stamp {
    fn from_sql(value: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        Ok(Stamp(<NaiveDateTime as FromSql<Timestamp, Pg>>::from_sql(
            value,
        )?))
    }
}

impl FromSql<Timestamp, MultiBackend> for Stamp {
    fn from_sql(value: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        value.from_sql::<Self, Timestamp>()
    }
}

/// A nullable timestamp column's value, for `#[diesel(deserialize_as)]` on
/// an `Option<NaiveDateTime>` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaybeStamp(pub Option<NaiveDateTime>);

impl From<MaybeStamp> for Option<NaiveDateTime> {
    fn from(s: MaybeStamp) -> Self {
        s.0
    }
}

impl<DB: Backend> Queryable<Nullable<Timestamp>, DB> for MaybeStamp
where
    Option<Stamp>: FromStaticSqlRow<Nullable<Timestamp>, DB>,
{
    type Row = Option<Stamp>;

    fn build(row: Option<Stamp>) -> deserialize::Result<Self> {
        Ok(MaybeStamp(row.map(|s| s.0)))
    }
}

/// "YYYY-MM-DD HH:MM:SS" with an optional fraction of 1 to 9 digits;
/// `None` for anything else (diesel's own parser then decides).
fn parse(text: &str) -> Option<NaiveDateTime> {
    let b = text.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b' '
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    let (month, day) = (num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let nanos = match &b[19..] {
        [] => 0,
        [b'.', digits @ ..] if (1..=9).contains(&digits.len()) => {
            num(20..b.len())? * 10u32.pow(9 - u32::try_from(digits.len()).ok()?)
        }
        _ => return None,
    };
    // A leap second (":60") is chrono's to read.
    if second > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(NaiveDateTime::new(date, time))
}

#[cfg(test)]
mod tests {
    use super::parse;
    use chrono::NaiveDateTime;

    /// What diesel's first format reads, read the same; the rest left to it.
    #[test]
    fn reads_what_diesel_writes_as_chrono_does() {
        for text in [
            "2026-11-24 15:30:12",
            "2026-11-24 15:30:12.5",
            "2026-11-24 15:30:12.123456",
            "2026-11-24 15:30:12.123456789",
            "1999-01-01 00:00:00.000001",
            "2024-02-29 23:59:59.9",
        ] {
            let chrono = NaiveDateTime::parse_from_str(text, "%F %T%.f").ok();
            assert!(chrono.is_some(), "{text}");
            assert_eq!(parse(text), chrono, "{text}");
        }
        for text in [
            "2026-11-24T15:30:12",
            "2026-11-24 15:30",
            "2026-11-24 15:30:12Z",
            "2026-11-24 15:30:12.",
            "2026-11-24 15:30:12.1234567890",
            "2026-02-30 15:30:12",
            "2026-11-24 24:00:00",
            "2026-11-24 15:30:60",
            "2026-1-24 15:30:12.5",
            "+026-11-24 15:30:12",
            "2460999.5",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
