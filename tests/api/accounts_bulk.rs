//! Bulk operations on the accounts list: Resend Invite, change User
//! Permissions / features and Delete, on ticked accounts or on every
//! account matching the filter; each a Batch with a result per account;
//! large runs through the job queue; each refused without its privilege.

use diesel::prelude::*;
use switchboard::db::schema::{accounts, batch_items, batches, jobs, numbers};
use switchboard::domain::privileges::Privilege;

use crate::account_invites::with_sms_webhook;
use crate::helpers::*;

// ------------------------------------------------------------ helpers

/// Gives the number (already in the account's org) to the account.
pub async fn assign(app: &TestApp, e164: &str, account_id: i64) {
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
        .expect("assign");
}

/// The batch id a run redirected to.
pub fn batch_id_of(response: &reqwest::Response, org: &str) -> i64 {
    assert_eq!(response.status(), 303, "a run redirects to its batch");
    let to = location(response);
    let prefix = format!("/orgs/{org}/reports/batches/");
    assert!(to.starts_with(&prefix), "{to}");
    to[prefix.len()..].parse().expect("batch id")
}

/// (state, total) of a batch.
pub async fn batch_state(app: &TestApp, id: i64) -> (String, i64) {
    app.db
        .run(move |conn| {
            Ok(batches::table
                .find(id)
                .select((batches::state, batches::total))
                .first(conn)?)
        })
        .await
        .expect("batch")
}

/// The items of a batch as (target, outcome, message), in order.
pub async fn items(app: &TestApp, id: i64) -> Vec<(String, String, String)> {
    app.db
        .run(move |conn| {
            Ok(batch_items::table
                .filter(batch_items::batch_id.eq(id))
                .order(batch_items::position)
                .select((
                    batch_items::target,
                    batch_items::outcome,
                    batch_items::message,
                ))
                .load(conn)?)
        })
        .await
        .expect("items")
}

/// Wakes the worker until the batch is no longer running (at most 500
/// rounds; the loop ends as soon as it is done).
pub async fn wait_done(app: &TestApp, id: i64) -> String {
    for _ in 0..500 {
        app.wake_mailer();
        let (state, _) = batch_state(app, id).await;
        if state != "running" {
            return state;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("batch {id} still running");
}

pub async fn org_of(app: &TestApp, account_id: i64) -> Option<i64> {
    app.db
        .run(move |conn| {
            Ok(accounts::table
                .find(account_id)
                .select(accounts::org_id)
                .first(conn)
                .optional()?)
        })
        .await
        .expect("account")
}

fn ids_form<'a>(action: &'a str, ids: &'a [String]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("action", action)];
    form.extend(ids.iter().map(|id| ("ids", id.as_str())));
    form
}

// ------------------------------------------------------------ tests

#[tokio::test]
async fn list_shows_selection_and_bulk_buttons_for_the_privileges_held() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        app.insert_account(
            &org,
            "A1",
            ("Ann", "Able"),
            Some("ann@example.com"),
            "saved",
        )
        .await;
        let html = app.get_html(&format!("/orgs/{org}/accounts")).await;
        assert!(html.contains(r#"name="ids""#), "row checkboxes");
        assert!(html.contains(r#"id="select-all""#), "header checkbox");
        for label in [
            "Resend Invite",
            "Change User Permissions / features",
            "Delete",
            "Move",
        ] {
            assert!(html.contains(label), "{label}");
        }
        app.create_admin(
            &org,
            "viewer@example.com",
            "correct horse battery",
            &[Privilege::AccountsView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("viewer@example.com", "correct horse battery")
            .await;
        let html = app.get_html(&format!("/orgs/{org}/accounts")).await;
        assert!(!html.contains(r#"name="ids""#));
        assert!(!html.contains("Resend Invite"));
    })
    .await;
}

#[tokio::test]
async fn bulk_resend_to_ticked_accounts_sends_one_sms_each_and_lists_each_result() {
    with_sms_webhook(&[], |app, sink| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        app.add_numbers(&org, &["+15550100001"]).await;
        let a = app
            .insert_account(&org, "D1", ("Dev", "One"), Some("+15551230001"), "saved")
            .await;
        let b = app
            .insert_account(&org, "D2", ("Dev", "Two"), Some("+15551230002"), "invited")
            .await;
        let active = app
            .insert_account(&org, "D3", ("Dev", "Three"), Some("+15551230003"), "active")
            .await;
        let ids: Vec<String> = [a, b, active].iter().map(i64::to_string).collect();
        let form = ids_form("invite", &ids);
        let response = app
            .post_form(&format!("/orgs/{org}/accounts/bulk"), &form)
            .await;
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains("2 of the 3 selected accounts"), "{html}");
        assert!(html.contains("Resend 2 invitations"));
        // Nothing was sent before the confirmation.
        assert!(sink.requests().is_empty());
        let response = app
            .post_form(&format!("/orgs/{org}/accounts/bulk/run"), &form)
            .await;
        let batch = batch_id_of(&response, &org);
        let page = app
            .get_html(&format!("/orgs/{org}/reports/batches/{batch}"))
            .await;
        assert!(page.contains("Resend account invitations"));
        let results = items(&app, batch).await;
        assert_eq!(results.len(), 3);
        let outcomes: Vec<&str> = results.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            outcomes,
            ["succeeded", "succeeded", "failed"],
            "{results:?}"
        );
        app.wake_mailer();
        let sent = sink.wait_for(2, std::time::Duration::from_secs(10)).await;
        let mut to: Vec<String> = sent.iter().map(|r| r.to()).collect();
        to.sort();
        assert_eq!(to, ["+15551230001", "+15551230002"]);
        assert_eq!(sink.requests().len(), 2, "exactly one message each");
    })
    .await;
}

#[tokio::test]
async fn bulk_resend_to_all_matching_says_how_many_first_and_emails_each_once() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        app.add_numbers(&org, &["+15550100001"]).await;
        for (i, name) in ["Kim", "Kit", "Kay"].iter().enumerate() {
            app.insert_account(
                &org,
                &format!("K{i}"),
                (name, "Match"),
                Some(&format!("{}@example.com", name.to_lowercase())),
                "saved",
            )
            .await;
        }
        app.insert_account(
            &org,
            "Z1",
            ("Zed", "Other"),
            Some("zed@example.com"),
            "saved",
        )
        .await;
        // The header box, with only one of the three on "this page".
        let one = app.account_by_ref(&org, "K0").await.unwrap().id.to_string();
        let fields = [
            ("action", "invite"),
            ("all", "1"),
            ("q", "Match"),
            ("page_ids", one.as_str()),
        ];
        let html = app
            .post_form(&format!("/orgs/{org}/accounts/bulk"), &fields)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("All 3 accounts matching this filter are selected."),
            "{html}"
        );
        let mut confirm = fields.to_vec();
        confirm.push(("selection", "filter"));
        let html = app
            .post_form(&format!("/orgs/{org}/accounts/bulk"), &confirm)
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("3 of the 3 selected accounts"), "{html}");
        let run = [("action", "invite"), ("all", "1"), ("q", "Match")];
        let response = app
            .post_form(&format!("/orgs/{org}/accounts/bulk/run"), &run)
            .await;
        let batch = batch_id_of(&response, &org);
        assert_eq!(batch_state(&app, batch).await, ("done".into(), 3));
        let emails = app.emails().await;
        let mut to: Vec<String> = emails.iter().map(|e| e.to.clone()).collect();
        to.sort();
        assert_eq!(
            to,
            ["kay@example.com", "kim@example.com", "kit@example.com"]
        );
    })
    .await;
}

#[tokio::test]
async fn bulk_delete_returns_numbers_to_available_and_leaves_out_of_scope_ids_alone() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let east = app.create_suborg(&org, "East").await;
        let west = app.create_suborg(&org, "West").await;
        app.add_numbers(&east, &["+15550100001"]).await;
        let a = app
            .insert_account(
                &east,
                "E1",
                ("Eve", "East"),
                Some("eve@example.com"),
                "active",
            )
            .await;
        assign(&app, "+15550100001", a).await;
        let b = app
            .insert_account(&east, "E2", ("Eli", "East"), None, "saved")
            .await;
        let foreign = app
            .insert_account(
                &west,
                "W1",
                ("Wes", "West"),
                Some("wes@example.com"),
                "saved",
            )
            .await;
        app.create_admin(
            &east,
            "east@example.com",
            "correct horse battery",
            &[
                Privilege::AccountsView,
                Privilege::AccountsDelete,
                Privilege::AccountsBulkDelete,
            ],
        )
        .await;
        app.sign_out().await;
        app.sign_in("east@example.com", "correct horse battery")
            .await;
        app.get_html(&format!("/orgs/{east}/accounts")).await;
        let ids: Vec<String> = [a, b, foreign].iter().map(i64::to_string).collect();
        let form = ids_form("delete", &ids);
        let html = app
            .post_form(&format!("/orgs/{east}/accounts/bulk"), &form)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("2 selected accounts"),
            "the foreign id is not counted: {html}"
        );
        assert!(
            html.contains("Their 1 number returns to Available"),
            "{html}"
        );
        let response = app
            .post_form(&format!("/orgs/{east}/accounts/bulk/run"), &form)
            .await;
        let batch = batch_id_of(&response, &east);
        assert_eq!(batch_state(&app, batch).await, ("done".into(), 2));
        assert_eq!(org_of(&app, a).await, None);
        assert_eq!(org_of(&app, b).await, None);
        assert!(
            org_of(&app, foreign).await.is_some(),
            "out of scope: untouched"
        );
        assert_eq!(
            app.number_state("+15550100001").await,
            ("available".into(), None)
        );
        assert_eq!(app.audit_of("account_deleted").await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn bulk_change_of_user_permissions_and_features() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let gold = app.add_profile(&org, "Gold", "call_recording").await;
        let a = app
            .insert_account(&org, "G1", ("Gus", "One"), Some("gus@example.com"), "saved")
            .await;
        let b = app
            .insert_account(
                &org,
                "G2",
                ("Gia", "Two"),
                Some("gia@example.com"),
                "active",
            )
            .await;
        let ids: Vec<String> = [a, b].iter().map(i64::to_string).collect();
        let html = app
            .post_form(
                &format!("/orgs/{org}/accounts/bulk"),
                &ids_form("edit", &ids),
            )
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Gold"), "the profile is offered: {html}");
        let gold_s = gold.to_string();
        let mut form = ids_form("edit", &ids);
        form.push(("user_permissions_id", gold_s.as_str()));
        form.push(("feature_call_recording", "on"));
        let response = app
            .post_form(&format!("/orgs/{org}/accounts/bulk/run"), &form)
            .await;
        let batch = batch_id_of(&response, &org);
        let results = items(&app, batch).await;
        assert!(results.iter().all(|r| r.1 == "succeeded"), "{results:?}");
        for id in [a, b] {
            let (profile, features): (i64, String) = app
                .db
                .run(move |conn| {
                    Ok(accounts::table
                        .find(id)
                        .select((accounts::user_permissions_id, accounts::features))
                        .first(conn)?)
                })
                .await
                .unwrap();
            assert_eq!(profile, gold);
            assert!(features.contains("call_recording"), "{features}");
        }
        assert_eq!(app.audit_of("account_updated").await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_selection_above_the_threshold_runs_through_the_job_queue() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let n = switchboard::domain::account_bulk::IN_REQUEST + 5;
        for i in 0..n {
            app.insert_account(&org, &format!("J{i}"), ("Job", "Bulk"), None, "saved")
                .await;
        }
        let run = [("action", "delete"), ("all", "1"), ("q", "Bulk")];
        let response = app
            .post_form(&format!("/orgs/{org}/accounts/bulk/run"), &run)
            .await;
        let batch = batch_id_of(&response, &org);
        let queued: i64 = app
            .db
            .run(|conn| {
                Ok(jobs::table
                    .filter(jobs::kind.eq("account_bulk"))
                    .count()
                    .get_result(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(queued, 1);
        assert_eq!(wait_done(&app, batch).await, "done");
        let total = i64::try_from(n).unwrap();
        assert_eq!(batch_state(&app, batch).await.1, total);
        assert_eq!(items(&app, batch).await.len(), n);
        assert_eq!(app.count_accounts().await, 0);
        let page = app
            .get_html(&format!("/orgs/{org}/reports/batches/{batch}"))
            .await;
        assert!(!page.contains("http-equiv=\"refresh\""), "done: no refresh");
    })
    .await;
}

#[tokio::test]
async fn every_bulk_action_is_refused_without_its_privilege() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let sub = app.create_suborg(&org, "Dest").await;
        let a = app
            .insert_account(&org, "P1", ("Pat", "One"), Some("pat@example.com"), "saved")
            .await;
        app.create_admin(
            &org,
            "most@example.com",
            "correct horse battery",
            &[
                Privilege::AccountsView,
                Privilege::AccountsEdit,
                Privilege::AccountsDelete,
                Privilege::AccountsInvite,
            ],
        )
        .await;
        app.sign_out().await;
        app.sign_in("most@example.com", "correct horse battery")
            .await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let id = a.to_string();
        for action in ["invite", "edit", "delete", "move"] {
            let form = [("action", action), ("ids", id.as_str())];
            let r = app
                .post_form(&format!("/orgs/{org}/accounts/bulk"), &form)
                .await;
            assert_eq!(r.status(), 403, "{action}");
            if action != "move" {
                let r = app
                    .post_form(&format!("/orgs/{org}/accounts/bulk/run"), &form)
                    .await;
                assert_eq!(r.status(), 403, "{action} run");
            }
        }
        let r = app
            .get(&format!("/orgs/{org}/accounts/move?ids={id}&to={sub}"))
            .await;
        assert_eq!(r.status(), 403);
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/move"),
                &[("ids", id.as_str()), ("to", sub.as_str())],
            )
            .await;
        assert_eq!(r.status(), 403);
        assert!(app.account_by_ref(&org, "P1").await.is_some());
        let n: i64 = app
            .db
            .run(|conn| Ok(batches::table.count().get_result(conn)?))
            .await
            .unwrap();
        assert_eq!(n, 0);
    })
    .await;
}

#[tokio::test]
async fn a_run_resumed_after_its_worker_died_skips_what_was_recorded() {
    use switchboard::domain::account_bulk::{self, Action};
    use switchboard::domain::acting::Acting;
    use switchboard::domain::batches::{self, NewItem, Operation, Outcome};
    use switchboard::domain::invitations::Links;
    for_each_backend(|app| async move {
        let org = app.sign_in_super().await;
        let admin = app.admin_id(SUPER_EMAIL).await;
        let mut ids = Vec::new();
        for i in 0..3 {
            ids.push(
                app.insert_account(&org, &format!("S{i}"), ("Res", "Ume"), None, "saved")
                    .await,
            );
        }
        let first = ids[0];
        let batch = app
            .db
            .run(move |conn| {
                let acting = Acting::load(conn, admin, None)?.expect("acting");
                let batch = batches::create(conn, &acting, Operation::DeleteAccounts, None, 3)?;
                // The first account was done (here: kept) before the worker died.
                let done = NewItem {
                    target: "Res Ume".into(),
                    identifier: String::new(),
                    input: None,
                    outcome: Outcome::Succeeded,
                    result: "Deleted".into(),
                    message: "Deleted.".into(),
                };
                batches::record_item(conn, batch.id, 1, &done)?;
                let links = Links {
                    base_url: "http://localhost".into(),
                    invite_ttl: std::time::Duration::from_secs(3600),
                };
                account_bulk::run(conn, &acting, batch.id, &Action::Delete, &ids, &links)?;
                Ok(batch.id)
            })
            .await
            .unwrap();
        assert_eq!(batch_state(&app, batch).await.0, "done");
        assert_eq!(
            items(&app, batch).await.len(),
            3,
            "one result each, none twice"
        );
        assert!(
            org_of(&app, first).await.is_some(),
            "position 1 was not run again"
        );
        assert_eq!(app.count_accounts().await, 1);
    })
    .await;
}
