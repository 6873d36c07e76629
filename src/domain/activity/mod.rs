//! Reports → Administrators Activity: the audit trail of an org's subtree,
//! narrowed by dates (in the viewer's time zone), administrator, action and
//! organization, newest first, one page at a time or all of it as CSV.

pub mod labels;

use chrono::{NaiveDate, NaiveDateTime, TimeZone as _};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{audit_events, organizations};
use crate::domain::acting::ScopedOrg;
use crate::domain::admin_directory::{Count, count_capped};
use crate::domain::audit::AuditEvent;
use crate::domain::batch_report::neutralise;
use crate::error::{AppError, AppResult};

pub use labels::label;

/// A download holds at most this many events (the newest); a wider
/// filter is narrowed by dates.
pub const CSV_ROWS: i64 = 100_000;

/// How the list is narrowed; every field left empty means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActivityFilter {
    /// First and last day shown (inclusive), in `time_zone`.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The viewer's zone, in which the days begin and end.
    pub time_zone: String,
    /// The administrator's name as recorded contains this (case-insensitive).
    pub administrator: String,
    /// An action key of the catalogue.
    pub action: Option<String>,
    /// Display id of an org of the subtree: its own events only. An org
    /// outside the subtree matches nothing.
    pub org: Option<String>,
}

impl ActivityFilter {
    pub fn narrows(&self) -> bool {
        self.from.is_some()
            || self.to.is_some()
            || !self.administrator.trim().is_empty()
            || self.action.is_some()
            || self.org.is_some()
    }

    /// The stored (UTC) bounds: from the start of `from` up to, not
    /// including, the start of the day after `to`, both in the zone.
    fn utc_bounds(&self) -> (Option<NaiveDateTime>, Option<NaiveDateTime>) {
        let tz: chrono_tz::Tz = self.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let start_of = |day: NaiveDate| {
            let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
            // A day that starts in a DST gap starts at its first real instant.
            tz.from_local_datetime(&midnight)
                .earliest()
                .or_else(|| {
                    tz.from_local_datetime(&(midnight + chrono::Duration::hours(1)))
                        .earliest()
                })
                .map_or(midnight, |t| t.naive_utc())
        };
        (
            self.from.map(start_of),
            self.to.and_then(|d| d.succ_opt()).map(start_of),
        )
    }
}

/// One event as the report shows it.
#[derive(Debug, Clone)]
pub struct Row {
    pub event: AuditEvent,
    pub label: String,
    /// "952442891 Acme", or empty for an event of no org.
    pub org_label: String,
}

#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub count: Count,
    /// The page shown: the one asked for, within the pages there are.
    pub page: i64,
}

type Boxed = audit_events::BoxedQuery<'static, <DbConn as diesel::Connection>::Backend>;

/// Which orgs' events a filter reads.
enum Orgs {
    /// The top org's subtree: every org (events of no org are the
    /// system's and shown to no one).
    All,
    Ids(Vec<i64>),
}

/// A filter with its org resolved in the subtree and its days turned into
/// stored times: what each query of a view is built from.
struct Narrowing {
    orgs: Orgs,
    from: Option<NaiveDateTime>,
    until: Option<NaiveDateTime>,
    action: Option<String>,
    /// LIKE pattern on the administrator's recorded name.
    actor: Option<String>,
}

/// `None` when the filter's org is outside the subtree (nothing matches).
fn resolve(
    conn: &mut DbConn,
    scope: &ScopedOrg,
    filter: &ActivityFilter,
) -> AppResult<Option<Narrowing>> {
    let orgs = match &filter.org {
        Some(display_id) => match scope.find_below(conn, display_id)? {
            Some(org) => Orgs::Ids(vec![org.id]),
            None => return Ok(None),
        },
        None if scope.parent_id.is_none() => Orgs::All,
        None => Orgs::Ids(
            organizations::table
                .filter(organizations::path.like(format!("{}%", scope.path)))
                .select(organizations::id)
                .load(conn)?,
        ),
    };
    let (from, until) = filter.utc_bounds();
    let actor = Some(filter.administrator.trim())
        .filter(|q| !q.is_empty())
        .map(crate::domain::values::contains_pattern);
    Ok(Some(Narrowing {
        orgs,
        from,
        until,
        action: filter.action.clone(),
        actor,
    }))
}

/// The filtered events, on their own table: the subtree is a short list of
/// org ids, and each filter is served by an index of `audit_events`
/// (migration 000016), so no view joins or sorts them all.
fn query(n: &Narrowing) -> Boxed {
    let mut query = audit_events::table.into_boxed();
    query = match &n.orgs {
        Orgs::All => query.filter(audit_events::org_id.is_not_null()),
        Orgs::Ids(ids) => query.filter(audit_events::org_id.eq_any(ids.clone())),
    };
    if let Some(from) = n.from {
        query = query.filter(audit_events::created_at.ge(from));
    }
    if let Some(until) = n.until {
        query = query.filter(audit_events::created_at.lt(until));
    }
    if let Some(action) = &n.action {
        query = query.filter(audit_events::action.eq(action.clone()));
    }
    if let Some(pattern) = &n.actor {
        let name = diesel::dsl::sql::<diesel::sql_types::Text>("LOWER(audit_events.actor_name)");
        query = query.filter(name.like(pattern.clone()).escape('\\'));
    }
    query
}

/// Page `requested` (1-based) of `per_page` events, newest first, with the
/// count (stopped at `COUNT_CAP`).
pub fn page(
    conn: &mut DbConn,
    scope: &ScopedOrg,
    filter: &ActivityFilter,
    requested: Option<i64>,
    per_page: i64,
) -> AppResult<Listing> {
    let Some(narrowing) = resolve(conn, scope, filter)? else {
        return Ok(Listing {
            rows: Vec::new(),
            count: Count { n: 0, more: false },
            page: 1,
        });
    };
    let count = count_capped(conn, query(&narrowing).select(audit_events::id))?;
    let pages = ((count.n + per_page - 1) / per_page).max(1);
    let page = requested.unwrap_or(1).clamp(1, pages);
    let offset = (page - 1) * per_page;
    let query = query(&narrowing);
    // A page in the second half of a list whose end is known is read from
    // the end and turned round, so the last page costs what the first does.
    let events: Vec<AuditEvent> = if !count.more && offset > count.n / 2 {
        let end = (offset + per_page).min(count.n);
        let mut events: Vec<AuditEvent> = query
            .order((audit_events::created_at.asc(), audit_events::id.asc()))
            .offset(count.n - end)
            .limit(end - offset)
            .select(AuditEvent::as_select())
            .load(conn)?;
        events.reverse();
        events
    } else {
        query
            .order((audit_events::created_at.desc(), audit_events::id.desc()))
            .offset(offset)
            .limit(per_page)
            .select(AuditEvent::as_select())
            .load(conn)?
    };
    Ok(Listing {
        rows: with_labels(conn, events)?,
        count,
        page,
    })
}

/// Every event the filter matches (at most `CSV_ROWS`, the newest), newest first.
pub fn all(conn: &mut DbConn, scope: &ScopedOrg, filter: &ActivityFilter) -> AppResult<Vec<Row>> {
    let Some(narrowing) = resolve(conn, scope, filter)? else {
        return Ok(Vec::new());
    };
    let events = query(&narrowing)
        .order((audit_events::created_at.desc(), audit_events::id.desc()))
        .limit(CSV_ROWS)
        .select(AuditEvent::as_select())
        .load(conn)?;
    with_labels(conn, events)
}

/// The events' labels and org labels (one read of the few orgs they name).
fn with_labels(conn: &mut DbConn, events: Vec<AuditEvent>) -> AppResult<Vec<Row>> {
    let mut ids: Vec<i64> = events.iter().filter_map(|e| e.org_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let orgs: Vec<(i64, String, String)> = organizations::table
        .filter(organizations::id.eq_any(ids))
        .select((
            organizations::id,
            organizations::display_id,
            organizations::name,
        ))
        .load(conn)?;
    Ok(events
        .into_iter()
        .map(|event| Row {
            label: label(&event.action),
            org_label: orgs
                .iter()
                .find(|(id, _, _)| Some(*id) == event.org_id)
                .map(|(_, display_id, name)| format!("{display_id} {name}"))
                .unwrap_or_default(),
            event,
        })
        .collect())
}

/// The download's bytes: UTF-8 CSV with a header row, times in `time_zone`
/// as pages show them, every cell neutralised for spreadsheets.
pub fn csv(rows: &[Row], time_zone: &str) -> AppResult<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Headers for reading, in the downloader's language.
    let t = crate::i18n::t;
    writer
        .write_record([
            crate::msg!("reports-time-in", zone = time_zone).to_string(),
            t("reports-administrator"),
            t("reports-action"),
            t("reports-target"),
            t("details"),
            t("organization"),
            t("reports-address"),
        ])
        .map_err(AppError::internal)?;
    for row in rows {
        let e = &row.event;
        let time = crate::domain::time_zones::local(e.created_at, time_zone);
        let cells = [
            time.as_str(),
            &e.actor_name,
            &row.label,
            &e.target,
            &e.details,
            &row.org_label,
            e.client_addr.as_deref().unwrap_or(""),
        ];
        writer
            .write_record(cells.iter().map(|c| neutralise(c)))
            .map_err(AppError::internal)?;
    }
    writer.into_inner().map_err(AppError::internal)
}
