//! The org tree the server keeps in memory (breadcrumb, switcher,
//! Organization filters): always as the database holds it now, whoever
//! changed it, and never with a change that rolled back.

use diesel::prelude::*;

use crate::helpers::*;

/// Renames the org directly in the database, as another server or the
/// command line would: the portal hears nothing of it.
async fn rename_behind_the_portal(app: &TestApp, display_id: &str, name: &str) {
    let (display_id, name) = (display_id.to_owned(), name.to_owned());
    app.db
        .run(move |conn| {
            use switchboard::db::schema::organizations;
            diesel::update(organizations::table.filter(organizations::display_id.eq(display_id)))
                .set(organizations::name.eq(name))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("renamed");
}

#[tokio::test]
async fn pages_show_the_tree_as_it_is_now_even_when_changed_elsewhere() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let dashboard = format!("/orgs/{top}/dashboard");
        assert!(app.get_html(&dashboard).await.contains("Sales"));

        // A change made elsewhere shows on the next page.
        rename_behind_the_portal(&app, &sales, "Field Sales").await;
        let page = app.get_html(&dashboard).await;
        assert!(page.contains("Field Sales"), "{page}");

        // A change read inside a transaction that then rolls back is never
        // shown, not even once a later change moves the tree on.
        let ghost = sales.clone();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let seen_inside = seen.clone();
        let rolled_back = app
            .db
            .run(move |conn| {
                switchboard::db::transaction(conn, |conn| {
                    use switchboard::db::schema::organizations;
                    diesel::update(
                        organizations::table.filter(organizations::display_id.eq(&ghost)),
                    )
                    .set(organizations::name.eq("Ghost Town"))
                    .execute(conn)?;
                    let top = switchboard::domain::orgs::top(conn)?.expect("the top org");
                    let names = switchboard::domain::orgs::subtree(conn, &top)?
                        .into_iter()
                        .map(|o| o.name);
                    seen_inside.lock().unwrap().extend(names);
                    Err::<(), _>(switchboard::error::AppError::NotFound)
                })
            })
            .await;
        // The transaction saw its own change, then rolled back.
        assert!(seen.lock().unwrap().contains(&"Ghost Town".to_owned()));
        assert!(rolled_back.is_err());
        rename_behind_the_portal(&app, &sales, "Inside Sales").await;
        let page = app.get_html(&dashboard).await;
        assert!(page.contains("Inside Sales"), "{page}");
        assert!(!page.contains("Ghost Town"), "{page}");
        let suborgs = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(suborgs.contains("Inside Sales") && !suborgs.contains("Ghost Town"));

        // Within one run of database work, a change committed after the
        // tree was read shows when it is read again.
        let renamed = sales.clone();
        let names = app
            .db
            .run(move |conn| {
                use switchboard::db::schema::organizations;
                use switchboard::domain::orgs;
                let top = orgs::top(conn)?.expect("the top org");
                orgs::subtree(conn, &top)?;
                switchboard::db::transaction(conn, |conn| {
                    diesel::update(
                        organizations::table.filter(organizations::display_id.eq(&renamed)),
                    )
                    .set(organizations::name.eq("Outside Sales"))
                    .execute(conn)
                })?;
                Ok(orgs::subtree(conn, &top)?
                    .into_iter()
                    .map(|o| o.name)
                    .collect::<Vec<_>>())
            })
            .await
            .expect("read");
        assert!(names.contains(&"Outside Sales".to_owned()), "{names:?}");
    })
    .await;
}

#[tokio::test]
async fn list_rows_name_their_org_as_it_is_now() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let east = app.create_suborg(&sales, "East").await;
        app.create_admin(&east, "eve@example.com", "a long enough password", &[])
            .await;
        app.insert_account(&east, "E-1", ("Erin", "Easterly"), None, "saved")
            .await;
        app.insert_account(&top, "T-1", ("Tom", "Topper"), None, "saved")
            .await;
        let admins = format!("/orgs/{top}/administrators");
        let accounts = format!("/orgs/{top}/accounts");
        // Each row names its own org, and links to the account in it.
        let page = app.get_html(&accounts).await;
        assert!(page.contains(&format!("{east} East</td>")), "{page}");
        assert!(page.contains(&format!("/orgs/{east}/accounts/")), "{page}");
        assert!(page.contains(&format!("{top} ")), "{page}");
        assert!(
            app.get_html(&admins)
                .await
                .contains(&format!("{east} East</td>"))
        );

        // Renamed elsewhere: the next view of each list shows the new name.
        rename_behind_the_portal(&app, &east, "East Coast").await;
        for list in [&admins, &accounts] {
            let page = app.get_html(list).await;
            assert!(
                page.contains(&format!("{east} East Coast</td>")),
                "{list}: {page}"
            );
        }

        // An org outside the subtree the rows are looked up in (one made
        // since the tree was read) is read from the database; an id of no
        // org at all is an error, as a failed join would have been.
        let sales_id = app.org_id(&sales).await;
        let (found, missing, top_name) = app
            .db
            .run(move |conn| {
                use switchboard::domain::orgs;
                let top = orgs::top(conn)?.expect("the top org");
                let sales = orgs::subtree(conn, &top)?
                    .into_iter()
                    .find(|o| o.id == sales_id)
                    .expect("Sales");
                let found = orgs::of_ids(conn, &sales, &[top.id, sales_id, top.id])?
                    .iter()
                    .map(|o| o.name.clone())
                    .collect::<Vec<_>>();
                let missing = orgs::of_ids(conn, &sales, &[sales_id, i64::MAX]).is_err();
                Ok((found, missing, top.name))
            })
            .await
            .expect("looked up");
        assert_eq!(found, [top_name.clone(), "Sales".to_owned(), top_name]);
        assert!(missing);
    })
    .await;
}
