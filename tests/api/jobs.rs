//! The job queue: permanent SMTP failures, the periodic purge, the Failed
//! Jobs report with Retry (in scope only), and no usable link left in the
//! database once an email is sent.

use std::time::Duration;

use diesel::prelude::*;
use switchboard::db::schema::{audit_events, jobs, organizations, outbox, sessions, tokens};
use switchboard::domain::privileges::Privilege;
use switchboard::jobs::queue::{self, JobRow};
use switchboard::mail::outbox as mail_outbox;
use switchboard::mail::{Email, Language};
use switchboard::worker::PurgeSessions;

use crate::helpers::*;
use crate::invitations::{audit_actions, invite, link_in};
use crate::smtp_sink::SmtpSink;

fn invitation(to: &str) -> Email {
    Email::AdminInvitation {
        to: to.parse::<switchboard::mail::Address>().expect("address"),
        name: "Zed".into(),
        org_name: "Acme".into(),
        inviter_name: "Sam Super".into(),
        link: "http://127.0.0.1:8080/invite/not-a-real-token".into(),
        valid_days: 30,
        language: Language::English,
    }
}

async fn job(app: &TestApp, id: i64) -> JobRow {
    app.db
        .run(move |conn| {
            Ok(jobs::table
                .find(id)
                .select(JobRow::as_select())
                .first(conn)?)
        })
        .await
        .expect("job")
}

/// Polls (bounded) until `done` holds for the job; returns it as last seen.
async fn wait_for_job(app: &TestApp, id: i64, done: impl Fn(&JobRow) -> bool) -> JobRow {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let row = job(app, id).await;
        if done(&row) || tokio::time::Instant::now() >= deadline {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Queues an email to `to` and, in the same transaction (so the runner never
/// sees it due), records its job as given up after a 550. Returns the job id.
async fn failed_email_job(app: &TestApp, to: &str) -> i64 {
    let email = invitation(to);
    app.db
        .run(move |conn| {
            switchboard::db::transaction(conn, |conn| {
                switchboard::jobs::send_email::queue(conn, &email)?;
                let id: i64 = jobs::table
                    .filter(jobs::kind.eq("send_email"))
                    .order(jobs::id.desc())
                    .select(jobs::id)
                    .first(conn)?;
                diesel::update(jobs::table.find(id))
                    .set((
                        jobs::failed_at.eq(Some(chrono::Utc::now().naive_utc())),
                        jobs::attempts.eq(3),
                        jobs::last_error.eq("550 5.1.1 No such mailbox here"),
                    ))
                    .execute(conn)?;
                Ok(id)
            })
        })
        .await
        .expect("failed job")
}

async fn org_id(app: &TestApp, display_id: &str) -> i64 {
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

#[tokio::test]
async fn a_5xx_reply_gives_the_email_up_at_once() {
    let sink = SmtpSink::start_rejecting().await;
    let url = sink.url();
    let settings = [
        ("MAIL_TRANSPORT", "smtp"),
        ("SMTP_URL", url.as_str()),
        ("JOB_POLL_MS", "50"),
        ("JOB_RETRY_BASE_MS", "50"),
        ("JOB_MAX_ATTEMPTS", "20"),
    ];
    let sink = &sink;
    for_each_backend_with(&settings, |app| async move {
        let to = format!("nobody-{}@example.com", app.backend);
        let email = invitation(&to);
        app.db
            .run(move |conn| {
                switchboard::db::transaction(conn, |conn| {
                    switchboard::jobs::send_email::queue(conn, &email)
                })
            })
            .await
            .expect("queue");
        app.wake_mailer();
        let id = app
            .db
            .run(|conn| queue::of_kind(conn, "send_email"))
            .await
            .expect("jobs")
            .last()
            .expect("a send_email job")
            .id;
        let row = wait_for_job(&app, id, |j| j.failed_at.is_some()).await;
        assert!(row.failed_at.is_some(), "{}: given up", app.backend);
        assert_eq!(row.attempts, 1, "{}: not retried", app.backend);
        assert!(
            row.last_error.as_deref().is_some_and(|e| e.contains("550")),
            "{:?}",
            row.last_error
        );
        let refused = sink.refused.lock().expect("sink").clone();
        assert_eq!(refused.iter().filter(|r| **r == to).count(), 1);
        let sent = app
            .db
            .run(move |conn| mail_outbox::to_address(conn, &to))
            .await
            .expect("outbox");
        assert!(sent[0].sent_at.is_none());
    })
    .await;
}

#[tokio::test]
async fn the_purge_job_removes_expired_sessions_and_spent_tokens() {
    for_each_backend(|app| async move {
        // The runner queues a purge itself at start (then periodically).
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let purges = app
                .db
                .run(|conn| queue::of_kind(conn, "purge_sessions"))
                .await
                .expect("jobs");
            if purges.iter().any(|j| j.finished_at.is_some())
                || tokio::time::Instant::now() >= deadline
            {
                assert_eq!(purges.len(), 1, "{}: {purges:?}", app.backend);
                assert!(purges[0].finished_at.is_some(), "{purges:?}");
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }

        let now = chrono::Utc::now().naive_utc();
        app.db
            .run(move |conn| {
                use switchboard::domain::sessions as s;
                s::insert(
                    conn,
                    "expired",
                    &s::Meta::default(),
                    "{}",
                    now - chrono::Duration::minutes(1),
                )?;
                s::insert(
                    conn,
                    "live",
                    &s::Meta::default(),
                    "{}",
                    now + chrono::Duration::hours(1),
                )?;
                for (hash, used) in [
                    ("spent", Some(now - chrono::Duration::days(2))),
                    ("fresh", None),
                ] {
                    diesel::insert_into(tokens::table)
                        .values((
                            tokens::purpose.eq("admin_invite"),
                            tokens::token_hash.eq(hash),
                            tokens::expires_at.eq(now + chrono::Duration::days(1)),
                            tokens::used_at.eq(used),
                            tokens::created_at.eq(now - chrono::Duration::days(3)),
                        ))
                        .execute(conn)?;
                }
                switchboard::db::transaction(conn, |conn| {
                    switchboard::jobs::enqueue(conn, &PurgeSessions {}, None)
                })
            })
            .await
            .expect("seed");
        app.wake_mailer();

        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        let (left, hashes) = loop {
            let (left, hashes): (Vec<String>, Vec<String>) = app
                .db
                .run(|conn| {
                    Ok((
                        sessions::table.select(sessions::id).load(conn)?,
                        tokens::table.select(tokens::token_hash).load(conn)?,
                    ))
                })
                .await
                .expect("rows");
            // The job purges sessions, then tokens: wait for both.
            let purged =
                !left.contains(&"expired".to_owned()) && !hashes.contains(&"spent".to_owned());
            if purged || tokio::time::Instant::now() >= deadline {
                break (left, hashes);
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        };
        assert!(
            !left.contains(&"expired".to_owned()),
            "{}: {left:?}",
            app.backend
        );
        assert!(left.contains(&"live".to_owned()));
        assert!(!hashes.contains(&"spent".to_owned()), "{hashes:?}");
        assert!(hashes.contains(&"fresh".to_owned()));
    })
    .await;
}

#[tokio::test]
async fn a_failed_job_is_listed_and_retry_makes_it_due_and_audited() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(&top, "zed@example.com", "zed password 123", &[])
            .await;
        let id = failed_email_job(&app, "zed@example.com").await;

        let index = app.get_html(&format!("/orgs/{top}/reports")).await;
        assert!(
            index.contains(&format!(
                r#"<a href="/orgs/{top}/reports/jobs">Failed Jobs</a>"#
            )),
            "{index}"
        );
        let page = app.get_html(&format!("/orgs/{top}/reports/jobs")).await;
        assert!(
            page.contains("admin_invitation to zed@example.com"),
            "{page}"
        );
        assert!(page.contains("550 5.1.1 No such mailbox here"));
        assert!(page.contains(&format!("/orgs/{top}/reports/jobs/{id}/retry")));
        assert!(!page.contains("/invite/"), "never the link");

        let response = app
            .post_form(&format!("/orgs/{top}/reports/jobs/{id}/retry"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/reports/jobs"));
        let after = app.get_html(&format!("/orgs/{top}/reports/jobs")).await;
        assert!(after.contains(&format!("Job {id} queued again")), "{after}");
        assert!(
            !after.contains(&format!("/reports/jobs/{id}/retry")),
            "no longer listed as failed"
        );

        let row = wait_for_job(&app, id, |j| j.finished_at.is_some()).await;
        assert!(row.failed_at.is_none(), "{}: due again", app.backend);
        assert!(row.finished_at.is_some(), "{}: and run", app.backend);
        assert_eq!(row.attempts, 1, "a fresh count of attempts");
        let sent = app.emails().await;
        assert!(sent.iter().any(|e| e.to == "zed@example.com"), "{sent:#?}");
        assert!(
            audit_actions(&app)
                .await
                .contains(&"job_retried".to_owned())
        );

        // A second Retry finds nothing to do.
        let response = app
            .post_form(&format!("/orgs/{top}/reports/jobs/{id}/retry"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/reports/jobs"));
        let again = app.get_html(&format!("/orgs/{top}/reports/jobs")).await;
        assert!(again.contains("there is nothing to retry"), "{again}");
    })
    .await;
}

#[tokio::test]
async fn retry_needs_administrators_edit() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password 123",
            &[Privilege::ReportsViewAdministratorsActivity],
        )
        .await;
        let id = failed_email_job(&app, "viewer@example.com").await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "viewer password 123")
            .await;

        let page = app.get_html(&format!("/orgs/{top}/reports/jobs")).await;
        assert!(
            page.contains("admin_invitation to viewer@example.com"),
            "{page}"
        );
        assert!(
            !page.contains(">Retry</button>"),
            "no button without the privilege"
        );
        let response = app
            .post_form(&format!("/orgs/{top}/reports/jobs/{id}/retry"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert!(job(&app, id).await.failed_at.is_some(), "still failed");
    })
    .await;
}

#[tokio::test]
async fn a_job_of_a_sibling_org_is_not_found_and_not_retried() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let west = app.create_suborg(&top, "West").await;
        app.create_admin(
            &east,
            "east@example.com",
            "east password 123",
            &[
                Privilege::ReportsViewAdministratorsActivity,
                Privilege::AdministratorsView,
                Privilege::AdministratorsEdit,
            ],
        )
        .await;
        app.create_admin(&west, "wes@example.com", "wes password 123", &[])
            .await;
        let west_job = failed_email_job(&app, "wes@example.com").await;
        let west_id = org_id(&app, &west).await;
        assert_eq!(job(&app, west_job).await.org_id, Some(west_id));
        app.sign_out().await;
        app.sign_in("east@example.com", "east password 123").await;

        let page = app.get_html(&format!("/orgs/{east}/reports/jobs")).await;
        assert!(!page.contains("wes@example.com"), "{page}");
        let response = app
            .post_form(&format!("/orgs/{east}/reports/jobs/{west_job}/retry"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 404, "{}", app.backend);
        let response = app.get(&format!("/orgs/{west}/reports/jobs")).await;
        assert_eq!(response.status().as_u16(), 404);
        assert!(job(&app, west_job).await.failed_at.is_some(), "not retried");
        let retried: i64 = app
            .db
            .run(|conn| {
                Ok(audit_events::table
                    .filter(audit_events::action.eq("job_retried"))
                    .count()
                    .get_result(conn)?)
            })
            .await
            .expect("audit");
        assert_eq!(retried, 0);
    })
    .await;
}

#[tokio::test]
async fn no_usable_link_is_left_in_the_database_after_sending() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        invite(&app, "ivy@example.com", "admin", None).await;
        app.get_html("/password/forgot").await;
        app.post_form("/password/forgot", &[("email", SUPER_EMAIL)])
            .await;

        let sent = app.emails().await;
        let token_of = |to: &str, prefix: &str| {
            let email = sent.iter().find(|e| e.to == to).expect("an email");
            let link = link_in(email, prefix);
            link.rsplit('/').next().expect("token").to_owned()
        };
        let tokens = [
            token_of("ivy@example.com", "/invite/"),
            token_of(SUPER_EMAIL, "/password/reset/"),
        ];
        let (messages, job_rows) = app
            .db
            .run(|conn| {
                let messages: Vec<(
                    String,
                    String,
                    String,
                    String,
                    Option<chrono::NaiveDateTime>,
                )> = outbox::table
                    .select((
                        outbox::to_addr,
                        outbox::subject,
                        outbox::body_text,
                        outbox::body_html,
                        outbox::sent_at,
                    ))
                    .load(conn)?;
                let job_rows: Vec<(String, Option<String>)> = jobs::table
                    .select((jobs::payload, jobs::last_error))
                    .load(conn)?;
                Ok((messages, job_rows))
            })
            .await
            .expect("rows");
        assert_eq!(messages.len(), 2, "{}", app.backend);
        for (to, subject, text, html, sent_at) in &messages {
            assert!(sent_at.is_some(), "{to}: sent");
            assert_eq!(text, mail_outbox::REMOVED);
            assert_eq!(html, mail_outbox::REMOVED);
            assert!(!subject.is_empty());
        }
        for token in &tokens {
            assert!(token.len() >= 32, "{token}");
            let everywhere = format!("{messages:?} {job_rows:?}");
            assert!(
                !everywhere.contains(token.as_str()),
                "{}: {token} at rest",
                app.backend
            );
        }
    })
    .await;
}
