//! Links must not outlive an email change: the old address's invitation or
//! password-reset link stops working when an administrator's email or backup
//! email changes, and a pending invitation goes to the new address instead.

use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::invitations::{emails_to, link_in};

fn fields<'a>(
    org: &'a str,
    email: &'a str,
    backup: &'a str,
    role: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "admin"),
        ("first_name", "Nia"),
        ("last_name", "Okafor"),
        ("email", email),
        ("backup_email", backup),
        ("role_id", role),
        ("org", org),
        ("language", "English"),
    ]
}

async fn wait_for_mail(app: &TestApp, to: &str, count: usize) -> Vec<switchboard::mail::SentEmail> {
    for _ in 0..200 {
        let sent = emails_to(app, to).await;
        if sent.len() >= count {
            return sent;
        }
        app.wake_mailer();
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("no email to {to}");
}

#[tokio::test]
async fn changing_an_invited_administrators_email_kills_the_old_link_and_invites_the_new_address() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = app.super_role_id().await.to_string();
        app.get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators"),
                &fields(&top, "typo@exmaple.com", "", &role),
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let old_link = link_in(
            wait_for_mail(&app, "typo@exmaple.com", 1)
                .await
                .last()
                .unwrap(),
            "/invite/",
        );
        let id = app.admin_id("typo@exmaple.com").await;

        app.get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/{id}"),
                &fields(&top, "nia@example.com", "", &role),
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(
            list.contains("invitation was sent again to nia@example.com"),
            "{list}"
        );

        let path = old_link.trim_start_matches(&app.address).to_owned();
        assert_eq!(
            app.get(&path).await.status().as_u16(),
            404,
            "the old link is dead"
        );
        let new_link = link_in(
            wait_for_mail(&app, "nia@example.com", 1)
                .await
                .last()
                .unwrap(),
            "/invite/",
        );
        let path = new_link.trim_start_matches(&app.address).to_owned();
        assert_eq!(
            app.get(&path).await.status().as_u16(),
            200,
            "the new link works"
        );
    })
    .await;
}

#[tokio::test]
async fn changing_the_backup_email_revokes_a_pending_password_reset_link() {
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
        let role = app.role_of(id).await.to_string();
        app.sign_out().await;
        app.get_html("/password/forgot").await;
        app.post_form("/password/forgot", &[("email", "ops@example.com")])
            .await;
        let reset = link_in(
            wait_for_mail(&app, "ops@example.com", 1)
                .await
                .last()
                .unwrap(),
            "/password/reset/",
        );
        let reset_path = reset.trim_start_matches(&app.address).to_owned();
        assert_eq!(app.get(&reset_path).await.status().as_u16(), 200);

        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        app.get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        let mut form = fields(&top, "ops@example.com", "attacker@example.net", &role);
        form[1] = ("first_name", "Test");
        form[2] = ("last_name", "Admin");
        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{id}"), &form)
            .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(
            app.get(&reset_path).await.status().as_u16(),
            404,
            "the reset link sent before the change no longer works"
        );
    })
    .await;
}
