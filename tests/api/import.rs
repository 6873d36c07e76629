//! Accounts → Add Account → Multiple Accounts (issue 9): template, preview
//! (a dry run), invalid rows, Import and Import & Invite as a background
//! batch, re-upload without duplicates, numbers, Undo this import.

use diesel::prelude::*;
use switchboard::db::schema::{account_invitations, accounts, batches, import_uploads};

use crate::helpers::*;

const HEADER: &str = "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language";

/// Uploads `content` as `name` into `org` through the form; returns the
/// response (a redirect to the preview when the file was taken).
pub async fn upload(app: &TestApp, org: &str, name: &str, content: Vec<u8>) -> reqwest::Response {
    app.get_html(&format!("/orgs/{org}/accounts/import")).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", app.csrf())
        .text("org", org.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(content)
                .file_name(name.to_owned())
                .mime_str("text/csv")
                .expect("mime"),
        );
    app.client
        .post(app.url(&format!("/orgs/{org}/accounts/import")))
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// Uploads and returns the preview's path.
pub async fn preview_of(app: &TestApp, org: &str, content: &str) -> String {
    let response = upload(app, org, "people.csv", content.as_bytes().to_vec()).await;
    assert_eq!(
        response.status(),
        303,
        "{}",
        response.text().await.unwrap_or_default()
    );
    location(&response)
}

/// Presses Import (`import`) or Import & Invite (`import_invite`) on the
/// preview and waits for the batch to finish; returns the batch's path.
pub async fn import(app: &TestApp, preview: &str, then: &str) -> String {
    app.get_html(preview).await;
    let response = app.post_form(preview, &[("then", then)]).await;
    assert_eq!(response.status(), 303);
    let batch = location(&response);
    assert!(batch.contains("/reports/batches/"), "{batch}");
    app.wake_mailer();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let text = app
            .get(&format!("{batch}/progress"))
            .await
            .text()
            .await
            .expect("progress");
        let p: serde_json::Value = serde_json::from_str(&text).expect("json");
        if p["state"] != "running" {
            assert_eq!(p["state"], "done", "{p}");
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the import did not finish: {p}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    batch
}

fn file(rows: &[&str]) -> String {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    s
}

async fn usernames(app: &TestApp) -> Vec<String> {
    app.db
        .run(|conn| {
            Ok(accounts::table
                .order(accounts::username)
                .select(accounts::username)
                .load::<Option<String>>(conn)?
                .into_iter()
                .flatten()
                .collect())
        })
        .await
        .expect("usernames")
}

#[tokio::test]
async fn preview_writes_nothing_and_import_adds_only_valid_rows_once() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &["+15550100001", "+15550100002"])
            .await;
        app.saved_account(&org, "Old", "old@example.com").await;

        // The template: the seed's columns, and a note row.
        let template = app
            .get(&format!("/orgs/{org}/accounts/import/template.csv"))
            .await
            .text()
            .await
            .expect("template");
        assert!(
            template.trim_start_matches('\u{feff}').starts_with(HEADER),
            "{template}"
        );
        assert!(template.contains("Note:"), "{template}");

        let csv = file(&[
            "Ann,Lee,Ann@Example.com,Yes,+15550100001,auto,on,+442079460000,true,Spanish",
            "Bo,Ray,+1 (555) 010-7777,no,,off,off,,,",
            "Cy,Dup,ann@example.COM,No,,auto,on,,,",
            "Di,Bad,not-an-email,Maybe,,sometimes,on,12,,Klingon",
            "Ed,Old,old@example.com,No,,auto,on,,,",
            "Fi,Num,fi@example.com,No,+15550109999,auto,on,,,",
        ]);
        let before = app.count_accounts().await;
        let preview = preview_of(&app, &org, &csv).await;
        let page = app.get_html(&preview).await;
        assert!(page.contains("<dt>Rows</dt><dd>6</dd>"), "{page}");
        assert!(page.contains("2 rows will be added"), "{page}");
        assert!(page.contains("1 row is already an account"), "{page}");
        assert!(page.contains("3 rows will not be imported"), "{page}");
        assert!(page.contains("Also on line 2"), "{page}");
        assert!(page.contains("enter Yes or No"), "{page}");
        assert!(
            page.contains("+15550109999 is not a number of this portal"),
            "{page}"
        );
        assert!(page.contains("comma-separated"), "{page}");
        assert_eq!(
            app.count_accounts().await,
            before,
            "the preview wrote nothing"
        );

        // Download invalid rows: exactly those three, with an error column.
        let invalid = app
            .get(&format!("{preview}/invalid.csv"))
            .await
            .text()
            .await
            .expect("invalid");
        let lines: Vec<&str> = invalid.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 4, "{invalid}");
        assert!(lines[0].ends_with(",error"), "{invalid}");
        assert!(
            lines[1].starts_with("Cy,")
                && lines[2].starts_with("Di,")
                && lines[3].starts_with("Fi,"),
            "{invalid}"
        );
        assert!(
            lines[3].contains(",'+15550109999,"),
            "phone cells are neutralised: {invalid}"
        );

        let batch = import(&app, &preview, "import").await;
        assert_eq!(
            usernames(&app).await,
            vec!["+15550107777", "ann@example.com", "old@example.com"]
        );
        assert_eq!(app.number_state("+15550100001").await.0, "assigned");
        let page = app.get_html(&batch).await;
        assert!(
            page.contains("6 in all: 2 succeeded, 1 skipped, 3 failed"),
            "{page}"
        );
        assert!(page.contains("people.csv"), "{page}");
        let report = app
            .get(&format!("{batch}.csv"))
            .await
            .text()
            .await
            .expect("report");
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(lines.len(), 7, "every input row with its result: {report}");
        assert!(
            lines[0].starts_with("firstname,lastname,email address or device")
                && lines[0].ends_with("result,message"),
            "{report}"
        );
        assert!(lines[1].contains("Added"), "{report}");
        assert!(lines[5].contains("Already exists"), "{report}");
        // Nothing invited: no invitation rows.
        let invitations: i64 = app
            .db
            .run(|conn| Ok(account_invitations::table.count().get_result(conn)?))
            .await
            .expect("count");
        assert_eq!(invitations, 0);
        // The file is gone once imported.
        let uploads: i64 = app
            .db
            .run(|conn| Ok(import_uploads::table.count().get_result(conn)?))
            .await
            .expect("count");
        assert_eq!(uploads, 0);

        // The same file again: nothing added twice.
        let preview = preview_of(&app, &org, &csv).await;
        let page = app.get_html(&preview).await;
        assert!(page.contains("3 rows are already an account"), "{page}");
        import(&app, &preview, "import").await;
        assert_eq!(usernames(&app).await.len(), 3);
    })
    .await;
}

#[tokio::test]
async fn import_and_invite_queues_one_invitation_per_account() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &["+15550100001", "+15550100002", "+15550100003"])
            .await;
        // Setup > Manage Alerts: the owner hears when a batch completes.
        app.get_html(&format!("/orgs/{org}/setup/manage-alerts"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{org}/setup/manage-alerts"),
                &[
                    ("event", "batch_completed"),
                    ("addresses", "owner@example.com"),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
        let csv = file(&[
            "Ann,Lee,ann@example.com,No,+15550100001,auto,on,,,",
            "Bo,Ray,bo@example.com,No,,auto,on,,,",
            "Cy,Kim,+15550107777,No,,auto,on,,,",
        ]);
        let preview = preview_of(&app, &org, &csv).await;
        let batch = import(&app, &preview, "import_invite").await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("3 succeeded"), "{page}");
        let invited: Vec<(i64, String)> = app
            .db
            .run(|conn| {
                Ok(account_invitations::table
                    .select((
                        account_invitations::account_id,
                        account_invitations::channel,
                    ))
                    .load(conn)?)
            })
            .await
            .expect("invitations");
        assert_eq!(invited.len(), 3, "{invited:?}");
        let mut ids: Vec<i64> = invited.iter().map(|i| i.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3, "one per account");
        let emails = app.emails().await;
        assert_eq!(
            emails
                .iter()
                .filter(|e| e.to == "ann@example.com" || e.to == "bo@example.com")
                .count(),
            2
        );
        let summary: Vec<_> = emails
            .iter()
            .filter(|e| e.to == "owner@example.com")
            .collect();
        assert_eq!(
            summary.len(),
            1,
            "one Batch completed summary: {:?}",
            emails
                .iter()
                .map(|e| (&e.to, &e.subject))
                .collect::<Vec<_>>()
        );
        assert!(
            summary[0].subject.contains("Import accounts")
                && summary[0].subject.contains("3 succeeded"),
            "{}",
            summary[0].subject
        );
        let statuses: Vec<String> = app
            .db
            .run(|conn| Ok(accounts::table.select(accounts::status).load(conn)?))
            .await
            .expect("status");
        assert!(statuses.iter().all(|s| s == "invited"), "{statuses:?}");
    })
    .await;
}

#[tokio::test]
async fn undo_removes_unchanged_accounts_and_names_the_changed_ones() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.add_numbers(&org, &["+15550100001"]).await;
        app.saved_account(&org, "Keep", "keep@example.com").await;
        let csv = file(&[
            "Ann,Lee,ann@example.com,No,+15550100001,auto,on,,,",
            "Bo,Ray,bo@example.com,No,,auto,on,,,",
            "Cy,Kim,cy@example.com,No,,auto,on,,,",
        ]);
        let preview = preview_of(&app, &org, &csv).await;
        let batch = import(&app, &preview, "import").await;
        assert_eq!(app.count_accounts().await, 4);

        // Cy is edited after the import.
        app.db
            .run(|conn| {
                diesel::update(accounts::table.filter(accounts::username.eq("cy@example.com")))
                    .set((
                        accounts::first_name.eq("Cyril"),
                        accounts::updated_at
                            .eq(chrono::Utc::now().naive_utc() + chrono::Duration::seconds(5)),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("edit");

        let page = app.get_html(&format!("{batch}/undo")).await;
        assert!(
            page.contains("2 accounts added by this import will be deleted"),
            "{page}"
        );
        assert!(
            page.contains("cy@example.com") && page.contains("edited"),
            "{page}"
        );
        // Without confirming the rest: refused, nothing removed.
        let response = app.post_form(&format!("{batch}/undo"), &[]).await;
        assert_eq!(response.status(), 409);
        assert_eq!(app.count_accounts().await, 4);

        let response = app
            .post_form(&format!("{batch}/undo"), &[("confirm_rest", "yes")])
            .await;
        assert_redirect_to(&response, &batch);
        assert_eq!(
            usernames(&app).await,
            vec!["cy@example.com", "keep@example.com"]
        );
        assert_eq!(
            app.number_state("+15550100001").await,
            ("available".into(), None)
        );
        let page = app.get_html(&batch).await;
        assert!(page.contains("2 accounts removed"), "{page}");
        assert!(
            !page.contains("Undo this import</a>"),
            "offered once: {page}"
        );
        let undone = app.audit_of("import_undone").await;
        assert_eq!(undone.len(), 1, "{undone:?}");
        let (at, count): (Option<chrono::NaiveDateTime>, i64) = app
            .db
            .run(|conn| {
                Ok(batches::table
                    .select((batches::undone_at, batches::undone_count))
                    .first(conn)?)
            })
            .await
            .expect("batch");
        assert!(at.is_some() && count == 2);
        // A second undo is refused.
        let response = app
            .post_form(&format!("{batch}/undo"), &[("confirm_rest", "yes")])
            .await;
        assert_eq!(response.status(), 409);
    })
    .await;
}

#[tokio::test]
async fn a_file_that_cannot_be_imported_is_refused_with_one_message() {
    for_each_backend_with(
        &[("IMPORT_MAX_BYTES", "2000"), ("IMPORT_MAX_ROWS", "3")],
        |app| async move {
            let org = app.sign_in_super().await;
            let cases: Vec<(Vec<u8>, u16, &str)> = vec![
                (Vec::new(), 422, "empty"),
                (format!("{HEADER}\n").into_bytes(), 422, "no accounts"),
                (
                    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec(),
                    422,
                    "not a CSV text file",
                ),
                (
                    file(&[
                        "a,b,a@example.com,No,,auto,on,,,",
                        "a,b,b@example.com,No,,auto,on,,,",
                        "a,b,c@example.com,No,,auto,on,,,",
                        "a,b,d@example.com,No,,auto,on,,,",
                    ])
                    .into_bytes(),
                    422,
                    "at most 3",
                ),
                (
                    b"firstname,lastname\nAnn,Lee\n".to_vec(),
                    422,
                    "email address or device",
                ),
                (vec![b'a'; 5000], 422, "larger than"),
                (vec![b'a'; 70_000], 413, "larger than"),
            ];
            for (content, status, message) in cases {
                let response = upload(&app, &org, "x.csv", content).await;
                assert_eq!(response.status(), status);
                let page = response.text().await.expect("page");
                assert!(page.contains(message), "{message}: {page}");
            }
            let uploads: i64 = app
                .db
                .run(|conn| Ok(import_uploads::table.count().get_result(conn)?))
                .await
                .expect("count");
            assert_eq!(uploads, 0, "nothing kept");
            assert_eq!(app.count_accounts().await, 0);
        },
    )
    .await;
}

#[tokio::test]
async fn pressing_import_again_after_the_import_is_over_says_it_was_imported() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        let csv = file(&["Ann,Lee,ann@example.com,No,,auto,on,,,"]);
        let preview = preview_of(&app, &org, &csv).await;
        import(&app, &preview, "import").await;
        // The upload is gone; the second press is told, not shown a 404.
        let again = app.post_form(&preview, &[("then", "import")]).await;
        assert_eq!(again.status(), 409);
        let page = again.text().await.expect("page");
        assert!(page.contains("being imported already"), "{page}");
        assert_eq!(app.count_accounts().await, 1);
    })
    .await;
}

#[tokio::test]
async fn pressing_import_twice_at_once_imports_once() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        let csv = file(&["Ann,Lee,ann@example.com,No,,auto,on,,,"]);
        let preview = preview_of(&app, &org, &csv).await;
        app.get_html(&preview).await;
        let (a, b) = tokio::join!(
            app.post_form(&preview, &[("then", "import")]),
            app.post_form(&preview, &[("then", "import")])
        );
        let mut statuses = vec![a.status().as_u16(), b.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, vec![303, 409]);
        let n: i64 = app
            .db
            .run(|conn| Ok(batches::table.count().get_result(conn)?))
            .await
            .expect("count");
        assert_eq!(n, 1);
    })
    .await;
}

/// The whole flow in a real browser: the file chosen in the file input,
/// the preview, Import & Invite, the progress page following the batch to
/// its end, at 1366 and 390 px (SCREENSHOT_DIR keeps pictures); no page is
/// wider than a phone.
#[tokio::test]
async fn the_import_works_in_a_real_browser() {
    use fantoccini::Locator;
    let Some((_driver, browser)) = crate::browser::start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let org = app.sign_in_super().await;
    app.add_numbers(&org, &["+15550100001", "+15550100002"])
        .await;
    let dir = tempfile::tempdir().expect("dir");
    crate::browser::sign_in_super(&browser, &app).await;
    for (width, suffix) in [(1366, ""), (390, "_390")] {
        browser.set_window_size(width, 900).await.expect("size");
        let path = dir.path().join(format!("people{suffix}.csv"));
        let first = if suffix.is_empty() { "ann" } else { "bo" };
        std::fs::write(
            &path,
            file(&[
                &format!("Ann,Lee,{first}@example.com,No,,auto,on,,,"),
                &format!("Di,Bad,{first}-bad,Maybe,,auto,on,,,"),
            ]),
        )
        .expect("write");
        browser
            .goto(&app.url(&format!("/orgs/{org}/accounts/import")))
            .await
            .expect("form");
        crate::browser::screenshot(&browser, &format!("import_form{suffix}")).await;
        browser
            .find(Locator::Id("file"))
            .await
            .expect("file input")
            .send_keys(path.to_str().expect("path"))
            .await
            .expect("choose file");
        browser
            .find(Locator::Css("form[enctype] button[type=submit]"))
            .await
            .expect("upload")
            .click()
            .await
            .expect("click");
        let totals = browser
            .wait()
            .for_element(Locator::Css("dl.import-totals"))
            .await
            .expect("preview")
            .text()
            .await
            .expect("text");
        assert!(totals.contains("1 row will be added"), "{totals}");
        assert!(totals.contains("1 row will not be imported"), "{totals}");
        let width_ok: bool = browser
            .execute(
                "return document.documentElement.scrollWidth <= window.innerWidth",
                vec![],
            )
            .await
            .expect("width")
            .as_bool()
            .unwrap_or(false);
        crate::browser::screenshot(&browser, &format!("import_preview{suffix}")).await;
        assert!(width_ok, "the preview fits {width} px");
        browser
            .find(Locator::Css("button[value=import_invite]"))
            .await
            .expect("Import & Invite")
            .click()
            .await
            .expect("click");
        let results = browser
            .wait()
            .at_most(std::time::Duration::from_secs(30))
            .for_element(Locator::XPath("//dd[contains(., '1 succeeded')]"))
            .await
            .expect("the batch page follows the import to its end")
            .text()
            .await
            .expect("text");
        assert!(results.contains("1 failed"), "{results}");
        crate::browser::screenshot(&browser, &format!("import_batch{suffix}")).await;
    }
}

/// An upload that was never imported goes after a day; a newer one stays
/// (an imported one went when its import finished).
#[tokio::test]
async fn uploads_never_imported_are_purged_after_a_day() {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        let csv = file(&["Ann,Lee,ann@example.com,No,,auto,on,,,"]);
        preview_of(&app, &org, &csv).await;
        let imported = preview_of(&app, &org, &csv).await;
        import(&app, &imported, "import").await;
        let old = preview_of(&app, &org, &csv).await;
        let old_id: i64 = old
            .rsplit('/')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("id");
        let purged = app
            .db
            .run(move |conn| {
                let now = chrono::Utc::now().naive_utc();
                diesel::update(import_uploads::table.find(old_id))
                    .set(import_uploads::created_at.eq(now - chrono::Duration::hours(25)))
                    .execute(conn)?;
                switchboard::domain::account_import::uploads::purge(conn, now)
            })
            .await
            .expect("purge");
        assert_eq!(purged, 1);
        let left: Vec<i64> = app
            .db
            .run(|conn| {
                Ok(import_uploads::table
                    .select(import_uploads::id)
                    .load(conn)?)
            })
            .await
            .expect("uploads");
        assert_eq!(left.len(), 1, "the recent upload stays: {left:?}");
        assert!(!left.contains(&old_id));
        assert_eq!(app.get(&old).await.status(), 404);
    })
    .await;
}

#[tokio::test]
async fn in_spanish_refusals_the_note_row_and_the_reports_headers_are_spanish_and_the_format_is_not()
 {
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        app.set_language("Spanish").await;

        // A refused file says why in Spanish, next to the file field.
        let response = upload(&app, &org, "x.csv", Vec::new()).await;
        assert_eq!(response.status(), 422);
        let page = response.text().await.expect("page");
        assert!(
            page.contains("Este archivo está vacío.") && page.contains("No se importó nada."),
            "{page}"
        );

        // The template keeps the file format; only its note is Spanish,
        // and it is still skipped when the template comes back.
        let template = app
            .get(&format!("/orgs/{org}/accounts/import/template.csv"))
            .await
            .text()
            .await
            .expect("template");
        let template = template.trim_start_matches('\u{feff}');
        assert!(template.starts_with(HEADER), "{template}");
        assert!(template.contains("Nota: esta fila"), "{template}");
        let filled = format!("{template}Ann,Lee,ann@example.com,No,,auto,on,,,\r\n");
        let preview = preview_of(&app, &org, &filled).await;
        let page = app.get_html(&preview).await;
        assert!(
            page.contains("se omitió la fila de notas de la plantilla")
                && page.contains("Se añadirá 1 fila"),
            "{page}"
        );

        // The Batch Operations Report: the file's columns as they were,
        // then the two it adds, in Spanish.
        let batch = import(&app, &preview, "import").await;
        let report = app
            .get(&format!("{batch}.csv"))
            .await
            .text()
            .await
            .expect("report");
        let header = report.lines().next().unwrap_or_default();
        assert!(
            header.starts_with("firstname,lastname,email address or device,")
                && header.ends_with(",resultado,mensaje"),
            "{report}"
        );
        assert!(
            report
                .lines()
                .nth(1)
                .unwrap_or_default()
                .contains("Añadida"),
            "{report}"
        );

        // Undo: the confirmation, the flash after the redirect, and the
        // refusal of a second undo, in Spanish.
        let page = app.get_html(&format!("{batch}/undo")).await;
        assert!(
            page.contains("Se eliminará 1 cuenta añadida por esta importación."),
            "{page}"
        );
        let response = app.post_form(&format!("{batch}/undo"), &[]).await;
        assert_redirect_to(&response, &batch);
        let page = app.get_html(&batch).await;
        assert!(
            page.contains("Importación deshecha: 1 cuenta eliminada."),
            "{page}"
        );
        let response = app.post_form(&format!("{batch}/undo"), &[]).await;
        assert_eq!(response.status(), 409);
        let page = response.text().await.expect("page");
        assert!(page.contains("Esta importación ya se deshizo."), "{page}");
    })
    .await;
}
