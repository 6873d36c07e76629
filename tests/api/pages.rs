//! The pages every signed-in administrator can reach, over data shaped to
//! stress them (long names and addresses, more than a page of accounts, an
//! import with an invalid row): the 390 px test and the language test walk
//! the same list.

use crate::helpers::*;

/// A long, unbreakable address: it must wrap rather than widen a page.
pub const LONG_EMAIL: &str =
    "maximiliana.von-unterberg-hohenzollern.operations@subsidiary-example-organisation.com";

/// Puts something on every list (long names and addresses included) and
/// returns the pages to visit, each with a name for its screenshot.
pub async fn seed(app: &TestApp, org: &str) -> Vec<(String, String)> {
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
