//! Import, reports, batches and the Dashboard: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use diesel::prelude::*;

use crate::helpers::*;
use crate::languages::Probe;

const HEADER: &str = "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language";

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    // A finished import to undo, and one shown as still running; the
    // seeded names keep the people out of what the test reports.
    let csv = format!(
        "{HEADER}\nAnn,Lee,ann.second@example.com,No,,auto,on,,,\nDi,Bad,di.second@example.com,Yes,,off,off,,,\n"
    );
    let preview = crate::import::preview_of(app, org, &csv).await;
    let undoable = crate::import::import(app, &preview, "import").await;
    let csv = format!("{HEADER}\nAnn,Lee,ann.third@example.com,No,,auto,on,,,\n");
    let preview = crate::import::preview_of(app, org, &csv).await;
    let running = crate::import::import(app, &preview, "import").await;
    let id: i64 = running.rsplit('/').next().unwrap().parse().unwrap();
    app.db
        .run(move |conn| {
            use switchboard::db::schema::batches;
            diesel::update(batches::table.filter(batches::id.eq(id)))
                .set((batches::state.eq("running"), batches::total.eq(4_i64)))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("a running batch");
    // A preview with every kind of row problem, its invalid rows only.
    let csv = format!(
        "{HEADER}\n\
         Ann,Lee,ann.second@example.com,No,,auto,on,,,\n\
         Di,Bad,di.fourth@example.com,Maybe,,Maybe,,,true,Maybe\n\
         Di,Bad,di.fourth@example.com,No,+15550109999,auto,on,,,\n"
    );
    let invalid = crate::import::preview_of(app, org, &csv).await;
    // A job given up on, so Failed Jobs has a row and its Retry button.
    let org_id = app.org_id(org).await;
    app.db
        .run(move |conn| {
            use switchboard::db::schema::jobs;
            let now = chrono::Utc::now().naive_utc();
            diesel::insert_into(jobs::table)
                .values((
                    jobs::kind.eq("send_email"),
                    jobs::payload.eq(r#"{"outbox_id":1,"email":"","to":"ann@example.com"}"#),
                    jobs::org_id.eq(Some(org_id)),
                    jobs::run_after.eq(now),
                    jobs::attempts.eq(5),
                    jobs::last_error.eq(Some("550 5.1.1 <ann@example.com>")),
                    jobs::created_at.eq(now),
                    jobs::failed_at.eq(Some(now)),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("a failed job");
    vec![
        (format!("{base}/reports/jobs"), "failed_jobs_one".into()),
        (format!("{undoable}/undo"), "batch_undo".into()),
        (running, "batch_running".into()),
        (
            format!("{invalid}?show=invalid"),
            "import_preview_invalid".into(),
        ),
        (
            format!("{base}/reports/administrators-activity?from=nope&to=2026-13-01"),
            "activity_bad_dates".into(),
        ),
        (
            format!("{base}/reports/administrators-activity?action=sign_in"),
            "activity_filtered".into(),
        ),
    ]
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe =
        |page: &str, action: &str, fields, status| Probe::at(base, page, action, fields, status);
    vec![(
        // Not a file upload at all: refused with its 400 page.
        "import_refused".into(),
        probe("accounts/import", "accounts/import", &[("org", "")], 400),
    )]
}
