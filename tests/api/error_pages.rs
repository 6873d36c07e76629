//! 403 and 404 keep the menu for a signed-in administrator; signed-out
//! visitors get the bare page. A missing privilege and an expired form say
//! different things.

use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

const MENU: &str = r#"aria-label="Main menu""#;

#[tokio::test]
async fn a_signed_in_administrators_404_keeps_the_menu_and_a_visitors_does_not() {
    for_each_backend(|app| async move {
        let anonymous = app.get("/no/such/page").await;
        assert_eq!(anonymous.status().as_u16(), 404);
        let html = anonymous.text().await.unwrap();
        assert!(html.contains("Page not found") && !html.contains(MENU));

        let top = app.sign_in_super().await;
        for path in [
            "/no/such/page".to_owned(),
            format!("/orgs/{top}/administrators/999999"),
            "/orgs/000000000/dashboard".to_owned(),
        ] {
            let response = app.get(&path).await;
            assert_eq!(response.status().as_u16(), 404, "{path}");
            let html = response.text().await.unwrap();
            assert!(html.contains("Page not found"), "{path}");
            assert!(html.contains(MENU), "{path}: {html}");
            assert!(html.contains(">Administrators</a>"), "{path}");
        }
    })
    .await;
}

#[tokio::test]
async fn a_missing_privilege_keeps_the_menu_and_is_not_called_an_expired_form() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password").await;
        let response = app.get(&format!("/orgs/{top}/roles")).await;
        assert_eq!(response.status().as_u16(), 403);
        let html = response.text().await.unwrap();
        assert!(
            html.contains(MENU) && html.contains(">Dashboard</a>"),
            "{html}"
        );
        assert!(html.contains("You do not have the privilege"), "{html}");
        assert!(!html.contains("The form expired"));
    })
    .await;
}

#[tokio::test]
async fn an_expired_form_says_so_and_not_that_a_privilege_is_missing() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let response = app
            .post_raw(
                &format!("/orgs/{top}/suborgs"),
                &[("csrf_token", "stale"), ("name", "Late")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403);
        let html = response.text().await.unwrap();
        assert!(
            html.contains("The form expired. Go back, reload the page and try again."),
            "{html}"
        );
        assert!(!html.contains("privilege"), "{html}");
        assert!(html.contains(MENU), "signed in: the menu stays");

        app.sign_out().await;
        let response = app.post_raw("/login", &[("email", "x@example.com")]).await;
        assert_eq!(response.status().as_u16(), 403);
        let html = response.text().await.unwrap();
        assert!(html.contains("The form expired") && !html.contains(MENU));
    })
    .await;
}
