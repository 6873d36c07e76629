//! The Administrators list's sortable columns and page size: every offered
//! sort, both ways, on the first page and on the last (read from the end
//! of its index), and a real browser's view of the filter bar.

use fantoccini::Locator;

use crate::browser::{click, current_page, sign_in_super, start_browser, wait_left};
use crate::helpers::*;

/// (email, status, last sign-in) of 59 more administrators in the top org,
/// inserted directly: names, emails, statuses and sign-ins each in a
/// different order, a third never signed in.
async fn seed_sortable(app: &TestApp) {
    let role = app.super_role_id().await;
    app.db
        .run(move |conn| {
            use diesel::prelude::*;
            use switchboard::db::schema::administrators;
            let now = chrono::Utc::now().naive_utc();
            let statuses = ["invited", "active", "login_suspended", "account_suspended"];
            for i in 0..59_i64 {
                let signed_in = (i % 3 != 0).then(|| now - chrono::Duration::hours((i * 11) % 59));
                diesel::insert_into(administrators::table)
                    .values((
                        administrators::org_id.eq(1_i64),
                        administrators::role_id.eq(role),
                        administrators::kind.eq("admin"),
                        administrators::first_name.eq("Pat"),
                        administrators::last_name.eq(format!("Name{:02}", (i * 7) % 59)),
                        administrators::email.eq(format!("e{:02}@example.com", (i * 13) % 59)),
                        administrators::status.eq(statuses[usize::try_from(i % 4).unwrap()]),
                        administrators::last_sign_in_at.eq(signed_in),
                        administrators::created_at.eq(now),
                        administrators::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
}

type SortRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<chrono::NaiveDateTime>,
);

/// Every administrator's email in the order `sort` and `dir` should list them.
async fn expected_order(app: &TestApp, sort: &str, dir: &str, status: Option<&str>) -> Vec<String> {
    let status = status.map(str::to_owned);
    let mut rows: Vec<SortRow> = app
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use switchboard::db::schema::administrators as a;
            let mut q = a::table
                .select((
                    a::id,
                    a::first_name,
                    a::last_name,
                    a::email,
                    a::status,
                    a::last_sign_in_at,
                ))
                .into_boxed();
            if let Some(s) = status {
                q = q.filter(a::status.eq(s));
            }
            Ok(q.load(conn)?)
        })
        .await
        .unwrap();
    rows.sort_by(|x, y| match sort {
        "email" => x.3.cmp(&y.3),
        // Never signed in comes first going up.
        "last_sign_in" => (x.5, x.0).cmp(&(y.5, y.0)),
        "status" => (&x.4, &x.2, &x.1, x.0).cmp(&(&y.4, &y.2, &y.1, y.0)),
        _ => (&x.2, &x.1, x.0).cmp(&(&y.2, &y.1, y.0)),
    });
    if dir == "desc" {
        rows.reverse();
    }
    rows.into_iter().map(|r| r.3).collect()
}

/// The emails of the rows of a list page, in order.
fn emails_in(html: &str) -> Vec<String> {
    html.match_indices("<td data-label=\"Email\">")
        .map(|(at, m)| {
            let start = at + m.len();
            html[start..start + html[start..].find('<').unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn each_sort_orders_the_first_and_the_last_page() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        seed_sortable(&app).await;
        let list = format!("/orgs/{top}/administrators");
        for sort in ["name", "email", "last_sign_in", "status"] {
            for dir in ["asc", "desc"] {
                let all = expected_order(&app, sort, dir, None).await;
                assert_eq!(all.len(), 60);
                let query = format!("{list}?sort={sort}&dir={dir}");
                let first = app.get_html(&query).await;
                assert_eq!(emails_in(&first), all[..25].to_vec(), "{sort} {dir} page 1");
                // Page 3 of 3 is read backwards from the end of the index.
                let last = app.get_html(&format!("{query}&page=3")).await;
                assert_eq!(emails_in(&last), all[50..].to_vec(), "{sort} {dir} page 3");
                let arrow = if dir == "asc" {
                    "ascending"
                } else {
                    "descending"
                };
                assert!(first.contains(&format!("<th scope=\"col\" aria-sort=\"{arrow}\">")));
                // The pager keeps the sort (the list's own needs no words).
                let kept = if (sort, dir) == ("name", "asc") {
                    String::new()
                } else {
                    format!("sort={sort}&#38;dir={dir}&#38;")
                };
                assert!(
                    first.contains(&format!("href=\"?{kept}page=2\"")),
                    "{first}"
                );
            }
        }
        // A filter and a search keep the order asked for.
        let invited = expected_order(&app, "last_sign_in", "desc", Some("invited")).await;
        let page = app
            .get_html(&format!("{list}?status=invited&sort=last_sign_in&dir=desc"))
            .await;
        assert_eq!(emails_in(&page), invited[..invited.len().min(25)].to_vec());
        let all = expected_order(&app, "email", "desc", None).await;
        let searched = app
            .get_html(&format!("{list}?q=example&sort=email&dir=desc&page=3"))
            .await;
        assert_eq!(emails_in(&searched), all[50..].to_vec());
    })
    .await;
}

#[tokio::test]
async fn page_size_is_kept_and_odd_values_fall_back() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        seed_sortable(&app).await;
        let list = format!("/orgs/{top}/administrators");
        let fifty = app.get_html(&format!("{list}?per=50")).await;
        assert_eq!(emails_in(&fifty).len(), 50);
        assert!(fifty.contains("Page 1 of 2 (60 in all)"), "{fifty}");
        assert!(fifty.contains("href=\"?per=50&#38;page=2\""), "{fifty}");
        assert!(fifty.contains("<option value=\"50\" selected>50</option>"));
        // Sorting links keep the page size.
        assert!(
            fifty.contains("href=\"?per=50&#38;sort=email&#38;dir=asc\""),
            "{fifty}"
        );
        let name_order = expected_order(&app, "name", "asc", None).await;
        for odd in [
            "per=7",
            "per=abc",
            "sort=role",
            "sort=bogus&dir=up",
            "dir=sideways",
        ] {
            let response = app.get(&format!("{list}?{odd}")).await;
            assert_eq!(response.status().as_u16(), 200, "{odd}");
            let page = response.text().await.unwrap();
            assert_eq!(emails_in(&page), name_order[..25].to_vec(), "{odd}");
        }
    })
    .await;
}

#[tokio::test]
async fn a_long_role_name_keeps_the_filter_bar_compact_and_the_headers_sort_in_a_real_browser() {
    let Some((_driver, browser)) = start_browser().await else {
        return;
    };
    let app = spawn_app(None).await;
    let top = app.sign_in_super().await;
    // The role created for this administrator is "Role for <email>": 60
    // characters.
    let email = format!(
        "{}@example.com",
        "l".repeat(60 - "Role for @example.com".len())
    );
    app.create_admin(&top, &email, "long role password", &[])
        .await;
    sign_in_super(&browser, &app).await;
    browser
        .goto(&app.url(&format!("/orgs/{top}/administrators")))
        .await
        .unwrap();
    let role = browser.find(Locator::Id("role")).await.unwrap();
    role.select_by_label(&format!("Role for {email}"))
        .await
        .unwrap();
    let width = |id: &'static str| {
        let browser = browser.clone();
        async move {
            browser
                .execute(
                    &format!(
                        "return document.getElementById('{id}').getBoundingClientRect().width"
                    ),
                    vec![],
                )
                .await
                .unwrap()
                .as_f64()
                .unwrap()
        }
    };
    // 16rem at most, however long the name.
    assert!(width("role").await <= 257.0, "{}", width("role").await);
    // Nor does the page scroll sideways.
    let overflow = browser
        .execute(
            "return document.documentElement.scrollWidth - window.innerWidth",
            vec![],
        )
        .await
        .unwrap();
    assert!(overflow.as_f64().unwrap() <= 0.0, "{overflow}");

    // A header sorts, and a second click turns the order round.
    // The list as it opens is sorted ascending too (by name): wait for the
    // page the click loads, not for a header the old page also has.
    let by_name = current_page(&browser).await;
    browser
        .find(Locator::LinkText("Email"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_left(&by_name).await;
    let th = browser
        .wait()
        .for_element(Locator::Css("th[aria-sort=ascending]"))
        .await
        .unwrap();
    assert!(th.text().await.unwrap().starts_with("Email"));
    let emails = browser
        .find_all(Locator::Css("td[data-label=Email]"))
        .await
        .unwrap();
    assert_eq!(emails[0].text().await.unwrap(), email);
    click(&browser, Locator::Css("th[aria-sort=ascending] a")).await;
    browser
        .wait()
        .for_element(Locator::Css("th[aria-sort=descending]"))
        .await
        .unwrap();
    let first = browser
        .find(Locator::Css("td[data-label=Email]"))
        .await
        .unwrap();
    assert_eq!(first.text().await.unwrap(), SUPER_EMAIL);
    assert!(
        browser
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("?sort=email&dir=desc")
    );

    // Resend Invite, outside the form, submits the ticked administrator.
    click(
        &browser,
        Locator::Css("input[aria-label='Select Test Admin']"),
    )
    .await;
    click(&browser, Locator::Css("button[form=reinvite-form]")).await;
    // An active administrator: the portal asks before resetting a password.
    browser
        .wait()
        .for_element(Locator::Css("button[name=confirm_active][value=yes]"))
        .await
        .unwrap();
}
