//! Two-factor authentication (issue 10): an authenticator app set up from
//! My Profile and asked for after the password, codes accepted once,
//! failed codes counted like failed passwords, recovery codes, the org
//! policy forcing enrolment before any page, a password reset that does
//! not skip the code, and another administrator's MFA reset. Codes are
//! computed here with totp-rs at the app's manual clock.

use std::time::Duration;

use diesel::prelude::*;
use switchboard::db::schema::{administrators, mfa_recovery_codes};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::invitations::{emails_to, link_in};

const OPS: &str = "ops@example.com";
const OPS_PASSWORD: &str = "ops password long";
const STEP: Duration = Duration::from_secs(30);

/// The code an authenticator app holding `secret` shows at the app's time.
pub fn code_now(app: &TestApp, secret: &str) -> String {
    let secret = totp_rs::Secret::try_from_base32(secret).unwrap();
    let totp = totp_rs::Builder::new().with_secret(secret).build().unwrap();
    let now = u64::try_from(app.clock.now().and_utc().timestamp()).unwrap();
    totp.generate(now).to_string()
}

/// The value of the hidden `secret` field of an enrolment page.
pub fn secret_in(html: &str) -> String {
    let at = html
        .find("name=\"secret\" value=\"")
        .expect("a secret field")
        + 21;
    html[at..].split('"').next().unwrap().to_owned()
}

/// The recovery codes listed on the page after enrolment.
fn codes_in(html: &str) -> Vec<String> {
    let list = html
        .split("class=\"recovery-codes\"")
        .nth(1)
        .expect("codes");
    let list = list.split("</ol>").next().unwrap();
    list.split("<code>")
        .skip(1)
        .map(|c| c.split("</code>").next().unwrap().to_owned())
        .collect()
}

/// A signed-out app with the super administrator and an active `ops`.
async fn with_ops(app: &TestApp) -> (String, i64) {
    let top = app.sign_in_super().await;
    let id = app
        .create_admin(
            &top,
            OPS,
            OPS_PASSWORD,
            &[Privilege::DashboardView, Privilege::AdministratorsView],
        )
        .await;
    app.sign_out().await;
    (top, id)
}

/// Signed in (without MFA), sets up the app from My Profile; returns the
/// secret and the recovery codes. Still signed in.
async fn enrol_from_profile(app: &TestApp, password: &str) -> (String, Vec<String>) {
    let me = app.get_html("/me").await;
    assert!(me.contains("Two-factor authentication"));
    assert!(me.contains("href=\"/me/two-factor\""));
    let page = app.get_html("/me/two-factor").await;
    assert!(page.contains("<svg"), "a QR code drawn on the server");
    let secret = secret_in(&page);
    assert!(page.contains(&secret[..4]), "the key is shown as text too");

    // The current password first: a stolen session cannot set up its own app.
    let code = code_now(app, &secret);
    let refused = app
        .post_form(
            "/me/two-factor",
            &[
                ("secret", &secret),
                ("code", &code),
                ("current_password", "not the password"),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("The current password is not correct.")
    );
    let wrong = app
        .post_form(
            "/me/two-factor",
            &[
                ("secret", &secret),
                ("code", "000000"),
                ("current_password", password),
            ],
        )
        .await;
    assert_eq!(wrong.status().as_u16(), 422);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("That code is not right."));
    assert_eq!(secret_in(&wrong), secret, "the same secret, not a new one");

    let code = code_now(app, &secret);
    let done = app
        .post_form(
            "/me/two-factor",
            &[
                ("secret", &secret),
                ("code", &code),
                ("current_password", password),
            ],
        )
        .await;
    assert_eq!(done.status().as_u16(), 200);
    let done = done.text().await.unwrap();
    assert!(done.contains("shown only once"));
    let codes = codes_in(&done);
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

/// The password step: answers with a redirect to the code step.
async fn password_step(app: &TestApp, email: &str, password: &str) {
    let response = app.sign_in(email, password).await;
    assert_redirect_to(&response, "/login/code");
}

async fn send_code(app: &TestApp, code: &str) -> reqwest::Response {
    app.get_html("/login/code").await;
    app.post_form("/login/code", &[("code", code)]).await
}

async fn status_of(app: &TestApp, path: &str) -> u16 {
    app.get(path).await.status().as_u16()
}

#[tokio::test]
async fn an_app_set_up_from_my_profile_is_asked_for_after_the_password_and_a_code_works_once() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        let dashboard = format!("/orgs/{top}/dashboard");
        app.sign_in(OPS, OPS_PASSWORD).await;
        let (secret, _) = enrol_from_profile(&app, OPS_PASSWORD).await;
        assert!(
            app.get_html("/me")
                .await
                .contains("Sign-in asks for a code")
        );
        let stored = app
            .db
            .run(move |conn| {
                Ok(administrators::table
                    .find(id)
                    .select(administrators::totp_secret)
                    .first::<Option<String>>(conn)?)
            })
            .await
            .unwrap()
            .unwrap();
        assert!(
            stored.starts_with("plain:"),
            "no SESSION_SECRET in tests: stored as it is"
        );
        assert_eq!(app.audit_of("mfa_enrolled").await.len(), 1);
        app.sign_out().await;

        // The password alone signs nobody in.
        password_step(&app, OPS, OPS_PASSWORD).await;
        assert_ne!(status_of(&app, &dashboard).await, 200);
        assert_ne!(status_of(&app, "/me").await, 200);
        let page = app.get_html("/login/code").await;
        assert!(page.contains("<label for=\"code\">Code</label>"));

        // The code used to set up is spent: the next step's code signs in.
        let spent = code_now(&app, &secret);
        let response = send_code(&app, &spent).await;
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("That code was used already.")
        );
        app.clock.advance(STEP);
        let code = code_now(&app, &secret);
        let response = send_code(&app, &code).await;
        assert_redirect_to(&response, "/");
        assert_eq!(status_of(&app, &dashboard).await, 200);
        app.sign_out().await;

        // The same code again (still current): refused and audited.
        password_step(&app, OPS, OPS_PASSWORD).await;
        let response = send_code(&app, &code).await;
        assert_eq!(response.status().as_u16(), 200);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("That code was used already.")
        );
        assert_ne!(status_of(&app, &dashboard).await, 200);
        assert_eq!(app.audit_of("mfa_code_replayed").await.len(), 2);

        // One step of skew is accepted: the previous step's code, once
        // the clock has moved on by a step and the code was not used.
        app.clock.advance(STEP);
        let late = code_now(&app, &secret);
        app.clock.advance(STEP);
        let response = send_code(&app, &late).await;
        assert_redirect_to(&response, "/");
        app.sign_out().await;

        // Two steps late is too late.
        password_step(&app, OPS, OPS_PASSWORD).await;
        app.clock.advance(STEP);
        let old = code_now(&app, &secret);
        app.clock.advance(STEP * 2);
        let response = send_code(&app, &old).await;
        assert!(response.text().await.unwrap().contains("Incorrect code."));
    })
    .await;
}

#[tokio::test]
async fn wrong_codes_lock_the_account_like_wrong_passwords() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        app.sign_in(OPS, OPS_PASSWORD).await;
        let (secret, _) = enrol_from_profile(&app, OPS_PASSWORD).await;
        app.sign_out().await;
        app.clock.advance(STEP);

        // The password counts as a try until the code passes: with four
        // wrong codes that makes five, and the account waits a minute.
        password_step(&app, OPS, OPS_PASSWORD).await;
        for _ in 0..4 {
            let response = send_code(&app, "123456").await;
            assert!(response.text().await.unwrap().contains("Incorrect code."));
        }
        let right = code_now(&app, &secret);
        let response = send_code(&app, &right).await;
        let html = response.text().await.unwrap();
        assert!(
            html.contains("Incorrect code."),
            "a waiting account refuses even the right code, in the same words"
        );
        assert_ne!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        let failed: i32 = app
            .db
            .run(move |conn| {
                Ok(administrators::table
                    .find(id)
                    .select(administrators::failed_sign_ins)
                    .first(conn)?)
            })
            .await
            .unwrap();
        assert!(failed >= 5);
        assert!(app.audit_of("mfa_code_failed").await.len() >= 5);

        // After the wait, a fresh code signs in and the count starts again.
        app.clock.advance(Duration::from_secs(61));
        let code = code_now(&app, &secret);
        let response = send_code(&app, &code).await;
        assert_redirect_to(&response, "/");
        let failed: i32 = app
            .db
            .run(move |conn| {
                Ok(administrators::table
                    .find(id)
                    .select(administrators::failed_sign_ins)
                    .first(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(failed, 0);
    })
    .await;
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_and_says_how_many_remain() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        app.sign_in(OPS, OPS_PASSWORD).await;
        let (_, codes) = enrol_from_profile(&app, OPS_PASSWORD).await;
        app.sign_out().await;

        password_step(&app, OPS, OPS_PASSWORD).await;
        let response = send_code(&app, &codes[3].to_uppercase()).await;
        assert_redirect_to(&response, "/");
        let landing = location(&app.get("/").await);
        let page = app.get_html(&landing).await;
        assert!(
            page.contains("You signed in with a recovery code. 9 recovery codes remain."),
            "{page}"
        );
        assert_eq!(
            app.audit_of("mfa_recovery_code_used").await,
            vec![(
                "Test Admin <ops@example.com>".to_owned(),
                "9 recovery code(s) remain".to_owned()
            )]
        );
        app.sign_out().await;

        // Used once: refused the second time.
        password_step(&app, OPS, OPS_PASSWORD).await;
        let response = send_code(&app, &codes[3]).await;
        assert!(response.text().await.unwrap().contains("Incorrect code."));
        assert_ne!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        let response = send_code(&app, &codes[4]).await;
        assert_redirect_to(&response, "/");

        let hashes: Vec<String> = app
            .db
            .run(move |conn| {
                Ok(mfa_recovery_codes::table
                    .filter(mfa_recovery_codes::admin_id.eq(id))
                    .select(mfa_recovery_codes::code_hash)
                    .load(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(hashes.len(), 10);
        assert!(
            hashes
                .iter()
                .all(|h| !codes.iter().any(|c| h.contains(c.as_str()))),
            "stored hashed"
        );
    })
    .await;
}

#[tokio::test]
async fn an_org_that_requires_mfa_makes_administrators_enrol_before_any_page() {
    for_each_backend(|app| async move {
        let (top, _) = with_ops(&app).await;
        let sub = {
            app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
            let sub = app.create_suborg(&top, "Branch").await;
            let setup = app.get_html(&format!("/orgs/{top}/setup")).await;
            assert!(setup.contains("/setup/two-factor-authentication"));
            let path = format!("/orgs/{top}/setup/two-factor-authentication");
            let page = app.get_html(&path).await;
            assert!(page.contains("Not set in any organization: off."));
            let response = app.post_form(&path, &[("policy", "required")]).await;
            assert_redirect_to(&response, &path);
            assert!(
                app.get_html(&path)
                    .await
                    .contains("Set for this organization.")
            );
            let sub_page = app
                .get_html(&format!("/orgs/{sub}/setup/two-factor-authentication"))
                .await;
            assert!(sub_page.contains("Inherited: set in"));
            assert!(sub_page.contains("value=\"inherit\" checked"));
            assert_eq!(app.audit_of("mfa_policy_changed").await.len(), 1);
            app.sign_out().await;
            sub
        };

        // ops has no app: after the password, enrolment, and nothing else.
        let response = app.sign_in(OPS, OPS_PASSWORD).await;
        assert_redirect_to(&response, "/login/enrol");
        for path in [
            format!("/orgs/{top}/dashboard"),
            "/me".to_owned(),
            "/me/two-factor".to_owned(),
        ] {
            assert_ne!(status_of(&app, &path).await, 200, "{path}");
        }
        assert_redirect_to(&app.get("/login/code").await, "/login/enrol");
        let page = app.get_html("/login/enrol").await;
        assert!(page.contains("Your organization requires two-factor authentication."));
        let secret = secret_in(&page);
        let response = app
            .post_form("/login/enrol", &[("secret", &secret), ("code", "999999")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert_ne!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        let code = code_now(&app, &secret);
        let response = app
            .post_form("/login/enrol", &[("secret", &secret), ("code", &code)])
            .await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(codes_in(&response.text().await.unwrap()).len(), 10);
        assert_eq!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        app.sign_out().await;

        // Next time, the code is asked for.
        app.clock.advance(STEP);
        password_step(&app, OPS, OPS_PASSWORD).await;

        // A sub-org that turns it off: its administrators sign in as before.
        // (The super administrator too must set up an app now.)
        let response = app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        assert_redirect_to(&response, "/login/enrol");
        let secret = secret_in(&app.get_html("/login/enrol").await);
        let code = code_now(&app, &secret);
        app.post_form("/login/enrol", &[("secret", &secret), ("code", &code)])
            .await;
        let sub_path = format!("/orgs/{sub}/setup/two-factor-authentication");
        app.get_html(&sub_path).await;
        let response = app.post_form(&sub_path, &[("policy", "off")]).await;
        assert_redirect_to(&response, &sub_path);
        app.create_admin(
            &sub,
            "branch@example.com",
            OPS_PASSWORD,
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        let response = app.sign_in("branch@example.com", OPS_PASSWORD).await;
        assert_redirect_to(&response, "/");
    })
    .await;
}

#[tokio::test]
async fn a_password_reset_does_not_skip_the_code() {
    for_each_backend(|app| async move {
        let (top, _) = with_ops(&app).await;
        app.sign_in(OPS, OPS_PASSWORD).await;
        let (secret, _) = enrol_from_profile(&app, OPS_PASSWORD).await;
        app.sign_out().await;

        app.get_html("/password/forgot").await;
        app.post_form("/password/forgot", &[("email", OPS)]).await;
        app.wake_mailer();
        let mut sent = Vec::new();
        for _ in 0..100 {
            sent = emails_to(&app, OPS).await;
            if !sent.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let link = link_in(&sent[0], "/password/reset/");
        app.get_html(&link).await;
        let new = "a brand new passphrase";
        let response = app
            .post_form(&link, &[("password", new), ("confirm_password", new)])
            .await;
        assert_redirect_to(&response, "/login");
        assert_ne!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );

        password_step(&app, OPS, new).await;
        assert_ne!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        app.clock.advance(STEP);
        let response = send_code(&app, &code_now(&app, &secret)).await;
        assert_redirect_to(&response, "/");
    })
    .await;
}

#[tokio::test]
async fn resetting_another_administrators_mfa_ends_their_sessions() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        app.sign_in(OPS, OPS_PASSWORD).await;
        enrol_from_profile(&app, OPS_PASSWORD).await;
        let dashboard = format!("/orgs/{top}/dashboard");
        assert_eq!(status_of(&app, &dashboard).await, 200);

        // The super administrator, in a browser of their own.
        let (admin, _) = app.sign_in_new_browser(SUPER_EMAIL, SUPER_PASSWORD).await;
        let record = format!("/orgs/{top}/administrators/{id}");
        let page = admin.get(app.url(&record)).send().await.unwrap();
        let page = page.text().await.unwrap();
        assert!(page.contains("Two-factor authentication: on"));
        assert!(page.contains(&format!("{record}/two-factor/reset")));
        let confirm = admin
            .get(app.url(&format!("{record}/two-factor/reset")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(confirm.contains("They are signed out everywhere."));
        let token = csrf_in(&confirm).unwrap();
        let response = admin
            .post(app.url(&format!("{record}/two-factor/reset")))
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_redirect_to(&response, &record);

        // ops is signed out, and signs in with the password alone now.
        assert_ne!(status_of(&app, &dashboard).await, 200);
        let (enabled, codes) = app
            .db
            .run(move |conn| {
                let enabled: bool = administrators::table
                    .find(id)
                    .select(administrators::mfa_enabled)
                    .first(conn)?;
                let codes: i64 = mfa_recovery_codes::table
                    .filter(mfa_recovery_codes::admin_id.eq(id))
                    .count()
                    .get_result(conn)?;
                Ok((enabled, codes))
            })
            .await
            .unwrap();
        assert!(!enabled);
        assert_eq!(codes, 0);
        let audit = app.audit_of("mfa_reset").await;
        assert_eq!(audit.len(), 1);
        assert!(audit[0].1.contains("1 session(s) ended"), "{:?}", audit);
        let response = app.sign_in(OPS, OPS_PASSWORD).await;
        assert_redirect_to(&response, "/");

        // Without Administrators Edit, ops cannot reset the super's (none
        // to reset, but the page is refused before that).
        let super_id = app.admin_id(SUPER_EMAIL).await;
        let status = status_of(
            &app,
            &format!("/orgs/{top}/administrators/{super_id}/two-factor/reset"),
        )
        .await;
        assert_eq!(status, 403);
    })
    .await;
}

#[tokio::test]
async fn the_secret_is_sealed_when_a_session_secret_is_configured() {
    let secret_key =
        "a-session-secret-of-at-least-sixty-four-characters-for-the-cookie-key-0123456789";
    for_each_backend_with(&[("SESSION_SECRET", secret_key)], |app| async move {
        let (_, id) = with_ops(&app).await;
        app.sign_in(OPS, OPS_PASSWORD).await;
        let (secret, _) = enrol_from_profile(&app, OPS_PASSWORD).await;
        let stored = app
            .db
            .run(move |conn| {
                Ok(administrators::table
                    .find(id)
                    .select(administrators::totp_secret)
                    .first::<Option<String>>(conn)?)
            })
            .await
            .unwrap()
            .unwrap();
        assert!(stored.starts_with("v1:"));
        assert!(!stored.contains(&secret));
        app.sign_out().await;
        app.clock.advance(STEP);
        password_step(&app, OPS, OPS_PASSWORD).await;
        let response = send_code(&app, &code_now(&app, &secret)).await;
        assert_redirect_to(&response, "/");
    })
    .await;
}

/// The code in the latest sign-in code email to `to`.
async fn emailed_code(app: &TestApp, to: &str) -> String {
    let sent = emails_to(app, to).await;
    let last = sent
        .iter()
        .rev()
        .find(|e| e.subject.starts_with("Your Switchboard sign-in code: "))
        .expect("a sign-in code email");
    assert!(last.text.contains("valid for 5 minutes, once"));
    last.subject.rsplit(' ').next().unwrap().to_owned()
}

async fn sign_in_code_emails(app: &TestApp, to: &str) -> usize {
    emails_to(app, to)
        .await
        .iter()
        .filter(|e| e.subject.starts_with("Your Switchboard sign-in code"))
        .count()
}

#[tokio::test]
async fn codes_by_email_are_sent_at_each_sign_in_valid_five_minutes_once_with_five_attempts() {
    for_each_backend(|app| async move {
        let (top, id) = with_ops(&app).await;
        let dashboard = format!("/orgs/{top}/dashboard");
        app.sign_in(OPS, OPS_PASSWORD).await;
        let me = app.get_html("/me").await;
        assert!(me.contains("action=\"/me/two-factor/email\""));
        let response = app
            .post_form(
                "/me/two-factor/email",
                &[("mfa_current_password", "wrong one")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("The current password is not correct.")
        );
        let response = app
            .post_form(
                "/me/two-factor/email",
                &[("mfa_current_password", OPS_PASSWORD)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(codes_in(&response.text().await.unwrap()).len(), 10);
        assert!(
            app.audit_of("mfa_enrolled").await[0]
                .1
                .starts_with("codes by email")
        );
        app.sign_out().await;

        // Each sign-in emails a code; the page says so; it works once.
        password_step(&app, OPS, OPS_PASSWORD).await;
        assert!(
            app.get_html("/login/code")
                .await
                .contains("We emailed a 6-digit code")
        );
        let code = emailed_code(&app, OPS).await;
        let response = send_code(&app, "000000").await;
        assert!(response.text().await.unwrap().contains("Incorrect code."));
        let response = send_code(&app, &code).await;
        assert_redirect_to(&response, "/");
        assert_eq!(status_of(&app, &dashboard).await, 200);
        app.sign_out().await;
        password_step(&app, OPS, OPS_PASSWORD).await;
        assert_eq!(sign_in_code_emails(&app, OPS).await, 2);
        let fresh = emailed_code(&app, OPS).await;
        if fresh != code {
            let response = send_code(&app, &code).await;
            assert!(
                response.text().await.unwrap().contains("Incorrect code."),
                "a used code, replaced by a new one"
            );
        }
        let stored: Vec<String> = app
            .db
            .run(move |conn| {
                use switchboard::db::schema::mfa_email_codes;
                Ok(mfa_email_codes::table
                    .filter(mfa_email_codes::admin_id.eq(id))
                    .select(mfa_email_codes::code_hash)
                    .load(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert!(!stored[0].contains(&fresh), "stored hashed");

        // Five minutes later it is no good.
        app.clock.advance(Duration::from_secs(5 * 60 + 1));
        let response = send_code(&app, &fresh).await;
        assert!(response.text().await.unwrap().contains("Incorrect code."));
        assert_ne!(status_of(&app, &dashboard).await, 200);

        // Five attempts at most, even with the lockout's waits sat out.
        app.clock.advance(Duration::from_secs(60 * 60 * 13));
        password_step(&app, OPS, OPS_PASSWORD).await;
        let code = emailed_code(&app, OPS).await;
        let wrong = if code == "111111" { "222222" } else { "111111" };
        for _ in 0..4 {
            send_code(&app, wrong).await;
        }
        app.clock.advance(Duration::from_secs(61));
        send_code(&app, wrong).await;
        app.clock.advance(Duration::from_secs(121));
        let response = send_code(&app, &code).await;
        assert!(response.text().await.unwrap().contains("Incorrect code."));
        assert_ne!(status_of(&app, &dashboard).await, 200);
    })
    .await;
}

#[tokio::test]
async fn a_forced_enrolment_may_choose_codes_by_email() {
    for_each_backend(|app| async move {
        let (top, _) = with_ops(&app).await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let path = format!("/orgs/{top}/setup/two-factor-authentication");
        app.get_html(&path).await;
        app.post_form(&path, &[("policy", "required")]).await;
        app.sign_out().await;

        let response = app.sign_in(OPS, OPS_PASSWORD).await;
        assert_redirect_to(&response, "/login/enrol");
        let page = app.get_html("/login/enrol").await;
        assert!(page.contains("action=\"/login/enrol/email\""));
        let response = app.post_form("/login/enrol/email", &[]).await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(codes_in(&response.text().await.unwrap()).len(), 10);
        assert_eq!(
            status_of(&app, &format!("/orgs/{top}/dashboard")).await,
            200
        );
        app.sign_out().await;

        password_step(&app, OPS, OPS_PASSWORD).await;
        let code = emailed_code(&app, OPS).await;
        let response = send_code(&app, &code).await;
        assert_redirect_to(&response, "/");
    })
    .await;
}
