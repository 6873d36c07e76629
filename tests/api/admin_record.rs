//! An administrator's record: headed by the person's name, with Resend
//! Invite and Delete on it, the suspension boxes explained, and Save
//! returning to the record with a message that names the person.

use switchboard::domain::privileges::Privilege;

use crate::administrators::{add_admin, admin_id, profile_fields, super_role_id};
use crate::helpers::*;

/// Emails sent so far to `to`.
async fn emails_to(app: &TestApp, to: &str) -> usize {
    app.emails()
        .await
        .iter()
        .filter(|e| e.to.contains(to))
        .count()
}

#[tokio::test]
async fn the_record_is_headed_by_the_name_and_resend_invite_on_it_sends_the_invitation() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        add_admin(&app, &top, "nia@example.com", &role).await;
        let id = admin_id(&app, "nia@example.com").await;
        let record = format!("/orgs/{top}/administrators/{id}");

        let page = app.get_html(&record).await;
        assert!(page.contains("<h1>Nia Okafor</h1>"), "{page}");
        assert!(page.contains("Edit Administrator"));
        assert!(page.contains(">Resend Invite</button>"), "{page}");
        assert!(page.contains(&format!(r#"<input type="hidden" name="ids" value="{id}">"#)));
        assert!(page.contains(&format!(r#"href="{record}/delete">Delete</a>"#)));
        assert!(page.contains(
            r#"<label for="first_name">First Name <span class="req" aria-hidden="true">*</span></label>"#
        ));
        assert!(page.contains("Cannot sign in to the portal until the box is cleared"));
        assert!(page.contains("The whole administrator account is suspended"));

        let before = emails_to(&app, "nia@example.com").await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[("ids", &id.to_string()), ("back", "record")],
            )
            .await;
        assert_redirect_to(&response, &record);
        let page = app.get_html(&record).await;
        assert!(
            page.contains("Invitation sent to Nia Okafor (nia@example.com)."),
            "{page}"
        );
        assert_eq!(emails_to(&app, "nia@example.com").await, before + 1);
    })
    .await;
}

#[tokio::test]
async fn resend_invite_and_delete_are_offered_only_with_the_privilege_and_not_on_ones_own_record() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let me = admin_id(&app, SUPER_EMAIL).await;
        let own = app
            .get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        assert!(!own.contains("Resend Invite"), "not to oneself");

        let role = super_role_id(&app).await;
        add_admin(&app, &top, "nia@example.com", &role).await;
        let nia = admin_id(&app, "nia@example.com").await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[Privilege::AdministratorsView, Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password").await;
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/{nia}"))
            .await;
        assert!(page.contains("<h1>Nia Okafor</h1>"), "{page}");
        assert!(!page.contains("Resend Invite"), "{page}");
        assert!(!page.contains("/delete\">Delete</a>"), "{page}");
    })
    .await;
}

#[tokio::test]
async fn save_returns_to_the_record_with_a_message_naming_the_person() {
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
        let record = format!("/orgs/{top}/administrators/{id}");
        app.get_html(&record).await;
        let role_id = app.role_of(id).await.to_string();
        let mut fields = profile_fields(&top, &role_id);
        fields.retain(|(k, _)| *k != "first_name");
        fields.push(("first_name", "Ana"));
        let response = app.post_form(&record, &fields).await;
        assert_redirect_to(&response, &record);
        let page = app.get_html(&record).await;
        assert!(page.contains("Saved Ana Admin."), "{page}");
        assert!(page.contains("<h1>Ana Admin</h1>"));
    })
    .await;
}

#[tokio::test]
async fn one_re_invited_administrator_is_counted_in_the_singular() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        add_admin(&app, &top, "nia@example.com", &role).await;
        let id = admin_id(&app, "nia@example.com").await.to_string();
        app.get_html(&format!("/orgs/{top}/administrators")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[("ids", &id)],
            )
            .await;
        let batch = location(&response);
        assert!(
            batch.starts_with(&format!("/orgs/{top}/reports/batches/")),
            "{batch}"
        );
        let page = app.get_html(&batch).await;
        assert!(page.contains("1 invitation sent, 0 skipped."), "{page}");
        assert!(!page.contains("1 invitations"));
    })
    .await;
}
