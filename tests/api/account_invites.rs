//! Resend Invite on one account: by email or by SMS (a webhook served by
//! the test), a new single-use link that activates the account, the old
//! link revoked; refused without a number to give, or without the
//! privilege. Also the helpers the invitation and activation tests share:
//! accounts and numbers straight in the database.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use diesel::prelude::*;
use switchboard::db::schema::{account_invitations, accounts, audit_events, jobs, numbers, outbox};
use switchboard::domain::privileges::Privilege;
use switchboard::jobs::queue::{self, JobRow};
use switchboard::mail::SentEmail;

use crate::helpers::*;
use crate::invitations::link_in;
use crate::sms_sink::SmsSink;

// ------------------------------------------------------------ helpers

/// Opens the link in a fresh browser: the page, and the token its form needs.
pub async fn open_link(app: &TestApp, link: &str) -> (reqwest::Client, u16, String) {
    let (browser, _) = app.new_browser();
    let response = browser.get(link).send().await.unwrap();
    let status = response.status().as_u16();
    let page = response.text().await.unwrap();
    (browser, status, page)
}

pub async fn confirm_link(
    browser: &reqwest::Client,
    link: &str,
    page: &str,
    number: Option<&str>,
) -> (u16, String) {
    let token = csrf_in(page).expect("a CSRF token on the activation page");
    let mut form = vec![("csrf_token", token.as_str())];
    if let Some(n) = number {
        form.push(("number", n));
    }
    let response = browser.post(link).form(&form).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
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
        let id = app.saved_account(&top, "Ann", "ann@example.com").await;
        app.give_number(&top, id, "+15550100001").await;

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
        let (browser, _, page) = open_link(&app, &link).await;
        assert!(page.contains("Activate your account"), "{page}");
        assert!(page.contains("Ann Tester") && page.contains("+1 (555) 010-0001"));
        assert!(!page.contains("type=\"radio\""));
        let (status, done) = confirm_link(&browser, &link, &page, None).await;
        assert_eq!(status, 200);
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
        let id = app.saved_account(&top, "Bo", "+15557770001").await;
        app.give_number(&top, id, "+15550100002").await;

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
        let (browser, _, page) = open_link(&app, &link).await;
        assert!(page.contains("Device number") && page.contains("+15557770001"));
        let (_, done) = confirm_link(&browser, &link, &page, None).await;
        assert!(done.contains("Your account is active"));
        assert_eq!(sink.requests().len(), 1, "activating sends nothing more");
    })
    .await;
}

#[tokio::test]
async fn resending_revokes_the_previous_link() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app.saved_account(&top, "Cy", "cy@example.com").await;
        app.give_number(&top, id, "+15550100003").await;

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

        let (browser, _, page) = open_link(&app, &second).await;
        // Posting to the old link changes nothing.
        let (refused, _) = confirm_link(&browser, &first, &page, None).await;
        assert_eq!(refused, 410);
        assert_eq!(account_state(&app, id).await.0, "invited");
        let (_, done) = confirm_link(&browser, &second, &page, None).await;
        assert!(done.contains("Your account is active"));
        assert_eq!(invitation_states(&app, id).await, ["revoked", "accepted"]);
    })
    .await;
}

#[tokio::test]
async fn invite_is_refused_without_a_number_to_give() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app.saved_account(&top, "Di", "di@example.com").await;
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
        app.add_numbers(&top, &["+15550100009"]).await;
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
        app.add_numbers(&top, &["+15550100010"]).await;
        let active = app.saved_account(&top, "Ed", "ed@example.com").await;
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
        let id = app.saved_account(&top, "Flo", "flo@example.com").await;
        app.give_number(&top, id, "+15550100011").await;
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
        let id = app.saved_account(&top, "Gus", "+15557770002").await;
        app.give_number(&top, id, "+15550100012").await;
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
        let id = app.saved_account(&top, "Hal", "+15557770003").await;
        app.give_number(&top, id, "+15550100013").await;
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
        assert!(
            report.contains("<td data-label=\"Kind\">Send SMS</td>"),
            "{report}"
        );
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
        let id = app
            .saved_account(&top, "<script>alert(1)</script>", "xss@example.com")
            .await;
        app.give_number(&top, id, "+15550100014").await;
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
