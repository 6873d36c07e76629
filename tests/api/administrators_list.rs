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
