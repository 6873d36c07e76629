//! The top org's counts (its lists' "N accounts.", the Dashboard's tiles)
//! come from the database's totals by status and kind: tables kept by
//! triggers on SQLite, views of the per-org counts on PostgreSQL. They
//! follow every change to the rows, whoever makes it.

use diesel::prelude::*;
use switchboard::db::schema::{
    account_totals, accounts, admin_status_totals, admin_totals, administrators,
};

use crate::dashboard::tile;
use crate::helpers::*;

type Counted = Vec<(String, i64)>;

/// (the totals, the rows counted), for accounts by status, administrators
/// by kind and by status; zero totals left out.
async fn totals_and_rows(app: &TestApp) -> [(Counted, Counted); 3] {
    app.db
        .run(|conn| {
            let accounts_total = account_totals::table
                .filter(account_totals::n.ne(0))
                .order(account_totals::status)
                .select((account_totals::status, account_totals::n))
                .load(conn)?;
            let accounts_rows = accounts::table
                .group_by(accounts::status)
                .order(accounts::status)
                .select((accounts::status, diesel::dsl::count_star()))
                .load(conn)?;
            let kinds_total = admin_totals::table
                .filter(admin_totals::n.ne(0))
                .order(admin_totals::kind)
                .select((admin_totals::kind, admin_totals::n))
                .load(conn)?;
            let kinds_rows = administrators::table
                .group_by(administrators::kind)
                .order(administrators::kind)
                .select((administrators::kind, diesel::dsl::count_star()))
                .load(conn)?;
            let statuses_total = admin_status_totals::table
                .filter(admin_status_totals::n.ne(0))
                .order(admin_status_totals::status)
                .select((admin_status_totals::status, admin_status_totals::n))
                .load(conn)?;
            let statuses_rows = administrators::table
                .group_by(administrators::status)
                .order(administrators::status)
                .select((administrators::status, diesel::dsl::count_star()))
                .load(conn)?;
            Ok([
                (accounts_total, accounts_rows),
                (kinds_total, kinds_rows),
                (statuses_total, statuses_rows),
            ])
        })
        .await
        .expect("totals")
}

/// The totals agree with the rows, and the top org's pages show
/// `accounts` accounts (`invited` of them invited) and `admins`
/// administrators and API users (the tile counts both, as the list shows
/// both).
async fn check(app: &TestApp, top: &str, accounts: usize, invited: usize, admins: usize) {
    for (totals, rows) in totals_and_rows(app).await {
        assert_eq!(totals, rows);
    }
    let said = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let list = app.get_html(&format!("/orgs/{top}/accounts")).await;
    let count = said(accounts, "account.", "accounts.");
    // With none the list says so instead.
    assert!(accounts == 0 || list.contains(&count), "{count}: {list}");
    let list = app
        .get_html(&format!("/orgs/{top}/accounts?status=invited"))
        .await;
    let count = said(invited, "account matches.", "accounts match.");
    assert!(invited == 0 || list.contains(&count), "{count}: {list}");
    let page = app.get_html(&format!("/orgs/{top}/dashboard")).await;
    let at = |path: &str| tile(&page, &format!("/orgs/{top}/{path}"));
    assert_eq!(at("accounts"), Some(accounts.to_string()), "{page}");
    assert_eq!(
        at("accounts?status=invited"),
        Some(invited.to_string()),
        "{page}"
    );
    assert_eq!(at("administrators"), Some(admins.to_string()), "{page}");
}

#[tokio::test]
async fn the_top_orgs_totals_follow_additions_changes_moves_and_deletions() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        check(&app, &top, 0, 0, 1).await;

        let ann = app
            .insert_account(
                &top,
                "A-1",
                ("Ann", "One"),
                Some("ann@example.com"),
                "saved",
            )
            .await;
        let bo = app
            .insert_account(
                &sales,
                "A-2",
                ("Bo", "Two"),
                Some("bo@example.com"),
                "invited",
            )
            .await;
        let cy = app
            .insert_account(&emea, "A-3", ("Cy", "Three"), None, "invited")
            .await;
        let nia = app
            .create_admin(&sales, "nia@example.com", "nia password long", &[])
            .await;
        check(&app, &top, 3, 2, 2).await;

        // A status changed, an account moved up, another deleted, an
        // administrator suspended and turned into an API user: each
        // written straight to the rows, as another process would.
        let top_id = app.org_id(&top).await;
        app.db
            .run(move |conn| {
                diesel::update(accounts::table.find(bo))
                    .set(accounts::status.eq("active"))
                    .execute(conn)?;
                diesel::update(accounts::table.find(cy))
                    .set(accounts::org_id.eq(top_id))
                    .execute(conn)?;
                diesel::delete(accounts::table.find(ann)).execute(conn)?;
                diesel::update(administrators::table.find(nia))
                    .set((
                        administrators::status.eq("suspended"),
                        administrators::kind.eq("api"),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("changes");
        check(&app, &top, 2, 1, 2).await;

        app.db
            .run(move |conn| {
                diesel::delete(accounts::table.filter(accounts::id.eq_any([bo, cy])))
                    .execute(conn)?;
                diesel::delete(administrators::table.find(nia)).execute(conn)?;
                Ok(())
            })
            .await
            .expect("deletions");
        check(&app, &top, 0, 0, 1).await;
    })
    .await;
}
