use diesel::prelude::*;
use switchboard::auth::password;
use switchboard::db::schema::administrators;
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

#[tokio::test]
async fn sign_in_lands_on_the_dashboard_and_sign_out_ends_the_session() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let home = app.get("/").await;
        assert_redirect_to(&home, &format!("/orgs/{top}/dashboard"));
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(page.contains("<h1>Dashboard</h1>"));
        assert!(page.contains("All the information displayed in UTC"));
        assert!(page.contains("Sam Super"));

        let response = app.sign_out().await;
        assert_redirect_to(&response, "/login");
        assert!(
            app.get_html("/login")
                .await
                .contains("You have signed out.")
        );
        assert_redirect_to(&app.get(&format!("/orgs/{top}/dashboard")).await, "/login");
    })
    .await;
}

async fn failed_sign_in(app: &TestApp, email: &str, password: &str) -> (u16, String) {
    app.get_html("/login").await;
    let response = app
        .post_form("/login", &[("email", email), ("password", password)])
        .await;
    let status = response.status().as_u16();
    let html = response.text().await.unwrap();
    (status, html)
}

#[tokio::test]
async fn wrong_email_and_wrong_password_look_the_same() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        for _ in 0..3 {
            let before = password::dummy_verifications();
            let (s1, unknown) = failed_sign_in(&app, "nobody@example.com", SUPER_PASSWORD).await;
            // An unknown email still pays for a full argon2 verification
            // (counted, not timed: other tests share the process, so the
            // count can only be "at least one more").
            assert!(
                password::dummy_verifications() > before,
                "an unknown email is verified against the dummy hash"
            );
            let (s2, wrong) = failed_sign_in(&app, SUPER_EMAIL, "not the password at all").await;
            assert_eq!(s1, s2);
            assert!(unknown.contains("Incorrect email or password."));
            assert!(wrong.contains("Incorrect email or password."));
            let strip = |html: &str, email: &str| {
                html.replace(email, "EMAIL")
                    .lines()
                    .filter(|l| !l.contains("csrf_token"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(
                strip(&unknown, "nobody@example.com"),
                strip(&wrong, SUPER_EMAIL)
            );
        }
    })
    .await;
}

#[tokio::test]
async fn session_id_changes_at_sign_in() {
    for_each_backend(|app| async move {
        let setup = app.setup_url.clone().unwrap();
        app.get_html(&setup).await;
        app.post_form(
            &setup,
            &[
                ("first_name", "Sam"),
                ("last_name", "Super"),
                ("email", SUPER_EMAIL),
                ("password", SUPER_PASSWORD),
            ],
        )
        .await;
        // Still holding the session that carried the set-up page's flash.
        let before = app.session_cookie().expect("a session before sign-in");
        app.get_html("/login").await;
        let response = app
            .post_form(
                "/login",
                &[("email", SUPER_EMAIL), ("password", SUPER_PASSWORD)],
            )
            .await;
        assert_redirect_to(&response, "/");
        let after = app.session_cookie().expect("signed-in session");
        assert_ne!(before, after, "a new session id is issued at sign-in");

        // The pre-sign-in cookie (e.g. one planted by an attacker) grants nothing.
        let (client, _) = app.new_browser();
        let planted = client
            .get(app.url("/"))
            .header("Cookie", before)
            .send()
            .await
            .unwrap();
        assert_redirect_to(&planted, "/login");
    })
    .await;
}

#[tokio::test]
async fn sign_out_invalidates_the_old_cookie() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let cookie = app.session_cookie().unwrap();
        app.sign_out().await;
        let (client, _) = app.new_browser();
        let replay = client
            .get(app.url(&format!("/orgs/{top}/dashboard")))
            .header("Cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_redirect_to(&replay, "/login");
    })
    .await;
}

#[tokio::test]
async fn a_suspended_administrators_session_stops_at_the_next_request() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app
            .create_admin(
                &top,
                "ops@example.com",
                "ops password long",
                &[Privilege::DashboardView],
            )
            .await;
        app.sign_out().await;
        assert_redirect_to(
            &app.sign_in("ops@example.com", "ops password long").await,
            "/",
        );
        assert_eq!(
            app.get(&format!("/orgs/{top}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );

        app.db
            .run(move |conn| {
                diesel::update(administrators::table.find(id))
                    .set(administrators::status.eq("login_suspended"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        assert_redirect_to(&app.get(&format!("/orgs/{top}/dashboard")).await, "/login");
        let response = app.sign_in("ops@example.com", "ops password long").await;
        assert!(response.text().await.unwrap().contains("Login suspended"));
    })
    .await;
}

#[tokio::test]
async fn sign_ins_and_failures_are_in_administrators_activity() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.sign_out().await;
        failed_sign_in(&app, SUPER_EMAIL, "wrong password here").await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        for action in [
            "Signed in",
            "Sign-in failed",
            "Signed out",
            "Administrator invited",
        ] {
            assert!(
                report.contains(&format!("<td data-label=\"Action\">{action}</td>")),
                "{action} is in the report"
            );
        }
        assert!(report.contains("127.0.0.1"), "client address recorded");
    })
    .await;
}

async fn age_sessions(app: &TestApp, created_hours_ago: i64, expires_in_minutes: i64) {
    use switchboard::db::schema::sessions;
    let now = chrono::Utc::now().naive_utc();
    app.db
        .run(move |conn| {
            diesel::update(sessions::table)
                .set((
                    sessions::created_at.eq(now - chrono::Duration::hours(created_hours_ago)),
                    sessions::expires_at.eq(now + chrono::Duration::minutes(expires_in_minutes)),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn sessions_end_after_the_idle_and_the_absolute_timeout() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = format!("/orgs/{top}/dashboard");
        // Idle: the stored expiry (now + 30 min, renewed on every request) has passed.
        age_sessions(&app, 0, -1).await;
        assert_redirect_to(&app.get(&dashboard).await, "/login");

        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        age_sessions(&app, 11, 30).await;
        assert_eq!(
            app.get(&dashboard).await.status().as_u16(),
            200,
            "11 hours in, still signed in"
        );
        // Absolute: 12 hours after sign-in, however active.
        age_sessions(&app, 13, 30).await;
        assert_redirect_to(&app.get(&dashboard).await, "/login");
    })
    .await;
}

/// The signed-in session's stored expiry and state.
async fn stored_session(app: &TestApp) -> (chrono::NaiveDateTime, String) {
    use switchboard::db::schema::sessions;
    app.db
        .run(|conn| {
            Ok(sessions::table
                .filter(sessions::admin_id.is_not_null())
                .select((sessions::expires_at, sessions::state))
                .first(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn page_views_do_not_write_the_session_but_a_minute_later_one_extends_it() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = format!("/orgs/{top}/dashboard");
        app.get_html(&dashboard).await;
        let (first, state) = stored_session(&app).await;
        for _ in 0..5 {
            assert_eq!(app.get(&dashboard).await.status().as_u16(), 200);
        }
        let (again, same_state) = stored_session(&app).await;
        assert_eq!(again, first, "page views within a minute write nothing");
        assert_eq!(same_state, state);

        // As if the last extension were long ago, and the deadline near.
        let mut map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&state).unwrap();
        map.insert("seen".into(), serde_json::Value::String("0".into()));
        let old = serde_json::to_string(&map).unwrap();
        let soon = chrono::Utc::now().naive_utc() + chrono::Duration::minutes(2);
        app.db
            .run(move |conn| {
                use switchboard::db::schema::sessions;
                diesel::update(sessions::table.filter(sessions::admin_id.is_not_null()))
                    .set((sessions::state.eq(&old), sessions::expires_at.eq(soon)))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        // Written behind the server's back, which serves pages from the
        // session as it last read it (`db::first_trip`) and does not count
        // when it was last touched as a change; a POST (here one refused
        // for its missing token) reads the session whole.
        assert_eq!(app.post_raw("/logout", &[]).await.status().as_u16(), 403);
        assert_eq!(app.get(&dashboard).await.status().as_u16(), 200);
        let (extended, _) = stored_session(&app).await;
        assert!(
            extended > soon + chrono::Duration::minutes(20),
            "the idle deadline moved back to about 30 minutes away: {extended} vs {soon}"
        );
    })
    .await;
}

/// Signed out, the answers to the sign-in and forgot-password forms follow
/// the browser's language.
#[tokio::test]
async fn signed_out_answers_follow_the_browsers_language() {
    for_each_backend(|app| async move {
        let (client, _) = app.new_browser();
        let post =
            |path: &'static str, lang: &'static str, fields: Vec<(&'static str, &'static str)>| {
                let client = client.clone();
                let app = &app;
                async move {
                    let page = client
                        .get(app.url(path))
                        .header("Accept-Language", lang)
                        .send()
                        .await
                        .unwrap()
                        .text()
                        .await
                        .unwrap();
                    let token = csrf_in(&page).expect("a CSRF token");
                    let mut body = vec![("csrf_token", token.as_str())];
                    body.extend(fields);
                    let response = client
                        .post(app.url(path))
                        .header("Accept-Language", lang)
                        .form(&body)
                        .send()
                        .await
                        .unwrap();
                    (response.status().as_u16(), response.text().await.unwrap())
                }
            };
        let (status, html) = post(
            "/login",
            "es-ES,es;q=0.9",
            vec![("email", "nobody.here@example.com"), ("password", "wrong")],
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Correo electrónico o contraseña incorrectos."),
            "{html}"
        );

        let (status, html) = post(
            "/password/forgot",
            "pt-BR",
            vec![("email", "nobody.here@example.com")],
        )
        .await;
        assert_eq!(status, 200);
        assert!(html.contains("Verifique seu e-mail"), "{html}");
        assert!(html.contains("O link vale por 1 hora."), "{html}");

        let (status, html) = post("/password/forgot", "es", vec![("email", "nobody")]).await;
        assert_eq!(status, 422);
        assert!(
            html.contains("Introduzca una dirección de correo electrónico válida"),
            "{html}"
        );
        assert!(html.contains("¿Olvidó su contraseña?"), "{html}");
    })
    .await;
}
