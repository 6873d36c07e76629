use crate::helpers::*;

#[tokio::test]
async fn first_run_setup_creates_the_super_admin_and_the_link_then_dies() {
    for_each_backend(|app| async move {
        let setup = app
            .setup_url
            .clone()
            .expect("setup link printed on first start");
        let form = app.get_html(&setup).await;
        for label in ["First Name", "Last Name", "Email", "Password"] {
            assert!(
                form.contains(&format!(
                    r#">{label} <span class="req" aria-hidden="true">*</span></label>"#
                )),
                "form has a {label} label"
            );
        }
        let top = app.sign_in_super().await;
        let dashboard = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(dashboard.contains("Enterprise Super Administrator"));

        // The token is single use: the page and the form are both dead now.
        let again = app.get(&setup).await;
        assert_eq!(again.status().as_u16(), 404);
        assert!(again.text().await.unwrap().contains("no longer valid"));
        app.get_html("/login").await;
        let replay = app
            .post_form(
                &setup,
                &[
                    ("first_name", "Eve"),
                    ("last_name", "X"),
                    ("email", "eve@example.com"),
                    ("password", "another long password"),
                ],
            )
            .await;
        assert_eq!(replay.status().as_u16(), 404);
        assert_eq!(app.count_admins().await, 1);
    })
    .await;
}

#[tokio::test]
async fn setup_form_shows_errors_next_to_fields_and_creates_nothing() {
    for_each_backend(|app| async move {
        let setup = app.setup_url.clone().unwrap();
        app.get_html(&setup).await;
        let response = app
            .post_form(
                &setup,
                &[
                    ("first_name", " "),
                    ("last_name", "Lee"),
                    ("email", "not-an-email"),
                    ("password", "short"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("Enter a first name."));
        assert!(html.contains("Enter a valid email address"));
        assert!(html.contains("Use at least 12 characters."));
        assert!(html.contains("value=\"Lee\""), "what was typed is kept");
        assert_eq!(app.count_admins().await, 0);
        // The link still works after a failed attempt.
        assert_eq!(app.get(&setup).await.status().as_u16(), 200);
    })
    .await;
}

#[tokio::test]
async fn health_check_reports_the_database() {
    for_each_backend(|app| async move {
        let response = app.get("/healthz").await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.text().await.unwrap(), "ok");
    })
    .await;
}
