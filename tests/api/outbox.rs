//! The email outbox: queued in the caller's transaction with its send_email
//! job, sent by the job runner through SMTP (a loopback sink here), retried
//! while the server is down, claimed by one worker only.

use std::collections::HashSet;
use std::time::Duration;

use switchboard::Application;
use switchboard::error::AppError;
use switchboard::jobs::queue::{self, JobRow};
use switchboard::jobs::send_email::SendEmail;
use switchboard::mail::outbox::{self, OutboxMessage};
use switchboard::mail::{Email, Language};

use crate::helpers::*;
use crate::smtp_sink::{SmtpSink, free_port, url_for_port};

/// SQLite always; PostgreSQL too when `TEST_POSTGRES_URL` is set.
fn backends() -> Vec<Option<String>> {
    let mut all = vec![None];
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        all.push(Some(url));
    }
    all
}

/// Settings for an app that sends through SMTP and retries quickly.
fn smtp_settings(url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("MAIL_TRANSPORT", "smtp".into()),
        ("SMTP_URL", url.into()),
        ("MAIL_POLL_MS", "50".into()),
        ("MAIL_RETRY_BASE_MS", "50".into()),
    ]
}

async fn spawn(postgres: &Option<String>, settings: &[(&'static str, String)]) -> TestApp {
    let extra: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    spawn_app_with(postgres.as_deref(), &extra).await
}

fn invitation(to: &str, name: &str) -> Email {
    Email::AdminInvitation {
        to: to.parse::<switchboard::mail::Address>().expect("address"),
        name: name.into(),
        org_name: "Acme".into(),
        inviter_name: "Sam Super".into(),
        link: "http://127.0.0.1:8080/invite/abc123".into(),
        valid_days: 30,
        language: Language::English,
    }
}

async fn queue(app: &TestApp, email: Email) {
    app.db
        .run(move |conn| {
            switchboard::db::transaction(conn, |conn| {
                switchboard::jobs::send_email::queue(conn, &email)
            })
        })
        .await
        .expect("queue email");
}

async fn rows_to(app: &TestApp, to: &str) -> Vec<OutboxMessage> {
    let to = to.to_owned();
    app.db
        .run(move |conn| outbox::to_address(conn, &to))
        .await
        .expect("outbox rows")
}

/// An outbox message and the job that delivers it.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub message: OutboxMessage,
    pub job: JobRow,
}

async fn send_email_jobs(app: &TestApp) -> Vec<JobRow> {
    app.db
        .run(|conn| queue::of_kind(conn, "send_email"))
        .await
        .expect("jobs")
}

/// The send_email job of each outbox row, in the order of `messages`.
fn pair(messages: Vec<OutboxMessage>, jobs: &[JobRow]) -> Vec<Delivery> {
    messages
        .into_iter()
        .map(|message| {
            let job = jobs
                .iter()
                .find(|j| {
                    serde_json::from_str::<SendEmail>(&j.payload)
                        .expect("payload")
                        .outbox_id
                        == message.id
                })
                .expect("a send_email job per message")
                .clone();
            Delivery { message, job }
        })
        .collect()
}

/// Waits until the only message to `to` satisfies `done`; returns it.
async fn wait_for_row(app: &TestApp, to: &str, done: impl Fn(&Delivery) -> bool) -> Delivery {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        // The jobs first: the worker records a message sent before it marks
        // its job done, so a job seen done here has its message seen sent.
        let jobs = send_email_jobs(app).await;
        let rows = pair(rows_to(app, to).await, &jobs);
        assert_eq!(rows.len(), 1, "one outbox row to {to}");
        if done(&rows[0]) {
            return rows[0].clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{}: the message to {to} did not reach the expected state in 15 s: {:?}",
            app.backend,
            rows[0]
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test]
async fn queued_email_is_delivered_through_smtp() {
    for postgres in backends() {
        let sink = SmtpSink::start().await;
        let app = spawn(&postgres, &smtp_settings(&sink.url())).await;
        queue(&app, invitation("ann@example.com", "Ann Lee")).await;

        let got = sink.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(got.len(), 1, "{}: one message delivered", app.backend);
        let message = &got[0];
        assert_eq!(message.mail_from, "no-reply@localhost");
        assert_eq!(message.rcpt_to, ["ann@example.com"]);
        assert_eq!(
            message.header("Subject").as_deref(),
            Some("You are invited to administer Acme in Switchboard")
        );
        let to = message.header("To").unwrap_or_default();
        assert!(
            to.contains("Ann Lee") && to.contains("<ann@example.com>"),
            "{to}"
        );
        assert!(
            message
                .header("Message-ID")
                .is_some_and(|id| id.ends_with("@localhost>"))
        );
        assert!(message.data.contains("multipart/alternative"));
        assert!(message.data.contains("http://127.0.0.1:8080/invite/abc123"));

        let row = wait_for_row(&app, "ann@example.com", |r| r.job.finished_at.is_some()).await;
        assert!(
            row.message.sent_at.is_some(),
            "{}: delivery recorded",
            app.backend
        );
        assert_eq!(row.job.attempts, 1);
        assert_eq!(row.job.last_error, None);
        assert_eq!(row.job.locked_until, None);
        assert_eq!(row.message.kind, "admin_invitation");
    }
}

#[tokio::test]
async fn email_queued_while_the_mail_server_is_down_is_delivered_once_it_is_back() {
    for postgres in backends() {
        let port = free_port();
        let app = spawn(&postgres, &smtp_settings(&url_for_port(port))).await;
        queue(&app, invitation("bob@example.com", "Bob")).await;

        let failed = wait_for_row(&app, "bob@example.com", |r| r.job.last_error.is_some()).await;
        assert!(
            failed.job.last_error.is_some(),
            "{}: the failed attempt is recorded",
            app.backend
        );
        assert!(failed.message.sent_at.is_none() && failed.job.failed_at.is_none());
        assert!(failed.job.attempts >= 1);

        let sink = SmtpSink::start_on(port).await;
        let got = sink.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(
            got.len(),
            1,
            "{}: delivered after the server came back",
            app.backend
        );
        assert_eq!(got[0].rcpt_to, ["bob@example.com"]);
        let sent = wait_for_row(&app, "bob@example.com", |r| r.job.finished_at.is_some()).await;
        assert!(sent.message.sent_at.is_some());
        assert!(sent.job.attempts >= 2, "attempts: {}", sent.job.attempts);
        // Later polls do not send it again.
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(
            sink.messages().len(),
            1,
            "{}: delivered exactly once",
            app.backend
        );
    }
}

#[tokio::test]
async fn a_message_that_keeps_failing_is_given_up_but_kept_with_its_error() {
    for postgres in backends() {
        let mut settings = smtp_settings(&url_for_port(free_port()));
        settings.push(("MAIL_MAX_ATTEMPTS", "2".into()));
        let app = spawn(&postgres, &settings).await;
        queue(&app, invitation("cy@example.com", "Cy")).await;
        let row = wait_for_row(&app, "cy@example.com", |r| r.job.failed_at.is_some()).await;
        assert!(row.job.failed_at.is_some(), "{}: given up", app.backend);
        assert_eq!(row.job.attempts, 2);
        assert!(row.message.sent_at.is_none());
        assert!(row.job.last_error.as_deref().is_some_and(|e| !e.is_empty()));
    }
}

#[tokio::test]
async fn cr_lf_in_a_name_cannot_add_recipients_or_headers() {
    let sink = SmtpSink::start().await;
    let app = spawn(&None, &smtp_settings(&sink.url())).await;
    queue(
        &app,
        invitation(
            "dee@example.com",
            "Dee\r\nBcc: victim@example.org\r\nX-Evil: 1",
        ),
    )
    .await;
    let got = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_to, ["dee@example.com"]);
    assert_eq!(got[0].header("Bcc"), None);
    assert_eq!(got[0].header("X-Evil"), None);
    let to = got[0].header("To").unwrap_or_default();
    assert!(to.ends_with("<dee@example.com>"), "{to}");
}

#[tokio::test]
async fn memory_transport_keeps_what_was_sent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = format!("sqlite://{}", dir.path().join("test.db").display());
    let config = test_config(&database_url, dir.path(), &[("MAIL_TRANSPORT", "memory")]);
    let app = Application::build(config)
        .await
        .expect("application builds");
    let mailbox = app.mailbox().expect("the memory transport has a mailbox");
    let mailer = app.mailer().clone();
    let db = app.db().clone();
    tokio::spawn(app.run_until_stopped());

    let email = Email::PasswordReset {
        to: "eve@example.com"
            .parse::<switchboard::mail::Address>()
            .expect("address"),
        name: "Eve".into(),
        link: switchboard::mail::link("http://127.0.0.1:8080/", "/password/reset/tok"),
        valid_hours: 1,
        language: Language::Spanish,
    };
    db.run(move |conn| {
        switchboard::db::transaction(conn, |conn| {
            switchboard::jobs::send_email::queue(conn, &email)
        })
    })
    .await
    .expect("queue");
    mailer.wake();

    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while mailbox.lock().expect("mailbox").is_empty() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let sent = mailbox.lock().expect("mailbox").clone();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, "eve@example.com");
    assert_eq!(sent[0].subject, "Restablezca su contraseña de Switchboard");
    assert!(
        sent[0]
            .text
            .contains("http://127.0.0.1:8080/password/reset/tok")
    );
    assert!(
        sent[0]
            .html
            .contains(r#"href="http://127.0.0.1:8080/password/reset/tok""#)
    );
}

#[tokio::test]
async fn email_is_only_queued_when_its_transaction_commits() {
    for postgres in backends() {
        // The worker polls rarely, so it never claims behind the test's back.
        let app = spawn(&postgres, &[("MAIL_POLL_MS", "3600000".into())]).await;
        let email = invitation("fay@example.com", "Fay");
        let result = app
            .db
            .run(move |conn| {
                switchboard::db::transaction(conn, |conn| {
                    switchboard::jobs::send_email::queue(conn, &email)?;
                    Err::<(), _>(AppError::Conflict("the change was refused".into()))
                })
            })
            .await;
        assert!(result.is_err());
        assert!(
            rows_to(&app, "fay@example.com").await.is_empty(),
            "{}: rolled back",
            app.backend
        );
    }
}

/// Waits until the runner has made its first pass (it queues and runs a
/// purge at start) and has nothing open; with a long poll interval it then
/// sleeps, and cannot take jobs from under the test.
pub async fn wait_until_idle(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (purges, open) = app
            .db
            .run(|conn| {
                let purges = queue::of_kind(conn, "purge_sessions")?;
                let open = queue::open_of_kind(conn, "send_email")?;
                Ok((purges, open))
            })
            .await
            .expect("jobs");
        let started = !purges.is_empty() && purges.iter().all(|j| j.finished_at.is_some());
        if (started && open == 0) || tokio::time::Instant::now() >= deadline {
            assert!(started, "the runner made its first pass: {purges:?}");
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn each_message_is_claimed_by_one_worker_only() {
    for postgres in backends() {
        let app = spawn(&postgres, &[("JOB_POLL_MS", "3600000".into())]).await;
        wait_until_idle(&app).await;
        for i in 0..20 {
            queue(&app, invitation(&format!("user{i}@example.com"), "User")).await;
        }

        // Four workers race for the queue, each on its own connection.
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let db = app.db.clone();
                std::thread::spawn(move || {
                    let name = format!("worker-{w}");
                    let mut conn = db.get().expect("connection");
                    let mut claimed = Vec::new();
                    while let Some(job) =
                        queue::claim_next(&mut conn, &name, Duration::from_secs(60)).expect("claim")
                    {
                        assert!(queue::mark_done(&mut conn, &job, &name).expect("mark"));
                        claimed.push(job.id);
                    }
                    claimed
                })
            })
            .collect();
        let mut all = Vec::new();
        for worker in workers {
            all.extend(worker.join().expect("worker thread"));
        }
        let distinct: HashSet<i64> = all.iter().copied().collect();
        assert_eq!(
            all.len(),
            20,
            "{}: every message claimed once: {all:?}",
            app.backend
        );
        assert_eq!(distinct.len(), 20);

        // A claim is exclusive until its lease expires; then only the new holder may mark it.
        queue(&app, invitation("gus@example.com", "Gus")).await;
        let mut conn = app.db.get().expect("connection");
        let first = queue::claim_next(&mut conn, "a", Duration::ZERO)
            .expect("claim")
            .expect("due");
        std::thread::sleep(Duration::from_millis(5));
        let second = queue::claim_next(&mut conn, "b", Duration::from_secs(60)).expect("claim");
        let second = second.expect("the expired claim is taken over");
        assert_eq!(first.id, second.id);
        assert_eq!(second.attempts, 2);
        assert!(
            queue::claim_next(&mut conn, "c", Duration::from_secs(60))
                .expect("claim")
                .is_none()
        );
        assert!(
            !queue::mark_done(&mut conn, &first, "a").expect("mark"),
            "a lost its claim"
        );
        assert!(queue::mark_done(&mut conn, &second, "b").expect("mark"));
    }
}
