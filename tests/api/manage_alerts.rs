//! Setup > Manage Alerts, as an administrator uses it, and the "Batch
//! completed" email its recipients get.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, alert_recipients, batches, organizations};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

fn url(org: &str) -> String {
    format!("/orgs/{org}/setup/manage-alerts")
}

/// The page text with askama's escaping undone, for readable asserts.
fn text(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
}

/// (org display id, admin id, email) of every stored recipient, in order.
async fn stored(app: &TestApp) -> Vec<(String, Option<i64>, Option<String>)> {
    app.db
        .run(|conn| {
            Ok(alert_recipients::table
                .inner_join(organizations::table)
                .order(alert_recipients::id)
                .select((
                    organizations::display_id,
                    alert_recipients::admin_id,
                    alert_recipients::email,
                ))
                .load(conn)?)
        })
        .await
        .expect("recipients")
}

/// Saves through the page; asserts it worked.
async fn save(app: &TestApp, org: &str, admins: &[i64], addresses: &str) {
    app.get_html(&url(org)).await;
    let ids: Vec<String> = admins.iter().map(i64::to_string).collect();
    let mut fields = vec![("event", "batch_completed"), ("addresses", addresses)];
    fields.extend(ids.iter().map(|id| ("admins", id.as_str())));
    let response = app.post_form(&url(org), &fields).await;
    assert_redirect_to(&response, &url(org));
}

#[tokio::test]
async fn administrators_and_addresses_are_saved_shown_again_and_audited() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Sales").await;
        let ann = app
            .create_admin(&top, "ann@example.com", "ann password", &[])
            .await;
        let bob = app
            .create_admin(&sub, "bob@example.com", "bob password", &[])
            .await;

        let index = app.get_html(&format!("/orgs/{top}/setup")).await;
        assert!(index.contains(&format!("href=\"{}\">Manage Alerts</a>", url(&top))));

        let html = text(&app.get_html(&url(&top)).await);
        assert!(html.contains("<h2>Batch completed</h2>"));
        assert!(
            html.contains("bob@example.com"),
            "sub-org administrators are offered"
        );
        assert!(html.contains(&format!("{sub} Sales")), "with their org");
        assert!(html.contains("Other email addresses"));

        app.get_html(&url(&top)).await;
        let response = app
            .post_form(
                &url(&top),
                &[
                    ("event", "batch_completed"),
                    ("admins", &ann.to_string()),
                    ("admins", &bob.to_string()),
                    (
                        "addresses",
                        "ops@example.org, Night@Example.org\n\nops@example.org",
                    ),
                ],
            )
            .await;
        assert_redirect_to(&response, &url(&top));
        let html = text(&app.get_html(&url(&top)).await);
        assert!(html.contains("Manage Alerts saved: 4 recipients for Batch completed."));
        for id in [ann, bob] {
            assert!(
                html.contains(&format!("value=\"{id}\" checked")),
                "administrator {id} is ticked"
            );
        }
        assert!(html.contains("ops@example.org\nnight@example.org</textarea>"));

        let rows = stored(&app).await;
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|(org, _, _)| org == &top));

        let audit = app.audit_of("alerts_changed").await;
        assert_eq!(audit.len(), 1, "one audit entry for the save");
        assert!(
            audit[0]
                .1
                .starts_with("Batch completed: Test Admin <ann@example.com>")
        );
        assert!(audit[0].1.contains("night@example.org"));

        // Saving again replaces: only the address is left.
        save(&app, &top, &[], "ops@example.org").await;
        let rows = stored(&app).await;
        assert_eq!(
            rows,
            vec![(top.clone(), None, Some("ops@example.org".into()))]
        );
        let html = app.get_html(&url(&top)).await;
        assert!(html.contains("Manage Alerts saved: 1 recipient for Batch completed."));
    })
    .await;
}

#[tokio::test]
async fn bad_addresses_are_named_next_to_the_field_and_nothing_is_saved() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        save(&app, &top, &[], "ops@example.org").await;
        let before = stored(&app).await;

        app.get_html(&url(&top)).await;
        let response = app
            .post_form(
                &url(&top),
                &[
                    ("event", "batch_completed"),
                    ("addresses", "good@example.org\nfoo\nbar@"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = text(&response.text().await.expect("body"));
        assert!(html.contains("Not an email address: foo, bar@"));
        assert!(
            html.contains("good@example.org\nfoo\nbar@</textarea>"),
            "input kept"
        );
        assert_eq!(stored(&app).await, before);
        assert_eq!(app.audit_of("alerts_changed").await.len(), 1);

        let many: Vec<String> = (0..51).map(|i| format!("u{i}@example.org")).collect();
        let response = app
            .post_form(
                &url(&top),
                &[
                    ("event", "batch_completed"),
                    ("addresses", &many.join("\n")),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(response.text().await.expect("body").contains("At most 50"));
        assert_eq!(stored(&app).await, before);
    })
    .await;
}

/// An API user of `org`, straight into the database.
async fn api_user_in(app: &TestApp, org: &str) -> i64 {
    let org_id = app.org_id(org).await;
    let role_id = app.super_role_id().await;
    app.db
        .run(move |conn| {
            let now = chrono::Utc::now().naive_utc();
            diesel::insert_into(administrators::table)
                .values((
                    administrators::org_id.eq(org_id),
                    administrators::role_id.eq(role_id),
                    administrators::kind.eq("api"),
                    administrators::first_name.eq("Sync"),
                    administrators::last_name.eq("Bot"),
                    administrators::email.eq("sync-bot@example.com"),
                    administrators::language.eq("English"),
                    administrators::status.eq("active"),
                    administrators::external_application.eq(Some("HttpApi")),
                    administrators::created_at.eq(now),
                    administrators::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("API user");
    app.admin_id("sync-bot@example.com").await
}

#[tokio::test]
async fn an_administrator_of_another_subtree_or_an_api_user_is_refused() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let west = app.create_suborg(&top, "West").await;
        let east_admin = app
            .create_admin(&east, "e@example.com", "east password", &[])
            .await;
        let west_admin = app
            .create_admin(&west, "w@example.com", "west password", &[])
            .await;

        let api_user = api_user_in(&app, &east).await;
        let html = app.get_html(&url(&east)).await;
        assert!(html.contains("e@example.com"));
        assert!(
            !html.contains("w@example.com"),
            "only the subtree is offered"
        );
        for refused in [west_admin, api_user, 999_999] {
            app.get_html(&url(&east)).await;
            let response = app
                .post_form(
                    &url(&east),
                    &[
                        ("event", "batch_completed"),
                        ("admins", &east_admin.to_string()),
                        ("admins", &refused.to_string()),
                    ],
                )
                .await;
            assert_eq!(response.status().as_u16(), 422);
            let html = response.text().await.expect("body");
            assert!(
                html.contains(
                    "Choose administrators of this organization or its sub-organizations."
                )
            );
            assert!(!html.contains("w@example.com"));
        }
        assert!(stored(&app).await.is_empty());
        assert!(app.audit_of("alerts_changed").await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn without_the_edit_privilege_the_page_is_read_only_and_a_post_is_403() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        save(&app, &top, &[], "ops@example.org").await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[Privilege::DashboardView, Privilege::SetupViewManageAlerts],
        )
        .await;
        app.create_admin(
            &top,
            "nobody@example.com",
            "nobody password",
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;

        app.sign_in("viewer@example.com", "viewer password").await;
        let html = app.get_html(&url(&top)).await;
        assert!(html.contains("<h2>Batch completed</h2>"));
        assert!(html.contains("<li>ops@example.org</li>"));
        assert!(!html.contains("<textarea"));
        assert!(
            !html.contains("name=\"admins\""),
            "no administrator to tick"
        );
        assert!(!html.contains(">Save</button>"));
        let response = app
            .post_form(
                &url(&top),
                &[("event", "batch_completed"), ("addresses", "x@example.org")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(stored(&app).await.len(), 1);
        app.sign_out().await;

        app.sign_in("nobody@example.com", "nobody password").await;
        assert_eq!(app.get(&url(&top)).await.status().as_u16(), 403);
    })
    .await;
}

/// A finished batch of `org`, straight into the database, as stored.
async fn finished_batch(
    app: &TestApp,
    org: &str,
) -> (
    switchboard::domain::batches::Batch,
    switchboard::domain::orgs::Organization,
) {
    let org = org.to_owned();
    app.db
        .run(move |conn| {
            let org = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(switchboard::domain::orgs::Organization::as_select())
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                batches::org_id.eq(org.id),
                batches::operation.eq("delete_accounts"),
                batches::actor_name.eq("Sam Super <sam@example.com>"),
                batches::file_name.eq(Some("staff <march>.csv")),
                batches::state.eq("done"),
                batches::total.eq(1000_i64),
                batches::succeeded.eq(950_i64),
                batches::skipped.eq(30_i64),
                batches::failed.eq(20_i64),
                batches::created_at.eq(now),
                batches::finished_at.eq(Some(now)),
            );
            let id: i64 = switchboard::each_backend!(conn, c => diesel::insert_into(batches::table)
                .values(values)
                .returning(batches::id)
                .get_result(c))?;
            let batch = switchboard::domain::batches::by_id(conn, id)?.expect("the batch");
            Ok((batch, org))
        })
        .await
        .expect("batch")
}

async fn queue(app: &TestApp, org: &str) -> usize {
    let (batch, org) = finished_batch(app, org).await;
    app.db
        .run(move |conn| {
            switchboard::domain::alerts::queue_batch_completed(
                conn,
                &batch,
                &org,
                "https://portal.example.com/",
            )
        })
        .await
        .expect("queued")
}

#[tokio::test]
async fn a_batch_in_a_sub_org_emails_the_recipients_set_on_it_and_above_it() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Sales & Support").await;
        let ann = app
            .create_admin(&top, "ann@example.com", "ann password", &[])
            .await;
        let gone = app
            .create_admin(&top, "gone@example.com", "gone password", &[])
            .await;
        save(&app, &top, &[ann, gone], "ops@example.org\nANN@example.com").await;
        save(&app, &sub, &[], "sub@example.org").await;
        app.db
            .run(move |conn| {
                Ok(diesel::update(administrators::table.find(gone))
                    .set(administrators::status.eq("account_suspended"))
                    .execute(conn)?)
            })
            .await
            .expect("suspend");

        assert_eq!(queue(&app, &sub).await, 3);
        let emails = app.emails().await;
        let mut to: Vec<&str> = emails.iter().map(|e| e.to.as_str()).collect();
        to.sort();
        assert_eq!(
            to,
            ["ann@example.com", "ops@example.org", "sub@example.org"]
        );
        let mail = emails
            .iter()
            .find(|e| e.to == "ann@example.com")
            .expect("ann's email");
        assert_eq!(
            mail.subject,
            "Batch completed: Delete accounts — 950 succeeded, 30 skipped, 20 failed"
        );
        let body = &mail.text;
        assert!(body.contains("Hello Test Admin,"));
        assert!(body.contains(&format!("Organization: {sub} Sales & Support")));
        assert!(body.contains("File: staff <march>.csv"));
        assert!(body.contains("Started by: Sam Super <sam@example.com>"));
        assert!(body.contains("State: Done"));
        assert!(body.contains("Rows: 1000 (950 succeeded, 30 skipped, 20 failed)"));
        let link = format!("https://portal.example.com/orgs/{sub}/reports/batches/");
        assert!(body.contains(&link));
        assert!(mail.html.contains(&format!("href=\"{link}")));
        assert!(!mail.html.contains("<march>"), "HTML is escaped");

        // A batch in the top org does not reach the sub-org's recipients;
        // an administrator who reads Spanish gets it in Spanish, an address
        // with nobody behind it in English.
        app.db
            .run(move |conn| {
                Ok(diesel::update(administrators::table.find(ann))
                    .set(administrators::language.eq("Spanish"))
                    .execute(conn)?)
            })
            .await
            .expect("Spanish");
        let before = app.emails().await.len();
        assert_eq!(queue(&app, &top).await, 2);
        let emails = app.emails().await;
        let later = &emails[before..];
        let ann_mail = later
            .iter()
            .find(|e| e.to == "ann@example.com")
            .expect("ann's");
        assert!(
            ann_mail.subject.starts_with("Lote terminado: "),
            "{}",
            ann_mail.subject
        );
        assert!(ann_mail.text.contains("950"));
        let ops_mail = later
            .iter()
            .find(|e| e.to == "ops@example.org")
            .expect("ops'");
        assert!(ops_mail.subject.starts_with("Batch completed: "));
    })
    .await;
}

/// `n` active administrators of `org` named "Bulk NNN", straight into the
/// database (no password: they never sign in here).
async fn many_admins(app: &TestApp, org: &str, n: usize) {
    let org_id = app.org_id(org).await;
    let role_id = app.super_role_id().await;
    app.db
        .run(move |conn| {
            let now = chrono::Utc::now().naive_utc();
            for i in 0..n {
                diesel::insert_into(administrators::table)
                    .values((
                        administrators::org_id.eq(org_id),
                        administrators::role_id.eq(role_id),
                        administrators::kind.eq("admin"),
                        administrators::first_name.eq("Bulk"),
                        administrators::last_name.eq(format!("{i:03}")),
                        administrators::email.eq(format!("bulk{i:03}@example.com")),
                        administrators::language.eq("English"),
                        administrators::status.eq("active"),
                        administrators::created_at.eq(now),
                        administrators::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .expect("administrators");
}

#[tokio::test]
async fn above_200_administrators_the_page_searches_and_keeps_the_chosen_ones() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let ann = app
            .create_admin(&top, "ann@example.com", "ann password", &[])
            .await;
        many_admins(&app, &top, 200).await;
        save(&app, &top, &[ann], "").await;

        let html = app.get_html(&url(&top)).await;
        assert!(html.contains("Find administrators by name or email"));
        assert!(
            html.contains(&format!("value=\"{ann}\" checked")),
            "the chosen one"
        );
        assert!(
            !html.contains("bulk000@example.com"),
            "no one else without a search"
        );

        let html = app.get_html(&format!("{}?q=bulk01", url(&top))).await;
        assert!(html.contains("bulk010@example.com") && html.contains("bulk019@example.com"));
        assert!(!html.contains("bulk020@example.com"));
        assert!(
            html.contains(&format!("value=\"{ann}\" checked")),
            "still shown"
        );

        // Ticking one found keeps the chosen one it was shown with.
        let bulk = app.admin_id("bulk012@example.com").await;
        let response = app
            .post_form(
                &url(&top),
                &[
                    ("event", "batch_completed"),
                    ("q", "bulk01"),
                    ("admins", &ann.to_string()),
                    ("admins", &bulk.to_string()),
                    ("addresses", ""),
                ],
            )
            .await;
        assert_redirect_to(&response, &url(&top));
        let ids: Vec<Option<i64>> = stored(&app).await.into_iter().map(|r| r.1).collect();
        assert_eq!(ids, [Some(ann), Some(bulk)]);
    })
    .await;
}

#[tokio::test]
async fn a_bulk_re_invite_in_a_sub_org_emails_the_top_orgs_recipients() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Branch").await;
        save(&app, &top, &[], "ops@example.org").await;
        let pending = crate::reinvite::create_pending(&app, &sub, "pending@example.com").await;

        app.get_html(&format!("/orgs/{sub}/administrators")).await;
        let response = app
            .post_form(
                &format!("/orgs/{sub}/administrators/reinvite"),
                &[("ids", &pending.to_string())],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let report = location(&response);
        assert!(report.starts_with(&format!("/orgs/{sub}/reports/batches/")));

        let emails = app.emails().await;
        let alerts: Vec<_> = emails
            .iter()
            .filter(|e| e.to == "ops@example.org")
            .collect();
        assert_eq!(alerts.len(), 1, "one summary for the one recipient");
        assert_eq!(
            alerts[0].subject,
            "Batch completed: Re-invite administrators — 1 succeeded, 0 skipped, 0 failed"
        );
        assert!(
            alerts[0]
                .text
                .contains(&format!("Organization: {sub} Branch"))
        );
        assert!(
            alerts[0].text.contains(&format!("{report}\n")),
            "links the report"
        );
        assert!(emails.iter().any(|e| e.to == "pending@example.com"));
    })
    .await;
}
