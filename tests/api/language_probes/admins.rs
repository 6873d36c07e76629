//! Administrators, API users and roles: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use crate::helpers::*;
use crate::languages::Probe;

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    let _ = (app, &base);
    let admin = app.admin_id(crate::pages::LONG_EMAIL).await;
    let role = app.role_of(admin).await;
    [
        (
            "administrator_delete",
            format!("administrators/{admin}/delete"),
        ),
        ("role_delete", format!("roles/{role}/delete")),
    ]
    .into_iter()
    .map(|(name, path)| (format!("{base}/{path}"), name.to_owned()))
    .collect()
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe = |page: &str, action: &str, fields, status| Probe {
        page: format!("{base}/{page}"),
        action: format!("{base}/{action}"),
        fields,
        status,
    };
    let _ = &probe;
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
            "form_role_new".into(),
            probe("roles/new", "roles", &[("name", "")], 422),
        ),
    ]
}
