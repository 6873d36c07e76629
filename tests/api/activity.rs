//! Reports → Administrators Activity: human labels instead of action keys,
//! filters by dates (in the viewer's zone), administrator, action and
//! organization, and the Download, which needs its own privilege.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use switchboard::db::schema::audit_events;
use switchboard::domain::activity::labels::{LABELS, label};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

/// An event as `audit::record` would have written it, at a chosen time.
struct Planted {
    org: i64,
    actor: &'static str,
    action: &'static str,
    target: &'static str,
    details: &'static str,
    at: &'static str,
}

async fn plant(app: &TestApp, e: Planted) {
    let at = NaiveDateTime::parse_from_str(e.at, "%Y-%m-%d %H:%M").unwrap();
    app.db
        .run(move |conn| {
            diesel::insert_into(audit_events::table)
                .values((
                    audit_events::org_id.eq(e.org),
                    audit_events::actor_name.eq(e.actor),
                    audit_events::action.eq(e.action),
                    audit_events::target.eq(e.target),
                    audit_events::details.eq(e.details),
                    audit_events::client_addr.eq("203.0.113.9"),
                    audit_events::created_at.eq(at),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
}

/// The top org (viewed in America/Chicago, UTC-5 in March 2026) with East
/// below it and three planted events:
/// Alice's role at 10-MAR 07:00 AM local (top), Bob's deletion at
/// 11-MAR 10:30 PM local, which is already 12 March in UTC (East), and
/// Alice's sign-in at 15-MAR 06:30 PM local (top).
async fn planted(app: &TestApp) -> (String, String) {
    let top = app.sign_in_super().await;
    let east = app.create_suborg(&top, "East").await;
    app.get_html("/me").await;
    let response = app
        .post_form(
            "/me",
            &[
                ("first_name", "Sam"),
                ("last_name", "Super"),
                ("language", "English"),
                ("time_zone", "America/Chicago"),
            ],
        )
        .await;
    assert_redirect_to(&response, "/me");
    let (top_id, east_id) = (app.org_id(&top).await, app.org_id(&east).await);
    for e in [
        Planted {
            org: top_id,
            actor: "Alice Admin <alice@example.com>",
            action: "role_created",
            target: "Helpdesk",
            details: "=HYPERLINK(\"http://evil\")",
            at: "2026-03-10 12:00",
        },
        Planted {
            org: east_id,
            actor: "Bob Boss <bob@example.com>",
            action: "account_deleted",
            target: "Carol Customer",
            details: "-1 account",
            at: "2026-03-12 03:30",
        },
        Planted {
            org: top_id,
            actor: "Alice Admin <alice@example.com>",
            action: "sign_in",
            target: "Alice Admin <alice@example.com>",
            details: "password",
            at: "2026-03-15 23:30",
        },
    ] {
        plant(app, e).await;
    }
    (top, east)
}

const MARCH: &str = "from=2026-03-01&to=2026-03-31";

#[tokio::test]
async fn activity_shows_labels_and_times_in_the_administrators_zone() {
    for_each_backend(|app| async move {
        let (top, _) = planted(&app).await;
        let page = app
            .get_html(&format!(
                "/orgs/{top}/reports/administrators-activity?{MARCH}"
            ))
            .await;
        assert!(
            page.contains("<td data-label=\"Action\">Role created</td>"),
            "{page}"
        );
        assert!(page.contains("<td data-label=\"Action\">Account deleted</td>"));
        assert!(page.contains("<td data-label=\"Action\">Signed in</td>"));
        assert!(!page.contains(">role_created<") && !page.contains(">sign_in<"));
        assert!(page.contains("Dates and times are in America/Chicago."));
        assert!(page.contains("11-MAR-2026 10:30 PM"), "{page}");
        assert!(page.contains("10-MAR-2026 07:00 AM"));
        assert!(!page.contains("12-MAR-2026 03:30 AM"));
        // Newest first.
        let signed_in = page.find("15-MAR-2026 06:30 PM").unwrap();
        let role = page.find("10-MAR-2026 07:00 AM").unwrap();
        assert!(signed_in < role);
        assert!(page.contains("3 events match."));
        assert!(page.contains("Clear filters"));
        // The real events of this run are labelled too.
        let all = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        assert!(all.contains("Sub-Organization created"), "{all}");
        assert!(!all.contains("Clear filters"));
    })
    .await;
}

#[tokio::test]
async fn activity_filters_narrow_by_dates_administrator_action_and_organization() {
    for_each_backend(|app| async move {
        let (top, east) = planted(&app).await;
        let list = |query: String| {
            let app = &app;
            let top = top.clone();
            async move {
                app.get_html(&format!(
                    "/orgs/{top}/reports/administrators-activity?{query}"
                ))
                .await
            }
        };
        // 11 March in Chicago holds Bob's deletion, stored on 12 March UTC.
        let page = list("from=2026-03-11&to=2026-03-11".into()).await;
        assert!(page.contains("Carol Customer"), "{page}");
        assert!(!page.contains("Helpdesk") && !page.contains("06:30 PM"));
        let page = list("from=2026-03-12&to=2026-03-14".into()).await;
        assert!(page.contains("No activity matches."), "{page}");

        let page = list(format!("{MARCH}&administrator=bob")).await;
        assert!(page.contains("Carol Customer"));
        assert!(!page.contains("Helpdesk"));
        assert!(page.contains(r#"value="bob""#));

        let page = list(format!("{MARCH}&action=role_created")).await;
        assert!(page.contains("Helpdesk"));
        assert!(!page.contains("Carol Customer") && !page.contains("Signed in</td>"));
        assert!(page.contains(r#"<option value="role_created" selected>Role created</option>"#));

        let page = list(format!("{MARCH}&org={east}")).await;
        assert!(page.contains("Carol Customer"), "{page}");
        assert!(!page.contains("Helpdesk"));
        assert!(page.contains(&format!(r#"<option value="{east}" selected>"#)));
        // Viewed from East, the parent's events are not there at all.
        let page = app
            .get_html(&format!(
                "/orgs/{east}/reports/administrators-activity?{MARCH}"
            ))
            .await;
        assert!(page.contains("Carol Customer"));
        assert!(!page.contains("Helpdesk"));
        // Nor can East's viewer ask for the parent by its id.
        let page = app
            .get_html(&format!(
                "/orgs/{east}/reports/administrators-activity?{MARCH}&org={top}"
            ))
            .await;
        assert!(page.contains("No activity matches."), "{page}");

        // A date that is not one is said, not ignored silently.
        let page = list("from=yesterday".into()).await;
        assert!(page.contains("Enter a date as YYYY-MM-DD."));
    })
    .await;
}

#[tokio::test]
async fn activity_downloads_the_filtered_rows_as_neutralised_csv() {
    for_each_backend(|app| async move {
        let (top, east) = planted(&app).await;
        let page = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity?{MARCH}"))
            .await;
        // The Download link keeps the filters (askama escapes each `&`).
        let link = format!(
            "/orgs/{top}/reports/administrators-activity.csv?from=2026-03-01&#38;to=2026-03-31&#38;administrator=&#38;action=&#38;org="
        );
        assert!(page.contains(&link), "{page}");

        let response = app
            .get(&format!("/orgs/{top}/reports/administrators-activity.csv?{MARCH}"))
            .await;
        assert_eq!(response.status().as_u16(), 200);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let body = response.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            [
                "Time (America/Chicago)",
                "Administrator",
                "Action",
                "Target",
                "Details",
                "Organization",
                "Address"
            ]
        );
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(rows.len(), 3, "{body}");
        assert_eq!(rows[0][0], "15-MAR-2026 06:30 PM");
        assert_eq!(rows[0][2], "Signed in");
        assert_eq!(rows[1][2], "Account deleted");
        assert_eq!(rows[1][4], "'-1 account");
        assert!(rows[1][5].ends_with("East"));
        assert_eq!(rows[2][4], "'=HYPERLINK(\"http://evil\")");
        assert_eq!(rows[2][6], "203.0.113.9");

        // The filters apply to the download as to the page.
        let body = app
            .get(&format!(
                "/orgs/{top}/reports/administrators-activity.csv?{MARCH}&org={east}"
            ))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(body.lines().count(), 2, "{body}");
        assert!(body.contains("Carol Customer"));
    })
    .await;
}

#[tokio::test]
async fn activity_download_needs_the_download_privilege() {
    for_each_backend(|app| async move {
        let (top, _) = planted(&app).await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "a long enough password 1",
            &[Privilege::ReportsViewAdministratorsActivity],
        )
        .await;
        let (viewer, _) = app
            .sign_in_new_browser("viewer@example.com", "a long enough password 1")
            .await;
        let page_url = app.url(&format!("/orgs/{top}/reports/administrators-activity"));
        let response = viewer.get(&page_url).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let page = response.text().await.unwrap();
        assert!(page.contains("Role created"));
        assert!(!page.contains("administrators-activity.csv"), "{page}");
        let response = viewer
            .get(app.url(&format!("/orgs/{top}/reports/administrators-activity.csv")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 403);

        app.create_admin(
            &top,
            "nobody@example.com",
            "a long enough password 2",
            &[Privilege::ReportsDownloadAdministratorsActivity],
        )
        .await;
        let (downloader, _) = app
            .sign_in_new_browser("nobody@example.com", "a long enough password 2")
            .await;
        let response = downloader
            .get(app.url(&format!("/orgs/{top}/reports/administrators-activity.csv")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
    })
    .await;
}

/// Every action key written in `src/domain` has a label: a new action
/// without one fails here. The keys are found in the shapes the code
/// writes them in: the `action:` of an `audit::Event` (a literal, an `if`
/// or a `match`), a `let (action, …) = match …` before the event, and the
/// arguments of a helper that takes `action: &str`.
#[test]
fn every_action_written_in_the_domain_has_a_label() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut keys = std::collections::BTreeSet::new();
    for file in rust_files(&root) {
        let text = std::fs::read_to_string(&file).unwrap();
        for key in action_keys(&text) {
            keys.insert(key);
        }
    }
    let unlabelled: Vec<&String> = keys.iter().filter(|k| label(k) == k.as_str()).collect();
    assert!(
        unlabelled.is_empty(),
        "actions without a label: {unlabelled:?}"
    );
    // And the scan finds every catalogued key (so it sees each shape the
    // code writes a key in), and no label is left for an action nothing
    // writes any more.
    let missed: Vec<&str> = LABELS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !keys.contains(*k))
        .collect();
    assert!(
        missed.is_empty(),
        "labelled actions the scan did not find written: {missed:?}"
    );
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The action-key-shaped literals (`snake_case`) of one source file.
fn action_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let segment = |start: usize, until: &str| {
        let rest = &text[start..];
        &rest[..rest.find(until).unwrap_or(rest.len().min(400))]
    };
    // `action: "…"`, `action: if … { "…" } else { "…" }`, `action: match …`
    // (not `action: &str`, a parameter).
    for (at, _) in text.match_indices("action:") {
        let after = text[at + 7..].trim_start();
        let before = &text[at.saturating_sub(120)..at];
        if !after.starts_with('&') && before.contains("Event {") {
            keys.extend(literals(segment(at, "target:")));
        }
    }
    for (at, _) in text.match_indices("let (action") {
        keys.extend(literals(segment(at, "Event {")));
    }
    // Helpers such as `fn record(conn, acting, action: &str, …)`: the
    // literals their callers pass.
    for (at, _) in text.match_indices("fn ") {
        let signature = segment(at, "{");
        let Some(name) = signature[3..].split(['(', '<']).next() else {
            continue;
        };
        let body = segment(at, "\n}\n");
        if !signature.contains("action: &str") || !body.contains("Event {") || name.is_empty() {
            continue;
        }
        let call = format!("{name}(");
        for (call_at, _) in text.match_indices(&call) {
            if text[..call_at].ends_with("fn ") {
                continue;
            }
            keys.extend(literals(segment(call_at, ")?")));
        }
    }
    keys
}

fn literals(code: &str) -> Vec<String> {
    code.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            !s.is_empty()
                && s.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && !s.starts_with('_')
                && !s.ends_with('_')
        })
        .map(str::to_owned)
        .collect()
}
