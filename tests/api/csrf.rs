use diesel::prelude::*;
use reqwest::multipart::{Form, Part};
use switchboard::db::schema::{organizations, sessions};

use crate::helpers::*;

async fn session_rows(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(sessions::table.count().get_result(conn)?))
        .await
        .unwrap()
}

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
async fn anonymous_visitors_create_no_session_rows_and_can_still_sign_in() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        app.db
            .run(|conn| {
                diesel::delete(sessions::table).execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();

        // Visitors without cookies, as crawlers and scanners come.
        let cookieless = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        for i in 0..300 {
            let path = ["/login", "/password/forgot", "/"][i % 3];
            let response = cookieless.get(app.url(path)).send().await.unwrap();
            assert!(response.status().as_u16() < 400, "{path}");
        }
        assert_eq!(session_rows(&app).await, 0, "no session rows from visitors");

        // A browser that keeps its cookies signs in from that form.
        let (client, _) = app.new_browser();
        let page = client.get(app.url("/login")).send().await.unwrap();
        let token = csrf_in(&page.text().await.unwrap()).expect("token in the form");
        assert_eq!(session_rows(&app).await, 0);
        let post = |client: reqwest::Client, token: String| {
            let url = app.url("/login");
            async move {
                let fields = [
                    ("csrf_token", token.as_str()),
                    ("email", SUPER_EMAIL),
                    ("password", SUPER_PASSWORD),
                ];
                client.post(url).form(&fields).send().await.unwrap()
            }
        };
        // The token without its cookie, or the cookie with another token: refused.
        let no_cookie = post(cookieless.clone(), token.clone()).await;
        assert_eq!(no_cookie.status().as_u16(), 403);
        let wrong = post(client.clone(), format!("{token}x")).await;
        assert_eq!(wrong.status().as_u16(), 403);
        assert_eq!(session_rows(&app).await, 0);

        let signed_in = post(client.clone(), token.clone()).await;
        assert_redirect_to(&signed_in, "/");
        assert_eq!(session_rows(&app).await, 1, "signing in is state");
        // The signed-in session has a token of its own; the cookie's no longer counts.
        let top = app.top_org().await;
        let url = app.url(&format!("/orgs/{top}/suborgs"));
        let stale = client
            .post(&url)
            .form(&[("csrf_token", token.as_str()), ("name", "Stale")])
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status().as_u16(), 403);
        let page = client.get(&url).send().await.unwrap().text().await.unwrap();
        let own = csrf_in(&page).unwrap();
        assert_ne!(own, token);
        let created = client
            .post(&url)
            .form(&[("csrf_token", own.as_str()), ("name", "Fresh")])
            .send()
            .await
            .unwrap();
        assert_eq!(created.status().as_u16(), 303);
    })
    .await;
}

#[tokio::test]
async fn the_anonymous_token_cookie_is_sealed_and_secure_when_asked() {
    let app = spawn_app_with(None, &[("SECURE_COOKIES", "true")]).await;
    let response = app.get("/login").await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let html = response.text().await.unwrap();
    let token = csrf_in(&html).unwrap();
    assert!(
        cookie.starts_with("__Host-switchboard-csrf=")
            && cookie.contains("Secure")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(
        !cookie.contains(&token),
        "the cookie does not show the token"
    );
}

#[tokio::test]
async fn a_multipart_post_passes_the_guard_only_with_the_token() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let path = format!("/orgs/{top}/suborgs");
        app.get_html(&path).await;
        let upload = |token: Option<String>| {
            let mut form = Form::new().part(
                "file",
                Part::bytes(b"firstname,csrf_token\r\nAna,forged\r\n".to_vec())
                    .file_name("accounts.csv"),
            );
            if let Some(token) = token {
                form = form.text("csrf_token", token);
            }
            form = form.text("name", "Uploaded");
            app.client.post(app.url(&path)).multipart(form).send()
        };

        let with_token = upload(Some(app.csrf())).await.unwrap();
        assert_ne!(
            with_token.status().as_u16(),
            403,
            "the guard lets it through"
        );
        // This handler takes urlencoded forms only: its own answer, not the guard's.
        assert_eq!(with_token.status().as_u16(), 400);

        let without = upload(None).await.unwrap();
        assert_eq!(without.status().as_u16(), 403);
        let wrong = upload(Some("0000".into())).await.unwrap();
        assert_eq!(wrong.status().as_u16(), 403);
        // Other bodies cannot carry a token at all.
        let json = app
            .client
            .post(app.url(&path))
            .header("Content-Type", "application/json")
            .body(format!(
                "{{\"csrf_token\":\"{}\",\"name\":\"Json\"}}",
                app.csrf()
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(json.status().as_u16(), 403);
        assert_eq!(suborg_count(&app).await, 0);
    })
    .await;
}
