//! The role form in a real browser: with JavaScript, "Select all <section>"
//! ticks the section in place (no round trip), and Enter in the name field
//! saves rather than pressing a "Select all" button.

use diesel::prelude::*;
use fantoccini::{Client, Locator};
use switchboard::db::schema::roles;

use crate::browser::{click, screenshot, sign_in_super, start_browser};
use crate::helpers::*;

async fn ticked(browser: &Client, key: &str) -> bool {
    browser
        .find(Locator::Css(&format!("input[value='{key}']")))
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap()
        .as_deref()
        == Some("true")
}

#[tokio::test]
async fn select_all_ticks_a_section_in_place_and_enter_saves_in_a_real_browser() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let org = app.sign_in_super().await;
    sign_in_super(&browser, &app).await;
    let new_role = format!("/orgs/{org}/roles/new");
    browser.goto(&app.url(&new_role)).await.unwrap();
    click(
        &browser,
        Locator::Css("button[name='select_all'][value='Reports']"),
    )
    .await;
    assert!(
        browser
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/roles/new"),
        "no round trip with JavaScript"
    );
    assert!(ticked(&browser, "reports.view.activities").await);
    assert!(ticked(&browser, "reports.download.user_metrics").await);
    assert!(
        !ticked(&browser, "dashboard.view").await,
        "other sections untouched"
    );
    screenshot(&browser, "role_select_all").await;

    let name = browser.find(Locator::Id("name")).await.unwrap();
    name.send_keys("Reporter\u{E007}").await.unwrap();
    browser
        .wait()
        .for_element(Locator::Css(".flash-success"))
        .await
        .unwrap();
    assert!(
        browser
            .source()
            .await
            .unwrap()
            .contains("Role 'Reporter' created.")
    );
    let saved: i64 = app
        .db
        .run(|conn| {
            Ok(roles::table
                .filter(roles::name.eq("Reporter"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(saved, 1);
    browser.close().await.unwrap();
}
