use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

const EVERYTHING: &[Privilege] = Privilege::ALL;

#[tokio::test]
async fn an_admin_of_a_sub_org_sees_only_their_subtree() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let west = app.create_suborg(&top, "West").await;
        let east_a = app.create_suborg(&east, "East A").await;
        app.create_admin(&east, "east@example.com", "east password long", EVERYTHING)
            .await;
        app.sign_out().await;

        app.sign_in("east@example.com", "east password long").await;
        assert_redirect_to(&app.get("/").await, &format!("/orgs/{east}/dashboard"));
        assert_eq!(
            app.get(&format!("/orgs/{east}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(
            app.get(&format!("/orgs/{east_a}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );
        for outside in [&top, &west] {
            for page in ["dashboard", "suborgs", "reports/administrators-activity"] {
                let response = app.get(&format!("/orgs/{outside}/{page}")).await;
                assert_eq!(
                    response.status().as_u16(),
                    404,
                    "{outside}/{page} is not found"
                );
            }
        }
        assert_eq!(
            app.get("/orgs/123456789/dashboard").await.status().as_u16(),
            404
        );

        // The breadcrumb starts at the admin's own org, never above it.
        let page = app.get_html(&format!("/orgs/{east_a}/dashboard")).await;
        assert!(page.contains("East A") && page.contains(&format!("{east} East")));
        assert!(
            !page.contains("My Organization"),
            "the parent's name is not shown"
        );

        // A sub-org of another subtree cannot be acted on through this org either.
        app.get_html(&format!("/orgs/{east}/suborgs")).await;
        let response = app
            .post_form(
                &format!("/orgs/{east}/suborgs/{west}/rename"),
                &[("name", "Hijacked")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 404);
    })
    .await;
}

#[tokio::test]
async fn the_super_admin_navigates_into_sub_orgs_through_the_switcher() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(page.contains(&format!("href=\"/orgs/{east}/dashboard\"")));
        let inside = app.get_html(&format!("/orgs/{east}/dashboard")).await;
        assert!(
            inside.contains(&format!("{top} My Organization")),
            "breadcrumb shows the path"
        );
    })
    .await;
}

#[tokio::test]
async fn an_orgs_own_address_opens_its_first_section() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        assert_redirect_to(
            &app.get(&format!("/orgs/{east}")).await,
            &format!("/orgs/{east}/dashboard"),
        );
        app.create_admin(
            &top,
            "books@example.com",
            "bookkeeper password",
            &[Privilege::ReportsViewAdministratorsActivity],
        )
        .await;
        app.sign_out().await;
        app.sign_in("books@example.com", "bookkeeper password")
            .await;
        assert_redirect_to(
            &app.get(&format!("/orgs/{east}")).await,
            &format!("/orgs/{east}/reports"),
        );
    })
    .await;
}
