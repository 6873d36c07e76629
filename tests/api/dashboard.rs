//! Dashboard: tiles that link to their lists, what an administrator checks
//! first (invitations not yet accepted, Available numbers, the latest
//! batches), and only what the role may open.

use switchboard::domain::privileges::Privilege;

use crate::accounts::{Form, post_account};
use crate::administrators::{add_admin, super_role_id};
use crate::helpers::*;
use crate::reinvite::create_pending;

/// The number on the tile that links to `href`, if the page has that tile.
pub(crate) fn tile(html: &str, href: &str) -> Option<String> {
    let at = html.find(&format!("<a class=\"card-link\" href=\"{href}\">"))?;
    let rest = &html[at..];
    let start = rest.find("<span class=\"card-number\">")? + "<span class=\"card-number\">".len();
    let end = start + rest[start..].find("</span>")?;
    Some(rest[start..end].to_owned())
}

#[tokio::test]
async fn tiles_link_to_their_lists_and_count_what_waits() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        // An administrator invited in Sales, an account invited in EMEA.
        let role = super_role_id(&app).await;
        let response = add_admin(&app, &sales, "nia@example.com", &role).await;
        assert_eq!(response.status().as_u16(), 303);
        app.add_numbers(&emea, &["+15550100009"]).await;
        let invite = Form::account(&emea, "A-1", "ann@example.com").set("action", "invite");
        let response = post_account(&app, &emea, &invite).await;
        assert_eq!(
            response.status().as_u16(),
            303,
            "{}",
            response.text().await.unwrap()
        );
        app.saved_account(&top, "Sid", "sid@example.com").await;
        app.add_numbers(&top, &["+15550100001", "+15550100002", "+15550100003"])
            .await;

        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        let at = |path: &str| tile(&page, &format!("/orgs/{top}/{path}"));
        assert_eq!(at("suborgs").as_deref(), Some("2"), "{page}");
        assert_eq!(at("administrators").as_deref(), Some("2"), "{page}");
        assert_eq!(at("accounts").as_deref(), Some("2"), "{page}");
        assert_eq!(
            at("accounts?status=invited").as_deref(),
            Some("1"),
            "{page}"
        );
        assert_eq!(
            at("administrators?status=invited").as_deref(),
            Some("1"),
            "{page}"
        );
        assert_eq!(
            at("numbers?status=available").as_deref(),
            Some("3"),
            "{page}"
        );
        assert!(page.contains("Sub-Organizations (all levels)"), "{page}");

        // The links open the lists they count.
        let invited = app
            .get_html(&format!("/orgs/{top}/accounts?status=invited"))
            .await;
        assert!(invited.contains("Ann"), "{invited}");
        assert!(
            !invited.contains("Sid Tester") && !invited.contains("Tester, Sid"),
            "{invited}"
        );
        let admins = app
            .get_html(&format!("/orgs/{top}/administrators?status=invited"))
            .await;
        assert!(admins.contains("Okafor"), "{admins}");

        // Below the top org: only that subtree, and the org's own numbers.
        let page = app.get_html(&format!("/orgs/{sales}/dashboard")).await;
        let at = |path: &str| tile(&page, &format!("/orgs/{sales}/{path}"));
        assert_eq!(at("suborgs").as_deref(), Some("1"), "{page}");
        assert_eq!(at("administrators").as_deref(), Some("1"), "{page}");
        assert_eq!(
            at("accounts?status=invited").as_deref(),
            Some("1"),
            "{page}"
        );
        assert_eq!(
            at("administrators?status=invited").as_deref(),
            Some("1"),
            "{page}"
        );
        assert_eq!(
            at("numbers?status=available").as_deref(),
            Some("0"),
            "{page}"
        );
        let page = app.get_html(&format!("/orgs/{emea}/dashboard")).await;
        assert_eq!(
            tile(
                &page,
                &format!("/orgs/{emea}/administrators?status=invited")
            )
            .as_deref(),
            Some("0"),
            "{page}"
        );
    })
    .await;
}

#[tokio::test]
async fn the_latest_batches_are_listed_with_links() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(page.contains("No batch operations yet."), "{page}");

        let pending = create_pending(&app, &top, "pat@example.com").await;
        app.get_html(&format!("/orgs/{top}/administrators")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/administrators/reinvite"),
                &[("ids", &pending.to_string())],
            )
            .await;
        let batch = location(&response);
        let id = batch.rsplit('/').next().unwrap().to_owned();

        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(
            page.contains(&format!(
                "<a href=\"/orgs/{top}/reports/batches/{id}\">Re-invite administrators</a>"
            )),
            "{page}"
        );
        assert!(
            page.contains(&format!("href=\"/orgs/{top}/reports/batches\"")),
            "{page}"
        );
    })
    .await;
}

/// Re-invites the pending administrator from `org`'s list; the batch's id.
async fn reinvite_batch(app: &TestApp, org: &str, pending: i64) -> String {
    app.get_html(&format!("/orgs/{org}/administrators")).await;
    let response = app
        .post_form(
            &format!("/orgs/{org}/administrators/reinvite"),
            &[("ids", &pending.to_string())],
        )
        .await;
    location(&response).rsplit('/').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_latest_batches_are_the_subtrees_five_newest_newest_first() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let in_sales = create_pending(&app, &sales, "sam@example.com").await;
        let at_top = create_pending(&app, &top, "pat@example.com").await;
        let sales_batch = reinvite_batch(&app, &sales, in_sales).await;
        let mut top_batches = Vec::new();
        for _ in 0..5 {
            top_batches.push(reinvite_batch(&app, &top, at_top).await);
        }
        let link = |org: &str, id: &str| format!("href=\"/orgs/{org}/reports/batches/{id}\"");

        // The top org's: the five newest, newest first; Sales's is sixth.
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        let at: Vec<usize> = top_batches
            .iter()
            .rev()
            .map(|id| page.find(&link(&top, id)).expect("listed"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}: {page}");
        assert!(!page.contains(&link(&top, &sales_batch)), "{page}");

        // Sales sees its own only.
        let page = app.get_html(&format!("/orgs/{sales}/dashboard")).await;
        assert!(page.contains(&link(&sales, &sales_batch)), "{page}");
        for id in &top_batches {
            assert!(!page.contains(&format!("batches/{id}\"")), "{page}");
        }
    })
    .await;
}

#[tokio::test]
async fn tiles_show_only_for_lists_the_role_opens() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "dash@example.com",
            "dashboard password",
            &[Privilege::DashboardView],
        )
        .await;
        app.create_admin(
            &top,
            "acc@example.com",
            "accounts password",
            &[Privilege::DashboardView, Privilege::AccountsView],
        )
        .await;
        app.sign_out().await;

        app.sign_in("dash@example.com", "dashboard password").await;
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(page.contains("<h1>Dashboard</h1>"), "{page}");
        assert!(
            !page.contains("card-link"),
            "no tile without a list: {page}"
        );
        assert!(!page.contains("Latest batches"), "{page}");
        app.sign_out().await;

        app.sign_in("acc@example.com", "accounts password").await;
        let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        let at = |path: &str| tile(&page, &format!("/orgs/{top}/{path}"));
        assert!(at("accounts").is_some(), "{page}");
        assert!(at("accounts?status=invited").is_some(), "{page}");
        for hidden in [
            "suborgs",
            "administrators",
            "administrators?status=invited",
            "numbers?status=available",
        ] {
            assert!(at(hidden).is_none(), "{hidden}: {page}");
        }
        // Batches that acted on accounts are theirs to see.
        assert!(page.contains("Latest batches"), "{page}");
    })
    .await;
}
