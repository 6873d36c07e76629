//! Resend Invite on one account: by email or by SMS (a webhook served by
//! the test), a new single-use link that activates the account, the old
//! link revoked; refused without a number to give, or without the
//! privilege. Also the helpers the invitation and activation tests share:
//! accounts and numbers straight in the database.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use diesel::prelude::*;
use switchboard::db::schema::{
    account_invitations, accounts, audit_events, jobs, numbers, organizations, outbox,
    user_permissions,
};
use switchboard::domain::privileges::Privilege;
use switchboard::jobs::queue::{self, JobRow};
use switchboard::mail::SentEmail;

use crate::helpers::*;
use crate::invitations::link_in;
use crate::sms_sink::SmsSink;

// ------------------------------------------------------------ helpers

pub async fn org_id_of(app: &TestApp, display_id: &str) -> i64 {
    let display_id = display_id.to_owned();
    app.db
        .run(move |conn| {
            Ok(organizations::table
                .filter(organizations::display_id.eq(&display_id))
                .select(organizations::id)
                .first(conn)?)
        })
        .await
        .expect("org")
}

/// Inserts a saved (not invited) account in `org`, in English; its username
/// is a device number when it starts with `+`, else an email. Returns its id.
pub async fn insert_account(app: &TestApp, org: &str, first_name: &str, username: &str) -> i64 {
    insert_account_in(app, org, first_name, username, "English").await
}

pub async fn insert_account_in(
    app: &TestApp,
    org: &str,
    first_name: &str,
    username: &str,
    language: &str,
) -> i64 {
    let org_id = org_id_of(app, org).await;
    let first_name = first_name.to_owned();
    let username = username.to_owned();
    let language = language.to_owned();
    app.db
        .run(move |conn| {
            // The top org's default User Permissions is visible everywhere.
            let profile: i64 = user_permissions::table
                .filter(user_permissions::is_default.eq(true))
                .order(user_permissions::id)
                .select(user_permissions::id)
                .first(conn)?;
            let kind = if username.starts_with('+') {
                "device"
            } else {
                "email"
            };
            let now = chrono::Utc::now().naive_utc();
            let values = (
                accounts::org_id.eq(org_id),
                accounts::account_ref.eq(format!("ref-{username}")),
                accounts::first_name.eq(&first_name),
                accounts::last_name.eq("Tester"),
                accounts::username.eq(Some(&username)),
                accounts::username_kind.eq(kind),
                accounts::application.eq("MultiLine"),
                accounts::user_permissions_id.eq(profile),
                accounts::language.eq(&language),
                accounts::status.eq("saved"),
                accounts::created_at.eq(now),
                accounts::updated_at.eq(now),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(accounts::table)
                .values(values)
                .returning(accounts::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("insert account")
}

/// Adds Available numbers to `org`.
pub async fn add_numbers(app: &TestApp, org: &str, e164s: &[&str]) {
    let org_id = org_id_of(app, org).await;
    let e164s: Vec<String> = e164s.iter().map(|s| (*s).to_owned()).collect();
    app.db
        .run(move |conn| {
            let now = chrono::Utc::now().naive_utc();
            for e164 in &e164s {
                diesel::insert_into(numbers::table)
                    .values((
                        numbers::org_id.eq(org_id),
                        numbers::e164.eq(e164),
                        numbers::status.eq("available"),
                        numbers::created_at.eq(now),
                        numbers::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .expect("add numbers");
}

/// Assigns a number (added to the account's org) to the account.
pub async fn give_number(app: &TestApp, org: &str, account_id: i64, e164: &str) {
    add_numbers(app, org, &[e164]).await;
    let e164 = e164.to_owned();
    app.db
        .run(move |conn| {
            diesel::update(numbers::table.filter(numbers::e164.eq(&e164)))
                .set((
                    numbers::status.eq("assigned"),
                    numbers::account_id.eq(Some(account_id)),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("assign number");
}

/// The account's number, if it holds one.
pub async fn number_of(app: &TestApp, account_id: i64) -> Option<String> {
    app.db
        .run(move |conn| {
            Ok(numbers::table
                .filter(numbers::account_id.eq(account_id))
                .select(numbers::e164)
                .first::<String>(conn)
                .optional()?)
        })
        .await
        .expect("number")
}

/// Status, invited_at set, activated_at set.
pub async fn account_state(app: &TestApp, id: i64) -> (String, bool, bool) {
    app.db
        .run(move |conn| {
            let (status, invited, activated): (
                String,
                Option<chrono::NaiveDateTime>,
                Option<chrono::NaiveDateTime>,
            ) = accounts::table
                .find(id)
                .select((
                    accounts::status,
                    accounts::invited_at,
                    accounts::activated_at,
                ))
                .first(conn)?;
            Ok((status, invited.is_some(), activated.is_some()))
        })
        .await
        .expect("account")
}

/// The states of the account's invitations, oldest first.
pub async fn invitation_states(app: &TestApp, account_id: i64) -> Vec<String> {
    app.db
        .run(move |conn| {
            Ok(account_invitations::table
                .filter(account_invitations::account_id.eq(account_id))
                .order(account_invitations::id)
                .select(account_invitations::state)
                .load(conn)?)
        })
        .await
        .expect("invitations")
}

pub fn invite_path(org: &str, id: i64) -> String {
    format!("/orgs/{org}/accounts/{id}/invite")
}

/// Presses Resend Invite on account `id` (after opening a page of the org
/// for the CSRF token), as the account page's form does.
pub async fn resend(app: &TestApp, org: &str, id: i64) -> reqwest::Response {
    app.get_html(&format!("/orgs/{org}/dashboard")).await;
    app.post_form(&invite_path(org, id), &[]).await
}

/// The flash messages of the next page (the account page of another
/// helper may not exist yet; the dashboard shows them as well).
pub async fn flashes(app: &TestApp, org: &str) -> String {
    app.get_html(&format!("/orgs/{org}/dashboard")).await
}

/// Waits (bounded) until no job of `kind` is pending.
pub async fn settle(app: &TestApp, kind: &'static str) {
    app.wake_mailer();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let open = app
            .db
            .run(move |conn| queue::open_of_kind(conn, kind))
            .await
            .expect("jobs");
        if open == 0 || tokio::time::Instant::now() >= deadline {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub async fn emails_to(app: &TestApp, to: &str) -> Vec<SentEmail> {
    crate::invitations::emails_to(app, to).await
}

/// The activation link of the latest email to `to`.
pub async fn email_link(app: &TestApp, to: &str) -> String {
    let sent = emails_to(app, to).await;
    link_in(sent.last().expect("an invitation email"), "/activate/")
}

/// The activation link in an SMS text.
pub fn sms_link(text: &str) -> String {
    let start = text.find("http").expect("a link in the SMS");
    let rest = &text[start..];
    rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())].to_owned()
}

fn backends() -> Vec<Option<String>> {
    let mut all = vec![None];
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        all.push(Some(url));
    }
    all
}

/// Like `for_each_backend`, with SMS going to a fresh webhook sink per
/// backend that answers `statuses` first (then 200), and quick retries.
pub async fn with_sms_webhook<F, Fut>(statuses: &[u16], test: F)
where
    F: Fn(TestApp, Arc<SmsSink>) -> Fut,
    Fut: Future<Output = ()>,
{
    for postgres in backends() {
        let sink = Arc::new(SmsSink::scripted(statuses).await);
        let url = sink.url();
        let settings = [
            ("SMS_WEBHOOK_URL", url.as_str()),
            ("JOB_POLL_MS", "50"),
            ("JOB_RETRY_BASE_MS", "50"),
        ];
        let app = spawn_app_with(postgres.as_deref(), &settings).await;
        eprintln!("--- on {}", app.backend);
        test(app, sink).await;
    }
}

async fn outbox_count(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(outbox::table.count().get_result(conn)?))
        .await
        .expect("outbox")
}

async fn audit_details(app: &TestApp, action: &'static str) -> Vec<String> {
    app.db
        .run(move |conn| {
            Ok(audit_events::table
                .filter(audit_events::action.eq(action))
                .order(audit_events::id)
                .select(audit_events::details)
                .load(conn)?)
        })
        .await
        .expect("audit")
}

// ------------------------------------------------------------ tests

#[tokio::test]
async fn resend_invite_by_email_sends_a_link_that_activates_the_account() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Ann", "ann@example.com").await;
        give_number(&app, &top, id, "+15550100001").await;

        let response = resend(&app, &top, id).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/accounts/{id}"));
        assert!(
            flashes(&app, &top)
                .await
                .contains("Invitation sent to ann@example.com.")
        );
        assert_eq!(
            account_state(&app, id).await,
            ("invited".into(), true, false)
        );
        assert_eq!(invitation_states(&app, id).await, ["sent"]);

        let sent = emails_to(&app, "ann@example.com").await;
        assert_eq!(sent.len(), 1, "{}: one email", app.backend);
        let email = &sent[0];
        assert!(
            email.subject.contains("activate your business phone line"),
            "{email:?}"
        );
        assert!(email.text.starts_with("Hello Ann,"), "{}", email.text);
        assert!(
            email.text.contains("Your number: +15550100001"),
            "{}",
            email.text
        );
        let link = link_in(email, "/activate/");
        assert!(
            email.html.contains(&format!(r#"<a href="{link}""#)),
            "{}",
            email.html
        );
        // The audit trail says how and to whom, never the link.
        let details = audit_details(&app, "account_invited").await;
        assert_eq!(details.len(), 1);
        assert!(
            details[0].contains("by Email to ann@example.com"),
            "{details:?}"
        );
        assert!(!details[0].contains("/activate/"));

        // The end user follows the link: their number, and one button.
        let (browser, _) = app.new_browser();
        let page = browser
            .get(&link)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("Activate your account"), "{page}");
        assert!(page.contains("Ann Tester") && page.contains("+1 (555) 010-0001"));
        assert!(!page.contains("type=\"radio\""));
        let token = csrf_in(&page).expect("a CSRF token");
        let done = browser
            .post(&link)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(done.status().as_u16(), 200);
        let done = done.text().await.unwrap();
        assert!(done.contains("Your account is active"), "{done}");
        assert!(done.contains("+1 (555) 010-0001"));
        assert_eq!(account_state(&app, id).await, ("active".into(), true, true));
        assert_eq!(invitation_states(&app, id).await, ["accepted"]);
        assert_eq!(number_of(&app, id).await.as_deref(), Some("+15550100001"));
    })
    .await;
}

#[tokio::test]
async fn resend_invite_by_sms_posts_exactly_one_message_to_the_webhook() {
    with_sms_webhook(&[], |app, sink| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Bo", "+15557770001").await;
        give_number(&app, &top, id, "+15550100002").await;

        let response = resend(&app, &top, id).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/accounts/{id}"));
        assert!(
            flashes(&app, &top)
                .await
                .contains("Invitation sent to +15557770001.")
        );
        settle(&app, "send_sms").await;
        let got = sink.requests();
        assert_eq!(
            got.len(),
            1,
            "{}: exactly one message: {got:?}",
            app.backend
        );
        let request = &got[0];
        assert_eq!(request.method, "POST");
        assert_eq!(request.path, "/sms?key=s3cret");
        assert_eq!(request.header("Content-Type"), Some("application/json"));
        assert_eq!(request.to(), "+15557770001");
        let text = request.text();
        assert!(text.starts_with("Hi Bo, "), "{text}");
        assert!(text.contains("(+15550100002)"), "{text}");
        let link = sms_link(&text);
        assert!(
            link.starts_with(&format!("{}/activate/", app.address)),
            "{link}"
        );

        // The outbox keeps the record, not the link; the job names no text.
        let (body, sent) = app
            .db
            .run(move |conn| {
                Ok(outbox::table
                    .filter(outbox::to_addr.eq("+15557770001"))
                    .select((outbox::body_text, outbox::sent_at.is_not_null()))
                    .first::<(String, bool)>(conn)?)
            })
            .await
            .unwrap();
        assert!(sent && !body.contains("/activate/"), "{body}");
        let payloads: Vec<String> = app
            .db
            .run(|conn| {
                Ok(jobs::table
                    .filter(jobs::kind.eq("send_sms"))
                    .select(jobs::payload)
                    .load(conn)?)
            })
            .await
            .unwrap();
        assert!(
            payloads.iter().all(|p| !p.contains("/activate/")),
            "{payloads:?}"
        );

        // The link works.
        let (browser, _) = app.new_browser();
        let page = browser
            .get(&link)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("Device number") && page.contains("+15557770001"));
        let token = csrf_in(&page).unwrap();
        let done = browser
            .post(&link)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(done.contains("Your account is active"));
        assert_eq!(sink.requests().len(), 1, "activating sends nothing more");
    })
    .await;
}

#[tokio::test]
async fn resending_revokes_the_previous_link() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Cy", "cy@example.com").await;
        give_number(&app, &top, id, "+15550100003").await;

        resend(&app, &top, id).await;
        let first = email_link(&app, "cy@example.com").await;
        resend(&app, &top, id).await;
        let sent = emails_to(&app, "cy@example.com").await;
        assert_eq!(sent.len(), 2);
        let second = link_in(&sent[1], "/activate/");
        assert_ne!(first, second);
        assert_eq!(invitation_states(&app, id).await, ["revoked", "sent"]);

        let old = app.get(&first).await;
        assert_eq!(old.status().as_u16(), 410);
        let old = old.text().await.unwrap();
        assert!(
            old.contains("This activation link has been replaced"),
            "{old}"
        );
        assert!(!old.contains("<form"));

        let (browser, _) = app.new_browser();
        let page = browser
            .get(&second)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = csrf_in(&page).unwrap();
        // Posting to the old link changes nothing.
        let refused = browser
            .post(&first)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status().as_u16(), 410);
        assert_eq!(account_state(&app, id).await.0, "invited");
        let done = browser
            .post(&second)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(done.contains("Your account is active"));
        assert_eq!(invitation_states(&app, id).await, ["revoked", "accepted"]);
    })
    .await;
}

#[tokio::test]
async fn invite_is_refused_without_a_number_to_give() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Di", "di@example.com").await;
        let outbox_before = outbox_count(&app).await;

        let response = resend(&app, &top, id).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/accounts/{id}"));
        let page = flashes(&app, &top).await;
        assert!(
            page.contains(
                "Sending an invitation requires an Available or Reserved number in My Organization"
            ),
            "{page}"
        );
        assert_eq!(
            account_state(&app, id).await,
            ("saved".into(), false, false)
        );
        assert!(invitation_states(&app, id).await.is_empty());
        assert_eq!(outbox_count(&app).await, outbox_before);
        assert!(audit_details(&app, "account_invited").await.is_empty());

        // One Available number in the org is enough: the user picks it.
        add_numbers(&app, &top, &["+15550100009"]).await;
        let response = resend(&app, &top, id).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/accounts/{id}"));
        assert_eq!(account_state(&app, id).await.0, "invited");
        let email = emails_to(&app, "di@example.com").await.pop().unwrap();
        assert!(
            email
                .text
                .contains("Your number: to be chosen when you activate"),
            "{}",
            email.text
        );
        let details = audit_details(&app, "account_invited").await;
        assert!(
            details[0].contains("number to be chosen at activation"),
            "{details:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn accounts_that_may_not_be_invited_are_refused_with_the_reason() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        add_numbers(&app, &top, &["+15550100010"]).await;
        let active = insert_account(&app, &top, "Ed", "ed@example.com").await;
        app.db
            .run(move |conn| {
                diesel::update(accounts::table.find(active))
                    .set(accounts::status.eq("active"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        resend(&app, &top, active).await;
        let page = flashes(&app, &top).await;
        assert!(
            page.contains("Ed Tester has already activated their account"),
            "{page}"
        );
        assert!(invitation_states(&app, active).await.is_empty());
        assert_eq!(account_state(&app, active).await.0, "active");
    })
    .await;
}

#[tokio::test]
async fn resend_invite_needs_the_accounts_invite_privilege() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Flo", "flo@example.com").await;
        give_number(&app, &top, id, "+15550100011").await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password long",
            &[Privilege::AccountsView, Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password long")
            .await;
        let response = resend(&app, &top, id).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(account_state(&app, id).await.0, "saved");
        assert!(invitation_states(&app, id).await.is_empty());
        assert!(emails_to(&app, "flo@example.com").await.is_empty());
        // An id that does not exist in the org is not found.
        app.sign_out().await;
        app.sign_in(SUPER_EMAIL, SUPER_PASSWORD).await;
        assert_eq!(resend(&app, &top, id + 1000).await.status().as_u16(), 404);
    })
    .await;
}

async fn sms_job(app: &TestApp) -> JobRow {
    app.db
        .run(|conn| queue::of_kind(conn, "send_sms"))
        .await
        .expect("jobs")
        .pop()
        .expect("a send_sms job")
}

#[tokio::test]
async fn a_webhook_5xx_is_retried_until_the_message_is_taken() {
    with_sms_webhook(&[500], |app, sink| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Gus", "+15557770002").await;
        give_number(&app, &top, id, "+15550100012").await;
        resend(&app, &top, id).await;
        let got = sink.wait_for(2, Duration::from_secs(15)).await;
        settle(&app, "send_sms").await;
        let answered: Vec<u16> = got.iter().map(|r| r.answered).collect();
        assert_eq!(answered, [500, 200], "{}", app.backend);
        assert_eq!(sink.delivered().len(), 1);
        assert_eq!(got[0].body, got[1].body, "the same message both times");
        let job = sms_job(&app).await;
        assert!(
            job.finished_at.is_some() && job.failed_at.is_none(),
            "{job:?}"
        );
        assert_eq!(job.attempts, 2);
    })
    .await;
}

#[tokio::test]
async fn a_webhook_4xx_fails_the_job_at_once_and_reports_it() {
    with_sms_webhook(&[400], |app, sink| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "Hal", "+15557770003").await;
        give_number(&app, &top, id, "+15550100013").await;
        resend(&app, &top, id).await;
        settle(&app, "send_sms").await;
        let job = sms_job(&app).await;
        assert!(
            job.failed_at.is_some(),
            "{}: given up: {job:?}",
            app.backend
        );
        assert_eq!(job.attempts, 1);
        let error = job.last_error.clone().unwrap_or_default();
        assert!(error.contains("answered 400"), "{error}");
        assert!(
            !error.contains("s3cret"),
            "the webhook's key stays out: {error}"
        );
        // Nothing was retried behind the report's back.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sink.requests().len(), 1);

        let report = app.get_html(&format!("/orgs/{top}/reports/jobs")).await;
        assert!(report.contains("send_sms"), "{report}");
        assert!(
            report.contains("account_invitation_sms to +15557770003"),
            "{report}"
        );
        assert!(report.contains("answered 400"));
        assert!(!report.contains("/activate/"));
    })
    .await;
}

#[tokio::test]
async fn the_html_email_escapes_what_the_account_is_called() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = insert_account(&app, &top, "<script>alert(1)</script>", "xss@example.com").await;
        give_number(&app, &top, id, "+15550100014").await;
        resend(&app, &top, id).await;
        let email = emails_to(&app, "xss@example.com").await.pop().unwrap();
        assert!(!email.html.contains("<script>"), "{}", email.html);
        assert!(
            email.html.contains("&#60;script&#62;") || email.html.contains("&lt;script&gt;"),
            "{}",
            email.html
        );
        // The plain text is plain text.
        assert!(email.text.starts_with("Hello <script>alert(1)</script>,"));
        if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
            std::fs::write(format!("{dir}/account_invitation_email.html"), &email.html).unwrap();
            std::fs::write(format!("{dir}/account_invitation_email.txt"), &email.text).unwrap();
        }
    })
    .await;
}
