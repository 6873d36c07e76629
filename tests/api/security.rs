use diesel::prelude::*;
use switchboard::db::schema::organizations;
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

async fn suborg_count(app: &TestApp) -> i64 {
    app.db
        .run(|conn| {
            Ok(organizations::table
                .filter(organizations::parent_id.is_not_null())
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let path = format!("/orgs/{top}/suborgs");
        app.get_html(&path).await;

        let missing = app.post_raw(&path, &[("name", "Forged")]).await;
        assert_eq!(missing.status().as_u16(), 403);
        let wrong = app
            .post_raw(&path, &[("csrf_token", "0000"), ("name", "Forged")])
            .await;
        assert_eq!(wrong.status().as_u16(), 403);
        let token = app.csrf();
        let cross_site = app
            .client
            .post(app.url(&path))
            .header("Origin", "https://evil.example")
            .form(&[("csrf_token", token.as_str()), ("name", "Forged")])
            .send()
            .await
            .unwrap();
        assert_eq!(cross_site.status().as_u16(), 403);
        let fetch_site = app
            .client
            .post(app.url(&path))
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("csrf_token", token.as_str()), ("name", "Forged")])
            .send()
            .await
            .unwrap();
        assert_eq!(fetch_site.status().as_u16(), 403);
        assert_eq!(suborg_count(&app).await, 0, "nothing was created");

        // The same form with the page's token goes through.
        let ok = app.post_form(&path, &[("name", "Genuine")]).await;
        assert_redirect_to(&ok, &path);
        assert_eq!(suborg_count(&app).await, 1);
    })
    .await;
}

#[tokio::test]
async fn sign_in_itself_needs_the_csrf_token() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let response = app
            .post_raw(
                "/login",
                &[("email", SUPER_EMAIL), ("password", SUPER_PASSWORD)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403);
    })
    .await;
}

#[tokio::test]
async fn pages_carry_security_headers() {
    for_each_backend(|app| async move {
        let response = app.get("/login").await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "same-origin");
        let cookie = header("set-cookie");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
    })
    .await;
}

#[tokio::test]
async fn secure_cookies_use_the_host_prefix() {
    let app = spawn_app_with(None, &[("SECURE_COOKIES", "true")]).await;
    let set_cookie = |response: &reqwest::Response| {
        response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let form = app.get("/login").await;
    let csrf_cookie = set_cookie(&form);
    assert!(
        csrf_cookie.starts_with("__Host-switchboard-csrf=") && csrf_cookie.contains("Secure"),
        "{csrf_cookie}"
    );
    let token = csrf_in(&form.text().await.unwrap()).unwrap();
    // The client keeps no Secure cookies over plain HTTP: hand it back as a
    // browser on HTTPS would. Signing out leaves a flash, which is session state.
    let (client, _) = app.new_browser();
    let response = client
        .post(app.url("/logout"))
        .header("Cookie", csrf_cookie.split(';').next().unwrap())
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    let cookie = set_cookie(&response);
    assert!(
        cookie.starts_with("__Host-switchboard=") && cookie.contains("Secure"),
        "{cookie}"
    );
}

#[tokio::test]
async fn unknown_pages_are_a_plain_404() {
    for_each_backend(|app| async move {
        let response = app.get("/no/such/page").await;
        assert_eq!(response.status().as_u16(), 404);
        let html = response.text().await.unwrap();
        assert!(html.contains("Page not found"));
    })
    .await;
}

#[tokio::test]
async fn the_menu_shows_only_sections_the_role_holds_and_handlers_agree() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[Privilege::AccountsView, Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password").await;
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(page.contains(">Accounts</a>"));
        assert!(page.contains(">Dashboard</a>"));
        for hidden in [
            "Administrators",
            "Roles and Privileges",
            "Setup",
            "Sub-Organizations",
        ] {
            assert!(
                !page.contains(&format!(">{hidden}</a>")),
                "{hidden} is not in the menu"
            );
        }
        // Reports opens for them, with what bulk operations did to accounts
        // and nothing else.
        assert!(page.contains(">Reports</a>"));
        let reports = app.get_html(&format!("/orgs/{top}/reports")).await;
        assert!(reports.contains("Batch Operation Reports"), "{reports}");
        assert!(!reports.contains("administrators-activity"), "{reports}");
        for path in [
            "roles",
            "suborgs",
            "setup",
            "administrators",
            "reports/administrators-activity",
            "reports/jobs",
        ] {
            let response = app.get(&format!("/orgs/{top}/{path}")).await;
            assert_eq!(response.status().as_u16(), 403, "{path} is refused");
        }
        let forged = app
            .post_form(&format!("/orgs/{top}/suborgs"), &[("name", "Sneaky")])
            .await;
        assert_eq!(forged.status().as_u16(), 403);
    })
    .await;
}
