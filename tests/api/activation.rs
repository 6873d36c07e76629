//! Activation: the end user of an account opens their link, picks a number
//! when they have none, and activates. Two people racing for the last
//! number: one gets it, the other chooses again, nothing half-done. Dead
//! links (expired, used, tampered) get a page that says so.

use diesel::prelude::*;
use switchboard::db::schema::{account_invitations, audit_events};

use crate::account_invites::*;
use crate::browser::{click, current_page, wait_left};
use crate::helpers::*;

/// Invites a new account without a number (the org must have an Available
/// one); returns its id and activation link.
async fn invited_without_number(app: &TestApp, org: &str, email: &str) -> (i64, String) {
    let id = app.saved_account(org, "Pat", email).await;
    let response = resend(app, org, id).await;
    assert_redirect_to(&response, &format!("/orgs/{org}/accounts/{id}"));
    (id, email_link(app, email).await)
}

#[tokio::test]
async fn an_account_without_a_number_picks_one_at_activation() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100101", "+15550100102", "+15550100103"])
            .await;
        let (id, link) = invited_without_number(&app, &top, "pat@example.com").await;

        let (browser, status, page) = open_link(&app, &link).await;
        assert_eq!(status, 200);
        assert!(page.contains("Choose your number"), "{page}");
        for n in ["+15550100101", "+15550100102", "+15550100103"] {
            assert!(page.contains(&format!("value=\"{n}\"")), "{n} offered");
        }
        assert!(page.contains("<label for=\"number-1\">"));

        // Confirming without a choice changes nothing.
        let token = csrf_in(&page).unwrap();
        let response = browser
            .post(&link)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Choose your number.")
        );
        assert_eq!(account_state(&app, id).await.0, "invited");

        let (status, done) = confirm_link(&browser, &link, &page, Some("+15550100102")).await;
        assert_eq!(status, 200, "{done}");
        assert!(
            done.contains("Your number is <strong>+1 (555) 010-0102</strong>"),
            "{done}"
        );
        assert_eq!(number_of(&app, id).await.as_deref(), Some("+15550100102"));
        assert_eq!(account_state(&app, id).await, ("active".into(), true, true));
        assert_eq!(invitation_states(&app, id).await, ["accepted"]);
        assert_eq!(
            app.number_state("+15550100101").await,
            ("available".into(), None)
        );

        // The audit trail: nobody signed in, from the browser's address.
        let (actor, client, details): (String, Option<String>, String) = app
            .db
            .run(|conn| {
                Ok(audit_events::table
                    .filter(audit_events::action.eq("account_activated"))
                    .select((
                        audit_events::actor_name,
                        audit_events::client_addr,
                        audit_events::details,
                    ))
                    .first(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(actor, "(not signed in)");
        assert_eq!(client.as_deref(), Some("127.0.0.1"));
        assert!(details.contains("+15550100102"));

        // The link is used up.
        let (_, status, page) = open_link(&app, &link).await;
        assert_eq!(status, 410);
        assert!(page.contains("This account is already activated"), "{page}");
    })
    .await;
}

#[tokio::test]
async fn a_number_taken_meanwhile_is_offered_no_more_and_nothing_is_consumed() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100201", "+15550100202"])
            .await;
        let (first, first_link) = invited_without_number(&app, &top, "one@example.com").await;
        let (second, second_link) = invited_without_number(&app, &top, "two@example.com").await;
        let (b1, _, p1) = open_link(&app, &first_link).await;
        let (b2, _, p2) = open_link(&app, &second_link).await;

        let (status, _) = confirm_link(&b1, &first_link, &p1, Some("+15550100201")).await;
        assert_eq!(status, 200);
        let (status, page) = confirm_link(&b2, &second_link, &p2, Some("+15550100201")).await;
        assert_eq!(status, 409, "{page}");
        assert!(
            page.contains("That number was just taken; choose another."),
            "{page}"
        );
        assert!(!page.contains("value=\"+15550100201\""));
        assert!(page.contains("value=\"+15550100202\""));
        assert_eq!(
            account_state(&app, second).await,
            ("invited".into(), true, false)
        );
        assert_eq!(invitation_states(&app, second).await, ["sent"]);
        assert_eq!(number_of(&app, second).await, None);

        // A number of another org, or a Reserved one, cannot be had either.
        let (status, _) = confirm_link(&b2, &second_link, &page, Some("+19999999999")).await;
        assert_eq!(status, 409);
        let (status, done) = confirm_link(&b2, &second_link, &page, Some("+15550100202")).await;
        assert_eq!(status, 200, "{done}");
        assert_eq!(
            number_of(&app, first).await.as_deref(),
            Some("+15550100201")
        );
        assert_eq!(
            number_of(&app, second).await.as_deref(),
            Some("+15550100202")
        );
    })
    .await;
}

#[tokio::test]
async fn two_activations_racing_for_the_last_number_one_wins_the_other_chooses_again() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100301"]).await;
        let mut contenders = Vec::new();
        for i in 0..4 {
            let email = format!("racer{i}@example.com");
            let (id, link) = invited_without_number(&app, &top, &email).await;
            let (browser, _, page) = open_link(&app, &link).await;
            assert!(page.contains("value=\"+15550100301\""));
            contenders.push((id, link, browser, page));
        }
        let answers =
            futures_util::future::join_all(contenders.iter().map(|(_, link, browser, page)| {
                confirm_link(browser, link, page, Some("+15550100301"))
            }))
            .await;
        let won: Vec<usize> = (0..answers.len())
            .filter(|i| answers[*i].0 == 200)
            .collect();
        assert_eq!(
            won.len(),
            1,
            "{}: exactly one wins: {:?}",
            app.backend,
            answers.iter().map(|a| a.0).collect::<Vec<_>>()
        );
        for (i, (status, page)) in answers.iter().enumerate() {
            let id = contenders[i].0;
            if i == won[0] {
                assert!(page.contains("+1 (555) 010-0301"));
                assert_eq!(account_state(&app, id).await.0, "active");
                assert_eq!(number_of(&app, id).await.as_deref(), Some("+15550100301"));
            } else {
                assert_eq!(*status, 409, "{page}");
                assert!(page.contains("That number was just taken; choose another."));
                // None is left: the page says so instead of offering a form.
                assert!(
                    page.contains("No number is free for you right now"),
                    "{page}"
                );
                assert_eq!(
                    account_state(&app, id).await,
                    ("invited".into(), true, false)
                );
                assert_eq!(invitation_states(&app, id).await, ["sent"]);
                assert_eq!(number_of(&app, id).await, None);
            }
        }
        assert_eq!(
            app.number_state("+15550100301").await,
            ("assigned".into(), Some(contenders[won[0]].0))
        );
        let activated: i64 = app
            .db
            .run(|conn| {
                Ok(audit_events::table
                    .filter(audit_events::action.eq("account_activated"))
                    .count()
                    .get_result(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(activated, 1);
    })
    .await;
}

#[tokio::test]
async fn expired_and_tampered_links_get_a_page_that_says_so() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app.saved_account(&top, "Quinn", "quinn@example.com").await;
        app.give_number(&top, id, "+15550100401").await;
        resend(&app, &top, id).await;
        let link = email_link(&app, "quinn@example.com").await;
        let (browser, status, page) = open_link(&app, &link).await;
        assert_eq!(status, 200);

        app.db
            .run(move |conn| {
                let past = chrono::Utc::now().naive_utc() - chrono::Duration::hours(1);
                diesel::update(
                    account_invitations::table.filter(account_invitations::account_id.eq(id)),
                )
                .set(account_invitations::expires_at.eq(past))
                .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let (_, status, expired) = open_link(&app, &link).await;
        assert_eq!(status, 410);
        assert!(
            expired.contains("This activation link has expired"),
            "{expired}"
        );
        assert!(expired.contains("Ask your administrator to send you a new invitation."));
        let (status, _) = confirm_link(&browser, &link, &page, None).await;
        assert_eq!(status, 410);
        assert_eq!(account_state(&app, id).await.0, "invited");
        assert_eq!(invitation_states(&app, id).await, ["sent"]);

        // A changed character, a made-up token, an empty one: one page, no
        // word on whether such a link ever existed.
        let last = link.chars().last().unwrap();
        let tampered = format!(
            "{}{}",
            &link[..link.len() - 1],
            if last == '0' { '1' } else { '0' }
        );
        for bad in [tampered, app.url("/activate/not-a-token")] {
            let (_, status, page) = open_link(&app, &bad).await;
            assert_eq!(status, 404, "{bad}");
            assert!(page.contains("This activation link is not valid"), "{page}");
            assert!(!page.contains("Quinn"));
        }
        // A resend after expiry gives a working link again.
        resend(&app, &top, id).await;
        let fresh = email_link(&app, "quinn@example.com").await;
        let (_, status, _) = open_link(&app, &fresh).await;
        assert_eq!(status, 200);
    })
    .await;
}

/// In a real browser, without JavaScript help: choose a number and
/// activate; and the Invitation Templates page with a preview. With
/// SCREENSHOT_DIR set, keeps pictures of both at 1366 and 390 pixels.
#[tokio::test]
async fn activating_and_editing_templates_in_a_real_browser() {
    use fantoccini::Locator;
    let Some((_driver, browser)) = crate::browser::start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let top = app.sign_in_super().await;
    app.add_numbers(&top, &["+15550100801", "+15550100802", "+15550100803"])
        .await;
    let (id, link) = invited_without_number(&app, &top, "pat@example.com").await;
    let shot = |name: &'static str| {
        let browser = browser.clone();
        async move { crate::browser::screenshot(&browser, name).await }
    };

    browser.set_window_size(390, 900).await.unwrap();
    browser.goto(&link).await.unwrap();
    shot("activate_390").await;
    browser.set_window_size(1366, 900).await.unwrap();
    shot("activate").await;
    click(&browser, Locator::Css("label[for=number-2]")).await;
    let form_page = current_page(&browser).await;
    click(&browser, Locator::Css("button[type=submit]")).await;
    wait_left(&form_page).await;
    let heading = browser
        .wait()
        .for_element(Locator::Css("main h1"))
        .await
        .unwrap();
    assert_eq!(heading.text().await.unwrap(), "Your account is active");
    shot("activate_done").await;
    assert_eq!(number_of(&app, id).await.as_deref(), Some("+15550100802"));
    browser.goto(&link).await.unwrap();
    shot("activate_used").await;

    // An administrator edits the SMS text and previews it.
    crate::browser::sign_in_super(&browser, &app).await;
    let templates = app.url(&format!("/orgs/{top}/setup/invitation-templates"));
    browser.goto(&templates).await.unwrap();
    shot("invitation_templates").await;
    let sms = browser.find(Locator::Id("sms-body")).await.unwrap();
    sms.clear().await.unwrap();
    sms.send_keys("Hi {first_name}! Your {org_name} line {number} is ready: {link}")
        .await
        .unwrap();
    click(&browser, Locator::Css("#sms button[value=preview]")).await;
    let preview = browser
        .wait()
        .for_element(Locator::Css(".preview"))
        .await
        .unwrap();
    assert!(
        preview
            .text()
            .await
            .unwrap()
            .contains("Hi Sam! Your My Organization line")
    );
    browser
        .execute(
            "document.querySelector('.preview').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    shot("invitation_templates_preview").await;
    browser.set_window_size(390, 900).await.unwrap();
    browser.goto(&templates).await.unwrap();
    shot("invitation_templates_390").await;
    browser.close().await.unwrap();
}
