//! The Accounts list: search, each filter, pagination from both ends, and
//! the counts it shows.

use diesel::prelude::*;
use switchboard::db::schema::{accounts, numbers};

use crate::helpers::*;

/// The names in the order the page lists them.
fn names_in(html: &str, names: &[String]) -> Vec<String> {
    let mut found: Vec<(usize, String)> = names
        .iter()
        .filter_map(|n| html.find(&format!(">{n}</a>")).map(|at| (at, n.clone())))
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

#[tokio::test]
async fn sixty_accounts_are_paged_in_name_order_from_both_ends() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        // Last names in shuffled order, so the id order is not the name order.
        for i in 0..60_i64 {
            let n = (i * 7) % 60;
            app.insert_account(
                &top,
                &format!("R-{n:02}"),
                ("Pat", &format!("Name{n:02}")),
                Some(&format!("pat{n:02}@example.com")),
                "saved",
            )
            .await;
        }
        let all: Vec<String> = (0..60).map(|n| format!("Pat Name{n:02}")).collect();
        let page1 = app.get_html(&format!("/orgs/{top}/accounts")).await;
        assert!(page1.contains("60 accounts."), "{page1}");
        assert!(page1.contains("Page 1 of 3 (60 in all)"));
        assert_eq!(names_in(&page1, &all), all[..25].to_vec());
        let page2 = app.get_html(&format!("/orgs/{top}/accounts?page=2")).await;
        assert_eq!(names_in(&page2, &all), all[25..50].to_vec());
        // The last page is read from the end and turned round.
        let page3 = app.get_html(&format!("/orgs/{top}/accounts?page=3")).await;
        assert_eq!(names_in(&page3, &all), all[50..].to_vec());
        let beyond = app.get_html(&format!("/orgs/{top}/accounts?page=99")).await;
        assert_eq!(names_in(&beyond, &all), all[50..].to_vec());
        // A filter the kept counts answer (status) pages the same way.
        let saved = app
            .get_html(&format!("/orgs/{top}/accounts?status=saved&page=3"))
            .await;
        assert!(saved.contains("Page 3 of 3 (60 in all)"));
        assert_eq!(names_in(&saved, &all), all[50..].to_vec());
        // And one they do not (has no number), from a capped count.
        let no_number = app
            .get_html(&format!("/orgs/{top}/accounts?number=no&page=2"))
            .await;
        assert!(no_number.contains("Page 2 of 3 (60 in all)"));
        assert_eq!(names_in(&no_number, &all), all[25..50].to_vec());
        // A search matching all of them pages its matches.
        let searched = app
            .get_html(&format!("/orgs/{top}/accounts?q=example&page=3"))
            .await;
        assert_eq!(names_in(&searched, &all), all[50..].to_vec());
    })
    .await;
}

#[tokio::test]
async fn search_finds_accounts_by_name_username_and_account_id() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.insert_account(
            &top,
            "REF-7",
            ("Ada", "Lovelace"),
            Some("ada@analytical.example"),
            "saved",
        )
        .await;
        app.insert_account(
            &top,
            "X-100%",
            ("Bob", "Ray"),
            Some("+15550100777"),
            "saved",
        )
        .await;
        app.insert_account(&top, "DESK-9", ("Lobby", "Phone"), None, "saved")
            .await;
        let search = |q: &str| {
            let url = format!(
                "/orgs/{top}/accounts?{}",
                serde_urlencoded::to_string([("q", q)]).unwrap()
            );
            let app = &app;
            async move { app.get_html(&url).await }
        };
        for (q, expected) in [
            ("LOVELACE", "Ada Lovelace"),
            ("ada lo", "Ada Lovelace"),
            ("ANALYTICAL.EX", "Ada Lovelace"),
            ("ref-7", "Ada Lovelace"),
            ("0100777", "Bob Ray"),
            ("+1555", "Bob Ray"),
            ("0%", "Bob Ray"),
            ("desk", "Lobby Phone"),
            ("Lo", "Ada Lovelace"),
        ] {
            let page = search(q).await;
            assert!(
                page.contains(&format!(">{expected}</a>")),
                "{q} finds {expected}"
            );
        }
        let two = search("Lo").await;
        assert!(two.contains(">Lobby Phone</a>") && !two.contains(">Bob Ray</a>"));
        assert!(two.contains("2 accounts match."));
        let none = search("nobody-at-all").await;
        assert!(none.contains("No accounts match."));
        // `%` and `_` are taken literally.
        let literal = search("%").await;
        assert!(literal.contains(">Bob Ray</a>") && !literal.contains(">Ada Lovelace</a>"));
    })
    .await;
}

#[tokio::test]
async fn each_filter_narrows_the_list() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let saved = app
            .insert_account(&top, "S", ("Sam", "Saved"), Some("s@example.com"), "saved")
            .await;
        let pending = app
            .insert_account(
                &top,
                "P",
                ("Pia", "Pending"),
                Some("p@example.com"),
                "invited",
            )
            .await;
        let expired = app
            .insert_account(
                &top,
                "X",
                ("Xia", "Expired"),
                Some("x@example.com"),
                "invited",
            )
            .await;
        app.insert_account(
            &top,
            "A",
            ("Abe", "Active"),
            Some("a@example.com"),
            "active",
        )
        .await;
        let suspended = app
            .insert_account(
                &top,
                "U",
                ("Una", "Suspended"),
                Some("u@example.com"),
                "active",
            )
            .await;
        app.insert_account(&top, "N", ("Ned", "Phone"), None, "saved")
            .await;
        let eastern = app
            .insert_account(&east, "E", ("Eve", "East"), Some("e@example.com"), "saved")
            .await;
        let profile = app.add_profile(&east, "Sales Floor", "").await;
        app.add_numbers(&east, &["+15550100001"]).await;
        app.db
            .run(move |conn| {
                let now = chrono::Utc::now().naive_utc();
                let day = chrono::Duration::days(1);
                for (id, expires) in [(pending, now + day), (expired, now - day)] {
                    diesel::update(accounts::table.find(id))
                        .set((
                            accounts::invited_at.eq(Some(now - day - day)),
                            accounts::invitation_expires_at.eq(Some(expires)),
                        ))
                        .execute(conn)?;
                }
                diesel::update(accounts::table.find(suspended))
                    .set(accounts::status.eq("suspended"))
                    .execute(conn)?;
                diesel::update(accounts::table.find(eastern))
                    .set(accounts::user_permissions_id.eq(profile))
                    .execute(conn)?;
                diesel::update(numbers::table.filter(numbers::e164.eq("+15550100001")))
                    .set((
                        numbers::status.eq("assigned"),
                        numbers::account_id.eq(Some(eastern)),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let everyone = [
            "Sam Saved",
            "Pia Pending",
            "Xia Expired",
            "Abe Active",
            "Una Suspended",
            "Ned Phone",
            "Eve East",
        ];
        let check = |query: String, expected: &'static [&'static str]| {
            let app = &app;
            let top = top.clone();
            async move {
                let page = app.get_html(&format!("/orgs/{top}/accounts?{query}")).await;
                for name in everyone {
                    assert_eq!(
                        page.contains(&format!(">{name}</a>")),
                        expected.contains(&name),
                        "{query}: {name} in {page}"
                    );
                }
                page
            }
        };
        let all = check(
            String::new(),
            &[
                "Sam Saved",
                "Pia Pending",
                "Xia Expired",
                "Abe Active",
                "Una Suspended",
                "Ned Phone",
                "Eve East",
            ],
        )
        .await;
        assert!(all.contains("7 accounts."));
        assert!(
            all.contains("Saved — not invited")
                && all.contains("Expired")
                && all.contains("+15550100001")
        );
        let invited = check("status=invited".into(), &["Pia Pending", "Xia Expired"]).await;
        assert!(invited.contains("2 accounts match."), "{invited}");
        check("invitation=pending".into(), &["Pia Pending"]).await;
        check("invitation=expired".into(), &["Xia Expired"]).await;
        check(
            "invitation=activated".into(),
            &["Abe Active", "Una Suspended"],
        )
        .await;
        check("invitation=not_invited".into(), &["Sam Saved", "Eve East"]).await;
        check("invitation=no_portal_access".into(), &["Ned Phone"]).await;
        check(format!("org={east}"), &["Eve East"]).await;
        check(format!("permissions={profile}"), &["Eve East"]).await;
        check("number=yes".into(), &["Eve East"]).await;
        let without = check(
            "number=no".into(),
            &[
                "Sam Saved",
                "Pia Pending",
                "Xia Expired",
                "Abe Active",
                "Una Suspended",
                "Ned Phone",
            ],
        )
        .await;
        assert!(without.contains("6 accounts match."));
        check(
            format!("status=saved&org={top}"),
            &["Sam Saved", "Ned Phone"],
        )
        .await;
        check(
            "status=saved&invitation=no_portal_access".into(),
            &["Ned Phone"],
        )
        .await;
        let _ = saved;

        // From East, only East's accounts; the top org as a filter there
        // matches nothing.
        let page = app.get_html(&format!("/orgs/{east}/accounts")).await;
        assert!(page.contains(">Eve East</a>") && !page.contains(">Sam Saved</a>"));
        assert!(page.contains("1 account."));
        let page = app
            .get_html(&format!("/orgs/{east}/accounts?org={top}"))
            .await;
        assert!(page.contains("No accounts match."));
    })
    .await;
}

#[tokio::test]
async fn the_dashboard_counts_the_accounts_of_the_subtree() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        for (org, r) in [(&top, "T-1"), (&top, "T-2"), (&east, "E-1")] {
            app.insert_account(
                org,
                r,
                ("Pat", r),
                Some(&format!("{r}@example.com")),
                "saved",
            )
            .await;
        }
        let dashboard = app.get_html(&format!("/orgs/{top}/dashboard")).await;
        assert!(
            dashboard.contains("<span class=\"card-number\">3</span>"),
            "{dashboard}"
        );
        let dashboard = app.get_html(&format!("/orgs/{east}/dashboard")).await;
        assert!(
            dashboard.contains(&format!(
                "<a class=\"card-link\" href=\"/orgs/{east}/accounts\"><span class=\"card-number\">1</span>"
            )),
            "{dashboard}"
        );
        // Moving one to East and deleting another keep the counts right.
        let t1 = app.account_by_ref(&top, "T-1").await.unwrap().id;
        let t2 = app.account_by_ref(&top, "T-2").await.unwrap().id;
        let east_id = app.org_id(&east).await;
        app.db
            .run(move |conn| {
                diesel::update(accounts::table.find(t1))
                    .set(accounts::org_id.eq(east_id))
                    .execute(conn)?;
                diesel::delete(accounts::table.find(t2)).execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let dashboard = app.get_html(&format!("/orgs/{east}/dashboard")).await;
        assert!(
            dashboard.contains(&format!(
                "<a class=\"card-link\" href=\"/orgs/{east}/accounts\"><span class=\"card-number\">2</span>"
            )),
            "{dashboard}"
        );
        let list = app.get_html(&format!("/orgs/{top}/accounts")).await;
        assert!(list.contains("2 accounts."));
    })
    .await;
}
