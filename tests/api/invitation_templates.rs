//! Setup > Invitation Templates: built-in texts, an org's own text inherited
//! by its sub-orgs unless they write theirs, placeholders checked when
//! saving, Preview, Send test, going back to the inherited text, and the
//! invitation validity.

use diesel::prelude::*;
use switchboard::db::schema::{account_invitations, accounts, audit_events, invitation_templates};
use switchboard::domain::privileges::Privilege;

use crate::account_invites::*;
use crate::helpers::*;

fn page(org: &str) -> String {
    format!("/orgs/{org}/setup/invitation-templates")
}

async fn save_template(
    app: &TestApp,
    org: &str,
    channel: &str,
    language: &str,
    subject: &str,
    body: &str,
) -> reqwest::Response {
    app.get_html(&format!("{}?language={language}", page(org)))
        .await;
    app.post_form(
        &page(org),
        &[
            ("channel", channel),
            ("language", language),
            ("subject", subject),
            ("body", body),
            ("action", "save"),
        ],
    )
    .await
}

async fn template_count(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(invitation_templates::table.count().get_result(conn)?))
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

/// `&` as askama writes it in a page.
fn html(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
}

#[tokio::test]
async fn the_page_shows_the_built_in_texts_and_the_placeholders() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let body = app.get_html(&page(&top)).await;
        assert!(body.contains("<h1>Invitation Templates</h1>"), "{body}");
        assert!(body.contains("Built-in text"));
        for placeholder in ["{first_name}", "{number}", "{link}", "{org_name}"] {
            assert!(
                body.contains(&format!("<code>{placeholder}</code>")),
                "{placeholder}"
            );
        }
        assert!(body.contains("Hello {first_name},"));
        let mark = r#"<span class="req" aria-hidden="true">*</span>"#;
        assert!(body.contains(&format!("<label for=\"email-body\">Message {mark}</label>")));
        assert!(body.contains(&format!("<label for=\"sms-body\">Message {mark}</label>")));
        assert!(body.contains("One SMS holds 160 characters"));
        assert!(body.contains("Send test to super@example.com"));
        assert!(body.contains("work for <strong>30 days</strong>"));
        let spanish = app
            .get_html(&format!("{}?language=Spanish", page(&top)))
            .await;
        assert!(spanish.contains("Hola, {first_name}:"));
        let italian = app
            .get_html(&format!("{}?language=Italian", page(&top)))
            .await;
        assert!(italian.contains("Switchboard has no built-in Italian text"));
    })
    .await;
}

#[tokio::test]
async fn unknown_placeholders_and_a_body_without_the_link_are_refused() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let before = template_count(&app).await;
        let response = save_template(
            &app,
            &top,
            "email",
            "English",
            "Hi {firstname}",
            "Dear {first_name}, your PIN is {pin}: {link}",
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let body = response.text().await.unwrap();
        assert!(body.contains("Unknown placeholder: {pin}."), "{body}");
        assert!(body.contains("Unknown placeholder: {firstname}."), "{body}");
        // What was typed is still there.
        assert!(body.contains("your PIN is {pin}"));

        let response = save_template(&app, &top, "sms", "English", "", "Hi {first_name}").await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("The message must contain {link}")
        );
        assert_eq!(template_count(&app).await, before);
        assert_eq!(audit_count(&app, "invitation_template_saved").await, 0);
    })
    .await;
}

#[tokio::test]
async fn a_sub_org_uses_its_parents_text_until_it_writes_its_own() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Sales").await;
        app.add_numbers(&top, &["+15550100501"]).await;
        app.add_numbers(&sub, &["+15550100502"]).await;

        let response = save_template(
            &app,
            &top,
            "email",
            "English",
            "Welcome to {org_name}",
            "Hi {first_name}!\n\nYour line: {number}\nStart here: {link}",
        )
        .await;
        assert_redirect_to(&response, &format!("{}?language=English", page(&top)));
        let top_page = app.get_html(&page(&top)).await;
        assert!(
            top_page.contains("Email template (English) saved."),
            "{top_page}"
        );
        assert!(top_page.contains("Defined in My Organization"));
        let sub_page = app.get_html(&page(&sub)).await;
        assert!(sub_page.contains("Same as My Organization"), "{sub_page}");
        assert!(sub_page.contains("Start here: {link}"));

        let in_sub = app.saved_account(&sub, "Sue", "sue@example.com").await;
        resend(&app, &sub, in_sub).await;
        let email = emails_to(&app, "sue@example.com").await.pop().unwrap();
        assert_eq!(email.subject, "Welcome to Sales");
        assert!(email.text.starts_with("Hi Sue!"), "{}", email.text);

        // Sales writes its own; the top org's accounts keep the top's text.
        let response = save_template(
            &app,
            &sub,
            "email",
            "English",
            "Sales says hello",
            "Hello {first_name} from sales: {link}",
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        resend(&app, &sub, in_sub).await;
        let email = emails_to(&app, "sue@example.com").await.pop().unwrap();
        assert_eq!(email.subject, "Sales says hello");
        assert!(
            email.text.starts_with("Hello Sue from sales: http"),
            "{}",
            email.text
        );
        let in_top = app.saved_account(&top, "Tom", "tom@example.com").await;
        resend(&app, &top, in_top).await;
        let email = emails_to(&app, "tom@example.com").await.pop().unwrap();
        assert_eq!(email.subject, "Welcome to My Organization");

        // Back to the inherited text, after a confirmation page.
        let confirm = app
            .get_html(&format!(
                "{}/reset?channel=email&language=English",
                page(&sub)
            ))
            .await;
        assert!(confirm.contains("Use the inherited text?"), "{confirm}");
        assert!(confirm.contains("the text of My Organization"));
        assert!(confirm.contains("Start here: {link}"));
        let response = app
            .post_form(
                &format!("{}/reset", page(&sub)),
                &[("channel", "email"), ("language", "English")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let sub_page = app.get_html(&page(&sub)).await;
        assert!(
            sub_page.contains("Sales uses the inherited text again."),
            "{sub_page}"
        );
        assert!(sub_page.contains("Same as My Organization"));
        assert_eq!(audit_count(&app, "invitation_template_saved").await, 2);
        assert_eq!(audit_count(&app, "invitation_template_reset").await, 1);
    })
    .await;
}

#[tokio::test]
async fn a_spanish_account_gets_the_spanish_text() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app
            .insert_account_row(NewAccount {
                language: "Spanish",
                ..NewAccount::new(
                    &top,
                    "ref-ana",
                    ("Ana", "Tester"),
                    Some("ana@example.com"),
                    "saved",
                )
            })
            .await;
        app.give_number(&top, id, "+15550100601").await;
        resend(&app, &top, id).await;
        let email = emails_to(&app, "ana@example.com").await.pop().unwrap();
        assert!(email.text.starts_with("Hola, Ana:"), "{}", email.text);
        assert!(email.html.contains("<html lang=\"es\">"));
    })
    .await;
}

#[tokio::test]
async fn preview_fills_in_sample_values_and_escapes_them() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&page(&top)).await;
        let response = app
            .post_form(
                &page(&top),
                &[
                    ("channel", "sms"),
                    ("language", "English"),
                    ("body", "<b>{first_name}</b> of {org_name}: {link}"),
                    ("action", "preview"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let body = response.text().await.unwrap();
        assert!(body.contains("Preview with sample values"), "{body}");
        assert!(
            body.contains(&format!(
                "{}Sam{} of My Organization: ",
                html("<b>"),
                html("</b>")
            )),
            "{body}"
        );
        assert!(body.contains("/activate/sample-link-it-activates-nothing"));
        assert!(body.contains("characters: 1 SMS."));
        assert_eq!(template_count(&app).await, 0, "a preview saves nothing");
    })
    .await;
}

#[tokio::test]
async fn send_test_emails_the_administrator_and_texts_the_typed_number() {
    with_sms_webhook(&[], |app, sink| async move {
        let top = app.sign_in_super().await;
        app.get_html(&page(&top)).await;
        let response = app
            .post_form(
                &format!("{}/test", page(&top)),
                &[("channel", "email"), ("language", "English")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let sent = emails_to(&app, SUPER_EMAIL).await;
        assert_eq!(sent.len(), 1);
        assert!(
            sent[0].subject.starts_with("[Test] My Organization:"),
            "{:?}",
            sent[0]
        );
        assert!(sent[0].text.starts_with("Hello Sam,"));

        app.get_html(&page(&top)).await;
        let response = app
            .post_form(
                &format!("{}/test", page(&top)),
                &[
                    ("channel", "sms"),
                    ("language", "English"),
                    ("to", "555-0100"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("needs its country code")
        );

        let response = app
            .post_form(
                &format!("{}/test", page(&top)),
                &[
                    ("channel", "sms"),
                    ("language", "English"),
                    ("to", "+1 (555) 777-0009"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let flash = app.get_html(&page(&top)).await;
        assert!(flash.contains("Test SMS sent to +15557770009"), "{flash}");
        settle(&app, "send_sms").await;
        let got = sink.requests();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].to(), "+15557770009");
        assert!(got[0].text().starts_with("Hi Sam, My Organization set up"));
        assert_eq!(audit_count(&app, "invitation_template_test_sent").await, 2);
    })
    .await;
}

#[tokio::test]
async fn invitation_validity_is_set_per_org_and_inherited() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Support").await;
        app.get_html(&page(&top)).await;
        let response = app
            .post_form(&format!("{}/validity", page(&top)), &[("days", "0")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Enter a whole number of days from 1 to 365.")
        );
        let response = app
            .post_form(&format!("{}/validity", page(&top)), &[("days", "5")])
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let sub_page = app.get_html(&page(&sub)).await;
        assert!(
            sub_page.contains("work for <strong>5 days</strong>"),
            "{sub_page}"
        );
        assert!(sub_page.contains("Same as My Organization"));

        app.add_numbers(&sub, &["+15550100701"]).await;
        let id = app.saved_account(&sub, "Val", "val@example.com").await;
        resend(&app, &sub, id).await;
        let (expires, invited_until): (chrono::NaiveDateTime, Option<chrono::NaiveDateTime>) = app
            .db
            .run(move |conn| {
                let expires = account_invitations::table
                    .filter(account_invitations::account_id.eq(id))
                    .select(account_invitations::expires_at)
                    .first(conn)?;
                let until = accounts::table
                    .find(id)
                    .select(accounts::invitation_expires_at)
                    .first(conn)?;
                Ok((expires, until))
            })
            .await
            .unwrap();
        let days = (expires - chrono::Utc::now().naive_utc()).num_hours();
        assert!(
            (119..=120).contains(&days),
            "valid for 5 days: {days} hours"
        );
        assert_eq!(invited_until, Some(expires));

        // Back to the default.
        app.get_html(&page(&top)).await;
        let response = app
            .post_form(
                &format!("{}/validity", page(&top)),
                &[("days", "5"), ("inherit", "1")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let top_page = app.get_html(&page(&top)).await;
        assert!(
            top_page.contains("work for <strong>30 days</strong>"),
            "{top_page}"
        );
        assert_eq!(audit_count(&app, "invitation_validity_changed").await, 2);
    })
    .await;
}

#[tokio::test]
async fn viewing_needs_the_view_privilege_and_changing_the_edit_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "reader@example.com",
            "reader password long",
            &[Privilege::SetupViewInvitationTemplates],
        )
        .await;
        app.create_admin(
            &top,
            "nobody@example.com",
            "nobody password long",
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("reader@example.com", "reader password long")
            .await;
        let body = app.get_html(&page(&top)).await;
        assert!(body.contains("Hello {first_name},"), "{body}");
        assert!(!body.contains("name=\"body\""), "read-only: no form");
        assert!(!body.contains("Send test"));
        let response = save_template(&app, &top, "sms", "English", "", "Hi {link}").await;
        assert_eq!(response.status().as_u16(), 403);
        let response = app
            .post_form(&format!("{}/validity", page(&top)), &[("days", "3")])
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(template_count(&app).await, 0);

        app.sign_out().await;
        app.sign_in("nobody@example.com", "nobody password long")
            .await;
        assert_eq!(app.get(&page(&top)).await.status().as_u16(), 403);
    })
    .await;
}

#[tokio::test]
async fn the_page_and_its_messages_follow_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_language("Spanish").await;
        let html = app
            .get_html(&format!("{}?language=Italian", page(&top)))
            .await;
        assert!(html.contains("Correo electrónico (Italiano)"), "{html}");
        assert!(
            html.contains("no tiene un texto integrado en italiano"),
            "{html}"
        );

        // Refused: the message names {link}, in Spanish.
        let response = save_template(&app, &top, "sms", "English", "", "Hola").await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("El mensaje debe contener {link}"), "{html}");

        // Preview: the length in words of the reader's language.
        let response = app
            .post_form(
                &page(&top),
                &[
                    ("channel", "sms"),
                    ("language", "English"),
                    ("body", "Hola {link}"),
                    ("action", "preview"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let html = response.text().await.unwrap();
        assert!(
            html.contains("Con estos valores de ejemplo, el mensaje tiene"),
            "{html}"
        );

        // Saved, then back to the inherited text.
        let response = save_template(&app, &top, "sms", "English", "", "Hola {link}").await;
        assert_redirect_to(&response, &format!("{}?language=English", page(&top)));
        let html = app
            .get_html(&format!("{}?language=English", page(&top)))
            .await;
        assert!(
            html.contains("Plantilla de SMS (Inglés) guardada."),
            "{html}"
        );
        let reset = app
            .get_html(&format!(
                "{}/reset?channel=sms&language=English",
                page(&top)
            ))
            .await;
        assert!(reset.contains("¿Usar el texto heredado?"), "{reset}");
        let response = app
            .post_form(
                &format!("{}/reset", page(&top)),
                &[("channel", "sms"), ("language", "English")],
            )
            .await;
        assert_redirect_to(&response, &format!("{}?language=English", page(&top)));
        let html = app
            .get_html(&format!("{}?language=English", page(&top)))
            .await;
        assert!(html.contains("vuelve a usar el texto heredado."), "{html}");

        app.set_language("Portuguese").await;
        app.get_html(&page(&top)).await;
        let response = app
            .post_form(
                &format!("{}/validity", page(&top)),
                &[("language", "English"), ("days", "7")],
            )
            .await;
        assert_redirect_to(&response, &format!("{}?language=English", page(&top)));
        let html = app.get_html(&page(&top)).await;
        assert!(
            html.contains("Os links de convite enviados a partir de agora valem por 7 dias."),
            "{html}"
        );
        assert!(html.contains("<strong>7 dias</strong>"), "{html}");
    })
    .await;
}
