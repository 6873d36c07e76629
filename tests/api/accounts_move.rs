//! Move accounts to another org of the subtree: the pre-flight page before
//! anything changes; an assigned number moves with its account (the
//! decision in ARCHITECTURE.md); pending invitations without a number need
//! spare Available numbers in the destination, else the seed's message,
//! the Move button disabled and a forged POST refused; two moves racing
//! for the last number cannot both take it.

use diesel::prelude::*;
use switchboard::db::schema::{accounts, numbers};

use crate::accounts_bulk::{assign, batch_id_of, batch_state, items, org_of};
use crate::browser::click;
use crate::helpers::*;

const REFUSED: &str = "Unable to move account(s). You do not have enough numbers available in the selected organization";

async fn number_org(app: &TestApp, e164: &str) -> i64 {
    let e164 = e164.to_owned();
    app.db
        .run(move |conn| {
            Ok(numbers::table
                .filter(numbers::e164.eq(&e164))
                .select(numbers::org_id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn an_assigned_number_moves_with_its_account() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let dest = app.create_suborg(&org, "Branch").await;
        app.add_numbers(&org, &["+15550100001"]).await;
        let a = app
            .insert_account(&org, "M1", ("Mo", "Ver"), Some("mo@example.com"), "active")
            .await;
        assign(&app, "+15550100001", a).await;
        // From the list's Move button to the destination choice.
        let id = a.to_string();
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/bulk"),
                &[("action", "move"), ("ids", id.as_str())],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert!(location(&r).starts_with(&format!("/orgs/{org}/accounts/move?")));
        let html = app.get_html(&location(&r)).await;
        assert!(html.contains("Move to organization"));
        assert!(
            !html.contains(&format!(r#"value="{org}""#)),
            "where they all are is no destination"
        );
        let pre = app
            .get_html(&format!("/orgs/{org}/accounts/move?ids={a}&to={dest}"))
            .await;
        assert!(
            pre.contains("1 assigned number moves with its account"),
            "{pre}"
        );
        assert!(pre.contains("Default User Permissions (1)"), "{pre}");
        assert!(!pre.contains(REFUSED));
        // Nothing changed yet.
        assert_eq!(org_of(&app, a).await, Some(app.org_id(&org).await));
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/move"),
                &[("ids", id.as_str()), ("to", dest.as_str())],
            )
            .await;
        let batch = batch_id_of(&r, &org);
        assert_eq!(batch_state(&app, batch).await, ("done".into(), 1));
        let dest_id = app.org_id(&dest).await;
        assert_eq!(org_of(&app, a).await, Some(dest_id));
        assert_eq!(
            number_org(&app, "+15550100001").await,
            dest_id,
            "the number moved"
        );
        assert_eq!(
            app.number_state("+15550100001").await,
            ("assigned".into(), Some(a))
        );
        let audit = app.audit_of("account_moved").await;
        assert!(
            audit[0].1.contains("number +15550100001 moved with it"),
            "{audit:?}"
        );
        // The list of the destination counts it (the kept counts followed).
        let html = app.get_html(&format!("/orgs/{dest}/accounts")).await;
        assert!(html.contains("1 account."), "{html}");
    })
    .await;
}

#[tokio::test]
async fn a_move_keeps_visible_user_permissions_else_the_default_and_drops_features_not_offered() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let east = app.create_suborg(&org, "East").await;
        let west = app.create_suborg(&org, "West").await;
        let local = app.add_profile(&east, "East only", "").await;
        app.set_org_settings(&west, Some("call_recording"), None)
            .await;
        let a = app
            .insert_account(&east, "X1", ("Xi", "One"), None, "saved")
            .await;
        let east_id = app.org_id(&east).await;
        app.db
            .run(move |conn| {
                diesel::update(accounts::table.find(a))
                    .set((
                        accounts::user_permissions_id.eq(local),
                        accounts::features.eq("call_recording,e911"),
                        accounts::org_id.eq(east_id),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let pre = app
            .get_html(&format!("/orgs/{org}/accounts/move?ids={a}&to={west}"))
            .await;
        assert!(pre.contains("Default User Permissions (1)"), "{pre}");
        assert!(pre.contains("E911 (1 account)"), "{pre}");
        let id = a.to_string();
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/move"),
                &[("ids", id.as_str()), ("to", west.as_str())],
            )
            .await;
        batch_id_of(&r, &org);
        let (profile, features): (i64, String) = app
            .db
            .run(move |conn| {
                Ok(accounts::table
                    .find(a)
                    .select((accounts::user_permissions_id, accounts::features))
                    .first(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(profile, app.default_profile().await);
        assert_eq!(features, "call_recording");
    })
    .await;
}

#[tokio::test]
async fn a_move_without_enough_numbers_is_blocked_with_the_seed_message_and_a_forged_post_refused()
{
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let dest = app.create_suborg(&org, "Empty").await;
        let a = app
            .insert_account(
                &org,
                "N1",
                ("Nia", "One"),
                Some("nia@example.com"),
                "invited",
            )
            .await;
        let pre = app
            .get_html(&format!("/orgs/{org}/accounts/move?ids={a}&to={dest}"))
            .await;
        assert!(pre.contains(REFUSED), "{pre}");
        assert!(pre.contains("disabled"), "the Move button is disabled");
        let id = a.to_string();
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/move"),
                &[("ids", id.as_str()), ("to", dest.as_str())],
            )
            .await;
        assert_eq!(r.status(), 409);
        assert!(r.text().await.unwrap().contains(REFUSED));
        assert_eq!(org_of(&app, a).await, Some(app.org_id(&org).await));
        assert!(app.audit_of("account_moved").await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn pending_invitations_without_a_number_move_when_numbers_suffice() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let dest = app.create_suborg(&org, "Stocked").await;
        app.add_numbers(&dest, &["+15550100001", "+15550100002"])
            .await;
        let a = app
            .insert_account(
                &org,
                "Q1",
                ("Quin", "One"),
                Some("q1@example.com"),
                "invited",
            )
            .await;
        let b = app
            .insert_account(
                &org,
                "Q2",
                ("Quin", "Two"),
                Some("q2@example.com"),
                "invited",
            )
            .await;
        let pre = app
            .get_html(&format!(
                "/orgs/{org}/accounts/move?ids={a}&ids={b}&to={dest}"
            ))
            .await;
        assert!(!pre.contains(REFUSED), "{pre}");
        let (sa, sb) = (a.to_string(), b.to_string());
        let r = app
            .post_form(
                &format!("/orgs/{org}/accounts/move"),
                &[
                    ("ids", sa.as_str()),
                    ("ids", sb.as_str()),
                    ("to", dest.as_str()),
                ],
            )
            .await;
        let batch = batch_id_of(&r, &org);
        let results = items(&app, batch).await;
        assert!(results.iter().all(|r| r.1 == "succeeded"), "{results:?}");
        let dest_id = app.org_id(&dest).await;
        assert_eq!(org_of(&app, a).await, Some(dest_id));
        assert_eq!(org_of(&app, b).await, Some(dest_id));
        let status = app.account_by_ref(&dest, "Q1").await.unwrap().status;
        assert_eq!(status, "invited", "the invitation stays pending");
    })
    .await;
}

#[tokio::test]
async fn two_moves_racing_for_the_last_number_cannot_both_take_it() {
    for_each_backend(|app| async move {
        app.sign_in_super().await;
        let org = app.top_org().await;
        app.get_html(&format!("/orgs/{org}/accounts")).await;
        let dest = app.create_suborg(&org, "One left").await;
        app.add_numbers(&dest, &["+15550100001"]).await;
        let a = app
            .insert_account(
                &org,
                "R1",
                ("Ray", "One"),
                Some("r1@example.com"),
                "invited",
            )
            .await;
        let b = app
            .insert_account(
                &org,
                "R2",
                ("Ray", "Two"),
                Some("r2@example.com"),
                "invited",
            )
            .await;
        let (sa, sb) = (a.to_string(), b.to_string());
        let path = format!("/orgs/{org}/accounts/move");
        let fa = [("ids", sa.as_str()), ("to", dest.as_str())];
        let fb = [("ids", sb.as_str()), ("to", dest.as_str())];
        let (ra, rb) = tokio::join!(app.post_form(&path, &fa), app.post_form(&path, &fb));
        assert!(ra.status() == 303 || ra.status() == 409, "{}", ra.status());
        assert!(rb.status() == 303 || rb.status() == 409, "{}", rb.status());
        let dest_id = app.org_id(&dest).await;
        let moved = [org_of(&app, a).await, org_of(&app, b).await]
            .iter()
            .filter(|o| **o == Some(dest_id))
            .count();
        assert_eq!(moved, 1, "exactly one took the last number");
    })
    .await;
}

/// The list with selection, the confirmation pages and the Move pre-flight
/// in a real browser, at 1366 and 390 px; SCREENSHOT_DIR keeps pictures.
#[tokio::test]
async fn bulk_pages_work_in_a_real_browser_without_javascript_tricks() {
    use fantoccini::Locator;
    let Some((_driver, browser)) = crate::browser::start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let org = app.sign_in_super().await;
    let dest = app.create_suborg(&org, "Branch office").await;
    app.add_numbers(&org, &["+15550100001", "+15550100002"])
        .await;
    for i in 0..30 {
        let status = if i % 3 == 0 { "invited" } else { "saved" };
        app.insert_account(
            &org,
            &format!("B{i:02}"),
            ("Bulk", &format!("User{i:02}")),
            Some(&format!("user{i:02}@example.com")),
            status,
        )
        .await;
    }
    crate::browser::sign_in_super(&browser, &app).await;
    let shot = |name: String| {
        let browser = browser.clone();
        async move { crate::browser::screenshot(&browser, &name).await }
    };
    for (width, suffix, select_all) in [(1366, "", "select-all"), (390, "_390", "select-all-bar")] {
        browser.set_window_size(width, 900).await.unwrap();
        let list = app.url(&format!("/orgs/{org}/accounts"));
        browser.goto(&list).await.unwrap();
        shot(format!("accounts_list{suffix}")).await;
        browser
            .execute(
                "document.getElementById('bulk-form').scrollIntoView()",
                vec![],
            )
            .await
            .unwrap();
        shot(format!("accounts_list_selection{suffix}")).await;
        // Two ticked rows, then Delete: the confirmation names them.
        let boxes = browser
            .find_all(Locator::Css("input[name=ids]"))
            .await
            .unwrap();
        boxes[0].click().await.unwrap();
        boxes[1].click().await.unwrap();
        click(&browser, Locator::Css("button[value=delete]")).await;
        browser
            .wait()
            .for_element(Locator::Css("form.confirm"))
            .await
            .unwrap();
        let page = browser.source().await.unwrap();
        assert!(page.contains("2 selected accounts"), "{page}");
        shot(format!("accounts_bulk_delete{suffix}")).await;
        // The header box and Resend Invite: "all 30" said first.
        browser.goto(&list).await.unwrap();
        click(&browser, Locator::Id(select_all)).await;
        click(&browser, Locator::Css("button[value=invite]")).await;
        let all = browser
            .wait()
            .for_element(Locator::Css("button[value=filter]"))
            .await
            .unwrap();
        assert!(
            browser
                .source()
                .await
                .unwrap()
                .contains("All 30 accounts matching this filter are selected.")
        );
        shot(format!("accounts_bulk_select_all{suffix}")).await;
        all.click().await.unwrap();
        browser
            .wait()
            .for_element(Locator::Css("form.confirm"))
            .await
            .unwrap();
        shot(format!("accounts_bulk_invite{suffix}")).await;
        // Change User Permissions / features.
        browser.goto(&list).await.unwrap();
        browser
            .find_all(Locator::Css("input[name=ids]"))
            .await
            .unwrap()[2]
            .click()
            .await
            .unwrap();
        click(&browser, Locator::Css("button[value=edit]")).await;
        browser
            .wait()
            .for_element(Locator::Id("user_permissions_id"))
            .await
            .unwrap();
        shot(format!("accounts_bulk_edit{suffix}")).await;
        // Move: choose the destination, read the pre-flight (blocked: the
        // branch has no numbers for the pending invitations).
        browser.goto(&list).await.unwrap();
        click(&browser, Locator::Id(select_all)).await;
        click(&browser, Locator::Css("button[value=move]")).await;
        browser
            .wait()
            .for_element(Locator::Css("button[value=filter]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        browser.wait().for_element(Locator::Id("to")).await.unwrap();
        shot(format!("accounts_move_choose{suffix}")).await;
        browser
            .find(Locator::Css(&format!("#to option[value='{dest}']")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        click(&browser, Locator::Css("form.filters button[type=submit]")).await;
        browser
            .wait()
            .for_element(Locator::Css("dl.facts"))
            .await
            .unwrap();
        let page = browser.source().await.unwrap();
        assert!(page.contains(REFUSED));
        let button = browser
            .find(Locator::Css("form.actions button[type=submit]"))
            .await
            .unwrap();
        assert!(!button.is_enabled().await.unwrap(), "Move is disabled");
        shot(format!("accounts_move_preflight{suffix}")).await;
    }
    browser.close().await.unwrap();
}
