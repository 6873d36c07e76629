//! What every form shares: required fields marked "*" as in the seed
//! ("First Name *") with `required` on the input, and one shape for every
//! destructive confirmation.

use crate::administrators::{add_admin, admin_id, super_role_id};
use crate::helpers::*;

/// The label of a required field, as the forms render it.
fn required_label(id: &str, label: &str) -> String {
    format!(r#"<label for="{id}">{label} <span class="req" aria-hidden="true">*</span></label>"#)
}

#[tokio::test]
async fn required_fields_are_marked_on_every_form() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let pages = [
            (
                format!("/orgs/{top}/administrators/new"),
                "first_name",
                "First Name",
            ),
            (
                format!("/orgs/{top}/administrators/new-api-user"),
                "email",
                "Email",
            ),
            (format!("/orgs/{top}/roles/new"), "name", "Role Name"),
            (
                format!("/orgs/{top}/accounts/new"),
                "account_ref",
                "Account ID",
            ),
            (format!("/orgs/{top}/numbers/new"), "number", "Number"),
            (
                format!("/orgs/{top}/suborgs"),
                "name",
                "New Sub-Organization name",
            ),
            (
                format!("/orgs/{top}/setup/user-permissions/new"),
                "name",
                "Name",
            ),
            (
                format!("/orgs/{top}/setup/invitation-templates"),
                "subject",
                "Subject",
            ),
            ("/me".to_owned(), "last_name", "Last Name"),
        ];
        for (path, id, label) in pages {
            let response = app.get(&path).await;
            assert_eq!(response.status().as_u16(), 200, "{path}");
            let html = response.text().await.unwrap();
            let label_html = required_label(id, label);
            assert!(html.contains(&label_html), "{path}: {label_html}\n{html}");
            let input = format!(r#"id="{id}" name="{id}""#);
            let at = html
                .find(&input)
                .unwrap_or_else(|| panic!("{path}: {input}"));
            let tag_end = html[at..].find('>').unwrap() + at;
            assert!(
                html[at..tag_end].contains(" required"),
                "{path}: {id} is required"
            );
        }
        // Optional fields carry no mark.
        let form = app
            .get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        assert!(form.contains(r#"<label for="backup_email">Backup Email</label>"#));
    })
    .await;
}

/// The shared confirmation: a question as heading, a danger button with
/// the verb, and Cancel back.
fn assert_confirmation(html: &str, heading: &str, verb: &str, back: &str) {
    assert!(
        html.contains(&format!("<h1>{heading}</h1>")),
        "{heading}\n{html}"
    );
    assert!(html.contains(r#"class="stack confirm""#), "{heading}");
    assert!(
        html.contains(&format!(
            r#"<button type="submit" class="danger">{verb}</button>"#
        )),
        "{heading}: {verb}"
    );
    assert!(
        html.contains(&format!(r#"<a href="{back}">Cancel</a>"#)),
        "{heading}: {back}"
    );
}

#[tokio::test]
async fn destructive_actions_are_confirmed_in_one_shape() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        add_admin(&app, &top, "nia@example.com", &role).await;
        let nia = admin_id(&app, "nia@example.com").await;
        let record = format!("/orgs/{top}/administrators/{nia}");
        let html = app.get_html(&format!("{record}/delete")).await;
        assert_confirmation(&html, "Delete Nia Okafor?", "Yes, delete", &record);

        let account = app.saved_account(&top, "Ana", "ana@example.com").await;
        let record = format!("/orgs/{top}/accounts/{account}");
        let html = app.get_html(&format!("{record}/delete")).await;
        assert_confirmation(&html, "Delete Ana Tester?", "Yes, delete", &record);

        let sales = app.create_suborg(&top, "Sales").await;
        let html = app
            .get_html(&format!("/orgs/{top}/suborgs/{sales}/delete"))
            .await;
        assert_confirmation(
            &html,
            "Delete Sales?",
            "Yes, delete",
            &format!("/orgs/{top}/suborgs"),
        );

        // Nothing was deleted by looking.
        assert_eq!(
            app.get(&format!("/orgs/{top}/administrators/{nia}"))
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(app.get(&record).await.status().as_u16(), 200);
    })
    .await;
}
