//! Administrators, API users and roles: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, roles};

use crate::helpers::*;
use crate::languages::Probe;

/// A role name that the language test takes for data (a seeded name).
const SPARE_ROLE: &str = "Maximiliana";

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    let admin = app.admin_id(crate::pages::LONG_EMAIL).await;
    let me = app.admin_id(SUPER_EMAIL).await;
    let role = app.role_of(admin).await;
    // The record shows its lock (with Unlock) and two-factor authentication
    // (with Reset), and the reset has its confirmation.
    let until = chrono::Utc::now().naive_utc() + chrono::Duration::days(1);
    app.db
        .run(move |conn| {
            diesel::update(administrators::table.find(admin))
                .set((
                    administrators::mfa_enabled.eq(true),
                    administrators::failed_sign_ins.eq(5),
                    administrators::locked_until.eq(Some(until)),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("lock the administrator");
    // A role nobody holds, so its deletion is offered rather than refused.
    app.get_html(&format!("{base}/roles/new")).await;
    let response = app
        .post_form(
            &format!("{base}/roles"),
            &[("name", SPARE_ROLE), ("privileges", "dashboard.view")],
        )
        .await;
    assert_redirect_to(&response, &format!("{base}/roles"));
    let spare = app
        .db
        .run(|conn| {
            Ok(roles::table
                .filter(roles::name.eq(SPARE_ROLE))
                .select(roles::id)
                .first::<i64>(conn)?)
        })
        .await
        .expect("the spare role");
    [
        (
            "administrator_delete",
            format!("administrators/{admin}/delete"),
        ),
        (
            "administrator_delete_self",
            format!("administrators/{me}/delete"),
        ),
        (
            "administrator_mfa_reset",
            format!("administrators/{admin}/two-factor/reset"),
        ),
        ("role_delete", format!("roles/{role}/delete")),
        ("role_delete_unassigned", format!("roles/{spare}/delete")),
        ("role_spare", format!("roles/{spare}")),
        ("roles_search_none", "roles?q=zzzz".to_owned()),
        (
            "administrators_search_none",
            "administrators?q=zzzz".to_owned(),
        ),
    ]
    .into_iter()
    .map(|(name, path)| (format!("{base}/{path}"), name.to_owned()))
    .collect()
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe =
        |page: &str, action: &str, fields, status| Probe::at(base, page, action, fields, status);
    vec![
        (
            "form_administrator_new".into(),
            probe(
                "administrators/new",
                "administrators",
                &[
                    ("first_name", ""),
                    ("last_name", ""),
                    ("email", "not an address"),
                ],
                422,
            ),
        ),
        (
            "form_administrator_new_choices".into(),
            probe(
                "administrators/new",
                "administrators",
                &[
                    ("first_name", "Ann"),
                    ("last_name", "Lee"),
                    ("email", "ann@example.com"),
                    ("language", "English"),
                    ("org", ""),
                    ("role_id", ""),
                ],
                422,
            ),
        ),
        (
            "form_api_user_new".into(),
            probe(
                "administrators/new-api-user",
                "administrators",
                &[
                    ("kind", "api"),
                    ("first_name", "Ann"),
                    ("last_name", "Lee"),
                    ("email", "ann@example.com"),
                    ("external_application", "custom"),
                    ("custom_application", ""),
                    ("org", ""),
                ],
                422,
            ),
        ),
        (
            "form_role_new".into(),
            probe("roles/new", "roles", &[("name", "")], 422),
        ),
        (
            "form_role_no_privilege".into(),
            probe("roles/new", "roles", &[("name", "Sam")], 422),
        ),
        (
            "form_role_builtin_name".into(),
            probe(
                "roles/new",
                "roles",
                &[
                    ("name", "Enterprise Super Administrator"),
                    ("privileges", "dashboard.view"),
                ],
                422,
            ),
        ),
        (
            "form_role_select_all".into(),
            probe(
                "roles/new",
                "roles",
                &[("name", "Sam"), ("select_all", "Accounts")],
                200,
            ),
        ),
        (
            "administrator_reinvite_select_all".into(),
            probe(
                "administrators",
                "administrators/reinvite",
                &[("all", "1"), ("page_ids", "1")],
                200,
            ),
        ),
        (
            "administrator_reinvite_active".into(),
            probe(
                "administrators",
                "administrators/reinvite",
                &[("all", "1"), ("selection", "filter"), ("q", "maximiliana")],
                200,
            ),
        ),
    ]
}
