//! Lockout and throttling (issue 10): failed passwords lock an account for
//! 1, 2, 4 … 15 minutes, answered exactly as a wrong password; failures per
//! client address are throttled; an administrator unlocks; reset emails are
//! limited per address and per client with the same answer throughout. The
//! app's clock is moved forward instead of waiting.

use std::time::Duration;

use diesel::prelude::*;
use switchboard::auth::password;
use switchboard::db::schema::{administrators, audit_events};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::invitations::emails_to;

const OPS: &str = "ops@example.com";
const OPS_PASSWORD: &str = "ops password long";

/// The sign-in page as a refused try leaves it: status and body, with the
/// CSRF token (different per browser) taken out.
async fn try_sign_in(app: &TestApp, email: &str, password: &str) -> (u16, String) {
    app.get_html("/login").await;
    let response = app
        .post_form("/login", &[("email", email), ("password", password)])
        .await;
    let status = response.status().as_u16();
    let html = response.text().await.unwrap();
    let html = html
        .lines()
        .filter(|l| !l.contains("csrf_token"))
        .collect::<Vec<_>>()
        .join("\n");
    (status, html)
}

/// A signed-out app with the super administrator and an active `ops`.
async fn with_ops(app: &TestApp) -> (String, i64) {
    let top = app.sign_in_super().await;
    let id = app
        .create_admin(&top, OPS, OPS_PASSWORD, &[Privilege::DashboardView])
        .await;
    app.sign_out().await;
    (top, id)
}

async fn lock_state(app: &TestApp, id: i64) -> (i32, Option<chrono::NaiveDateTime>) {
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .find(id)
                .select((
                    administrators::failed_sign_ins,
                    administrators::locked_until,
                ))
                .first(conn)?)
        })
        .await
        .unwrap()
}

async fn audit_count(app: &TestApp, action: &'static str) -> i64 {
    app.db
        .run(move |conn| {
            Ok(audit_events::table
                .filter(audit_events::action.eq(action))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn five_wrong_passwords_make_the_account_wait_a_minute_answered_as_a_wrong_password() {
    for_each_backend(|app| async move {
        let (_, id) = with_ops(&app).await;
        let wrong = try_sign_in(&app, OPS, "not it at all, sorry").await;
        assert_eq!(wrong.0, 200);
        assert!(wrong.1.contains("Incorrect email or password."));
        for _ in 0..4 {
            assert_eq!(try_sign_in(&app, OPS, "not it at all, sorry").await, wrong);
        }
        let (failed, until) = lock_state(&app, id).await;
        assert_eq!(failed, 5);
        assert_eq!(until, Some(app.clock.now() + chrono::Duration::minutes(1)));

        // Waiting: the right password gets the wrong password's page, after
        // the same work (a full verification, against the dummy hash).
        let before = password::dummy_verifications();
        let locked = try_sign_in(&app, OPS, OPS_PASSWORD).await;
        assert!(password::dummy_verifications() > before);
        assert_eq!(
            locked, wrong,
            "a waiting account answers as a wrong password"
        );
        assert!(app.session_cookie().is_some());
        assert_redirect_to(&app.get("/").await, "/login");

        app.clock.advance(Duration::from_secs(59));
        assert_eq!(try_sign_in(&app, OPS, OPS_PASSWORD).await, wrong);
        app.clock.advance(Duration::from_secs(2));
        assert_redirect_to(&app.sign_in(OPS, OPS_PASSWORD).await, "/");
        assert_eq!(lock_state(&app, id).await, (0, None), "success resets");

        // The count starts again: four more failures do not lock.
        app.sign_out().await;
        for _ in 0..4 {
            try_sign_in(&app, OPS, "still not the password").await;
        }
        assert_redirect_to(&app.sign_in(OPS, OPS_PASSWORD).await, "/");
        assert!(audit_count(&app, "sign_in_failed").await >= 10);
    })
    .await;
}

#[tokio::test]
async fn each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
    for_each_backend(|app| async move {
        let (_, id) = with_ops(&app).await;
        for _ in 0..5 {
            try_sign_in(&app, OPS, "wrong wrong wrong").await;
        }
        let mut waits = Vec::new();
        for _ in 0..6 {
            let (_, until) = lock_state(&app, id).await;
            let wait = until.unwrap() - app.clock.now();
            waits.push(wait.num_minutes());
            // Just before the end it still waits; just after, one more try.
            app.clock
                .advance((wait - chrono::Duration::seconds(1)).to_std().unwrap());
            try_sign_in(&app, OPS, OPS_PASSWORD).await;
            assert_eq!(lock_state(&app, id).await.1, until, "refused, not counted");
            app.clock.advance(Duration::from_secs(1));
            try_sign_in(&app, OPS, "wrong wrong wrong").await;
        }
        assert_eq!(waits, vec![1, 2, 4, 8, 15, 15]);
    })
    .await;
}

#[tokio::test]
async fn ten_parallel_wrong_passwords_let_no_eleventh_try_through() {
    for_each_backend(|app| async move {
        let (_, id) = with_ops(&app).await;
        let mut tries = Vec::new();
        for n in 0..10 {
            let (client, _) = app.new_browser();
            let url = app.url("/login");
            tries.push(tokio::spawn(async move {
                let page = client.get(&url).send().await.unwrap().text().await.unwrap();
                let token = csrf_in(&page).unwrap();
                let wrong = format!("wrong guess number {n}");
                let response = client
                    .post(&url)
                    .form(&[
                        ("csrf_token", token.as_str()),
                        ("email", OPS),
                        ("password", wrong.as_str()),
                    ])
                    .send()
                    .await
                    .unwrap();
                response.status().as_u16()
            }));
        }
        for t in tries {
            assert_eq!(t.await.unwrap(), 200);
        }
        // Five tries were checked; the rest found the account waiting.
        let (failed, until) = lock_state(&app, id).await;
        assert_eq!(failed, 5);
        assert!(until.is_some_and(|u| u > app.clock.now()));
        let (status, page) = try_sign_in(&app, OPS, OPS_PASSWORD).await;
        assert_eq!(status, 200);
        assert!(page.contains("Incorrect email or password."));
        assert_eq!(audit_count(&app, "sign_in_failed").await, 11);
    })
    .await;
}

#[tokio::test]
async fn failures_from_one_address_are_throttled_whatever_the_email() {
    for_each_backend(|app| async move {
        with_ops(&app).await;
        let wrong = try_sign_in(&app, "nobody-0@example.com", OPS_PASSWORD).await;
        for n in 1..30 {
            let email = format!("nobody-{n}@example.com");
            let (status, _) = try_sign_in(&app, &email, OPS_PASSWORD).await;
            assert_eq!(status, 200);
        }
        // Thirty failures from this address: now even the right password
        // of a real account reads as a wrong one, and nothing says why.
        let throttled = try_sign_in(&app, OPS, OPS_PASSWORD).await;
        assert_eq!(throttled.0, wrong.0);
        assert_eq!(
            throttled.1.replace(OPS, "EMAIL"),
            wrong.1.replace("nobody-0@example.com", "EMAIL")
        );
        app.clock.advance(Duration::from_secs(15 * 60));
        assert_redirect_to(&app.sign_in(OPS, OPS_PASSWORD).await, "/");
    })
    .await;
}

#[tokio::test]
async fn an_administrator_sees_a_locked_administrator_and_unlocks_them() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        for _ in 0..5 {
            try_sign_in(&app, OPS, "wrong wrong wrong").await;
        }
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password long",
            &[Privilege::AdministratorsView],
        )
        .await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert_eq!(list.matches(">Locked</span>").count(), 1, "{list}");
        let record = app
            .get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        assert!(
            record.contains("After 5 failed passwords in a row"),
            "{record}"
        );
        assert!(record.contains(">Unlock</button>"));

        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{id}/unlock"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators/{id}"));
        let record = app
            .get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        assert!(record.contains("Test Admin was unlocked and can sign in again."));
        assert!(!record.contains(">Unlock</button>"));
        assert_eq!(audit_count(&app, "administrator_unlocked").await, 1);
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(!list.contains(">Locked</span>"));

        app.sign_out().await;
        assert_redirect_to(&app.sign_in(OPS, OPS_PASSWORD).await, "/");

        // Without Administrators Edit: no button, and the POST is refused.
        app.sign_out().await;
        for _ in 0..5 {
            try_sign_in(&app, OPS, "wrong wrong wrong").await;
        }
        app.sign_in("viewer@example.com", "viewer password long")
            .await;
        let record = app
            .get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        assert!(record.contains("After 5 failed passwords"));
        assert!(!record.contains(">Unlock</button>"));
        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{id}/unlock"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(lock_state(&app, id).await.0, 5);
    })
    .await;
}

#[tokio::test]
async fn forgot_password_is_limited_per_address_and_client_and_always_answers_the_same() {
    for_each_backend(|app| async move {
        with_ops(&app).await;
        let forgot = |email: &'static str| {
            let app = &app;
            async move {
                app.get_html("/password/forgot").await;
                let response = app.post_form("/password/forgot", &[("email", email)]).await;
                (response.status().as_u16(), response.text().await.unwrap())
            }
        };
        let queued = || async {
            app.db
                .run(|conn| {
                    use switchboard::db::schema::jobs;
                    Ok(jobs::table
                        .filter(jobs::kind.eq("password_reset_request"))
                        .count()
                        .get_result::<i64>(conn)?)
                })
                .await
                .unwrap()
        };
        // The same work for a known and an unknown address: the request
        // only counts and queues; the job looks the address up.
        let first = forgot(OPS).await;
        assert_eq!(queued().await, 1);
        assert_eq!(forgot("nobody@example.org").await, first);
        assert_eq!(queued().await, 2);
        assert_eq!(first.0, 200);
        assert!(
            first
                .1
                .contains("If an administrator with that email exists")
        );
        for _ in 0..4 {
            assert_eq!(forgot(OPS).await, first);
        }
        assert_eq!(emails_to(&app, OPS).await.len(), 3, "three an hour");

        // Ten requests an hour from one client, whatever the addresses.
        assert_eq!(queued().await, 4, "held back beyond the limit");
        app.clock.advance(Duration::from_secs(3600));
        for _ in 0..8 {
            assert_eq!(forgot("nobody@example.com").await, first);
        }
        assert_eq!(forgot(OPS).await, first);
        assert_eq!(forgot(OPS).await, first);
        assert_eq!(emails_to(&app, OPS).await.len(), 5);
        assert_eq!(forgot(OPS).await, first);
        assert_eq!(
            emails_to(&app, OPS).await.len(),
            5,
            "the eleventh request from the client this hour"
        );

        app.clock.advance(Duration::from_secs(3600));
        assert_eq!(forgot(OPS).await, first);
        assert_eq!(emails_to(&app, OPS).await.len(), 6);
    })
    .await;
}

#[tokio::test]
async fn pages_send_hsts_only_with_secure_cookies() {
    let app = spawn_app(None).await;
    let plain = app.get("/login").await;
    assert!(plain.headers().get("Strict-Transport-Security").is_none());
    for_each_backend_with(&[("SECURE_COOKIES", "true")], |app| async move {
        for path in ["/login", "/password/forgot", "/healthz"] {
            let response = app.get(path).await;
            assert_eq!(
                response
                    .headers()
                    .get("Strict-Transport-Security")
                    .and_then(|v| v.to_str().ok()),
                Some("max-age=63072000; includeSubDomains"),
                "{path}"
            );
        }
    })
    .await;
}
