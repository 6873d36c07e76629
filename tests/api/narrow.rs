//! Issue 11, "Layout and tables": no page is wider than a 390 px phone
//! screen, and the main menu folds away behind a "Menu" button there (without
//! JavaScript) while it stays in view on a 1366 px laptop screen.

use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::browser::{screenshot, sign_in_super, start_browser};
use crate::helpers::*;

const PHONE: u32 = 390;
/// Lists are tables here, not cards: a wide one scrolls inside its box.
const TABLET: u32 = 768;
const LAPTOP: u32 = 1366;

/// A long, unbreakable address: it must wrap rather than widen a page.
const LONG_EMAIL: &str =
    "maximiliana.von-unterberg-hohenzollern.operations@subsidiary-example-organisation.com";

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
    administrators.click().await.unwrap();
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
    browser
        .find(Locator::Css("details.switcher summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
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
    browser
        .find(Locator::Css("form.inline-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
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

/// Puts something on every list (long names and addresses included) and
/// returns the pages to visit, each with a name for its screenshot.
async fn seed(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    let sub = app
        .create_suborg(org, "Lisbon Customer Operations and Field Services")
        .await;
    app.create_suborg(&sub, "Porto Night Shift").await;
    let admin = app
        .create_admin(org, LONG_EMAIL, "a long enough password", &[])
        .await;
    let role = app.role_of(admin).await;
    app.add_numbers(org, &["+14155550101", "+14155550102", "+351912345678"])
        .await;
    let account = app.saved_account(org, "Maximiliana", LONG_EMAIL).await;
    app.give_number(org, account, "+14155550199").await;
    // More than a page of accounts, so the pager shows.
    for i in 0..30 {
        app.saved_account(
            org,
            &format!("Person{i:02}"),
            &format!("person{i:02}@example.com"),
        )
        .await;
    }
    // An import: a preview with an invalid row, and the batch it leaves.
    let csv = format!(
        "firstname,lastname,email address or device,social_messaging,multiline_number,monitor_calls,monitor_sms,forwarding_number,restrict_incoming_social_messaging,Language\n\
         Ann,Lee,ann.lee.with.a.long.address@subsidiary-example-organisation.com,No,,auto,on,,,\n\
         Di,Bad,{LONG_EMAIL}x-not-an-address,Maybe,,auto,on,,,\n"
    );
    let preview = crate::import::preview_of(app, org, &csv).await;
    let batch = crate::import::import(app, &preview, "import").await;
    let preview = crate::import::preview_of(app, org, &csv).await;

    let mut pages: Vec<(String, String)> = [
        ("dashboard", "dashboard".to_owned()),
        ("administrators", "administrators".to_owned()),
        ("administrator", format!("administrators/{admin}")),
        ("administrator_new", "administrators/new".to_owned()),
        ("api_user_new", "administrators/new-api-user".to_owned()),
        ("roles", "roles".to_owned()),
        ("role", format!("roles/{role}")),
        ("role_new", "roles/new".to_owned()),
        ("accounts", "accounts".to_owned()),
        ("accounts_page_2", "accounts?page=2".to_owned()),
        ("account", format!("accounts/{account}")),
        ("account_new", "accounts/new".to_owned()),
        ("account_import", "accounts/import".to_owned()),
        ("numbers", "numbers".to_owned()),
        ("numbers_new", "numbers/new".to_owned()),
        ("numbers_allocate", "numbers/allocate".to_owned()),
        ("account_edit", format!("accounts/{account}/edit")),
        (
            "accounts_move",
            format!("accounts/move?ids={account}&to={sub}"),
        ),
        ("failed_jobs", "reports/jobs".to_owned()),
        ("setup", "setup".to_owned()),
        ("suborgs", "suborgs".to_owned()),
        ("reports", "reports".to_owned()),
        ("batches", "reports/batches".to_owned()),
        ("activity", "reports/administrators-activity".to_owned()),
    ]
    .into_iter()
    .map(|(name, path)| (format!("{base}/{path}"), name.to_owned()))
    .collect();
    pages.push((preview, "import_preview".into()));
    pages.push((batch, "batch".into()));
    pages.push(("/me".into(), "me".into()));

    // Every Setup page that exists, as the Setup index links them.
    let setup = app.get_html(&format!("{base}/setup")).await;
    let setup_pages = links_below(&setup, &base, "/setup/");
    for expected in ["user-permissions", "invitation-templates", "manage-alerts"] {
        assert!(
            setup_pages.iter().any(|p| p.ends_with(expected)),
            "the Setup index links {expected}: {setup_pages:?}"
        );
    }
    for path in setup_pages {
        let name = path.rsplit('/').next().unwrap().replace('-', "_");
        pages.push((path, format!("setup_{name}")));
    }
    pages.push((
        format!("{base}/setup/user-permissions/new"),
        "setup_user_permissions_new".into(),
    ));
    pages
}

/// The distinct `href`s in `html` that start with `base` + `under`.
fn links_below(html: &str, base: &str, under: &str) -> Vec<String> {
    let prefix = format!("href=\"{base}{under}");
    let mut found: Vec<String> = html
        .match_indices(&prefix)
        .filter_map(|(at, _)| {
            let rest = &html[at + "href=\"".len()..];
            rest.split('"').next().map(str::to_owned)
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

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
