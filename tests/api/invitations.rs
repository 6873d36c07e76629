//! Invitations: an invited administrator sets a password with the emailed
//! link; API users set an API credential but never get a portal session;
//! re-inviting an active administrator scrambles the password (seed 003).

use std::time::Duration;

use diesel::prelude::*;
use switchboard::db::schema::{administrators, audit_events, sessions, tokens};
use switchboard::domain::admins::{self, KIND_ADMIN, KIND_API};
use switchboard::domain::invitations::{self, Inviter};
use switchboard::domain::privileges::Privilege;
use switchboard::mail::SentEmail;

use crate::helpers::*;

const PASSWORD: &str = "a brand new long password";

/// Creates an invited administrator (no password) in the top org with the
/// super administrator role, straight in the database, then sends the
/// invitation as the Administrators page will. Returns the admin's id.
pub async fn invite(
    app: &TestApp,
    email: &str,
    kind: &'static str,
    application: Option<&str>,
) -> i64 {
    let email = email.to_owned();
    let application = application.map(str::to_owned);
    let id = app
        .db
        .run(move |conn| {
            let org = switchboard::domain::orgs::top(conn)?.expect("top org");
            let role_id = switchboard::domain::roles::super_admin_role_id(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                administrators::org_id.eq(org.id),
                administrators::role_id.eq(role_id),
                administrators::kind.eq(kind),
                administrators::first_name.eq("Ann"),
                administrators::last_name.eq("Lee"),
                administrators::email.eq(&email),
                administrators::language.eq("English"),
                administrators::status.eq("invited"),
                administrators::external_application.eq(&application),
                administrators::created_at.eq(now),
                administrators::updated_at.eq(now),
            );
            let id: i64 = switchboard::each_backend!(conn, c => diesel::insert_into(administrators::table)
                .values(values)
                .returning(administrators::id)
                .get_result(c))?;
            Ok(id)
        })
        .await
        .expect("insert invited admin");
    send_invitation(app, id).await;
    id
}

/// Sends (or resends) the invitation of administrator `id`.
pub async fn send_invitation(app: &TestApp, id: i64) {
    let base_url = app.address.clone();
    app.db
        .run(move |conn| {
            switchboard::db::transaction(conn, |conn| {
                let admin = admins::find_by_id(conn, id)?.expect("admin");
                let org = switchboard::domain::orgs::by_id(conn, admin.org_id)?;
                let inviter = Inviter {
                    name: "Sam Super",
                    base_url: &base_url,
                    ttl: Duration::from_secs(7 * 86_400),
                };
                invitations::send_invitation(conn, &admin, &org.name, &inviter)
            })
        })
        .await
        .expect("send invitation");
    app.wake_mailer();
}

/// The emails sent to `to`, oldest first.
pub async fn emails_to(app: &TestApp, to: &str) -> Vec<SentEmail> {
    app.emails()
        .await
        .into_iter()
        .filter(|e| e.to == to)
        .collect()
}

/// The first link to `path_prefix` (e.g. "/invite/") in an email's text.
pub fn link_in(email: &SentEmail, path_prefix: &str) -> String {
    let at = email
        .text
        .find(path_prefix)
        .unwrap_or_else(|| panic!("no {path_prefix} link in {:?}", email.text));
    let start = email.text[..at].rfind("http").expect("absolute link");
    let end = email.text[at..]
        .find(char::is_whitespace)
        .map_or(email.text.len(), |e| at + e);
    email.text[start..end].to_owned()
}

/// The invitation link of the latest email to `to`.
async fn latest_link(app: &TestApp, to: &str) -> String {
    let sent = emails_to(app, to).await;
    link_in(sent.last().expect("an invitation email"), "/invite/")
}

async fn set_password(
    app: &TestApp,
    link: &str,
    password: &str,
    confirm: &str,
) -> reqwest::Response {
    app.get_html(link).await;
    app.post_form(
        link,
        &[("password", password), ("confirm_password", confirm)],
    )
    .await
}

async fn admin_row(app: &TestApp, id: i64) -> admins::Administrator {
    app.db
        .run(move |conn| Ok(admins::find_by_id(conn, id)?.expect("admin")))
        .await
        .expect("admin row")
}

async fn session_count(app: &TestApp, id: i64) -> i64 {
    app.db
        .run(move |conn| {
            Ok(sessions::table
                .filter(sessions::admin_id.eq(id))
                .count()
                .get_result(conn)?)
        })
        .await
        .expect("sessions")
}

pub async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.db
        .run(|conn| {
            Ok(audit_events::table
                .order(audit_events::id.asc())
                .select(audit_events::action)
                .load(conn)?)
        })
        .await
        .expect("audit")
}

#[tokio::test]
async fn invited_administrator_sets_a_password_with_the_emailed_link_and_signs_in() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;

        let sent = emails_to(&app, "ann@example.com").await;
        assert_eq!(sent.len(), 1, "{}: one invitation", app.backend);
        assert_eq!(
            sent[0].subject,
            "You are invited to administer My Organization in Switchboard"
        );
        assert!(sent[0].text.contains("Sam Super"));
        let link = link_in(&sent[0], "/invite/");
        assert!(
            link.starts_with(&format!("{}/invite/", app.address)),
            "{link}"
        );
        assert!(sent[0].html.contains(&format!("href=\"{link}\"")));

        let page = app.get_html(&link).await;
        assert!(page.contains("<h1>Set your password</h1>"));
        assert!(page.contains("Ann Lee") && page.contains("ann@example.com"));
        for (field, label) in [
            ("password", "Password"),
            ("confirm_password", "Confirm Password"),
        ] {
            assert!(
                page.contains(&format!("<label for=\"{field}\">{label}</label>")),
                "{label} label"
            );
        }

        let response = set_password(&app, &link, PASSWORD, PASSWORD).await;
        assert_redirect_to(&response, "/login");
        assert!(
            app.get_html("/login")
                .await
                .contains("Your password is set. Sign in with your email and password.")
        );
        let admin = admin_row(&app, id).await;
        assert_eq!(admin.status, "active");
        assert!(admin.password_hash.is_some());
        assert!(
            audit_actions(&app)
                .await
                .contains(&"invitation_accepted".to_owned())
        );

        assert_redirect_to(&app.sign_in("ann@example.com", PASSWORD).await, "/");
        assert_eq!(
            app.get(&format!("/orgs/{top}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );
    })
    .await;
}

#[tokio::test]
async fn an_invitation_link_works_once() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;
        let link = latest_link(&app, "ann@example.com").await;
        assert_redirect_to(
            &set_password(&app, &link, PASSWORD, PASSWORD).await,
            "/login",
        );
        let first_hash = admin_row(&app, id).await.password_hash;

        let again = app.get(&link).await;
        assert_eq!(again.status().as_u16(), 404);
        assert!(
            again
                .text()
                .await
                .unwrap()
                .contains("This invitation link is no longer valid")
        );
        app.get_html("/login").await;
        let replay = app
            .post_form(
                &link,
                &[
                    ("password", "an attacker's password"),
                    ("confirm_password", "an attacker's password"),
                ],
            )
            .await;
        assert_eq!(replay.status().as_u16(), 404);
        assert_eq!(
            admin_row(&app, id).await.password_hash,
            first_hash,
            "the password stays"
        );
    })
    .await;
}

#[tokio::test]
async fn a_resent_invitation_replaces_the_earlier_link() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;
        let first = latest_link(&app, "ann@example.com").await;
        send_invitation(&app, id).await;
        let second = latest_link(&app, "ann@example.com").await;
        assert_ne!(first, second);
        assert_eq!(app.get(&first).await.status().as_u16(), 404);
        assert_eq!(app.get(&second).await.status().as_u16(), 200);
    })
    .await;
}

#[tokio::test]
async fn an_expired_invitation_link_is_dead() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;
        let link = latest_link(&app, "ann@example.com").await;
        app.get_html(&link).await;
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
                .contains("This invitation link is no longer valid")
        );
        let post = app
            .post_form(
                &link,
                &[("password", PASSWORD), ("confirm_password", PASSWORD)],
            )
            .await;
        assert_eq!(post.status().as_u16(), 404);
        let admin = admin_row(&app, id).await;
        assert_eq!(
            (admin.status.as_str(), admin.password_hash),
            ("invited", None)
        );
    })
    .await;
}

#[tokio::test]
async fn a_mismatched_confirmation_is_shown_next_to_the_field_and_changes_nothing() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;
        let link = latest_link(&app, "ann@example.com").await;

        let response = set_password(&app, &link, PASSWORD, "a different long password").await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains(r#"<p class="field-error" id="confirm_password-error">The two passwords do not match.</p>"#), "{html}");
        assert!(html.contains("Ann Lee"), "the form is shown again");

        let response = set_password(&app, &link, "short", "short").await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(response.text().await.unwrap().contains(r#"id="password-error">Use at least 12 characters."#));

        let admin = admin_row(&app, id).await;
        assert_eq!((admin.status.as_str(), admin.password_hash), ("invited", None));
        assert_eq!(app.get(&link).await.status().as_u16(), 200, "the link still works");
    })
    .await;
}

#[tokio::test]
async fn an_api_user_sets_a_credential_but_gets_no_portal_session() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "crm@example.com", KIND_API, Some("Salesforce")).await;
        let sent = emails_to(&app, "crm@example.com").await;
        assert_eq!(sent.len(), 1);
        assert!(sent[0].text.contains("Salesforce"), "{:?}", sent[0].text);
        let link = link_in(&sent[0], "/invite/");

        let form = app.get_html(&link).await;
        assert!(
            form.contains("Set your password")
                && form.contains("API users cannot sign in to the portal.")
        );
        let response = set_password(&app, &link, PASSWORD, PASSWORD).await;
        assert_eq!(response.status().as_u16(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains("API credential set"), "{html}");
        assert!(html.contains("API users cannot sign in to the portal."));

        let admin = admin_row(&app, id).await;
        assert_eq!(admin.status, "active");
        assert!(admin.password_hash.is_some());
        assert_eq!(
            session_count(&app, id).await,
            0,
            "{}: no session for an API user",
            app.backend
        );
        assert_redirect_to(&app.get("/").await, "/login");

        let refused = app.sign_in("crm@example.com", PASSWORD).await;
        assert_eq!(refused.status().as_u16(), 200);
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("Incorrect email or password.")
        );
        assert_eq!(session_count(&app, id).await, 0);
    })
    .await;
}

#[tokio::test]
async fn a_suspended_administrator_cannot_use_an_invitation_link() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.sign_out().await;
        let id = invite(&app, "ann@example.com", KIND_ADMIN, None).await;
        let link = latest_link(&app, "ann@example.com").await;
        app.get_html(&link).await;
        app.db
            .run(move |conn| {
                diesel::update(administrators::table.find(id))
                    .set(administrators::status.eq("account_suspended"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let response = app
            .post_form(
                &link,
                &[("password", PASSWORD), ("confirm_password", PASSWORD)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 409);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Account suspended. Contact your administrator.")
        );
        let admin = admin_row(&app, id).await;
        assert_eq!(
            (admin.status.as_str(), admin.password_hash),
            ("account_suspended", None)
        );
    })
    .await;
}

#[tokio::test]
async fn reinviting_an_active_administrator_scrambles_the_password_and_ends_sessions() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app
            .create_admin(
                &top,
                "ops@example.com",
                "the old ops password",
                &[Privilege::DashboardView],
            )
            .await;
        app.sign_out().await;
        assert_redirect_to(
            &app.sign_in("ops@example.com", "the old ops password").await,
            "/",
        );
        let dashboard = format!("/orgs/{top}/dashboard");
        assert_eq!(app.get(&dashboard).await.status().as_u16(), 200);
        assert_eq!(session_count(&app, id).await, 1);

        let base_url = app.address.clone();
        app.db
            .run(move |conn| {
                switchboard::db::transaction(conn, |conn| {
                    invitations::reinvite_active(conn, id)?;
                    let admin = admins::find_by_id(conn, id)?.expect("admin");
                    let inviter = Inviter {
                        name: "Sam Super",
                        base_url: &base_url,
                        ttl: Duration::from_secs(86_400),
                    };
                    invitations::send_invitation(conn, &admin, "My Organization", &inviter)
                })
            })
            .await
            .unwrap();
        app.wake_mailer();

        assert_eq!(session_count(&app, id).await, 0);
        assert_redirect_to(&app.get(&dashboard).await, "/login");
        let admin = admin_row(&app, id).await;
        assert_eq!(
            (admin.status.as_str(), admin.password_hash),
            ("invited", None)
        );
        let refused = app.sign_in("ops@example.com", "the old ops password").await;
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("Incorrect email or password.")
        );

        let link = latest_link(&app, "ops@example.com").await;
        assert_redirect_to(
            &set_password(&app, &link, PASSWORD, PASSWORD).await,
            "/login",
        );
        assert_redirect_to(&app.sign_in("ops@example.com", PASSWORD).await, "/");
    })
    .await;
}
