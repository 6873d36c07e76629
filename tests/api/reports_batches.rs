//! Reports → Batch Operation Reports: batches of the viewed org's subtree,
//! from the database (so after signing out too), with the downloadable
//! Batch Operations Report; other subtrees' batches are not found.

use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::reinvite::create_pending;

async fn reinvite_one(app: &TestApp, org: &str, id: i64) -> String {
    app.get_html(&format!("/orgs/{org}/administrators")).await;
    let id = id.to_string();
    let response = app
        .post_form(
            &format!("/orgs/{org}/administrators/reinvite"),
            &[("ids", &id)],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    location(&response)
}

#[tokio::test]
async fn batch_operation_reports_list_the_subtree_and_download_the_report() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let at_top = create_pending(&app, &top, "+top@example.com").await;
        let in_east = create_pending(&app, &east, "east@example.com").await;
        let top_batch = reinvite_one(&app, &top, at_top).await;
        let east_batch = reinvite_one(&app, &east, in_east).await;

        let index = app.get_html(&format!("/orgs/{top}/reports")).await;
        assert!(
            index.contains(&format!("/orgs/{top}/reports/batches\"")),
            "{index}"
        );
        let list = app.get_html(&format!("/orgs/{top}/reports/batches")).await;
        assert!(list.contains("Batch Operation Reports"));
        assert_eq!(
            list.matches("Re-invite administrators</a>").count(),
            2,
            "{list}"
        );
        let link = |batch: &str| {
            format!(
                "/orgs/{top}/reports/batches/{}\"",
                batch.rsplit('/').next().unwrap()
            )
        };
        let newest = list.find(&link(&east_batch)).unwrap();
        let oldest = list.find(&link(&top_batch)).unwrap();
        assert!(newest < oldest, "newest first");
        assert!(list.contains("Sam Super"));
        let east_list = app.get_html(&format!("/orgs/{east}/reports/batches")).await;
        assert_eq!(east_list.matches("Re-invite administrators</a>").count(), 1);

        // A batch is looked up together with the org in the address.
        let top_id = top_batch.rsplit('/').next().unwrap();
        let response = app
            .get(&format!("/orgs/{east}/reports/batches/{top_id}"))
            .await;
        assert_eq!(response.status().as_u16(), 404);
        let response = app
            .get(&format!("/orgs/{east}/reports/batches/{top_id}.csv"))
            .await;
        assert_eq!(response.status().as_u16(), 404);

        // Still there after signing out and in again.
        app.sign_out().await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let page = app.get_html(&top_batch).await;
        assert!(page.contains("Download Batch Operations Report"), "{page}");
        assert!(page.contains("+top@example.com") && page.contains("Invitation sent."));
        let response = app.get(&format!("{top_batch}.csv")).await;
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let csv = response.text().await.unwrap();
        assert_eq!(
            csv,
            "name,email,result,message\nTest Admin,'+top@example.com,Sent,Invitation sent.\n"
        );
    })
    .await;
}

#[tokio::test]
async fn batch_reports_open_with_a_view_privilege_and_only_in_scope() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let pending = create_pending(&app, &top, "pending@example.com").await;
        let top_batch = reinvite_one(&app, &top, pending).await;
        let top_id = top_batch.rsplit('/').next().unwrap().to_owned();
        app.create_admin(
            &east,
            "viewer@example.com",
            "viewer password",
            &[Privilege::AccountsView],
        )
        .await;
        app.create_admin(
            &top,
            "dash@example.com",
            "dash password",
            &[Privilege::DashboardView],
        )
        .await;

        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password").await;
        assert_eq!(
            app.get(&format!("/orgs/{east}/reports/batches"))
                .await
                .status()
                .as_u16(),
            200
        );
        // The top org is outside the viewer's subtree.
        assert_eq!(
            app.get(&format!("/orgs/{top}/reports/batches/{top_id}"))
                .await
                .status()
                .as_u16(),
            404
        );
        assert_eq!(
            app.get(&format!("/orgs/{east}/reports/batches/{top_id}"))
                .await
                .status()
                .as_u16(),
            404
        );

        app.sign_out().await;
        app.sign_in("dash@example.com", "dash password").await;
        assert_eq!(
            app.get(&format!("/orgs/{top}/reports/batches"))
                .await
                .status()
                .as_u16(),
            403
        );
        assert_eq!(app.get(&top_batch).await.status().as_u16(), 403);
    })
    .await;
}
