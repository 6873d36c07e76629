use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

/// The `/invite/<token>` path from the last email sent to `to`.
async fn invitation_link(app: &TestApp, to: &str) -> String {
    let emails = app.emails().await;
    let email = emails
        .iter()
        .rev()
        .find(|e| e.to.contains(to))
        .unwrap_or_else(|| panic!("no email to {to}"));
    let start = email.text.find("/invite/").expect("an invitation link");
    let token: String = email.text[start + 8..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    format!("/invite/{token}")
}

pub(crate) async fn super_role_id(app: &TestApp) -> String {
    app.super_role_id().await.to_string()
}

pub(crate) async fn admin_id(app: &TestApp, email: &str) -> i64 {
    app.admin_id(email).await
}

pub(crate) async fn add_admin(
    app: &TestApp,
    org: &str,
    email: &str,
    role_id: &str,
) -> reqwest::Response {
    app.get_html(&format!("/orgs/{org}/administrators/new"))
        .await;
    app.post_form(
        &format!("/orgs/{org}/administrators"),
        &[
            ("kind", "admin"),
            ("first_name", "Nia"),
            ("last_name", "Okafor"),
            ("email", email),
            ("backup_email", ""),
            ("role_id", role_id),
            ("org", org),
            ("language", "Spanish"),
        ],
    )
    .await
}

async fn accept(app: &TestApp, link: &str, password: &str) {
    app.get_html(link).await;
    let response = app
        .post_form(
            link,
            &[("password", password), ("confirm_password", password)],
        )
        .await;
    assert_redirect_to(&response, "/login");
}

#[tokio::test]
async fn an_added_administrator_is_invited_sets_a_password_and_signs_in() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let form = app
            .get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        // Required fields are marked as in the seed ("First Name *").
        for label in ["First Name", "Last Name", "Email", "Role", "Organization"] {
            assert!(
                form.contains(&format!(
                    r#">{label} <span class="req" aria-hidden="true">*</span></label>"#
                )),
                "{label}"
            );
        }
        for label in ["Backup Email", "Language"] {
            assert!(form.contains(&format!(">{label}</label>")), "{label}");
        }
        let role = super_role_id(&app).await;
        let response = add_admin(&app, &top, "nia@example.com", &role).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains("Nia Okafor") && list.contains("Invited"));

        let emails = app.emails().await;
        let invite = emails
            .iter()
            .find(|e| e.to.contains("nia@example.com"))
            .unwrap();
        assert!(
            !invite.text.to_lowercase().contains("password:"),
            "no password is ever sent by email"
        );
        let link = invitation_link(&app, "nia@example.com").await;
        app.sign_out().await;
        accept(&app, &link, "nia's new password").await;
        assert_redirect_to(
            &app.sign_in("nia@example.com", "nia's new password").await,
            "/",
        );
        // The link worked once.
        assert_eq!(app.get(&link).await.status().as_u16(), 404);

        app.sign_out().await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let list = app
            .get_html(&format!("/orgs/{top}/administrators?q=okafor"))
            .await;
        assert!(list.contains("Nia Okafor") && list.contains("Active"));
        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        assert!(shows_action(&report, "administrator_created"));
    })
    .await;
}

#[tokio::test]
async fn the_add_form_keeps_input_and_explains_errors() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        let response = add_admin(&app, &top, "not an email", &role).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("Enter a valid email address") && html.contains("value=\"Okafor\""));
        let response = add_admin(&app, &top, SUPER_EMAIL, &role).await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("An administrator with this email already exists.")
        );
        let response = add_admin(
            &app,
            &top,
            "header@example.com\r\nBcc: x@example.com",
            &role,
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        assert_eq!(app.count_admins().await, 1);
        assert!(app.emails().await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_role_beyond_ones_own_privileges_cannot_be_assigned() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let privileges = [
            Privilege::AdministratorsView,
            Privilege::AdministratorsCreate,
            Privilege::DashboardView,
        ];
        app.create_admin(&top, "lead@example.com", "lead password long", &privileges)
            .await;
        let role = super_role_id(&app).await;
        app.sign_out().await;
        app.sign_in("lead@example.com", "lead password long").await;
        let form = app
            .get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        assert!(
            !form.contains("Enterprise Super Administrator"),
            "not offered"
        );
        let forged = add_admin(&app, &top, "mallory@example.com", &role).await;
        assert_eq!(forged.status().as_u16(), 403);
        assert_eq!(app.count_admins().await, 2, "nothing saved");
    })
    .await;
}

#[tokio::test]
async fn suspending_ends_a_live_session_and_lifting_restores_access() {
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
        let ops = spawn_second_browser(&app).await;
        assert_eq!(
            ops.get(&format!("/orgs/{top}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );

        let edit = app
            .get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        assert!(
            edit.contains(">Login suspended</label>")
                && edit.contains(">Account suspended</label>")
        );
        let role_id = edit_field(&app, id).await;
        let fields = profile_fields(&top, &role_id);
        let mut with_suspension = fields.clone();
        with_suspension.push(("login_suspended", "on"));
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/{id}"),
                &with_suspension,
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators/{id}"));
        assert_redirect_to(&ops.get(&format!("/orgs/{top}/dashboard")).await, "/login");
        assert!(
            ops.sign_in("ops@example.com", "ops password long")
                .await
                .text()
                .await
                .unwrap()
                .contains("Login suspended")
        );

        app.get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        app.post_form(&format!("/orgs/{top}/administrators/{id}"), &fields)
            .await;
        assert_redirect_to(
            &ops.sign_in("ops@example.com", "ops password long").await,
            "/",
        );
    })
    .await;
}

async fn spawn_second_browser(app: &TestApp) -> SecondBrowser<'_> {
    let (client, _) = app.new_browser();
    let b = SecondBrowser { app, client };
    assert_redirect_to(
        &b.sign_in("ops@example.com", "ops password long").await,
        "/",
    );
    b
}

struct SecondBrowser<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
}

impl SecondBrowser<'_> {
    async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.app.url(path)).send().await.unwrap()
    }

    async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        let html = self.get("/login").await.text().await.unwrap();
        let token = csrf_in(&html).unwrap();
        self.client
            .post(self.app.url("/login"))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", email),
                ("password", password),
            ])
            .send()
            .await
            .unwrap()
    }
}

async fn edit_field(app: &TestApp, id: i64) -> String {
    app.role_of(id).await.to_string()
}

pub(crate) fn profile_fields<'a>(org: &'a str, role_id: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "admin"),
        ("first_name", "Test"),
        ("last_name", "Admin"),
        ("email", "ops@example.com"),
        ("backup_email", ""),
        ("role_id", role_id),
        ("org", org),
        ("language", "English"),
    ]
}

#[tokio::test]
async fn nobody_deletes_or_suspends_themself_or_the_last_super_administrator() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let me = admin_id(&app, SUPER_EMAIL).await;
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/{me}/delete"))
            .await;
        assert!(page.contains("You cannot delete yourself."));
        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{me}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        assert_eq!(app.count_admins().await, 1);

        // Demoting oneself, the last super administrator, is refused too.
        let other = app
            .create_admin(
                &top,
                "x@example.com",
                "x password long!",
                &[Privilege::DashboardView],
            )
            .await;
        let lesser_role = edit_field(&app, other).await;
        app.get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        let mut fields = profile_fields(&top, &lesser_role);
        fields[3] = ("email", SUPER_EMAIL);
        app.post_form(&format!("/orgs/{top}/administrators/{me}"), &fields)
            .await;
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        assert!(
            page.contains("last active Enterprise Super Administrator"),
            "{page}"
        );
        assert_ne!(edit_field(&app, me).await, lesser_role);
    })
    .await;
}

#[tokio::test]
async fn re_invite_sends_to_pending_and_asks_before_resetting_active_admins() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        add_admin(&app, &top, "pending@example.com", &role).await;
        app.create_admin(
            &top,
            "=active@example.com",
            "active password",
            &[Privilege::DashboardView],
        )
        .await;
        let pending = admin_id(&app, "pending@example.com").await.to_string();
        let active = admin_id(&app, "=active@example.com").await.to_string();
        let before = app.emails().await.len();

        app.get_html(&format!("/orgs/{top}/administrators")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[("ids", &pending), ("ids", &active)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let confirm = response.text().await.unwrap();
        assert!(
            confirm.contains("resets their password") && confirm.contains("=active@example.com")
        );
        assert_eq!(
            app.emails().await.len(),
            before,
            "nothing sent before confirming"
        );

        app.csrf();
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[
                    ("ids", &pending),
                    ("ids", &active),
                    ("confirm_active", "yes"),
                ],
            )
            .await;
        let batch = location(&response);
        assert_eq!(response.status().as_u16(), 303);
        assert!(
            batch.starts_with(&format!("/orgs/{top}/reports/batches/")),
            "{batch}"
        );
        let result = app.get_html(&batch).await;
        assert!(
            result.contains("2 invitations sent") && result.contains("Download invitation status")
        );
        assert_eq!(app.emails().await.len(), before + 2);

        let csv = app.get(&format!("{batch}.csv")).await;
        assert!(
            csv.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let csv = csv.text().await.unwrap();
        assert!(csv.starts_with("name,email,result,message"));
        assert!(csv.contains("pending@example.com,Sent,Invitation sent."));
        assert!(
            csv.contains("'=active@example.com,Sent"),
            "formula cells are neutralised: {csv}"
        );

        // The active admin's old password is gone.
        app.sign_out().await;
        let response = app.sign_in("=active@example.com", "active password").await;
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Incorrect email or password.")
        );
    })
    .await;
}

#[tokio::test]
async fn api_users_are_invited_cannot_sign_in_and_warn_before_the_last_is_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let form = app.get_html(&format!("/orgs/{top}/administrators/new-api-user")).await;
        assert!(form.contains(r#">External Applications <span class="req" aria-hidden="true">*</span></label>"#) && form.contains("Salesforce"));
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators"),
                &[("kind", "api"), ("first_name", "Melanie"), ("last_name", "Allen"), ("email", "api@example.com"), ("external_application", "HttpApi"), ("org", &top)],
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains("API User") && list.contains("HttpApi"));
        let link = invitation_link(&app, "api@example.com").await;

        let id = admin_id(&app, "api@example.com").await;
        app.sign_out().await;
        app.get_html(&link).await;
        app.post_form(&link, &[("password", "api credential 123"), ("confirm_password", "api credential 123")]).await;
        let response = app.sign_in("api@example.com", "api credential 123").await;
        assert!(response.text().await.unwrap().contains("Incorrect email or password."), "API users never sign in to the portal");

        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        let page = app.get_html(&format!("/orgs/{top}/administrators/{id}/delete")).await;
        assert!(page.contains(
            "&#39;Melanie Allen&#39; is used to connect to &#39;HttpApi&#39;. If you delete this user, the integration with &#39;HttpApi&#39; will fail."
        ) || page.contains("&#x27;Melanie Allen&#x27; is used to connect to &#x27;HttpApi&#x27;"), "{page}");
        let refused = app.post_form(&format!("/orgs/{top}/administrators/{id}/delete"), &[]).await;
        assert_redirect_to(&refused, &format!("/orgs/{top}/administrators/{id}/delete"));
        assert_eq!(app.count_admins().await, 2);
        app.get_html(&format!("/orgs/{top}/administrators/{id}/delete")).await;
        let response = app.post_form(&format!("/orgs/{top}/administrators/{id}/delete"), &[("confirm_integration", "yes")]).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        assert_eq!(app.count_admins().await, 1);
    })
    .await;
}

#[tokio::test]
async fn re_invite_all_takes_everyone_on_the_filtered_list_and_no_one_else() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let role = super_role_id(&app).await;
        add_admin(&app, &top, "sales.one@example.com", &role).await;
        add_admin(&app, &top, "sales.two@example.com", &role).await;
        add_admin(&app, &top, "support@example.com", &role).await;
        let before = app.emails().await.len();

        app.get_html(&format!("/orgs/{top}/administrators?q=sales"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[
                    ("all", "1"),
                    ("q", "sales"),
                    ("role", ""),
                    ("status", "invited"),
                ],
            )
            .await;
        let confirm = response.text().await.unwrap();
        assert!(
            confirm.contains("All 2 administrators matching this filter are selected"),
            "{confirm}"
        );
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[
                    ("all", "1"),
                    ("q", "sales"),
                    ("role", ""),
                    ("status", "invited"),
                    ("selection", "filter"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
        let result = app.get_html(&location(&response)).await;
        assert!(result.contains("2 invitations sent, 0 skipped"), "{result}");
        let sent: Vec<String> = app.emails().await[before..]
            .iter()
            .map(|e| e.to.clone())
            .collect();
        assert_eq!(sent.len(), 2);
        assert!(sent.iter().all(|to| to.contains("sales.")), "{sent:?}");
    })
    .await;
}

#[tokio::test]
async fn a_signed_in_administrator_sees_a_change_to_their_role_or_record_at_the_next_request() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let ops = app
            .create_admin(
                &top,
                "ops@example.com",
                "ops password long",
                &[Privilege::DashboardView, Privilege::AdministratorsView],
            )
            .await;
        let role = app.role_of(ops).await;
        let browser = spawn_second_browser(&app).await;
        let list = format!("/orgs/{top}/administrators");
        for _ in 0..3 {
            assert_eq!(browser.get(&list).await.status().as_u16(), 200);
        }

        // The role loses Administrators: View.
        app.get_html(&format!("/orgs/{top}/roles/{role}")).await;
        let saved = app
            .post_form(
                &format!("/orgs/{top}/roles/{role}"),
                &[
                    ("name", "Role for ops@example.com"),
                    ("privileges", "dashboard.view"),
                ],
            )
            .await;
        assert_eq!(saved.status().as_u16(), 303);
        assert_eq!(browser.get(&list).await.status().as_u16(), 403);

        // Given the built-in role through their record: allowed again.
        let super_role = super_role_id(&app).await;
        app.get_html(&format!("/orgs/{top}/administrators/{ops}"))
            .await;
        let mut fields = profile_fields(&top, &super_role);
        fields[3] = ("email", "ops@example.com");
        let saved = app
            .post_form(&format!("/orgs/{top}/administrators/{ops}"), &fields)
            .await;
        assert_eq!(saved.status().as_u16(), 303);
        assert_eq!(browser.get(&list).await.status().as_u16(), 200);
    })
    .await;
}

#[tokio::test]
async fn flashes_after_a_change_are_in_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_language("Spanish").await;
        let role = super_role_id(&app).await;
        let response = add_admin(&app, &top, "nia@example.com", &role).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(
            list.contains(
                "Se agregó al administrador Nia Okafor y se envió una invitación a nia@example.com."
            ),
            "{list}"
        );
        app.set_language("Portuguese").await;
        let id = admin_id(&app, "nia@example.com").await;
        app.get_html(&format!("/orgs/{top}/administrators/{id}/delete"))
            .await;
        let response = app
            .post_form(&format!("/orgs/{top}/administrators/{id}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/administrators"));
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(list.contains("Nia Okafor foi excluído."), "{list}");
        let me = admin_id(&app, SUPER_EMAIL).await;
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/{me}/delete"))
            .await;
        assert!(page.contains("Você não pode excluir a si mesmo."), "{page}");
    })
    .await;
}
