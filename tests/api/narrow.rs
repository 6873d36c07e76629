//! Issue 11, "Layout and tables": no page is wider than a 390 px phone
//! screen, and the main menu folds away behind a "Menu" button there (without
//! JavaScript) while it stays in view on a 1366 px laptop screen.

use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::browser::{click, current_page, screenshot, sign_in_super, start_browser, wait_left};
use crate::helpers::*;
use crate::pages::seed;

const PHONE: u32 = 390;
/// Lists are tables here, not cards: a wide one scrolls inside its box.
const TABLET: u32 = 768;
const LAPTOP: u32 = 1366;

#[tokio::test]
async fn every_main_page_fits_a_390_px_phone_screen_and_the_menu_folds_away() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    for_each_backend(|app| {
        let browser = browser.clone();
        async move { every_page_fits(&app, &browser).await }
    })
    .await;
    browser.close().await.unwrap();
}

async fn every_page_fits(app: &TestApp, browser: &Client) {
    let org = app.sign_in_super().await;
    let pages = seed(app, &org).await;

    browser.delete_all_cookies().await.unwrap();
    resize(browser, LAPTOP).await;
    sign_in_super(browser, app).await;

    // On a laptop the menu is there at once, with no "Menu" button.
    let links = browser.find_all(Locator::Css("nav.menu a")).await.unwrap();
    assert!(links.len() >= 5, "the menu has its sections");
    for link in &links {
        let text = link.text().await.unwrap();
        assert!(
            link.is_displayed().await.unwrap(),
            "'{text}' is visible at {LAPTOP} px"
        );
    }
    assert!(
        !shown(browser, "label.menu-button").await,
        "no Menu button at {LAPTOP} px"
    );

    let mut too_wide = Vec::new();
    for width in [PHONE, TABLET, LAPTOP] {
        resize(browser, width).await;
        for (path, name) in &pages {
            too_wide.extend(overflow_of(browser, app, path, &format!("{name}_{width}")).await);
        }
    }
    // Spanish and Portuguese words are longer: on a phone too, every page.
    for language in ["Spanish", "Portuguese"] {
        app.set_language(language).await;
        resize(browser, PHONE).await;
        for (path, name) in &pages {
            let shot = format!("{name}_{PHONE}_{language}");
            too_wide.extend(overflow_of(browser, app, path, &shot).await);
        }
    }
    app.set_language("English").await;

    // On a phone the menu folds behind "Menu", which opens it without
    // JavaScript (a label for a checkbox).
    resize(browser, PHONE).await;
    let dashboard = format!("/orgs/{org}/dashboard");
    browser.goto(&app.url(&dashboard)).await.unwrap();
    let administrators = browser
        .find(Locator::Css("nav.menu a[href$='/administrators']"))
        .await
        .unwrap();
    assert!(
        !administrators.is_displayed().await.unwrap(),
        "the menu is folded at {PHONE} px"
    );
    let button = browser
        .find(Locator::Css("label.menu-button"))
        .await
        .unwrap();
    assert_eq!(button.text().await.unwrap(), "Menu");
    button.click().await.unwrap();
    assert!(
        administrators.is_displayed().await.unwrap(),
        "Menu opens the menu at {PHONE} px"
    );
    too_wide.extend(overflow(browser, "the open menu").await);
    screenshot(browser, &format!("menu_open_{PHONE}")).await;
    let menu_page = current_page(browser).await;
    administrators.click().await.unwrap();
    wait_left(&menu_page).await;
    browser
        .wait()
        .for_element(Locator::Css("main h1"))
        .await
        .unwrap();
    assert!(
        browser
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/administrators")
    );

    // The Sub-Organizations switcher, opened.
    click(browser, Locator::Css("details.switcher summary")).await;
    assert!(
        shown(browser, "details.switcher ul").await,
        "the switcher opens"
    );
    too_wide.extend(overflow(browser, "the open Sub-Organizations switcher").await);
    screenshot(browser, &format!("switcher_open_{PHONE}")).await;

    // A flash message naming something long and unbroken.
    let suborgs = format!("/orgs/{org}/suborgs");
    browser.goto(&app.url(&suborgs)).await.unwrap();
    browser
        .find(Locator::Id("name"))
        .await
        .unwrap()
        .send_keys(LONG_NAME)
        .await
        .unwrap();
    click(
        browser,
        Locator::Css("form.inline-form button[type=submit]"),
    )
    .await;
    let flash = browser
        .wait()
        .for_element(Locator::Css(".flash-success"))
        .await
        .unwrap();
    assert!(flash.text().await.unwrap().contains(LONG_NAME));
    too_wide.extend(overflow(browser, "a flash message naming a long sub-organization").await);
    screenshot(browser, &format!("flash_{PHONE}")).await;

    // Signed out: the sign-in and forgotten-password pages.
    browser.delete_all_cookies().await.unwrap();
    for width in [PHONE, LAPTOP] {
        resize(browser, width).await;
        for (path, name) in [("/login", "login"), ("/password/forgot", "forgot")] {
            too_wide.extend(overflow_of(browser, app, path, &format!("{name}_{width}")).await);
        }
    }
    assert!(
        too_wide.is_empty(),
        "pages wider than the window:\n{}",
        too_wide.join("\n")
    );
}

/// A sub-organization's name with no place to break a line.
const LONG_NAME: &str = "Lisbon-Customer-Operations-and-Field-Services-Night-Shift";

/// Sets the window so that the page itself is `width` px wide.
async fn resize(browser: &Client, width: u32) {
    let height = if std::env::var("SCREENSHOT_DIR").is_ok() {
        1600
    } else {
        844
    };
    let mut outer = width;
    for _ in 0..3 {
        browser.set_window_size(outer, height).await.unwrap();
        let inner = inner_width(browser).await;
        if inner == i64::from(width) {
            return;
        }
        outer = u32::try_from(i64::from(outer) + i64::from(width) - inner).unwrap();
    }
    assert_eq!(
        inner_width(browser).await,
        i64::from(width),
        "the window is {width} px wide"
    );
}

async fn inner_width(browser: &Client) -> i64 {
    browser
        .execute("return window.innerWidth", vec![])
        .await
        .unwrap()
        .as_i64()
        .unwrap()
}

async fn shown(browser: &Client, css: &str) -> bool {
    match browser.find(Locator::Css(css)).await {
        Ok(element) => element.is_displayed().await.unwrap(),
        Err(_) => false,
    }
}

/// Opens `path` (it must open, not redirect or fail) and says how it is
/// wider than the window, if it is.
async fn overflow_of(browser: &Client, app: &TestApp, path: &str, name: &str) -> Option<String> {
    browser.goto(&app.url(path)).await.unwrap();
    let url = browser.current_url().await.unwrap();
    let opened = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    assert_eq!(opened, path, "{path} opened without a redirect");
    let heading = browser
        .find(Locator::Css("main h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !heading.contains("not found") && !heading.contains("privilege"),
        "{path} shows its page, not '{heading}'"
    );
    screenshot(browser, name).await;
    overflow(browser, path).await
}

/// When the current page is wider than the window: how wide, and the
/// elements that reach past its right edge (outermost first).
async fn overflow(browser: &Client, what: &str) -> Option<String> {
    let measure = browser
        .execute(
            r##"
            const inner = window.innerWidth;
            const wide = [];
            for (const e of document.body.querySelectorAll("*")) {
              const r = e.getBoundingClientRect();
              if (r.right > inner + 0.5) {
                const id = e.id ? "#" + e.id : "";
                const cls = e.className && e.className.baseVal === undefined && e.className
                  ? "." + e.className.trim().split(/\s+/).join(".") : "";
                wide.push(`${e.tagName.toLowerCase()}${id}${cls} (${Math.round(r.right)} px)`);
              }
            }
            // Text that spills out of its box (a long word) has no box of its own.
            for (const e of document.body.querySelectorAll("*")) {
              if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible"
                  && e.getBoundingClientRect().right + e.scrollWidth - e.clientWidth > inner) {
                wide.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).trim().split(/\s+/).join(".") : ""} spills (${e.scrollWidth} > ${e.clientWidth} px)`);
              }
            }
            return [document.documentElement.scrollWidth, inner, wide.slice(0, 10).join(", ")];
            "##,
            vec![],
        )
        .await
        .unwrap();
    let Value::Array(values) = measure else {
        panic!("no measure");
    };
    let (scroll, inner) = (values[0].as_i64().unwrap(), values[1].as_i64().unwrap());
    (scroll > inner).then(|| {
        format!(
            "{what} is {scroll} px wide in a {inner} px window; past the edge: {}",
            values[2].as_str().unwrap_or_default()
        )
    })
}
