use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

#[tokio::test]
async fn sub_organizations_are_created_renamed_and_deleted_at_any_depth() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("Sales"));
        assert!(
            app.get_html(&format!("/orgs/{sales}/suborgs"))
                .await
                .contains("EMEA")
        );

        let response = app
            .post_form(
                &format!("/orgs/{sales}/suborgs/{emea}/rename"),
                &[("name", "Europe")],
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{sales}/suborgs"));
        let list = app.get_html(&format!("/orgs/{sales}/suborgs")).await;
        assert!(
            list.contains("renamed to &#39;Europe&#39;")
                || list.contains("renamed to &#x27;Europe&#x27;"),
            "{list}"
        );

        // Deleting asks first, then deletes.
        let confirm = app
            .get_html(&format!("/orgs/{sales}/suborgs/{emea}/delete"))
            .await;
        assert!(confirm.contains("Yes, delete"));
        let response = app
            .post_form(&format!("/orgs/{sales}/suborgs/{emea}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{sales}/suborgs"));
        assert_eq!(
            app.get(&format!("/orgs/{emea}/dashboard"))
                .await
                .status()
                .as_u16(),
            404
        );

        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        for action in ["suborg_created", "suborg_renamed", "suborg_deleted"] {
            assert!(shows_action(&report, action), "{action} audited");
        }
    })
    .await;
}

#[tokio::test]
async fn an_org_with_children_or_admins_cannot_be_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        app.create_suborg(&sales, "EMEA").await;
        let support = app.create_suborg(&top, "Support").await;
        app.create_admin(
            &support,
            "s@example.com",
            "support password",
            &[Privilege::DashboardView],
        )
        .await;

        let confirm = app
            .get_html(&format!("/orgs/{top}/suborgs/{sales}/delete"))
            .await;
        assert!(confirm.contains("cannot be deleted"));
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/suborgs"));
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("still has 1 sub-organization"), "{list}");
        assert_eq!(
            app.get(&format!("/orgs/{sales}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );

        app.post_form(&format!("/orgs/{top}/suborgs/{support}/delete"), &[])
            .await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("still has 1 administrator"), "{list}");
    })
    .await;
}

#[tokio::test]
async fn bad_names_are_refused_next_to_the_field() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_suborg(&top, "Sales").await;
        app.get_html(&format!("/orgs/{top}/suborgs")).await;
        let empty = app
            .post_form(&format!("/orgs/{top}/suborgs"), &[("name", "   ")])
            .await;
        assert_eq!(empty.status().as_u16(), 422);
        assert!(empty.text().await.unwrap().contains("Enter a name."));
        let duplicate = app
            .post_form(&format!("/orgs/{top}/suborgs"), &[("name", "sales")])
            .await;
        assert_eq!(duplicate.status().as_u16(), 422);
        let html = duplicate.text().await.unwrap();
        assert!(html.contains("already exists here"), "{html}");
        assert!(html.contains("value=\"sales\""), "the typed name is kept");
    })
    .await;
}
