//! The Administrators list: search, filters, paging from both ends, and the
//! counts it and the Dashboard show.

use switchboard::domain::privileges::Privilege;

use crate::administrators::{add_admin, admin_id, profile_fields, super_role_id};
use crate::helpers::*;

#[tokio::test]
async fn the_list_is_searched_filtered_paged_and_scoped() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        for i in 0..27 {
            app.create_admin(
                &east,
                &format!("person{i:02}@example.com"),
                "some password here",
                &[Privilege::DashboardView],
            )
            .await;
        }
        let page1 = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(page1.contains("Page 1 of 2 (28 in all)"), "{page1}");
        let found = app
            .get_html(&format!("/orgs/{top}/administrators?q=PERSON07"))
            .await;
        assert!(found.contains("person07@example.com") && !found.contains("person08@example.com"));
        let suspended = app
            .get_html(&format!(
                "/orgs/{top}/administrators?status=login_suspended"
            ))
            .await;
        assert!(suspended.contains("No administrators match."));
        // From East, the top org's super administrator is not listed.
        let east_list = app
            .get_html(&format!("/orgs/{east}/administrators?q=super"))
            .await;
        assert!(east_list.contains("No administrators match."));
        let me = admin_id(&app, SUPER_EMAIL).await;
        assert_eq!(
            app.get(&format!("/orgs/{east}/administrators/{me}"))
                .await
                .status()
                .as_u16(),
            404
        );
    })
    .await;
}

#[tokio::test]
async fn pages_of_the_list_follow_name_order_from_both_ends() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        // 29 more administrators with shuffled last names; with the super
        // administrator 30 rows: page 2 (rows 26-30) is read from the end.
        let role = app.super_role_id().await;
        app.db
            .run(move |conn| {
                use diesel::prelude::*;
                use switchboard::db::schema::administrators;
                let now = chrono::Utc::now().naive_utc();
                for i in 0..29_i64 {
                    let last = format!("Name{:02}", (i * 7) % 29);
                    diesel::insert_into(administrators::table)
                        .values((
                            administrators::org_id.eq(1_i64),
                            administrators::role_id.eq(role),
                            administrators::kind.eq("admin"),
                            administrators::first_name.eq("Pat"),
                            administrators::last_name.eq(&last),
                            administrators::email
                                .eq(format!("{}@example.com", last.to_lowercase())),
                            administrators::status.eq("invited"),
                            administrators::created_at.eq(now),
                            administrators::updated_at.eq(now),
                        ))
                        .execute(conn)?;
                }
                Ok(())
            })
            .await
            .unwrap();
        let first = app.get_html(&format!("/orgs/{top}/administrators")).await;
        let second = app
            .get_html(&format!("/orgs/{top}/administrators?page=2"))
            .await;
        let order = |html: &str| -> Vec<String> {
            html.match_indices("@example.com</td>")
                .map(|(at, _)| {
                    let start = html[..at].rfind('>').unwrap() + 1;
                    html[start..at].to_owned()
                })
                .collect()
        };
        let (one, two) = (order(&first), order(&second));
        assert_eq!(one.len(), 25, "{first}");
        assert_eq!(two.len(), 5, "{second}");
        let mut all = one.clone();
        all.extend(two.clone());
        let mut expected: Vec<String> = (0..29).map(|i| format!("name{i:02}")).collect();
        expected.push("super".into());
        assert_eq!(all, expected);
    })
    .await;
}

#[tokio::test]
async fn search_finds_renamed_administrators_and_takes_any_text() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app
            .create_admin(
                &top,
                "ops@example.com",
                "ops password long",
                &[Privilege::DashboardView],
            )
            .await;
        // The row, not the role filter (whose role is named after the email).
        const ROW: &str = "<td data-label=\"Email\">ops@example.com</td>";
        let search = |q: &str| {
            let url = format!(
                "/orgs/{top}/administrators?{}",
                serde_urlencoded::to_string([("q", q)]).unwrap()
            );
            let app = &app;
            async move { app.get_html(&url).await }
        };
        assert!(search("ops@exa").await.contains(ROW));
        assert!(search("OPS").await.contains(ROW), "case does not matter");
        assert!(search("op").await.contains(ROW), "two letters work too");
        // Quotes, operators and wildcards are text, not syntax.
        for odd in ["\"ops", "ops\" OR \"x", "o%s", "NEAR(ops)", "*"] {
            let page = search(odd).await;
            assert!(page.contains("No administrators match."), "{odd}: {page}");
        }
        // A rename is found under the new name at once.
        app.db
            .run(move |conn| {
                use diesel::prelude::*;
                use switchboard::db::schema::administrators;
                diesel::update(administrators::table.find(id))
                    .set(administrators::last_name.eq("Quenneville"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        assert!(search("quennev").await.contains(ROW));
        assert!(!search("Test Admin").await.contains(ROW));
    })
    .await;
}

/// The Dashboard's (sub-organizations, administrators) of an org.
async fn dashboard_counts(app: &TestApp, org: &str) -> (String, String) {
    let page = app.get_html(&format!("/orgs/{org}/dashboard")).await;
    let numbers: Vec<String> = page
        .match_indices("<span class=\"card-number\">")
        .map(|(at, m)| {
            let start = at + m.len();
            let end = start + page[start..].find('<').unwrap();
            page[start..end].to_owned()
        })
        .collect();
    (numbers[0].clone(), numbers[1].clone())
}

#[tokio::test]
async fn counts_follow_additions_moves_and_deletions() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let role = super_role_id(&app).await;
        assert_eq!(dashboard_counts(&app, &top).await, ("1".into(), "1".into()));
        add_admin(&app, &sales, "nia@example.com", &role).await;
        assert_eq!(dashboard_counts(&app, &top).await, ("1".into(), "2".into()));
        assert_eq!(
            dashboard_counts(&app, &sales).await,
            ("0".into(), "1".into())
        );
        let list = app.get_html(&format!("/orgs/{sales}/administrators")).await;
        assert!(list.contains("nia@example.com</td>"), "{list}");

        // Moved up to the top org: Sales has none left, the total stays.
        let id = admin_id(&app, "nia@example.com").await;
        app.get_html(&format!("/orgs/{top}/administrators/{id}"))
            .await;
        let mut fields = profile_fields(&top, &role);
        fields[3] = ("email", "nia@example.com");
        let moved = app
            .post_form(&format!("/orgs/{top}/administrators/{id}"), &fields)
            .await;
        assert_eq!(moved.status().as_u16(), 303);
        assert_eq!(
            dashboard_counts(&app, &sales).await,
            ("0".into(), "0".into())
        );
        assert_eq!(dashboard_counts(&app, &top).await, ("1".into(), "2".into()));

        app.get_html(&format!("/orgs/{top}/administrators/{id}/delete"))
            .await;
        app.post_form(&format!("/orgs/{top}/administrators/{id}/delete"), &[])
            .await;
        assert_eq!(dashboard_counts(&app, &top).await, ("1".into(), "1".into()));
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert!(!list.contains("Page 1 of"), "one page, no pager: {list}");
    })
    .await;
}

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

/// The Last Sign In cell of the row with this email.
fn last_sign_in_of(html: &str, email: &str) -> String {
    let row = &html[html.find(&format!(">{email}</td>")).unwrap()..];
    let cell = &row[row.find("data-label=\"Last Sign In\"").unwrap()..];
    let start = cell.find('>').unwrap() + 1;
    cell[start..start + cell[start..].find('<').unwrap()].to_owned()
}

#[tokio::test]
async fn last_sign_in_says_never_until_there_has_been_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(&top, "new@example.com", "new password long", &[])
            .await;
        let list = app.get_html(&format!("/orgs/{top}/administrators")).await;
        assert_eq!(last_sign_in_of(&list, "new@example.com"), "Never");
        let signed_in = last_sign_in_of(&list, SUPER_EMAIL);
        let year = chrono::Utc::now().format("%Y").to_string();
        assert!(
            signed_in.contains(&year) && signed_in.ends_with('M'),
            "{signed_in}"
        );
    })
    .await;
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
async fn clear_filters_appears_only_when_filtering_and_resend_invite_sits_in_the_toolbar() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let list = format!("/orgs/{top}/administrators");
        let clear = format!("<a class=\"clear-filters\" href=\"{list}\">Clear filters</a>");
        let plain = app.get_html(&list).await;
        assert!(!plain.contains("Clear filters"), "{plain}");
        assert!(
            !app.get_html(&format!("{list}?per=50&sort=email"))
                .await
                .contains("Clear filters")
        );
        for filter in ["q=sam", "status=active", "role=1"] {
            let page = app.get_html(&format!("{list}?{filter}&per=50")).await;
            assert!(page.contains(&clear), "{filter}: {page}");
        }
        // "+ Add API User | Resend Invite | + Add New Administrator", the
        // button submitting the selection form from outside it.
        let toolbar = &plain[plain.find("<div class=\"actions\">").unwrap()..];
        let toolbar = &toolbar[..toolbar.find("</div>").unwrap()];
        let at = |label: &str| {
            toolbar
                .find(label)
                .unwrap_or_else(|| panic!("{label}: {toolbar}"))
        };
        assert!(at("+ Add API User") < at("Resend Invite"));
        assert!(at("Resend Invite") < at("+ Add New Administrator"));
        assert!(
            toolbar
                .contains("<button type=\"submit\" form=\"reinvite-form\">Resend Invite</button>")
        );
        assert!(plain.contains("id=\"reinvite-form\"") && !plain.contains(">Re-invite</button>"));
    })
    .await;
}
