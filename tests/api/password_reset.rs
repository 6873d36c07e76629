//! Forgot password: the same answer for every email, a link to the primary
//! and the backup address (seed 003), single use, one hour, and every old
//! session ends when the password is reset.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, sessions, tokens};
use switchboard::domain::admins::KIND_API;
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::invitations::{audit_actions, emails_to, invite, link_in};

const OLD: &str = "the old ops password";
const NEW: &str = "a fresh new ops password";
const SENT: &str = "If an administrator with that email exists, we have sent a link to reset the password. The link works for 1 hour.";

/// An active administrator ops@example.com (backup: ops.backup@example.org),
/// with nobody signed in afterwards. Returns (top org, admin id).
async fn ops_admin(app: &TestApp) -> (String, i64) {
    let top = app.sign_in_super().await;
    let id = app
        .create_admin(&top, "ops@example.com", OLD, &[Privilege::DashboardView])
        .await;
    app.db
        .run(move |conn| {
            diesel::update(administrators::table.find(id))
                .set(administrators::backup_email.eq(Some("ops.backup@example.org")))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    app.sign_out().await;
    (top, id)
}

async fn forgot(app: &TestApp, email: &str) -> (u16, String) {
    app.get_html("/password/forgot").await;
    let response = app.post_form("/password/forgot", &[("email", email)]).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Signs in with a browser of its own; returns it and its session cookie.
async fn sign_in_elsewhere(
    app: &TestApp,
    email: &str,
    password: &str,
) -> (reqwest::Client, String) {
    let (client, jar) = app.sign_in_new_browser(email, password).await;
    use reqwest::cookie::CookieStore;
    let cookie = jar
        .cookies(&reqwest::Url::parse(&app.address).unwrap())
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    (client, cookie)
}

async fn reset(app: &TestApp, link: &str, password: &str, confirm: &str) -> reqwest::Response {
    app.get_html(link).await;
    app.post_form(
        link,
        &[("password", password), ("confirm_password", confirm)],
    )
    .await
}

#[tokio::test]
async fn forgot_password_answers_the_same_for_known_and_unknown_emails() {
    for_each_backend(|app| async move {
        ops_admin(&app).await;
        let login = app.get_html("/login").await;
        assert!(login.contains(r#"<a href="/password/forgot">Forgot your password?</a>"#));
        assert!(
            app.get_html("/password/forgot")
                .await
                .contains(r#"<label for="email">Email</label>"#)
        );

        let (unknown_status, unknown) = forgot(&app, "nobody@example.com").await;
        let (known_status, known) = forgot(&app, "OPS@example.com ").await;
        assert_eq!(unknown_status, 200);
        assert_eq!(known_status, unknown_status);
        assert_eq!(
            known, unknown,
            "{}: the page gives nothing away",
            app.backend
        );
        assert!(known.contains(SENT));

        assert!(emails_to(&app, "nobody@example.com").await.is_empty());
        let primary = emails_to(&app, "ops@example.com").await;
        let backup = emails_to(&app, "ops.backup@example.org").await;
        assert_eq!(
            (primary.len(), backup.len()),
            (1, 1),
            "one email to each address"
        );
        assert_eq!(primary[0].subject, backup[0].subject);
        assert!(primary[0].text.contains("valid for 1 hour"));
        let link = link_in(&primary[0], "/password/reset/");
        assert!(
            link.starts_with(&format!("{}/password/reset/", app.address)),
            "{link}"
        );
        assert_eq!(link_in(&backup[0], "/password/reset/"), link);
        assert!(
            audit_actions(&app)
                .await
                .contains(&"password_reset_requested".to_owned())
        );
    })
    .await;
}

#[tokio::test]
async fn only_active_browser_administrators_get_a_reset_link() {
    for_each_backend(|app| async move {
        let (_, id) = ops_admin(&app).await;
        invite(&app, "crm@example.com", KIND_API, Some("HttpApi")).await;
        invite(
            &app,
            "new@example.com",
            switchboard::domain::admins::KIND_ADMIN,
            None,
        )
        .await;
        app.db
            .run(move |conn| {
                diesel::update(administrators::table.find(id))
                    .set(administrators::status.eq("login_suspended"))
                    .execute(conn)?;
                diesel::update(
                    administrators::table.filter(administrators::email.eq("crm@example.com")),
                )
                .set(administrators::status.eq("active"))
                .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        for email in ["crm@example.com", "new@example.com", "ops@example.com"] {
            let (status, html) = forgot(&app, email).await;
            assert_eq!(status, 200);
            assert!(html.contains(SENT));
        }
        let sent = app.emails().await;
        assert_eq!(sent.len(), 2, "only the two invitations: {sent:#?}");
        assert!(
            sent.iter().all(|e| !e.subject.contains("Reset")),
            "{sent:#?}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_ends_every_old_session() {
    for_each_backend(|app| async move {
        let (top, id) = ops_admin(&app).await;
        let dashboard = format!("/orgs/{top}/dashboard");
        let (elsewhere, cookie) = sign_in_elsewhere(&app, "ops@example.com", OLD).await;
        assert_eq!(
            elsewhere
                .get(app.url(&dashboard))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            200
        );

        forgot(&app, "ops@example.com").await;
        let link = link_in(
            &emails_to(&app, "ops@example.com").await[0],
            "/password/reset/",
        );
        let page = app.get_html(&link).await;
        assert!(page.contains("ops@example.com"));
        for (field, label) in [
            ("password", "Password"),
            ("confirm_password", "Confirm Password"),
        ] {
            assert!(
                page.contains(&format!("<label for=\"{field}\">{label}</label>")),
                "{label} label"
            );
        }

        let response = reset(&app, &link, NEW, NEW).await;
        assert_redirect_to(&response, "/login");
        assert!(
            app.get_html("/login")
                .await
                .contains("Your password has been reset. Sign in with your new password.")
        );

        // The other browser is signed out, and its old cookie is worth nothing.
        let count: i64 = app
            .db
            .run(move |conn| {
                Ok(sessions::table
                    .filter(sessions::admin_id.eq(id))
                    .count()
                    .get_result(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(count, 0);
        let (fresh, _) = app.new_browser();
        let replay = fresh
            .get(app.url(&dashboard))
            .header("Cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_redirect_to(&replay, "/login");
        assert_redirect_to(
            &elsewhere.get(app.url(&dashboard)).send().await.unwrap(),
            "/login",
        );

        // Single use.
        let again = app.get(&link).await;
        assert_eq!(again.status().as_u16(), 404);
        assert!(
            again
                .text()
                .await
                .unwrap()
                .contains("This password reset link is no longer valid")
        );
        app.get_html("/login").await;
        let replay = app
            .post_form(
                &link,
                &[
                    ("password", "yet another password"),
                    ("confirm_password", "yet another password"),
                ],
            )
            .await;
        assert_eq!(replay.status().as_u16(), 404);

        let old = app.sign_in("ops@example.com", OLD).await;
        assert!(
            old.text()
                .await
                .unwrap()
                .contains("Incorrect email or password.")
        );
        assert_redirect_to(&app.sign_in("ops@example.com", NEW).await, "/");
        assert!(
            audit_actions(&app)
                .await
                .contains(&"password_reset".to_owned())
        );
    })
    .await;
}

#[tokio::test]
async fn a_reset_link_expires_after_one_hour() {
    for_each_backend(|app| async move {
        let (_, id) = ops_admin(&app).await;
        forgot(&app, "ops@example.com").await;
        let link = link_in(
            &emails_to(&app, "ops@example.com").await[0],
            "/password/reset/",
        );
        let (created, expires): (chrono::NaiveDateTime, chrono::NaiveDateTime) = app
            .db
            .run(move |conn| {
                Ok(tokens::table
                    .filter(tokens::admin_id.eq(id))
                    .filter(tokens::purpose.eq("password_reset"))
                    .select((tokens::created_at, tokens::expires_at))
                    .first(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(expires - created, chrono::Duration::hours(1));
        assert_eq!(app.get(&link).await.status().as_u16(), 200);

        // An hour and a minute later:
        let past = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
        app.db
            .run(move |conn| {
                diesel::update(tokens::table.filter(tokens::admin_id.eq(id)))
                    .set(tokens::expires_at.eq(past))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let page = app.get(&link).await;
        assert_eq!(page.status().as_u16(), 404);
        assert!(
            page.text()
                .await
                .unwrap()
                .contains("This password reset link is no longer valid")
        );
        app.get_html("/login").await;
        let post = app
            .post_form(&link, &[("password", NEW), ("confirm_password", NEW)])
            .await;
        assert_eq!(post.status().as_u16(), 404);
        assert_redirect_to(&app.sign_in("ops@example.com", OLD).await, "/");
    })
    .await;
}

#[tokio::test]
async fn a_mismatched_confirmation_keeps_the_old_password() {
    for_each_backend(|app| async move {
        ops_admin(&app).await;
        forgot(&app, "ops@example.com").await;
        let link = link_in(
            &emails_to(&app, "ops@example.com").await[0],
            "/password/reset/",
        );
        let response = reset(&app, &link, NEW, "not the same password").await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains(r#"id="confirm_password-error">The two passwords do not match."#)
        );
        assert_eq!(
            app.get(&link).await.status().as_u16(),
            200,
            "the link still works"
        );
        assert_redirect_to(&app.sign_in("ops@example.com", OLD).await, "/");
    })
    .await;
}

#[tokio::test]
async fn a_newer_reset_link_replaces_the_earlier_one() {
    for_each_backend(|app| async move {
        ops_admin(&app).await;
        forgot(&app, "ops@example.com").await;
        forgot(&app, "ops@example.com").await;
        let sent = emails_to(&app, "ops@example.com").await;
        assert_eq!(sent.len(), 2);
        let (first, second) = (
            link_in(&sent[0], "/password/reset/"),
            link_in(&sent[1], "/password/reset/"),
        );
        assert_ne!(first, second);
        assert_eq!(app.get(&first).await.status().as_u16(), 404);
        assert_eq!(app.get(&second).await.status().as_u16(), 200);
    })
    .await;
}
