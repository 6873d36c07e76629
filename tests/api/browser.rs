//! A real browser: headless Chromium through chromedriver (WebDriver).
//! Without chromedriver the test says so loudly and skips, unless
//! REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};

use crate::helpers::*;

pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_chromedriver() -> Option<String> {
    let candidates = [
        std::env::var("CHROMEDRIVER").unwrap_or_default(),
        "/usr/bin/chromedriver".into(),
    ];
    candidates
        .into_iter()
        .find(|p| !p.is_empty() && std::path::Path::new(p).exists())
}

fn browser_required() -> bool {
    matches!(
        std::env::var("REQUIRE_BROWSER").as_deref(),
        Ok("1" | "true")
    )
}

pub async fn start_browser() -> Option<(Driver, fantoccini::Client)> {
    let Some(path) = find_chromedriver() else {
        assert!(
            !browser_required(),
            "REQUIRE_BROWSER=1 but chromedriver was not found"
        );
        eprintln!(
            "\n*** SKIPPED browser test: chromedriver not found (apt-get install chromium chromium-driver) ***\n"
        );
        return None;
    };
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver(child);
    let mut caps = serde_json::Map::new();
    let chrome_bin = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chrome_bin,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,900"]
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..50 {
        match ClientBuilder::new(hyper_connector())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return Some((driver, client)),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    panic!("could not connect to chromedriver");
}

fn hyper_connector() -> hyper_util::client::legacy::connect::HttpConnector {
    hyper_util::client::legacy::connect::HttpConnector::new()
}

async fn fill(browser: &fantoccini::Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Signs the super administrator in through the login form and waits for
/// the menu.
pub async fn sign_in_super(browser: &fantoccini::Client, app: &TestApp) {
    browser.goto(&app.url("/login")).await.unwrap();
    fill(browser, "email", SUPER_EMAIL).await;
    fill(browser, "password", SUPER_PASSWORD).await;
    submit(browser).await;
    browser
        .wait()
        .for_element(Locator::Css("nav.menu"))
        .await
        .unwrap();
}

/// Clicks the element `locator` finds (it must be there).
pub async fn click(browser: &fantoccini::Client, locator: Locator<'_>) {
    browser.find(locator).await.unwrap().click().await.unwrap();
}

/// The document now shown, to tell when a click has left it ([`wait_left`]).
pub async fn current_page(browser: &fantoccini::Client) -> fantoccini::elements::Element {
    browser.find(Locator::Css("html")).await.unwrap()
}

/// Waits until `page` (from [`current_page`]) is gone, i.e. the click that
/// leads away from it has loaded the next document; waiting for an element
/// alone could find it on the old page. Polls for up to 15 s.
pub async fn wait_left(page: &fantoccini::elements::Element) {
    for _ in 0..300 {
        if page.tag_name().await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the click did not lead to another page");
}

/// With SCREENSHOT_DIR set, keeps a picture of the page as `<name>.png`.
pub async fn screenshot(browser: &fantoccini::Client, name: &str) {
    if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
        let png = browser.screenshot().await.unwrap();
        std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
    }
}

async fn submit(browser: &fantoccini::Client) {
    let button = browser
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap();
    button.click().await.unwrap();
}

#[tokio::test]
async fn a_new_user_sets_up_signs_in_and_sees_the_dashboard_in_a_real_browser() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let setup = app.setup_url.clone().unwrap();

    browser.goto(&setup).await.unwrap();
    fill(&browser, "first_name", "Ada").await;
    fill(&browser, "last_name", "Lovelace").await;
    fill(&browser, "email", "ada@example.com").await;
    fill(&browser, "password", "analytical engine").await;
    submit(&browser).await;

    browser
        .wait()
        .for_element(Locator::Css("form[action='/login']"))
        .await
        .unwrap_or_else(|e| {
            panic!("no sign-in form after setup: {e}");
        });
    assert!(
        browser
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("/login")
    );
    let page = browser.source().await.unwrap();
    assert!(page.contains("Your administrator account is ready."));
    fill(&browser, "email", "ada@example.com").await;
    fill(&browser, "password", "analytical engine").await;
    submit(&browser).await;

    // Wait for a signed-in page (the main menu), not the sign-in page's own heading.
    browser
        .wait()
        .for_element(Locator::Css("nav.menu"))
        .await
        .unwrap();
    let heading = browser.find(Locator::Css("main h1")).await.unwrap();
    assert_eq!(heading.text().await.unwrap(), "Dashboard");
    let page = browser.source().await.unwrap();
    assert!(page.contains("All the information displayed in UTC"));
    assert!(page.contains("Ada Lovelace"));
    // The stylesheet loaded (served from static/, allowed by the CSP).
    let topbar = browser.find(Locator::Css(".topbar")).await.unwrap();
    let colour = topbar.css_value("background-color").await.unwrap();
    assert_eq!(colour, "rgba(18, 38, 63, 1)");

    // SCREENSHOT_DIR=/tmp/shots keeps pictures of the main pages to look at.
    if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
        let base = browser.current_url().await.unwrap();
        let org = base.path().split('/').nth(2).unwrap().to_owned();
        let shot = |name: String| {
            let browser = browser.clone();
            let dir = dir.clone();
            async move {
                let png = browser.screenshot().await.unwrap();
                std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
            }
        };
        // Re-invite everyone on a list longer than a page: the select-all
        // confirmation, then the batch it leaves in Reports.
        for i in 0..26 {
            app.create_admin(
                &org,
                &format!("staff{i:02}@example.com"),
                "staff password long",
                &[],
            )
            .await;
        }
        browser
            .goto(&app.url(&format!("/orgs/{org}/administrators")))
            .await
            .unwrap();
        click(&browser, Locator::Id("select-all")).await;
        click(&browser, Locator::Css("button[form=reinvite-form]")).await;
        let all = browser
            .wait()
            .for_element(Locator::Css("button[value=filter]"))
            .await
            .unwrap();
        shot("reinvite_select_all".into()).await;
        all.click().await.unwrap();
        // They are active: the portal asks before resetting their passwords.
        let confirm = browser
            .wait()
            .for_element(Locator::Css("button[name=confirm_active][value=yes]"))
            .await
            .unwrap();
        shot("reinvite_confirm_active".into()).await;
        confirm.click().await.unwrap();
        browser
            .wait()
            .for_element(Locator::Css("dl.facts"))
            .await
            .unwrap();
        shot("batch".into()).await;
        for (width, suffix) in [(1366, ""), (390, "_390")] {
            browser.set_window_size(width, 900).await.unwrap();
            for page in [
                "dashboard",
                "administrators",
                "administrators/new",
                "roles",
                "roles/new",
                "suborgs",
                "reports",
                "reports/batches",
                "reports/jobs",
                "accounts",
                "accounts/new",
                "numbers",
                "numbers/new",
                "setup",
                "setup/user-permissions",
                "setup/feature-settings",
                "setup/domain-restriction",
                "setup/invitation-templates",
            ] {
                browser
                    .goto(&app.url(&format!("/orgs/{org}/{page}")))
                    .await
                    .unwrap();
                shot(format!("{}{suffix}", page.replace('/', "_"))).await;
            }
        }
    }
    browser.close().await.unwrap();
}

#[tokio::test]
async fn my_profile_opens_from_the_name_and_changes_the_time_zone_in_a_real_browser() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let org = app.sign_in_super().await;
    // A second session (another browser) for the Sessions list, and a
    // locked administrator for the list and their record.
    app.sign_in_new_browser(SUPER_EMAIL, SUPER_PASSWORD).await;
    let ops = app
        .create_admin(&org, "ops@example.com", "ops password long", &[])
        .await;
    let (stranger, _) = app.new_browser();
    for _ in 0..5 {
        let login = stranger.get(app.url("/login")).send().await.unwrap();
        let token = csrf_in(&login.text().await.unwrap()).unwrap();
        stranger
            .post(app.url("/login"))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", "ops@example.com"),
                ("password", "a wrong password"),
            ])
            .send()
            .await
            .unwrap();
    }

    sign_in_super(&browser, &app).await;
    click(&browser, Locator::Css("a.who-name")).await;
    browser
        .wait()
        .for_element(Locator::Id("time_zone"))
        .await
        .unwrap()
        .select_by_value("Europe/Lisbon")
        .await
        .unwrap();
    click(
        &browser,
        Locator::Css("form[action='/me'] button[type=submit]"),
    )
    .await;
    browser
        .wait()
        .for_element(Locator::Css(".flash-success"))
        .await
        .unwrap();
    let page = browser.source().await.unwrap();
    assert!(page.contains("Your profile was saved."));
    assert!(page.contains("All the information displayed in Europe/Lisbon"));
    assert!(page.contains("This browser"));
    browser
        .goto(&app.url(&format!("/orgs/{org}/administrators")))
        .await
        .unwrap();
    assert!(browser.source().await.unwrap().contains(">Locked</span>"));

    if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
        for (width, height, suffix) in [(1366, 1400, ""), (390, 3000, "_390")] {
            browser.set_window_size(width, height).await.unwrap();
            for (page, name) in [
                ("/me".to_owned(), "me"),
                (
                    format!("/orgs/{org}/administrators"),
                    "administrators_locked",
                ),
                (
                    format!("/orgs/{org}/administrators/{ops}"),
                    "administrator_locked",
                ),
            ] {
                browser.goto(&app.url(&page)).await.unwrap();
                let png = browser.screenshot().await.unwrap();
                std::fs::write(format!("{dir}/{name}{suffix}.png"), png).unwrap();
            }
            // The Sessions panel, scrolled to.
            browser
                .goto(&app.url("/me#sessions-heading"))
                .await
                .unwrap();
            let png = browser.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/me_sessions{suffix}.png"), png).unwrap();
        }
        // A form sent back: the wrong current password, next to its field.
        browser.set_window_size(1366, 1400).await.unwrap();
        browser.goto(&app.url("/me")).await.unwrap();
        fill(&browser, "current_password", "not my password").await;
        fill(&browser, "password", "passwordpassword").await;
        fill(&browser, "confirm_password", "passwordpassword").await;
        click(
            &browser,
            Locator::Css("form[action='/me/password'] button[type=submit]"),
        )
        .await;
        browser
            .wait()
            .for_element(Locator::Css(".field-error"))
            .await
            .unwrap();
        let png = browser.screenshot().await.unwrap();
        std::fs::write(format!("{dir}/me_weak_password.png"), png).unwrap();
    }
    browser.close().await.unwrap();
}

#[tokio::test]
async fn two_factor_authentication_is_set_up_from_my_profile_in_a_real_browser() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    app.sign_in_super().await;
    sign_in_super(&browser, &app).await;
    browser.goto(&app.url("/me#mfa-heading")).await.unwrap();
    if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
        for (width, suffix) in [(1366, ""), (390, "_390")] {
            browser.set_window_size(width, 900).await.unwrap();
            browser.goto(&app.url("/me#mfa-heading")).await.unwrap();
            let png = browser.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/me_mfa{suffix}.png"), png).unwrap();
        }
        browser.set_window_size(1366, 900).await.unwrap();
    }
    click(&browser, Locator::Css("a[href='/me/two-factor']")).await;
    browser
        .wait()
        .for_element(Locator::Css(".qr svg"))
        .await
        .unwrap();
    let shots = std::env::var("SCREENSHOT_DIR").ok();
    if let Some(dir) = &shots {
        for (width, height, suffix) in [(1366, 900, ""), (390, 1400, "_390")] {
            browser.set_window_size(width, height).await.unwrap();
            let png = browser.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/mfa_enrol{suffix}.png"), png).unwrap();
        }
        browser.set_window_size(1366, 900).await.unwrap();
    }
    let secret = crate::mfa::secret_in(&browser.source().await.unwrap());
    fill(&browser, "code", &crate::mfa::code_now(&app, &secret)).await;
    fill(&browser, "current_password", SUPER_PASSWORD).await;
    click(
        &browser,
        Locator::Css("form[action='/me/two-factor'] button[type=submit]"),
    )
    .await;
    browser
        .wait()
        .for_element(Locator::Css(".recovery-codes"))
        .await
        .unwrap();
    assert!(
        browser
            .source()
            .await
            .unwrap()
            .contains("They are shown only once.")
    );
    if let Some(dir) = &shots {
        for (width, height, suffix) in [(1366, 900, ""), (390, 1400, "_390")] {
            browser.set_window_size(width, height).await.unwrap();
            let png = browser.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/mfa_codes{suffix}.png"), png).unwrap();
        }
        // The code step of the next sign-in.
        browser.delete_all_cookies().await.unwrap();
        browser.goto(&app.url("/login")).await.unwrap();
        fill(&browser, "email", SUPER_EMAIL).await;
        fill(&browser, "password", SUPER_PASSWORD).await;
        submit(&browser).await;
        browser
            .wait()
            .for_element(Locator::Id("code"))
            .await
            .unwrap();
        for (width, height, suffix) in [(1366, 900, ""), (390, 900, "_390")] {
            browser.set_window_size(width, height).await.unwrap();
            let png = browser.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/mfa_code_step{suffix}.png"), png).unwrap();
        }
    }
}
