//! Rules that count and then write must hold when two requests race, on
//! PostgreSQL (READ COMMITTED) as well as on SQLite.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, organizations, roles};
use switchboard::domain::privileges::Privilege;

use crate::helpers::{SUPER_EMAIL, TestApp, for_each_backend};

const TRIALS: usize = 10;

/// Makes both administrators active Enterprise Super Administrators again.
async fn both_super_again(app: &TestApp, ids: [i64; 2], role: i64) {
    app.db
        .run(move |conn| {
            diesel::update(administrators::table.filter(administrators::id.eq_any(ids)))
                .set((
                    administrators::role_id.eq(role),
                    administrators::status.eq("active"),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
}

async fn active_supers(app: &TestApp, role: i64) -> i64 {
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .filter(administrators::role_id.eq(role))
                .filter(administrators::status.eq("active"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

fn edit_fields<'a>(
    org: &'a str,
    email: &'a str,
    role: &'a str,
    suspend: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("kind", "admin"),
        ("first_name", "Race"),
        ("last_name", "Tester"),
        ("email", email),
        ("backup_email", ""),
        ("role_id", role),
        ("org", org),
        ("language", "English"),
    ];
    if suspend {
        fields.push(("login_suspended", "on"));
    }
    fields
}

#[tokio::test]
async fn demoting_oneself_and_suspending_the_other_super_admin_at_once_leaves_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let me = app.admin_id(SUPER_EMAIL).await;
        let other = app
            .create_admin(&top, "second@example.com", "second password!", &[])
            .await;
        let lesser = app
            .create_admin(
                &top,
                "lesser@example.com",
                "lesser password!",
                &[Privilege::DashboardView],
            )
            .await;
        let (super_id, lesser_role) = (app.super_role_id().await, app.role_of(lesser).await);
        let (super_s, lesser_s) = (super_id.to_string(), lesser_role.to_string());
        app.get_html(&format!("/orgs/{top}/administrators/{me}"))
            .await;
        for trial in 0..TRIALS {
            both_super_again(&app, [me, other], super_id).await;
            let demote_me = edit_fields(&top, SUPER_EMAIL, &lesser_s, false);
            let suspend_other = edit_fields(&top, "second@example.com", &super_s, true);
            let (me_url, other_url) = (
                format!("/orgs/{top}/administrators/{me}"),
                format!("/orgs/{top}/administrators/{other}"),
            );
            let (a, b) = tokio::join!(
                app.post_form(&me_url, &demote_me),
                app.post_form(&other_url, &suspend_other),
            );
            for r in [&a, &b] {
                assert!(
                    r.status().as_u16() < 500,
                    "trial {trial}: {} answered {}",
                    r.url(),
                    r.status()
                );
            }
            assert!(
                active_supers(&app, super_id).await >= 1,
                "trial {trial} on {}: no active Enterprise Super Administrator left",
                app.backend
            );
        }
    })
    .await;
}

#[tokio::test]
async fn two_sub_organizations_with_one_name_created_at_once_make_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&format!("/orgs/{top}/suborgs")).await;
        for trial in 0..TRIALS {
            let name = format!("Sales {trial}");
            let url = format!("/orgs/{top}/suborgs");
            let fields = [("name", name.as_str())];
            let (a, b) = tokio::join!(app.post_form(&url, &fields), app.post_form(&url, &fields));
            let mut statuses = [a.status().as_u16(), b.status().as_u16()];
            statuses.sort_unstable();
            assert_eq!(statuses, [303, 422], "trial {trial} on {}", app.backend);
            let lookup = name.clone();
            let made: i64 = app
                .db
                .run(move |conn| {
                    Ok(organizations::table
                        .filter(organizations::name.eq(&lookup))
                        .count()
                        .get_result(conn)?)
                })
                .await
                .unwrap();
            assert_eq!(made, 1, "trial {trial} on {}", app.backend);
        }
    })
    .await;
}

#[tokio::test]
async fn a_role_deleted_while_it_is_being_assigned_is_either_kept_or_not_assigned() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&format!("/orgs/{top}/roles")).await;
        for trial in 0..TRIALS {
            let holder = app
                .create_admin(
                    &top,
                    &format!("holder{trial}@example.com"),
                    "holder password!",
                    &[Privilege::DashboardView],
                )
                .await;
            let role = app.role_of(holder).await;
            // Free the role so that it may be deleted.
            let super_id = app.super_role_id().await;
            app.db
                .run(move |conn| {
                    diesel::update(administrators::table.find(holder))
                        .set(administrators::role_id.eq(super_id))
                        .execute(conn)?;
                    Ok(())
                })
                .await
                .unwrap();
            let role_s = role.to_string();
            let email = format!("new{trial}@example.com");
            let (delete_url, create_url) = (
                format!("/orgs/{top}/roles/{role}/delete"),
                format!("/orgs/{top}/administrators"),
            );
            let fields = edit_fields(&top, &email, &role_s, false);
            let (deleted, created) = tokio::join!(
                app.post_form(&delete_url, &[]),
                app.post_form(&create_url, &fields),
            );
            assert!(
                deleted.status().as_u16() < 500,
                "trial {trial}: delete failed"
            );
            assert!(
                created.status().as_u16() < 500,
                "trial {trial}: create failed"
            );
            let (role_left, assigned): (i64, i64) = app
                .db
                .run(move |conn| {
                    let left = roles::table.find(role).count().get_result(conn)?;
                    let assigned = administrators::table
                        .filter(administrators::role_id.eq(role))
                        .count()
                        .get_result(conn)?;
                    Ok((left, assigned))
                })
                .await
                .unwrap();
            assert!(
                (role_left == 1) || (assigned == 0),
                "trial {trial} on {}: an administrator holds a deleted role",
                app.backend
            );
            assert!(
                !(role_left == 0 && created.status().as_u16() == 303),
                "trial {trial} on {}: created with a role that was deleted",
                app.backend
            );
        }
    })
    .await;
}
