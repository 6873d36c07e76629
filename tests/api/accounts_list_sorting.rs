//! The Accounts list's sortable columns, page size and Clear filters (and
//! Number Management's page size and Clear filters, which share them).

use diesel::prelude::*;
use switchboard::db::schema::accounts;

use crate::helpers::*;

/// 60 accounts whose names, usernames and statuses sort in different
/// orders; every fifth has no username (No Portal Access).
async fn seed(app: &TestApp, top: &str) {
    let statuses = ["saved", "invited", "active", "suspended"];
    for i in 0..60_usize {
        let username = (i % 5 != 0).then(|| format!("u{:02}@example.com", (i * 13) % 60));
        app.insert_account(
            top,
            &format!("R-{i:02}"),
            ("Pat", &format!("Name{:02}", (i * 7) % 60)),
            username.as_deref(),
            statuses[i % 4],
        )
        .await;
    }
}

/// The account names in the order `sort` and `dir` should list them.
async fn expected(app: &TestApp, sort: &str, dir: &str) -> Vec<String> {
    type Keys = (i64, String, String, Option<String>, String);
    let mut rows: Vec<Keys> = app
        .db
        .run(|conn| {
            Ok(accounts::table
                .select((
                    accounts::id,
                    accounts::first_name,
                    accounts::last_name,
                    accounts::username,
                    accounts::status,
                ))
                .load(conn)?)
        })
        .await
        .unwrap();
    rows.sort_by(|x, y| match sort {
        // No username comes first going up.
        "username" => (&x.3, x.0).cmp(&(&y.3, y.0)),
        "status" => (&x.4, &x.2, &x.1, x.0).cmp(&(&y.4, &y.2, &y.1, y.0)),
        _ => (&x.2, &x.1, x.0).cmp(&(&y.2, &y.1, y.0)),
    });
    if dir == "desc" {
        rows.reverse();
    }
    rows.into_iter()
        .map(|r| format!("{} {}", r.1, r.2))
        .collect()
}

/// The names of the rows of a list page, in order.
fn names_in(html: &str) -> Vec<String> {
    html.match_indices(">Pat Name")
        .map(|(at, _)| {
            let start = at + 1;
            html[start..start + html[start..].find('<').unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn each_sort_orders_the_first_and_the_last_page() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        seed(&app, &top).await;
        let list = format!("/orgs/{top}/accounts");
        for sort in ["name", "username", "status"] {
            for dir in ["asc", "desc"] {
                let all = expected(&app, sort, dir).await;
                let query = format!("{list}?sort={sort}&dir={dir}");
                let first = app.get_html(&query).await;
                assert_eq!(names_in(&first), all[..25].to_vec(), "{sort} {dir} page 1");
                // Page 3 of 3 is read backwards from the end of the index.
                let last = app.get_html(&format!("{query}&page=3")).await;
                assert_eq!(names_in(&last), all[50..].to_vec(), "{sort} {dir} page 3");
                let aria = if dir == "asc" {
                    "ascending"
                } else {
                    "descending"
                };
                assert!(first.contains(&format!("<th scope=\"col\" aria-sort=\"{aria}\">")));
                // A filter the kept counts answer, and a search, keep it too.
                let saved = app.get_html(&format!("{query}&status=saved")).await;
                let saved_names: Vec<String> = names_in(&saved);
                assert_eq!(saved_names.len(), 15, "{saved}");
                assert!(saved_names.is_sorted_by_key(|n| all.iter().position(|a| a == n)));
                let searched = app.get_html(&format!("{query}&q=pat&page=3")).await;
                assert_eq!(
                    names_in(&searched),
                    all[50..].to_vec(),
                    "{sort} {dir} search"
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn page_size_clear_filters_and_odd_values() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        seed(&app, &top).await;
        let list = format!("/orgs/{top}/accounts");
        let fifty = app.get_html(&format!("{list}?per=50&status=saved")).await;
        assert_eq!(names_in(&fifty).len(), 15);
        let fifty = app.get_html(&format!("{list}?per=50&sort=username")).await;
        assert_eq!(names_in(&fifty).len(), 50);
        assert!(fifty.contains("Page 1 of 2 (60 in all)"), "{fifty}");
        assert!(
            fifty.contains("href=\"?per=50&#38;sort=username&#38;dir=asc&#38;page=2\""),
            "{fifty}"
        );
        // The filter form keeps the sort and the page size.
        assert!(fifty.contains("<option value=\"50\" selected>50</option>"));
        assert!(fifty.contains("<input type=\"hidden\" name=\"sort\" value=\"username\">"));
        let by_name = expected(&app, "name", "asc").await;
        for odd in ["per=0", "per=1000", "sort=number", "sort=name&dir=x"] {
            let response = app.get(&format!("{list}?{odd}")).await;
            assert_eq!(response.status().as_u16(), 200, "{odd}");
            let page = response.text().await.unwrap();
            assert_eq!(names_in(&page), by_name[..25].to_vec(), "{odd}");
        }
        let clear = format!("<a class=\"clear-filters\" href=\"{list}\">Clear filters</a>");
        assert!(!fifty.contains("Clear filters"));
        for filter in ["q=pat", "status=saved", "invitation=pending", "number=no"] {
            let page = app.get_html(&format!("{list}?{filter}&per=100")).await;
            assert!(page.contains(&clear), "{filter}");
        }
    })
    .await;
}

/// Number Management's list shares the page size and Clear filters.
#[tokio::test]
async fn number_management_pages_by_the_size_chosen_and_clears_filters() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let numbers: Vec<String> = (0..60).map(|i| format!("+1555010{i:04}")).collect();
        let refs: Vec<&str> = numbers.iter().map(String::as_str).collect();
        app.add_numbers(&top, &refs).await;
        let list = format!("/orgs/{top}/numbers");
        let rows = |html: &str| html.matches("<a class=\"number\"").count();
        let plain = app.get_html(&list).await;
        assert_eq!(rows(&plain), 25);
        assert!(!plain.contains("Clear filters"));
        let fifty = app.get_html(&format!("{list}?per=50")).await;
        assert_eq!(rows(&fifty), 50);
        assert!(fifty.contains("per=50&#38;page=2\""), "{fifty}");
        assert_eq!(rows(&app.get_html(&format!("{list}?per=9")).await), 25);
        let filtered = app
            .get_html(&format!("{list}?status=available&per=100"))
            .await;
        assert_eq!(rows(&filtered), 60);
        assert!(filtered.contains(&format!(
            "<a class=\"clear-filters\" href=\"{list}\">Clear filters</a>"
        )));
    })
    .await;
}
