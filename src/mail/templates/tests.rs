//! The emails rendered in each language.

use super::*;

fn invitation(language: Language, org_name: &str) -> Email {
    Email::AdminInvitation {
        to: "ann@example.com".parse::<Address>().unwrap(),
        name: "Ann Lee".into(),
        org_name: org_name.into(),
        inviter_name: "Sam Super".into(),
        link: "https://portal.example.com/invite/abc123".into(),
        valid_days: 30,
        language,
    }
}

#[test]
fn invitation_is_rendered_in_each_language() {
    let en = invitation(Language::English, "Acme").render().unwrap();
    assert_eq!(
        en.subject,
        "You are invited to administer Acme in Switchboard"
    );
    assert!(
        en.text
            .starts_with("Hello Ann Lee,\n\nSam Super has invited you")
    );
    assert!(
        en.text
            .contains("\nhttps://portal.example.com/invite/abc123\n")
    );
    assert!(en.text.contains("valid for 30 days"));
    assert!(
        en.html
            .contains(r#"<a href="https://portal.example.com/invite/abc123""#)
    );
    assert!(en.html.contains(r#"<html lang="en">"#));

    let es = invitation(Language::Spanish, "Acme").render().unwrap();
    assert_eq!(
        es.subject,
        "Invitación para administrar Acme en Switchboard"
    );
    assert!(es.text.contains("válido durante 30 días"));
    assert!(es.html.contains(r#"<html lang="es">"#));

    let pt = invitation(Language::Portuguese, "Acme").render().unwrap();
    assert_eq!(pt.subject, "Convite para administrar Acme no Switchboard");
    assert!(pt.text.contains("válido por 30 dias"));
}

#[test]
fn html_is_escaped_and_text_is_not() {
    let r = invitation(Language::English, "R&D <Labs>")
        .render()
        .unwrap();
    assert!(r.html.contains("R&#38;D &#60;Labs&#62;") || r.html.contains("R&amp;D &lt;Labs&gt;"));
    assert!(!r.html.contains("<Labs>"));
    assert!(r.text.contains("R&D <Labs>"));
    assert_eq!(
        r.subject,
        "You are invited to administer R&D <Labs> in Switchboard"
    );
}

#[test]
fn one_day_is_singular() {
    let mut e = invitation(Language::English, "Acme");
    if let Email::AdminInvitation { valid_days, .. } = &mut e {
        *valid_days = 1;
    }
    assert!(e.render().unwrap().text.contains("valid for 1 day "));
}

#[test]
fn password_reset_and_api_user_render_in_every_language() {
    for language in [Language::English, Language::Spanish, Language::Portuguese] {
        let reset = Email::PasswordReset {
            to: "ann@example.com".parse::<Address>().unwrap(),
            name: "Ann".into(),
            link: "http://127.0.0.1:8080/password/reset/tok".into(),
            valid_hours: 1,
            language,
        }
        .render()
        .unwrap();
        assert!(reset.text.contains("/password/reset/tok"), "{reset:?}");
        assert!(!reset.subject.is_empty());
        let api = Email::ApiUserInvitation {
            to: "ops@example.com".parse::<Address>().unwrap(),
            name: "CRM sync".into(),
            org_name: "Acme".into(),
            inviter_name: "Sam Super".into(),
            application: "Salesforce".into(),
            link: "http://127.0.0.1:8080/invite/tok".into(),
            valid_days: 7,
            language,
        }
        .render()
        .unwrap();
        assert!(api.text.contains("Salesforce") && api.html.contains("Salesforce"));
    }
}

#[test]
fn account_invitation_escapes_text_and_links_the_link() {
    let message = Composed {
        subject: "Hi <b>\r\nBcc: x".into(),
        paragraphs: vec![
            vec![vec![Piece::Text(
                "Hello <script>alert(1)</script> & co,".into(),
            )]],
            vec![
                vec![Piece::Text("Activate:".into())],
                vec![Piece::Link("http://portal.test/activate/abc".into())],
            ],
        ],
    };
    let r = Email::AccountInvitation {
        to: "ann@example.com".parse::<Address>().unwrap(),
        name: "Ann".into(),
        message,
        lang: "es",
    }
    .render()
    .unwrap();
    assert_eq!(r.subject, "Hi <b> Bcc: x");
    assert_eq!(
        r.text,
        "Hello <script>alert(1)</script> & co,\n\nActivate:\nhttp://portal.test/activate/abc"
    );
    assert!(!r.html.contains("<script>"), "{}", r.html);
    assert!(r.html.contains("&#60;script&#62;") || r.html.contains("&lt;script&gt;"));
    assert!(
        r.html
            .contains(r#"<a href="http://portal.test/activate/abc""#),
        "{}",
        r.html
    );
    assert!(r.html.contains("Activate:<br>"), "{}", r.html);
    assert!(r.html.contains(r#"<html lang="es">"#));
}

#[test]
fn the_email_changed_notice_says_what_changed_by_whom_in_every_language() {
    for language in [Language::English, Language::Spanish, Language::Portuguese] {
        for (backup, changed_by) in [(false, None), (true, Some("Sam Super".to_owned()))] {
            let notice = Email::EmailChanged {
                to: "old@example.com".parse::<Address>().unwrap(),
                name: "Ann Lee".into(),
                backup,
                new_address: "new@example.com".into(),
                changed_by: changed_by.clone(),
                when: "21-NOV-2026 12:31 PM (Europe/Lisbon)".into(),
                language,
            }
            .render()
            .unwrap();
            assert!(notice.text.contains("new@example.com"), "{notice:?}");
            assert!(notice.text.contains("21-NOV-2026 12:31 PM"), "{notice:?}");
            assert!(notice.html.contains("new@example.com"), "{notice:?}");
            assert_eq!(
                notice.text.contains("Sam Super"),
                changed_by.is_some(),
                "{notice:?}"
            );
            assert!(!notice.subject.is_empty() && !notice.text.contains("http"));
        }
    }
}

#[test]
fn one_line_removes_line_breaks() {
    assert_eq!(one_line("a\r\nBcc: x@y.z\n  b\t"), "a Bcc: x@y.z b");
}
