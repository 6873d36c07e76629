//! The role form: a role must grant something, and "Select all <section>"
//! works without JavaScript (the button posts, the form comes back ticked,
//! nothing is written).

use diesel::prelude::*;
use switchboard::db::schema::{audit_events, roles};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::roles::stored_keys;

const REFUSED: &str =
    "Tick at least one privilege: a role without privileges opens nothing in the portal.";

async fn count_roles(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(roles::table.count().get_result(conn)?))
        .await
        .expect("count")
}

async fn count_audit(app: &TestApp, action: &'static str) -> i64 {
    app.db
        .run(move |conn| {
            Ok(audit_events::table
                .filter(audit_events::action.eq(action))
                .count()
                .get_result(conn)?)
        })
        .await
        .expect("count")
}

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'").replace("&#x27;", "'")
}

#[tokio::test]
async fn a_role_without_privileges_is_refused_with_its_input_kept_and_nothing_written() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");
        app.get_html(&format!("{roles_url}/new")).await;
        let before = count_roles(&app).await;

        let response = app.post_form(&roles_url, &[("name", "Empty Handed")]).await;
        assert_eq!(response.status().as_u16(), 422);
        let page = unescape(&response.text().await.unwrap());
        assert!(page.contains(REFUSED), "{page}");
        assert!(page.contains(r#"value="Empty Handed""#), "the name is kept");
        assert_eq!(count_roles(&app).await, before);
        assert_eq!(count_audit(&app, "role_created").await, 0);

        // Unticking everything on an existing role is refused the same way.
        app.post_form(
            &roles_url,
            &[("name", "Numbers"), ("privileges", "dashboard.view")],
        )
        .await;
        let id: i64 = app
            .db
            .run(|conn| {
                Ok(roles::table
                    .filter(roles::name.eq("Numbers"))
                    .select(roles::id)
                    .first(conn)?)
            })
            .await
            .unwrap();
        app.get_html(&format!("{roles_url}/{id}")).await;
        let response = app
            .post_form(&format!("{roles_url}/{id}"), &[("name", "Numbers")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(unescape(&response.text().await.unwrap()).contains(REFUSED));
        assert_eq!(stored_keys(&app, id).await, ["dashboard.view"]);
        assert_eq!(count_audit(&app, "role_updated").await, 0);
    })
    .await;
}

#[tokio::test]
async fn select_all_without_javascript_ticks_the_section_and_writes_nothing() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");
        let form = app.get_html(&format!("{roles_url}/new")).await;
        assert!(
            form.contains(r#"<button type="submit" name="select_all" value="Reports""#),
            "{form}"
        );
        assert!(form.contains(">Select all Reports</button>"));
        let before = count_roles(&app).await;

        let response = app
            .post_form(
                &roles_url,
                &[
                    ("name", "Reporter"),
                    ("privileges", "dashboard.view"),
                    ("select_all", "Reports"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let page = response.text().await.unwrap();
        assert!(page.contains(r#"value="Reporter""#), "the name is kept");
        assert!(page.contains(r#"value="dashboard.view" checked"#), "{page}");
        for p in [
            Privilege::ReportsViewConsumptionMetrics,
            Privilege::ReportsDownloadActivities,
        ] {
            assert!(
                page.contains(&format!(r#"value="{}" checked"#, p.key())),
                "{} ticked",
                p.key()
            );
        }
        assert!(
            !page.contains(r#"value="accounts.view" checked"#),
            "other sections untouched"
        );
        assert!(
            !page.contains(">Select all Reports</button>"),
            "the section is all ticked"
        );
        assert_eq!(count_roles(&app).await, before, "nothing written");
        assert_eq!(count_audit(&app, "role_created").await, 0);
    })
    .await;
}

#[tokio::test]
async fn select_all_ticks_only_what_the_editor_may_grant() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "roles@example.com",
            "roles password long",
            &[
                Privilege::RolesView,
                Privilege::RolesCreate,
                Privilege::ReportsViewUserMetrics,
            ],
        )
        .await;
        app.sign_out().await;
        app.sign_in("roles@example.com", "roles password long")
            .await;
        let roles_url = format!("/orgs/{top}/roles");
        app.get_html(&format!("{roles_url}/new")).await;
        let response = app
            .post_form(
                &roles_url,
                &[("name", "Metrics"), ("select_all", "Reports")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let page = response.text().await.unwrap();
        assert!(
            page.contains(r#"value="reports.view.user_metrics" checked"#),
            "{page}"
        );
        assert!(!page.contains(r#"value="reports.view.activities" checked"#));
    })
    .await;
}
