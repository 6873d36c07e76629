//! Setup, invitation templates and sub-organizations: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use crate::helpers::*;
use crate::languages::Probe;

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    // Names the language test knows as data.
    let empty = app.create_suborg(org, "Bad").await;
    let parent = app.create_suborg(org, "Di").await;
    let child = app.create_suborg(&parent, "Lee").await;
    let profile = app.add_profile(org, "Ann", "ms_teams_calling").await;
    let default = app.default_profile().await;
    // Sub-organization settings of its own, so its pages say where they come from.
    app.add_profile(&parent, "Sam", "").await;
    // An own invitation text, so the page offers to go back to the inherited one.
    app.get_html(&format!("{base}/setup/invitation-templates"))
        .await;
    let response = app
        .post_form(
            &format!("{base}/setup/invitation-templates"),
            &[
                ("channel", "sms"),
                ("language", "English"),
                ("body", "{link}"),
                ("action", "save"),
            ],
        )
        .await;
    assert!(response.status().is_redirection(), "the template is saved");

    let mut pages: Vec<(String, String)> = [
        ("suborg_delete", format!("suborgs/{empty}/delete")),
        ("suborg_delete_blocked", format!("suborgs/{parent}/delete")),
        (
            "setup_user_permission",
            format!("setup/user-permissions/{profile}"),
        ),
        (
            "setup_user_permission_delete",
            format!("setup/user-permissions/{profile}/delete"),
        ),
        (
            "setup_user_permission_delete_default",
            format!("setup/user-permissions/{default}/delete"),
        ),
        (
            "setup_invitation_template_reset",
            "setup/invitation-templates/reset?channel=sms&language=English".to_owned(),
        ),
        (
            "setup_invitation_templates_italian",
            "setup/invitation-templates?language=Italian".to_owned(),
        ),
    ]
    .into_iter()
    .map(|(name, path)| (format!("{base}/{path}"), name.to_owned()))
    .collect();
    // A sub-organization's Setup: inherited settings, and profiles of its parent.
    for (org, name) in [(&parent, "setup_sub"), (&child, "setup_subsub")] {
        for page in [
            "feature-settings",
            "domain-restriction",
            "two-factor-authentication",
            "user-permissions",
            "invitation-templates",
            "manage-alerts",
        ] {
            pages.push((
                format!("/orgs/{org}/setup/{page}"),
                format!("{name}_{}", page.replace('-', "_")),
            ));
        }
    }
    pages.push((
        format!("/orgs/{child}/setup/user-permissions/{profile}"),
        "setup_subsub_user_permission_inherited".into(),
    ));
    pages
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe =
        |page: &str, action: &str, fields, status| Probe::at(base, page, action, fields, status);
    vec![
        (
            "form_suborg_new".into(),
            probe("suborgs", "suborgs", &[("name", "")], 422),
        ),
        (
            "form_setup_user_permissions_new".into(),
            probe(
                "setup/user-permissions/new",
                "setup/user-permissions",
                &[("name", "")],
                422,
            ),
        ),
        (
            "form_setup_domain_restriction".into(),
            probe(
                "setup/domain-restriction",
                "setup/domain-restriction",
                &[("source", "own"), ("domains", "Bad")],
                422,
            ),
        ),
        (
            "form_setup_invitation_template_without_link".into(),
            probe(
                "setup/invitation-templates",
                "setup/invitation-templates",
                &[
                    ("channel", "email"),
                    ("language", "English"),
                    ("subject", "Sam"),
                    ("body", "Sam"),
                    ("action", "save"),
                ],
                422,
            ),
        ),
        (
            "form_setup_invitation_validity".into(),
            probe(
                "setup/invitation-templates",
                "setup/invitation-templates/validity",
                &[("language", "English"), ("days", "0")],
                422,
            ),
        ),
        (
            "form_setup_manage_alerts".into(),
            probe(
                "setup/manage-alerts",
                "setup/manage-alerts",
                &[("event", "batch_completed"), ("addresses", "Bad")],
                422,
            ),
        ),
    ]
}
