use diesel::prelude::*;
use switchboard::db::schema::{administrators, audit_events, role_privileges, roles};
use switchboard::domain::acting::Acting;
use switchboard::domain::privileges::{Privilege, PrivilegeSet};

use crate::helpers::*;

/// The page text with askama's escaping of quotes undone, for readable asserts.
fn text(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

async fn role_id(app: &TestApp, name: &str) -> Option<i64> {
    let name = name.to_owned();
    app.db
        .run(move |conn| {
            Ok(roles::table
                .filter(roles::name.eq(&name))
                .select(roles::id)
                .first(conn)
                .optional()?)
        })
        .await
        .expect("role lookup")
}

async fn builtin_role_id(app: &TestApp) -> i64 {
    app.db
        .run(|conn| {
            Ok(roles::table
                .filter(roles::builtin.eq(true))
                .select(roles::id)
                .first(conn)?)
        })
        .await
        .expect("built-in role")
}

/// The keys stored for a role, sorted.
pub async fn stored_keys(app: &TestApp, id: i64) -> Vec<String> {
    app.db
        .run(move |conn| {
            Ok(role_privileges::table
                .filter(role_privileges::role_id.eq(id))
                .order(role_privileges::privilege)
                .select(role_privileges::privilege)
                .load(conn)?)
        })
        .await
        .expect("keys")
}

async fn count_roles(app: &TestApp) -> i64 {
    app.db
        .run(|conn| Ok(roles::table.count().get_result(conn)?))
        .await
        .expect("count")
}

async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    let action = action.to_owned();
    app.db
        .run(move |conn| {
            Ok(audit_events::table
                .filter(audit_events::action.eq(&action))
                .select(audit_events::details)
                .load(conn)?)
        })
        .await
        .expect("audit")
}

#[tokio::test]
async fn a_role_is_created_edited_and_deleted_with_its_privileges_closed_under_view() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");

        let list = text(&app.get_html(&roles_url).await);
        assert!(list.contains("Roles and Privileges"));
        assert!(list.contains("All available administrator roles for this organization"));
        assert!(list.contains("Enterprise Super Administrator"));
        assert!(list.contains("1 administrator assigned"), "{list}");
        assert!(list.contains("+ Create Role"));

        let form = app.get_html(&format!("{roles_url}/new")).await;
        assert!(form.contains("Create A New Role"));
        assert!(form.contains("<legend>Reports"));
        assert!(form.contains("<legend>Download</legend>"));
        assert!(form.contains("<legend>ADK APIs</legend>"));
        assert!(form.contains(r#"name="privileges" value="setup.edit.branding""#));
        assert!(form.contains(r#"<label for="p-accounts.edit">Edit</label>"#));
        assert!(form.contains(r#"name="select_all" value="Reports""#));

        let response = app
            .post_form(
                &roles_url,
                &[
                    ("name", "Number Admin"),
                    ("privileges", "accounts.edit"),
                    ("privileges", "setup.edit.number_management"),
                ],
            )
            .await;
        assert_redirect_to(&response, &roles_url);
        let id = role_id(&app, "Number Admin").await.expect("role saved");
        assert_eq!(
            stored_keys(&app, id).await,
            [
                "accounts.edit",
                "accounts.view",
                "setup.edit.number_management",
                "setup.view.number_management"
            ]
        );
        let list = text(&app.get_html(&roles_url).await);
        assert!(list.contains("Role 'Number Admin' created."), "{list}");
        assert!(list.contains("0 administrators assigned"));
        assert!(list.contains(&format!("{roles_url}/{id}/delete")));

        // The edit form shows what is held, and marks the sections that have some.
        let edit = app.get_html(&format!("{roles_url}/{id}")).await;
        assert!(edit.contains(r#"value="Number Admin""#), "{edit}");
        assert!(edit.contains(r#"value="accounts.view" checked"#), "{edit}");
        assert!(edit.contains("privilege-section has-selection"));
        assert!(
            edit.contains("Accounts <span class=\"selected-count\">(2 selected)</span>"),
            "{edit}"
        );
        assert!(!edit.contains("Dashboard <span class=\"selected-count\">"));

        let response = app
            .post_form(
                &format!("{roles_url}/{id}"),
                &[("name", "Numbers"), ("privileges", "dashboard.view")],
            )
            .await;
        assert_redirect_to(&response, &roles_url);
        assert_eq!(stored_keys(&app, id).await, ["dashboard.view"]);
        assert_eq!(role_id(&app, "Numbers").await, Some(id));

        let confirm = app.get_html(&format!("{roles_url}/{id}/delete")).await;
        assert!(confirm.contains("Yes, delete"));
        let response = app
            .post_form(&format!("{roles_url}/{id}/delete"), &[])
            .await;
        assert_redirect_to(&response, &roles_url);
        assert_eq!(role_id(&app, "Numbers").await, None);
        assert!(stored_keys(&app, id).await.is_empty());

        let created = audit_details(&app, "role_created").await;
        assert_eq!(created.len(), 1);
        assert!(created[0].contains("accounts.view"), "{created:?}");
        let updated = audit_details(&app, "role_updated").await;
        assert!(
            updated[0].contains("name: 'Number Admin' → 'Numbers'"),
            "{updated:?}"
        );
        assert!(updated[0].contains("added: dashboard.view"), "{updated:?}");
        assert!(
            updated[0].contains("removed: accounts.view, accounts.edit"),
            "{updated:?}"
        );
        assert_eq!(
            audit_details(&app, "role_deleted").await,
            ["privileges: dashboard.view"]
        );
    })
    .await;
}

#[tokio::test]
async fn role_names_are_required_unique_in_the_org_and_bounded() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");
        app.get_html(&format!("{roles_url}/new")).await;
        let response = app
            .post_form(
                &roles_url,
                &[("name", "Support"), ("privileges", "help.view")],
            )
            .await;
        assert_redirect_to(&response, &roles_url);

        let empty = app
            .post_form(&roles_url, &[("name", "  "), ("privileges", "help.view")])
            .await;
        assert_eq!(empty.status().as_u16(), 422);
        let html = empty.text().await.expect("body");
        assert!(html.contains("Enter a role name."), "{html}");
        assert!(
            html.contains(r#"value="help.view" checked"#),
            "the ticked boxes are kept"
        );

        let duplicate = app
            .post_form(
                &roles_url,
                &[("name", "SUPPORT"), ("privileges", "help.view")],
            )
            .await;
        assert_eq!(duplicate.status().as_u16(), 422);
        let html = text(&duplicate.text().await.expect("body"));
        assert!(
            html.contains("A role named 'SUPPORT' already exists"),
            "{html}"
        );
        assert!(html.contains(r#"value="SUPPORT""#));

        let long = "x".repeat(101);
        let too_long = app
            .post_form(&roles_url, &[("name", &long), ("privileges", "help.view")])
            .await;
        assert_eq!(too_long.status().as_u16(), 422);
        assert_eq!(
            count_roles(&app).await,
            2,
            "only the built-in role and Support"
        );

        // Unknown keys are a malformed form, not something to drop silently.
        let unknown = app
            .post_form(
                &roles_url,
                &[("name", "Odd"), ("privileges", "root.everything")],
            )
            .await;
        assert_eq!(unknown.status().as_u16(), 400);
        assert_eq!(role_id(&app, "Odd").await, None);
    })
    .await;
}

#[tokio::test]
async fn an_administrator_cannot_grant_privileges_their_role_lacks() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");
        app.get_html(&format!("{roles_url}/new")).await;
        app.post_form(
            &roles_url,
            &[("name", "Auditors"), ("privileges", "accounts.delete")],
        )
        .await;
        let auditors = role_id(&app, "Auditors").await.expect("role");
        app.sign_out().await;

        let held = [
            Privilege::RolesCreate,
            Privilege::RolesEdit,
            Privilege::AccountsEdit,
        ];
        app.create_admin(&top, "lead@example.com", "lead password 1", &held)
            .await;
        let response = app.sign_in("lead@example.com", "lead password 1").await;
        assert_redirect_to(&response, "/");

        let form = app.get_html(&format!("{roles_url}/new")).await;
        assert!(form.contains(r#"value="accounts.edit">"#), "held: enabled");
        assert!(
            form.contains(r#"value="accounts.delete" disabled>"#),
            "not held: disabled"
        );

        // A forged form asking for more than the administrator holds.
        let forged = app
            .post_form(
                &roles_url,
                &[
                    ("name", "Sneaky"),
                    ("privileges", "accounts.edit"),
                    ("privileges", "administrators.create"),
                ],
            )
            .await;
        assert_eq!(forged.status().as_u16(), 403);
        assert_eq!(role_id(&app, "Sneaky").await, None);

        let forged = app
            .post_form(
                &format!("{roles_url}/{auditors}"),
                &[("name", "Auditors"), ("privileges", "roles.delete")],
            )
            .await;
        assert_eq!(forged.status().as_u16(), 403);
        assert_eq!(
            stored_keys(&app, auditors).await,
            ["accounts.delete", "accounts.view"]
        );

        // Within their own privileges it works, and what they cannot see is kept.
        let response = app
            .post_form(
                &format!("{roles_url}/{auditors}"),
                &[("name", "Auditors"), ("privileges", "accounts.edit")],
            )
            .await;
        assert_redirect_to(&response, &roles_url);
        assert_eq!(
            stored_keys(&app, auditors).await,
            ["accounts.delete", "accounts.edit", "accounts.view"]
        );
    })
    .await;
}

#[tokio::test]
async fn a_role_still_assigned_cannot_be_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "ann@example.com",
            "ann password 12",
            &[Privilege::DashboardView],
        )
        .await;
        let id = role_id(&app, "Role for ann@example.com")
            .await
            .expect("role");
        let roles_url = format!("/orgs/{top}/roles");

        let list = app.get_html(&roles_url).await;
        assert!(list.contains("1 administrator assigned"));

        let confirm = text(&app.get_html(&format!("{roles_url}/{id}/delete")).await);
        assert!(
            confirm.contains("cannot be deleted while 1 administrator is assigned"),
            "{confirm}"
        );
        assert!(confirm.contains(&format!("/orgs/{top}/administrators?role={id}")));
        assert!(!confirm.contains("Yes, delete"));

        let response = app
            .post_form(&format!("{roles_url}/{id}/delete"), &[])
            .await;
        assert_redirect_to(&response, &roles_url);
        assert_eq!(role_id(&app, "Role for ann@example.com").await, Some(id));
        let list = text(&app.get_html(&roles_url).await);
        assert!(
            list.contains("cannot be deleted while 1 administrator is assigned"),
            "{list}"
        );
    })
    .await;
}

#[tokio::test]
async fn the_built_in_role_cannot_be_edited_or_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let builtin = builtin_role_id(&app).await;
        let url = format!("/orgs/{top}/roles/{builtin}");

        let page = app.get_html(&url).await;
        assert!(page.contains("cannot be changed"));
        assert!(!page.contains(">Save</button>"));
        let list = app.get_html(&format!("/orgs/{top}/roles")).await;
        assert!(!list.contains(&format!("{url}/delete")));

        let response = app
            .post_form(
                &url,
                &[("name", "Renamed"), ("privileges", "dashboard.view")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(
            app.get(&format!("{url}/delete")).await.status().as_u16(),
            403
        );
        assert_eq!(
            app.post_form(&format!("{url}/delete"), &[])
                .await
                .status()
                .as_u16(),
            403
        );
        assert_eq!(
            role_id(&app, "Enterprise Super Administrator").await,
            Some(builtin)
        );
    })
    .await;
}

#[tokio::test]
async fn roles_are_seen_in_their_subtree_and_changed_only_by_their_owner() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let support = app.create_suborg(&top, "Support").await;
        app.get_html(&format!("/orgs/{top}/roles/new")).await;
        let help = ("privileges", "help.view");
        app.post_form(
            &format!("/orgs/{top}/roles"),
            &[("name", "Company Wide"), help],
        )
        .await;
        app.post_form(
            &format!("/orgs/{sales}/roles"),
            &[("name", "Sales Only"), help],
        )
        .await;
        let company = role_id(&app, "Company Wide").await.expect("role");
        let sales_only = role_id(&app, "Sales Only").await.expect("role");

        // Inherited roles are listed below their owner, but not editable there.
        let list = app.get_html(&format!("/orgs/{sales}/roles")).await;
        assert!(list.contains("Company Wide") && list.contains("Sales Only"));
        assert!(list.contains("Inherited from"));
        assert!(!list.contains(&format!("/orgs/{sales}/roles/{company}/delete")));
        let inherited = format!("/orgs/{sales}/roles/{company}");
        assert_eq!(app.get(&inherited).await.status().as_u16(), 200);
        assert_eq!(
            app.post_form(&inherited, &[("name", "Hijacked")])
                .await
                .status()
                .as_u16(),
            403
        );
        assert_eq!(
            app.get(&format!("{inherited}/delete"))
                .await
                .status()
                .as_u16(),
            403
        );

        // A sub-org's role is not visible from its parent or its sibling.
        assert!(
            !app.get_html(&format!("/orgs/{top}/roles"))
                .await
                .contains("Sales Only")
        );
        for url in [
            format!("/orgs/{top}/roles/{sales_only}"),
            format!("/orgs/{support}/roles/{sales_only}"),
        ] {
            assert_eq!(app.get(&url).await.status().as_u16(), 404, "{url}");
            assert_eq!(
                app.post_form(&url, &[("name", "X")])
                    .await
                    .status()
                    .as_u16(),
                404,
                "{url}"
            );
            assert_eq!(
                app.post_form(&format!("{url}/delete"), &[])
                    .await
                    .status()
                    .as_u16(),
                404,
                "{url}"
            );
        }
        assert_eq!(
            app.get(&format!("/orgs/{top}/roles/999999"))
                .await
                .status()
                .as_u16(),
            404
        );
        assert_eq!(
            app.get(&format!("/orgs/{top}/roles/abc"))
                .await
                .status()
                .as_u16(),
            404
        );
        assert_eq!(role_id(&app, "Sales Only").await, Some(sales_only));
    })
    .await;
}

#[tokio::test]
async fn the_roles_pages_need_the_roles_privileges() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.sign_out().await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[Privilege::RolesView],
        )
        .await;
        app.create_admin(
            &top,
            "dash@example.com",
            "dash password 1",
            &[Privilege::DashboardView],
        )
        .await;
        let id = role_id(&app, "Role for viewer@example.com")
            .await
            .expect("role");

        app.sign_in("dash@example.com", "dash password 1").await;
        assert_eq!(
            app.get(&format!("/orgs/{top}/roles"))
                .await
                .status()
                .as_u16(),
            403
        );
        app.sign_out().await;

        app.sign_in("viewer@example.com", "viewer password").await;
        let list = app.get_html(&format!("/orgs/{top}/roles")).await;
        assert!(list.contains("Role for viewer@example.com"));
        assert!(!list.contains("+ Create Role"));
        assert!(!list.contains("Edit<span"));
        let page = app.get_html(&format!("/orgs/{top}/roles/{id}")).await;
        assert!(!page.contains(">Save</button>"), "view only");
        assert_eq!(
            app.get(&format!("/orgs/{top}/roles/new"))
                .await
                .status()
                .as_u16(),
            403
        );
        let response = app
            .post_form(&format!("/orgs/{top}/roles"), &[("name", "Mine")])
            .await;
        assert_eq!(response.status().as_u16(), 403);
        let response = app
            .post_form(&format!("/orgs/{top}/roles/{id}"), &[("name", "Mine")])
            .await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(
            app.get(&format!("/orgs/{top}/roles/{id}/delete"))
                .await
                .status()
                .as_u16(),
            403
        );
    })
    .await;
}

#[tokio::test]
async fn roles_are_searched_by_name_and_paged() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let roles_url = format!("/orgs/{top}/roles");
        app.get_html(&format!("{roles_url}/new")).await;
        for i in 1..=26 {
            let name = format!("Team {i:02}");
            let response = app
                .post_form(&roles_url, &[("name", &name), ("privileges", "help.view")])
                .await;
            assert_redirect_to(&response, &roles_url);
        }
        app.post_form(
            &roles_url,
            &[("name", "100%_Special"), ("privileges", "help.view")],
        )
        .await;
        app.get_html(&roles_url).await; // shows, and so clears, the flashes

        let first = app.get_html(&roles_url).await;
        assert!(first.contains("Page 1 of 2 (28 in all)"), "{first}");
        assert!(first.contains("Built-in"));
        assert!(
            first.contains("Team 01") && !first.contains("Team 26"),
            "{first}"
        );
        let second = app.get_html(&format!("{roles_url}?page=2")).await;
        assert!(second.contains("Team 26"));

        let found = app.get_html(&format!("{roles_url}?q=team+0")).await;
        assert!(found.contains("Team 09") && !found.contains("Team 10"));
        assert!(
            !found.contains("Built-in"),
            "the built-in role does not match"
        );
        // Wildcards in the search are taken literally.
        let found = app.get_html(&format!("{roles_url}?q=%25_")).await;
        assert!(
            found.contains("100%_Special") && !found.contains("Team 01"),
            "{found}"
        );
    })
    .await;
}

#[tokio::test]
async fn only_roles_within_the_assigners_privileges_are_assignable() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        app.get_html(&format!("/orgs/{top}/roles/new")).await;
        for (org, name, key) in [
            (&top, "Viewers", "accounts.view"),
            (&top, "Deleters", "accounts.delete"),
            (&sales, "Sales Editors", "accounts.edit"),
        ] {
            let url = format!("/orgs/{org}/roles");
            let response = app
                .post_form(&url, &[("name", name), ("privileges", key)])
                .await;
            assert_redirect_to(&response, &url);
        }
        let names = |assigner: PrivilegeSet, org: String| {
            app.db.run(move |conn| {
                // Tenant queries take a ScopedOrg: the org proven to lie in
                // an administrator's subtree.
                let me: i64 = administrators::table
                    .filter(administrators::email.eq(SUPER_EMAIL))
                    .select(administrators::id)
                    .first(conn)?;
                let acting = Acting::load(conn, me, None)?.expect("signed-in admin");
                let org = acting.home().find_below(conn, &org)?.expect("in scope");
                let roles = switchboard::domain::roles::assignable(conn, &org, &assigner)?;
                Ok(roles.into_iter().map(|r| r.name).collect::<Vec<_>>())
            })
        };
        let editor = PrivilegeSet::closed([Privilege::AccountsEdit]);
        let in_sales = names(editor.clone(), sales.clone())
            .await
            .expect("assignable");
        assert_eq!(in_sales, ["Sales Editors", "Viewers"]);
        let in_top = names(editor, top.clone()).await.expect("assignable");
        assert_eq!(
            in_top,
            ["Viewers"],
            "a sub-org's role is not usable above it"
        );
        let everything = names(PrivilegeSet::all(), top.clone())
            .await
            .expect("assignable");
        assert_eq!(
            everything,
            ["Enterprise Super Administrator", "Deleters", "Viewers"]
        );
    })
    .await;
}

#[tokio::test]
async fn role_flashes_and_refusals_are_in_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_language("Spanish").await;
        app.get_html(&format!("/orgs/{top}/roles/new")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/roles"),
                &[("name", "Ventas"), ("privileges", "accounts.view")],
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/roles"));
        let list = text(&app.get_html(&format!("/orgs/{top}/roles")).await);
        assert!(list.contains("Rol 'Ventas' creado."), "{list}");
        let id = role_id(&app, "Ventas").await.expect("created");
        let form = text(&app.get_html(&format!("/orgs/{top}/roles/{id}")).await);
        assert!(
            form.contains("Editar rol: Ventas") && form.contains("Operaciones masivas de cuentas"),
            "{form}"
        );
        let response = app
            .post_form(&format!("/orgs/{top}/roles/{id}"), &[("name", "Ventas")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(page.contains("Marque al menos un privilegio"), "{page}");
        let response = app
            .post_form(&format!("/orgs/{top}/roles/{id}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/roles"));
        let list = text(&app.get_html(&format!("/orgs/{top}/roles")).await);
        assert!(list.contains("Rol 'Ventas' eliminado."), "{list}");
    })
    .await;
}
