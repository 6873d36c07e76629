//! The Role filter of the Administrators list and the User Permissions
//! filter of the Accounts list offer choices kept in memory between views
//! (`orgs::Memo`, under the org tree's version, which triggers on `roles`
//! and `user_permissions` move): they follow every change, whoever makes
//! it, and each org sees only its own, its ancestors' and (for User
//! Permissions) its subtree's.

use diesel::prelude::*;
use switchboard::db::schema::{roles, user_permissions};

use crate::helpers::*;

/// Whether the page offers an option shown as `label`.
fn offers(html: &str, label: &str) -> bool {
    html.contains(&format!(">{label}</option>"))
}

async fn add_role(app: &TestApp, org: &str, name: &str) -> i64 {
    let org_id = app.org_id(org).await;
    let name = name.to_owned();
    app.db
        .run(move |conn| {
            let values = (
                roles::org_id.eq(Some(org_id)),
                roles::name.eq(&name),
                roles::builtin.eq(false),
                roles::created_at.eq(chrono::Utc::now().naive_utc()),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(roles::table)
                .values(values)
                .returning(roles::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("add role")
}

#[tokio::test]
async fn the_role_filter_follows_roles_added_renamed_and_deleted_behind_the_portal() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let support = app.create_suborg(&top, "Support").await;
        let admins = |org: &str| format!("/orgs/{org}/administrators");
        let page = app.get_html(&admins(&top)).await;
        assert!(offers(&page, "Enterprise Super Administrator"), "{page}");
        assert!(!offers(&page, "Auditors"), "{page}");

        let auditors = add_role(&app, &top, "Auditors").await;
        add_role(&app, &sales, "Sales Desk").await;
        let page = app.get_html(&admins(&top)).await;
        assert!(offers(&page, "Auditors"), "{page}");
        assert!(!offers(&page, "Sales Desk"), "a sub-org's role: {page}");
        let page = app.get_html(&admins(&sales)).await;
        assert!(
            offers(&page, "Auditors") && offers(&page, "Sales Desk"),
            "{page}"
        );
        let page = app.get_html(&admins(&support)).await;
        assert!(
            offers(&page, "Auditors") && !offers(&page, "Sales Desk"),
            "{page}"
        );

        app.db
            .run(move |conn| {
                diesel::update(roles::table.find(auditors))
                    .set(roles::name.eq("Auditors (read only)"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("rename");
        let page = app.get_html(&admins(&sales)).await;
        assert!(offers(&page, "Auditors (read only)"), "{page}");
        assert!(!offers(&page, "Auditors"), "{page}");

        app.db
            .run(move |conn| {
                diesel::delete(roles::table.find(auditors)).execute(conn)?;
                Ok(())
            })
            .await
            .expect("delete");
        let page = app.get_html(&admins(&sales)).await;
        assert!(!offers(&page, "Auditors (read only)"), "{page}");
        assert!(offers(&page, "Sales Desk"), "{page}");
    })
    .await;
}

#[tokio::test]
async fn the_user_permissions_filter_follows_profiles_added_and_renamed_behind_the_portal() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        let support = app.create_suborg(&top, "Support").await;
        let accounts = |org: &str| format!("/orgs/{org}/accounts");
        let page = app.get_html(&accounts(&top)).await;
        assert!(!page.contains("Night Shift"), "{page}");

        let night = app.add_profile(&sales, "Night Shift", "").await;
        // Offered in Sales as its own, at the top (whose subtree holds
        // Sales) with its org, in EMEA (below Sales); not in Support.
        let page = app.get_html(&accounts(&sales)).await;
        assert!(offers(&page, "Night Shift"), "{page}");
        let page = app.get_html(&accounts(&top)).await;
        assert!(offers(&page, "Night Shift (Sales)"), "{page}");
        let page = app.get_html(&accounts(&emea)).await;
        assert!(page.contains(">Night Shift"), "{page}");
        let page = app.get_html(&accounts(&support)).await;
        assert!(!page.contains("Night Shift"), "{page}");

        app.db
            .run(move |conn| {
                diesel::update(user_permissions::table.find(night))
                    .set(user_permissions::name.eq("Late Shift"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("rename");
        let page = app.get_html(&accounts(&top)).await;
        assert!(offers(&page, "Late Shift (Sales)"), "{page}");
        assert!(!page.contains("Night Shift"), "{page}");
    })
    .await;
}
