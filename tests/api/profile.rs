//! My Profile (issue 10): name, language and time zone; the sign-in email,
//! backup email and password behind the current password, with a notice to
//! the old address; weak passwords refused everywhere with the reason; the
//! sessions list and signing out elsewhere.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, audit_events};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;
use crate::invitations::{emails_to, link_in};

const OPS: &str = "ops@example.com";
const OPS_PASSWORD: &str = "ops password long";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";

async fn column(app: &TestApp, email: &str) -> (String, Option<String>, Option<String>) {
    let email = email.to_owned();
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .filter(administrators::email.eq(email))
                .select((
                    administrators::first_name,
                    administrators::backup_email,
                    administrators::time_zone,
                ))
                .first(conn)?)
        })
        .await
        .unwrap()
}

async fn audited(app: &TestApp, action: &'static str) -> Vec<String> {
    app.db
        .run(move |conn| {
            Ok(audit_events::table
                .filter(audit_events::action.eq(action))
                .select(audit_events::details)
                .load(conn)?)
        })
        .await
        .unwrap()
}

/// The `<p class="field-error" id="NAME-error">` message, if any.
fn field_error(html: &str, name: &str) -> Option<String> {
    let marker = format!("id=\"{name}-error\">");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('<')? + start;
    Some(html[start..end].to_owned())
}

/// A browser with its own cookies and User-Agent, signed in.
async fn browser_as(app: &TestApp, agent: &str, email: &str, password: &str) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .user_agent(agent)
        .build()
        .unwrap();
    let page = client.get(app.url("/login")).send().await.unwrap();
    let token = csrf_in(&page.text().await.unwrap()).unwrap();
    let response = client
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    assert_redirect_to(&response, "/");
    client
}

async fn status_of(client: &reqwest::Client, url: String) -> u16 {
    client.get(url).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn my_profile_is_linked_from_the_name_and_saves_name_language_and_time_zone() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(
            dashboard.contains(r#"<a class="who-name" href="/me""#),
            "{dashboard}"
        );
        let page = app.get_html("/me").await;
        assert!(page.contains("<h1>My Profile</h1>"));
        assert!(page.contains(r#"<label for="time_zone">Time Zone</label>"#));
        assert!(page.contains(r#"<option value="">The organization's (UTC)</option>"#));
        assert!(page.contains("All the information displayed in UTC"));

        let response = app
            .post_form(
                "/me",
                &[
                    ("first_name", "Samantha"),
                    ("last_name", "Super"),
                    ("language", "Portuguese"),
                    ("time_zone", "America/Chicago"),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(page.contains("Seu perfil foi salvo."));
        assert!(page.contains("Samantha Super"));
        assert!(page.contains(r#"<option value="Portuguese" selected>"#));
        assert!(page.contains(r#"<option value="America/Chicago" selected>"#));
        assert_eq!(
            column(&app, SUPER_EMAIL).await,
            ("Samantha".into(), None, Some("America/Chicago".into()))
        );

        // Every page is now in Portuguese, with times in the administrator's zone.
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains(r#"<html lang="pt">"#));
        assert!(list.contains("Todas as informações exibidas em America/Chicago"));
        let signed_in: chrono::NaiveDateTime = app
            .db
            .run(|conn| {
                Ok(administrators::table
                    .filter(administrators::email.eq(SUPER_EMAIL))
                    .select(administrators::last_sign_in_at.assume_not_null())
                    .first(conn)?)
            })
            .await
            .unwrap();
        let chicago = switchboard::i18n::with(switchboard::i18n::Language::Portuguese, || {
            switchboard::domain::time_zones::local(signed_in, "America/Chicago")
        });
        assert!(list.contains(&chicago), "{chicago} in {list}");
        let audit = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        assert!(audit.contains("Todas as informações exibidas em America/Chicago"));

        // Back to English, still in Chicago.
        let response = app
            .post_form(
                "/me",
                &[
                    ("first_name", "Samantha"),
                    ("last_name", "Super"),
                    ("language", "English"),
                    ("time_zone", "America/Chicago"),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains("All the information displayed in America/Chicago"));

        // Back to the organization's zone; bad input is shown at the field.
        let response = app
            .post_form(
                "/me",
                &[
                    ("first_name", ""),
                    ("last_name", "Super"),
                    ("language", "Klingon"),
                    ("time_zone", "Mars/Olympus"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert_eq!(
            field_error(&html, "first_name").as_deref(),
            Some("Enter a first name.")
        );
        assert!(field_error(&html, "language").is_some());
        assert_eq!(
            field_error(&html, "time_zone").as_deref(),
            Some("Choose a time zone from the list.")
        );
        app.post_form(
            "/me",
            &[
                ("first_name", "Sam"),
                ("last_name", "Super"),
                ("language", "English"),
                ("time_zone", ""),
            ],
        )
        .await;
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains("All the information displayed in UTC"));
        assert_eq!(audited(&app, "profile_updated").await.len(), 3);
    })
    .await;
}

#[tokio::test]
async fn changing_the_email_needs_the_current_password_and_tells_the_old_address() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(&top, OPS, OPS_PASSWORD, &[Privilege::DashboardView])
            .await;
        app.sign_out().await;
        // A reset link asked for before the change must die with it.
        app.get_html("/password/forgot").await;
        app.post_form("/password/forgot", &[("email", OPS)]).await;
        let reset = link_in(
            emails_to(&app, OPS).await.last().unwrap(),
            "/password/reset/",
        );
        let reset = reset.trim_start_matches(&app.address).to_owned();

        app.sign_in(OPS, OPS_PASSWORD).await;
        app.get_html("/me").await;
        let response = app
            .post_form(
                "/me/email",
                &[
                    ("email", "ops.new@example.com"),
                    ("email_current_password", ""),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert_eq!(
            field_error(&html, "email_current_password").as_deref(),
            Some("Enter your current password.")
        );
        assert!(
            html.contains(r#"value="ops.new@example.com""#),
            "the typed email stays"
        );
        let response = app
            .post_form(
                "/me/email",
                &[
                    ("email", "ops.new@example.com"),
                    ("email_current_password", "a stolen session's guess"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert_eq!(
            field_error(&html, "email_current_password").as_deref(),
            Some("The current password is not correct.")
        );
        app.admin_id(OPS).await; // still the sign-in email
        assert_eq!(audited(&app, "reauthentication_failed").await.len(), 1);

        let response = app
            .post_form(
                "/me/email",
                &[
                    ("email", "Ops.New@Example.com"),
                    ("email_current_password", OPS_PASSWORD),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(page.contains(
            "You now sign in with ops.new@example.com. A notice was sent to ops@example.com."
        ));

        // The old address reads what happened, and where to turn.
        let notice = emails_to(&app, OPS)
            .await
            .into_iter()
            .find(|e| e.subject.contains("sign-in email"))
            .expect("a notice to the old address");
        assert_eq!(
            notice.subject,
            "The sign-in email of your Switchboard account was changed"
        );
        assert!(
            notice.text.starts_with("Hello Test Admin,"),
            "{}",
            notice.text
        );
        assert!(
            notice
                .text
                .contains("From now on you sign in with ops.new@example.com.")
        );
        assert!(
            notice
                .text
                .contains("If it was not, someone may be using your account")
        );
        assert!(!notice.text.contains("http"), "a notice carries no link");
        assert!(notice.html.contains("<strong>ops.new@example.com</strong>"));
        assert!(emails_to(&app, "ops.new@example.com").await.is_empty());

        assert_eq!(
            app.get(&reset).await.status().as_u16(),
            404,
            "reset link revoked"
        );
        app.sign_out().await;
        let (status, old) = {
            app.get_html("/login").await;
            let r = app
                .post_form("/login", &[("email", OPS), ("password", OPS_PASSWORD)])
                .await;
            (r.status().as_u16(), r.text().await.unwrap())
        };
        assert_eq!(status, 200);
        assert!(old.contains("Incorrect email or password."));
        assert_redirect_to(&app.sign_in("ops.new@example.com", OPS_PASSWORD).await, "/");
        let details = audited(&app, "email_changed").await;
        assert_eq!(details.len(), 1);
        assert!(details[0].contains("'ops@example.com' → 'ops.new@example.com'"));
    })
    .await;
}

#[tokio::test]
async fn the_backup_email_needs_the_current_password_and_tells_the_sign_in_address() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.get_html("/me").await;
        let response = app
            .post_form(
                "/me/backup-email",
                &[
                    ("backup_email", "attacker@example.net"),
                    ("backup_current_password", "not the password at all"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert_eq!(column(&app, SUPER_EMAIL).await.1, None);
        let response = app
            .post_form(
                "/me/backup-email",
                &[
                    ("backup_email", "sam.home@example.net"),
                    ("backup_current_password", SUPER_PASSWORD),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        assert_eq!(
            column(&app, SUPER_EMAIL).await.1.as_deref(),
            Some("sam.home@example.net")
        );
        let notice = emails_to(&app, SUPER_EMAIL).await;
        let notice = notice.last().expect("a notice");
        assert_eq!(
            notice.subject,
            "The backup email of your Switchboard account was changed"
        );
        assert!(
            notice
                .text
                .contains("Password reset links will also go to sam.home@example.net.")
        );

        // Removing it takes the password too.
        app.get_html("/me").await;
        let response = app
            .post_form(
                "/me/backup-email",
                &[
                    ("backup_email", ""),
                    ("backup_current_password", SUPER_PASSWORD),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        assert_eq!(column(&app, SUPER_EMAIL).await.1, None);
        assert!(
            app.get_html("/me")
                .await
                .contains("Your backup email was removed.")
        );
    })
    .await;
}

#[tokio::test]
async fn changing_the_password_refuses_weak_ones_and_ends_the_other_sessions() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let other = browser_as(&app, FIREFOX, SUPER_EMAIL, SUPER_PASSWORD).await;
        assert_eq!(status_of(&other, app.url("/me")).await, 200);
        app.get_html("/me").await;

        for (weak, reason) in [
            ("short pw", "Use at least 12 characters."),
            (
                "aaaaaaaaaaaa",
                "Repeated characters or words (like aaaa or passwordpassword) are easy to guess.",
            ),
            (
                "passwordpassword",
                "Repeated characters or words (like aaaa or passwordpassword) are easy to guess.",
            ),
            (
                SUPER_EMAIL,
                "Do not build your password from your name or email address.",
            ),
            (
                "SamSuper2026!",
                "Do not build your password from your name or email address.",
            ),
            (
                "password1234",
                "This is a commonly used password: attackers try these first.",
            ),
        ] {
            let response = app
                .post_form(
                    "/me/password",
                    &[
                        ("current_password", SUPER_PASSWORD),
                        ("password", weak),
                        ("confirm_password", weak),
                    ],
                )
                .await;
            assert_eq!(response.status().as_u16(), 422, "{weak}");
            let html = response.text().await.unwrap();
            assert_eq!(
                field_error(&html, "password").as_deref(),
                Some(reason),
                "{weak}"
            );
        }
        let new = "velvet lanterns over quiet canals";
        let response = app
            .post_form(
                "/me/password",
                &[
                    ("current_password", "wrong current password"),
                    ("password", new),
                    ("confirm_password", new),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert_eq!(
            field_error(&html, "current_password").as_deref(),
            Some("The current password is not correct.")
        );
        assert_eq!(
            status_of(&other, app.url("/me")).await,
            200,
            "nothing changed"
        );

        let response = app
            .post_form(
                "/me/password",
                &[
                    ("current_password", SUPER_PASSWORD),
                    ("password", new),
                    ("confirm_password", new),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(
            page.contains("Your password was changed. Your other session was signed out."),
            "{page}"
        );
        // The other browser's cookie opens nothing now; this one still works.
        let response = other.get(app.url("/me")).send().await.unwrap();
        assert_redirect_to(&response, "/login");
        assert_eq!(app.get("/me").await.status().as_u16(), 200);
        app.sign_out().await;
        let (status, _) = {
            app.get_html("/login").await;
            let r = app
                .post_form(
                    "/login",
                    &[("email", SUPER_EMAIL), ("password", SUPER_PASSWORD)],
                )
                .await;
            (r.status().as_u16(), r.text().await.unwrap())
        };
        assert_eq!(status, 200, "the old password is refused");
        assert_redirect_to(&app.sign_in(SUPER_EMAIL, new).await, "/");
        let details = audited(&app, "password_changed").await;
        assert_eq!(details.len(), 1);
        assert!(details[0].contains("1 other session(s) ended"));
    })
    .await;
}

#[tokio::test]
async fn weak_passwords_are_refused_at_setup_invitation_and_reset_with_the_reason() {
    for_each_backend(|app| async move {
        let setup = app.setup_url.clone().unwrap();
        app.get_html(&setup).await;
        let response = app
            .post_form(
                &setup,
                &[
                    ("first_name", "Sam"),
                    ("last_name", "Super"),
                    ("email", SUPER_EMAIL),
                    ("password", "aaaaaaaaaaaa"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(
            field_error(&html, "password")
                .unwrap()
                .starts_with("Repeated")
        );
        let top = app.sign_in_super().await;

        // An invitation: the invited administrator's own email is refused.
        app.get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        let role = app.super_role_id().await.to_string();
        app.post_form(
            &format!("/orgs/{top}/administrators"),
            &[
                ("kind", "admin"),
                ("first_name", "Nia"),
                ("last_name", "Okafor"),
                ("email", "nia@example.com"),
                ("role_id", role.as_str()),
                ("org", top.as_str()),
                ("language", "English"),
            ],
        )
        .await;
        let link = link_in(
            emails_to(&app, "nia@example.com").await.last().unwrap(),
            "/invite/",
        );
        app.sign_out().await;
        app.get_html(&link).await;
        let response = app
            .post_form(
                &link,
                &[
                    ("password", "nia@example.com"),
                    ("confirm_password", "nia@example.com"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert_eq!(
            field_error(&html, "password").as_deref(),
            Some("Do not build your password from your name or email address.")
        );
        let good = "harbour tulips and copper kettles";
        let response = app
            .post_form(&link, &[("password", good), ("confirm_password", good)])
            .await;
        assert_redirect_to(&response, "/login");

        // A reset: a common password is refused.
        app.get_html("/password/forgot").await;
        app.post_form("/password/forgot", &[("email", "nia@example.com")])
            .await;
        let reset = link_in(
            emails_to(&app, "nia@example.com").await.last().unwrap(),
            "/password/reset/",
        );
        app.get_html(&reset).await;
        let response = app
            .post_form(
                &reset,
                &[
                    ("password", "passwordpassword"),
                    ("confirm_password", "passwordpassword"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(
            field_error(&html, "password")
                .unwrap()
                .contains("passwordpassword")
        );
    })
    .await;
}

#[tokio::test]
async fn the_sessions_list_signs_out_another_browser_and_its_cookie_stops_working() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let firefox = browser_as(&app, FIREFOX, SUPER_EMAIL, SUPER_PASSWORD).await;
        let third = browser_as(&app, "curl/8.0", SUPER_EMAIL, SUPER_PASSWORD).await;
        let page = app.get_html("/me").await;
        assert_eq!(page.matches("/sign-out\"").count(), 2, "{page}");
        assert!(page.contains("This browser"));
        assert!(page.contains("Firefox on Linux"));
        assert!(page.contains("curl/8.0"));
        assert!(page.contains("127.0.0.1"));
        assert!(page.contains("Sign out everywhere else"));

        // The Firefox row's button.
        let row = &page[page.find("Firefox on Linux").unwrap()..];
        let at = row.find("action=\"/me/sessions/").unwrap() + "action=\"".len();
        let action = row[at..at + row[at..].find('"').unwrap()].to_owned();
        let response = app.post_form(&action, &[]).await;
        assert_redirect_to(&response, "/me");
        assert!(
            app.get_html("/me")
                .await
                .contains("The session was signed out.")
        );
        assert_redirect_to(
            &firefox
                .get(app.url(&format!("/orgs/{top}/dashboard")))
                .send()
                .await
                .unwrap(),
            "/login",
        );
        assert_eq!(status_of(&third, app.url("/me")).await, 200);
        // Gone is gone: signing it out again is not found.
        assert_eq!(app.post_form(&action, &[]).await.status().as_u16(), 404);

        let response = app.post_form("/me/sessions/sign-out-others", &[]).await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(page.contains("Your other session was signed out."));
        assert!(!page.contains("Sign out everywhere else"));
        assert_eq!(status_of(&third, app.url("/me")).await, 303);
        assert_eq!(app.get("/me").await.status().as_u16(), 200);
        assert_eq!(audited(&app, "sessions_signed_out").await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn one_cannot_sign_out_someone_elses_session() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(&top, OPS, OPS_PASSWORD, &[Privilege::DashboardView])
            .await;
        let ops = browser_as(&app, FIREFOX, OPS, OPS_PASSWORD).await;
        let sid: String = app
            .db
            .run(|conn| {
                use switchboard::db::schema::sessions;
                Ok(sessions::table
                    .inner_join(administrators::table)
                    .filter(administrators::email.eq(OPS))
                    .select(sessions::sid.assume_not_null())
                    .first(conn)?)
            })
            .await
            .unwrap();
        app.get_html("/me").await;
        let response = app
            .post_form(&format!("/me/sessions/{sid}/sign-out"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 404);
        assert_eq!(status_of(&ops, app.url("/me")).await, 200);
    })
    .await;
}

#[tokio::test]
async fn own_email_changes_go_through_my_profile_and_others_changes_are_told() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let me = app.admin_id(SUPER_EMAIL).await;
        let role = app.super_role_id().await.to_string();
        let form = |email: &'static str, backup: &'static str| {
            vec![
                ("kind", "admin"),
                ("first_name", "Sam"),
                ("last_name", "Super"),
                ("email", email),
                ("backup_email", backup),
                ("role_id", role.as_str()),
                ("org", top.as_str()),
                ("language", "English"),
            ]
        };
        app.get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/{me}"),
                &form("taken.over@example.net", ""),
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators/{me}"));
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        assert!(page.contains("Change your own email and backup email on My Profile"));
        assert_eq!(app.admin_id(SUPER_EMAIL).await, me);

        // Another administrator's change is told to their old address.
        let ops = app
            .create_admin(&top, OPS, OPS_PASSWORD, &[Privilege::DashboardView])
            .await;
        let ops_role = app.role_of(ops).await.to_string();
        app.get_html(&format!("/orgs/{top}/administrators/{ops}"))
            .await;
        let mut fields = form("ops.renamed@example.com", "");
        fields[1] = ("first_name", "Test");
        fields[2] = ("last_name", "Admin");
        fields[5] = ("role_id", ops_role.as_str());
        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{ops}"), &fields)
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let notice = emails_to(&app, OPS).await;
        let notice = notice.last().expect("a notice to the old address");
        assert!(notice.text.contains("by Sam Super"), "{}", notice.text);
        assert!(notice.text.contains("ops.renamed@example.com"));
    })
    .await;
}

/// The flashes of My Profile, and the emails it sends, follow the
/// administrator's language.
#[tokio::test]
async fn my_profiles_messages_and_notices_are_in_the_administrators_language() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        app.get_html("/me").await;
        let response = app
            .post_form(
                "/me",
                &[
                    ("first_name", "Sam"),
                    ("last_name", "Super"),
                    ("language", "Spanish"),
                    ("time_zone", ""),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(page.contains("Su perfil se guardó."), "{page}");
        // Each language by its own name, whatever the page's language.
        assert!(page.contains(r#"<option value="Spanish" selected>Español</option>"#));
        assert!(page.contains(r#"<option value="Portuguese">Português</option>"#));
        assert!(page.contains(r#"<option value="">La de la organización (UTC)</option>"#));

        let response = app
            .post_form("/me/sessions/sign-out-others", &[])
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(
            page.contains("No tenía la sesión iniciada en ningún otro lugar."),
            "{page}"
        );

        let response = app
            .post_form(
                "/me/backup-email",
                &[
                    ("backup_email", "sam.backup@example.com"),
                    ("backup_current_password", SUPER_PASSWORD),
                ],
            )
            .await;
        assert_redirect_to(&response, "/me");
        let page = app.get_html("/me").await;
        assert!(
            page.contains(&format!(
                "Su correo de respaldo ahora es sam.backup@example.com. Se envió un aviso a {SUPER_EMAIL}."
            )),
            "{page}"
        );
        let notice = emails_to(&app, SUPER_EMAIL).await;
        let notice = notice.last().expect("a notice to the sign-in email");
        assert!(
            notice.subject.contains("Se ha cambiado el correo de respaldo"),
            "{notice:?}"
        );
    })
    .await;
}
