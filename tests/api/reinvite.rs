//! Re-invite as a recorded batch: never oneself, never the last super
//! administrator, "select all" says what it selects, and a flood of ids is
//! refused.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, batches, outbox};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

pub async fn admin_id(app: &TestApp, email: &str) -> i64 {
    let email = email.to_owned();
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .filter(administrators::email.eq(&email))
                .select(administrators::id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

pub async fn status_of(app: &TestApp, id: i64) -> String {
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .find(id)
                .select(administrators::status)
                .first(conn)?)
        })
        .await
        .unwrap()
}

/// An administrator who was invited and has not set a password yet.
pub async fn create_pending(app: &TestApp, org: &str, email: &str) -> i64 {
    let id = app
        .create_admin(org, email, "unused password", &[Privilege::DashboardView])
        .await;
    app.db
        .run(move |conn| {
            diesel::update(administrators::table.find(id))
                .set((
                    administrators::status.eq("invited"),
                    administrators::password_hash.eq(None::<String>),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    id
}

pub async fn count_batches(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(batches::table.count().get_result(conn)?))
        .await
        .unwrap()
}

async fn count_outbox(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(outbox::table.count().get_result(conn)?))
        .await
        .unwrap()
}

/// POSTs the Re-invite form and returns the batch page it redirects to.
async fn reinvite(app: &TestApp, org: &str, fields: &[(&str, &str)]) -> String {
    app.get_html(&format!("/orgs/{org}/administrators")).await;
    let response = app
        .post_form(&format!("/orgs/{org}/administrators/reinvite"), fields)
        .await;
    assert_eq!(response.status().as_u16(), 303, "{fields:?}");
    let batch = location(&response);
    assert!(
        batch.starts_with(&format!("/orgs/{org}/reports/batches/")),
        "{batch}"
    );
    batch
}

#[tokio::test]
async fn re_invite_including_active_never_re_invites_oneself() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        create_pending(&app, &top, "pending@example.com").await;
        let other = app
            .create_admin(
                &top,
                "other@example.com",
                "other password",
                &[Privilege::DashboardView],
            )
            .await;
        let me = admin_id(&app, SUPER_EMAIL).await;

        // The header box, then "Re-invite, including active administrators".
        let batch = reinvite(
            &app,
            &top,
            &[
                ("all", "1"),
                ("q", ""),
                ("role", ""),
                ("status", ""),
                ("selection", "filter"),
                ("confirm_active", "yes"),
            ],
        )
        .await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("2 invitations sent, 1 skipped"), "{page}");
        assert!(page.contains("You cannot re-invite yourself."), "{page}");
        assert_eq!(status_of(&app, me).await, "active");
        assert_eq!(status_of(&app, other).await, "invited");
        // The actor's session still works.
        let response = app.get(&format!("/orgs/{top}/administrators")).await;
        assert_eq!(response.status().as_u16(), 200);

        // Ticking oneself alone is skipped the same way.
        let me = me.to_string();
        let batch = reinvite(&app, &top, &[("ids", &me), ("confirm_active", "yes")]).await;
        let csv = app.get(&format!("{batch}.csv")).await.text().await.unwrap();
        assert!(
            csv.contains("super@example.com,Skipped,You cannot re-invite yourself."),
            "{csv}"
        );
        assert_eq!(
            app.get(&format!("/orgs/{top}/administrators"))
                .await
                .status()
                .as_u16(),
            200
        );
    })
    .await;
}

#[tokio::test]
async fn the_last_active_super_administrator_is_not_re_invited() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        // Someone holding every privilege, but not the built-in role.
        app.create_admin(
            &top,
            "deputy@example.com",
            "deputy password",
            Privilege::ALL,
        )
        .await;
        let sup = admin_id(&app, SUPER_EMAIL).await;
        app.sign_out().await;
        app.sign_in("deputy@example.com", "deputy password").await;

        let sup_id = sup.to_string();
        let batch = reinvite(&app, &top, &[("ids", &sup_id), ("confirm_active", "yes")]).await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("0 invitations sent, 1 skipped"), "{page}");
        assert!(
            page.contains("last active Enterprise Super Administrator"),
            "{page}"
        );
        assert_eq!(status_of(&app, sup).await, "active");
        app.sign_out().await;
        let response = app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        assert_redirect_to(&response, "/");
    })
    .await;
}

#[tokio::test]
async fn select_all_says_how_many_it_selects_and_can_take_only_this_page() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        for i in 0..30 {
            create_pending(&app, &top, &format!("person{i:02}@example.com")).await;
        }
        let list = app
            .get_html(&format!("/orgs/{top}/administrators?q=person"))
            .await;
        let marker = "name=\"page_ids\" value=\"";
        let page_ids: Vec<String> = list
            .match_indices(marker)
            .map(|(at, _)| {
                list[at + marker.len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect()
            })
            .collect();
        assert_eq!(page_ids.len(), 25);
        let mut fields: Vec<(&str, &str)> =
            vec![("all", "1"), ("q", "person"), ("role", ""), ("status", "")];
        fields.extend(page_ids.iter().map(|id| ("page_ids", id.as_str())));
        fields.extend(page_ids.iter().map(|id| ("ids", id.as_str())));

        let response = app
            .post_form(&format!("/orgs/{top}/administrators/reinvite"), &fields)
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let confirm = response.text().await.unwrap();
        assert!(
            confirm.contains("All 30 administrators matching this filter are selected"),
            "{confirm}"
        );
        assert!(confirm.contains("only the 25 on this page"), "{confirm}");
        assert_eq!(
            count_batches(&app).await,
            0,
            "nothing happens before choosing"
        );
        assert_eq!(count_outbox(&app).await, 0);

        // Only this page.
        let mut page_only = fields.clone();
        page_only.push(("selection", "page"));
        let batch = reinvite(&app, &top, &page_only).await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("25 invitations sent, 0 skipped"), "{page}");
        assert_eq!(count_outbox(&app).await, 25);

        // Everyone matching the filter.
        let mut everyone = fields.clone();
        everyone.push(("selection", "filter"));
        let batch = reinvite(&app, &top, &everyone).await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("30 invitations sent, 0 skipped"), "{page}");
        assert_eq!(count_outbox(&app).await, 55);
    })
    .await;
}

#[tokio::test]
async fn select_all_with_everyone_on_the_page_asks_nothing_more() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let mut ids = Vec::new();
        for i in 0..3 {
            ids.push(
                create_pending(&app, &top, &format!("few{i}@example.com"))
                    .await
                    .to_string(),
            );
        }
        app.get_html(&format!("/orgs/{top}/administrators?q=few"))
            .await;
        let mut fields: Vec<(&str, &str)> =
            vec![("all", "1"), ("q", "few"), ("role", ""), ("status", "")];
        fields.extend(ids.iter().map(|id| ("page_ids", id.as_str())));
        fields.extend(ids.iter().map(|id| ("ids", id.as_str())));
        let batch = reinvite(&app, &top, &fields).await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("3 invitations sent, 0 skipped"), "{page}");
    })
    .await;
}

#[tokio::test]
async fn a_flood_of_ids_is_refused_and_changes_nothing() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let pending = create_pending(&app, &top, "pending@example.com")
            .await
            .to_string();
        app.get_html(&format!("/orgs/{top}/administrators")).await;
        let path = format!("/orgs/{top}/administrators/reinvite");

        let distinct: Vec<String> = (1..=40_000).map(|i| i.to_string()).collect();
        let repeated: Vec<String> = vec![pending.clone(); 40_000];
        for ids in [&distinct, &repeated] {
            let fields: Vec<(&str, &str)> = ids.iter().map(|id| ("ids", id.as_str())).collect();
            let response = app.post_form(&path, &fields).await;
            assert_eq!(response.status().as_u16(), 400);
            let body = response.text().await.unwrap();
            assert!(
                body.contains("At most 1000 administrators can be ticked at once"),
                "{body}"
            );
        }
        // Just beyond the cap, too.
        let beyond: Vec<String> = (1..=1001).map(|i| i.to_string()).collect();
        let fields: Vec<(&str, &str)> = beyond.iter().map(|id| ("ids", id.as_str())).collect();
        assert_eq!(app.post_form(&path, &fields).await.status().as_u16(), 400);
        assert_eq!(count_batches(&app).await, 0);
        assert_eq!(count_outbox(&app).await, 0);

        // A full thousand, duplicates removed, still works.
        let mut thousand: Vec<String> = (100_000..100_999).map(|i| i.to_string()).collect();
        thousand.push(pending.clone());
        let fields: Vec<(&str, &str)> = thousand.iter().map(|id| ("ids", id.as_str())).collect();
        let batch = reinvite(&app, &top, &fields).await;
        let page = app.get_html(&batch).await;
        assert!(page.contains("1 invitation sent, 0 skipped"), "{page}");
    })
    .await;
}

/// A browser of its own, signed in, with the CSRF token of its session.
async fn signed_in_browser(
    app: &TestApp,
    top: &str,
    email: &str,
    password: &str,
) -> (reqwest::Client, String) {
    let (client, _jar) = app.sign_in_new_browser(email, password).await;
    let page = client
        .get(app.url(&format!("/orgs/{top}/administrators")))
        .send()
        .await
        .unwrap();
    (client, csrf_in(&page.text().await.unwrap()).unwrap())
}

#[tokio::test]
async fn two_re_invites_at_once_never_remove_both_super_administrators() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let first = admin_id(&app, SUPER_EMAIL).await;
        let second = app
            .create_admin(
                &top,
                "second@example.com",
                "second password",
                &[Privilege::DashboardView],
            )
            .await;
        app.db
            .run(move |conn| {
                use switchboard::db::schema::roles;
                let builtin: i64 = roles::table
                    .filter(roles::builtin.eq(true))
                    .select(roles::id)
                    .first(conn)?;
                diesel::update(administrators::table.find(second))
                    .set(administrators::role_id.eq(builtin))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        for deputy in ["d1@example.com", "d2@example.com"] {
            app.create_admin(&top, deputy, "deputy password", Privilege::ALL)
                .await;
        }
        let (one, one_csrf) =
            signed_in_browser(&app, &top, "d1@example.com", "deputy password").await;
        let (two, two_csrf) =
            signed_in_browser(&app, &top, "d2@example.com", "deputy password").await;
        let path = app.url(&format!("/orgs/{top}/administrators/reinvite"));
        let (first_id, second_id) = (first.to_string(), second.to_string());
        let send = |client: &reqwest::Client, csrf: &str, id: &str| {
            client
                .post(&path)
                .form(&[("csrf_token", csrf), ("ids", id), ("confirm_active", "yes")])
                .send()
        };
        let (a, b) = tokio::join!(
            send(&one, &one_csrf, &first_id),
            send(&two, &two_csrf, &second_id)
        );
        assert_eq!(a.unwrap().status().as_u16(), 303);
        assert_eq!(b.unwrap().status().as_u16(), 303);

        let statuses = [status_of(&app, first).await, status_of(&app, second).await];
        assert_eq!(
            statuses.iter().filter(|s| *s == "active").count(),
            1,
            "exactly one super administrator was re-invited: {statuses:?}"
        );
    })
    .await;
}
