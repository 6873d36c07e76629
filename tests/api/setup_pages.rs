//! The Setup section: its index, User Permissions, Feature Settings and
//! Domain Restriction, as an administrator uses them.

use diesel::prelude::*;
use switchboard::db::schema::{audit_events, org_settings, organizations, user_permissions};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

/// The page text with askama's escaping of quotes undone, for readable asserts.
fn text(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

/// (id, org display id, name, is_default, features) of every profile.
type Stored = (i64, String, String, bool, String);

async fn profiles(app: &TestApp) -> Vec<Stored> {
    app.db
        .run(|conn| {
            Ok(user_permissions::table
                .inner_join(organizations::table)
                .order(user_permissions::id)
                .select((
                    user_permissions::id,
                    organizations::display_id,
                    user_permissions::name,
                    user_permissions::is_default,
                    user_permissions::features,
                ))
                .load(conn)?)
        })
        .await
        .expect("profiles")
}

async fn profile_id(app: &TestApp, name: &str) -> i64 {
    profiles(app)
        .await
        .into_iter()
        .find(|p| p.2 == name)
        .unwrap_or_else(|| panic!("no profile named {name}"))
        .0
}

/// Names of the default profiles defined in `org`.
async fn defaults_of(app: &TestApp, org: &str) -> Vec<String> {
    profiles(app)
        .await
        .into_iter()
        .filter(|p| p.1 == org && p.3)
        .map(|p| p.2)
        .collect()
}

/// The org's own stored (features, allowed_domains); None when it has no row.
async fn own_settings(app: &TestApp, org: &str) -> Option<(Option<String>, Option<String>)> {
    let org = org.to_owned();
    app.db
        .run(move |conn| {
            Ok(org_settings::table
                .inner_join(organizations::table)
                .filter(organizations::display_id.eq(&org))
                .select((org_settings::features, org_settings::allowed_domains))
                .first(conn)
                .optional()?)
        })
        .await
        .expect("settings")
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.db
        .run(|conn| {
            Ok(audit_events::table
                .order(audit_events::id)
                .select(audit_events::action)
                .load(conn)?)
        })
        .await
        .expect("audit")
}

/// An account of `org` with the given profile, straight into the database.
async fn insert_account(app: &TestApp, org: &str, profile: i64) {
    app.insert_account_row(NewAccount {
        profile: Some(profile),
        ..NewAccount::new(
            org,
            "A-1",
            ("Ann", "User"),
            Some("ann@example.com"),
            "saved",
        )
    })
    .await;
}

fn up_url(org: &str) -> String {
    format!("/orgs/{org}/setup/user-permissions")
}

/// Creates a profile through the form; asserts it worked.
async fn create_profile(app: &TestApp, org: &str, name: &str, features: &[&str]) -> i64 {
    app.get_html(&format!("{}/new", up_url(org))).await;
    let mut fields = vec![("name", name)];
    fields.extend(features.iter().map(|f| ("features", *f)));
    let response = app.post_form(&up_url(org), &fields).await;
    assert_redirect_to(&response, &up_url(org));
    profiles(app)
        .await
        .into_iter()
        .find(|p| p.1 == org && p.2 == name)
        .expect("the profile just created")
        .0
}

#[tokio::test]
async fn the_setup_index_lists_only_what_the_administrator_may_open() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let html = text(&app.get_html(&format!("/orgs/{top}/setup")).await);
        for (label, href) in [
            ("Invitation Templates", "setup/invitation-templates"),
            ("Domain Restriction", "setup/domain-restriction"),
            ("Number Management", "numbers"),
            ("User Permissions", "setup/user-permissions"),
            ("Feature Settings", "setup/feature-settings"),
        ] {
            assert!(
                html.contains(&format!("href=\"/orgs/{top}/{href}\">{label}</a>")),
                "{label} links to {href}"
            );
        }
        assert!(html.contains("Company Profile</span> <span class=\"tag\">Not available yet"));
        assert!(html.contains("In-App Messaging"));
        // In the catalogue's order.
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} listed"));
        assert!(at("Company Profile") < at("Invitation Templates"));
        assert!(at("Number Management") < at("User Permissions"));
        assert!(at("User Permissions") < at("Feature Settings"));

        app.create_admin(
            &top,
            "features@example.com",
            "features password",
            &[
                Privilege::DashboardView,
                Privilege::SetupViewFeatureSettings,
            ],
        )
        .await;
        app.create_admin(
            &top,
            "nosetup@example.com",
            "nosetup password",
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;
        app.sign_in("features@example.com", "features password")
            .await;
        let html = app.get_html(&format!("/orgs/{top}/setup")).await;
        assert!(html.contains("Feature Settings</a>"));
        for hidden in ["User Permissions", "Domain Restriction", "Company Profile"] {
            assert!(!html.contains(hidden), "{hidden} is not shown");
        }
        app.sign_out().await;
        app.sign_in("nosetup@example.com", "nosetup password").await;
        let response = app.get(&format!("/orgs/{top}/setup")).await;
        assert_eq!(response.status().as_u16(), 403);
    })
    .await;
}

#[tokio::test]
async fn user_permissions_are_created_edited_made_default_and_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let url = up_url(&top);
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("Default User Permissions</a>"));
        assert!(html.contains("<span class=\"tag\">(Default)</span>"));

        let gold = create_profile(&app, &top, "Gold", &["e911", "social_messaging"]).await;
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("User Permissions 'Gold' created."));
        assert!(html.contains("Features: Social Messaging, E911"));

        // The same name in another letter case: a message next to the field,
        // the form as it was, and nothing written.
        let before = profiles(&app).await;
        app.get_html(&format!("{url}/new")).await;
        let response = app
            .post_form(
                &url,
                &[("name", " gOLD "), ("features", "ms_teams_calling")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = text(&response.text().await.unwrap());
        assert!(html.contains("This organization already has User Permissions named 'gOLD'."));
        assert!(html.contains("value=\" gOLD \""));
        assert!(html.contains("value=\"ms_teams_calling\" checked"));
        assert_eq!(profiles(&app).await, before);

        // An empty name.
        let response = app.post_form(&url, &[("name", "  ")]).await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            text(&response.text().await.unwrap())
                .contains("Enter a name for the User Permissions.")
        );

        // Edit: rename and change the features.
        let html = app.get_html(&format!("{url}/{gold}")).await;
        assert!(html.contains("value=\"e911\" checked"));
        let response = app
            .post_form(
                &format!("{url}/{gold}"),
                &[("name", "Platinum"), ("features", "ms_teams_calling")],
            )
            .await;
        assert_redirect_to(&response, &url);
        let stored = profiles(&app).await;
        let platinum = stored.iter().find(|p| p.0 == gold).unwrap();
        assert_eq!(
            (platinum.2.as_str(), platinum.4.as_str()),
            ("Platinum", "ms_teams_calling")
        );
        // Renaming onto another profile's name is refused like creating.
        let response = app
            .post_form(
                &format!("{url}/{gold}"),
                &[("name", "default user permissions")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert_eq!(profiles(&app).await, stored);

        // Make default: the one default moves.
        let response = app.post_form(&format!("{url}/{gold}/default"), &[]).await;
        assert_redirect_to(&response, &url);
        assert_eq!(defaults_of(&app, &top).await, ["Platinum"]);
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("'Platinum' is now the default User Permissions of"));

        // The top org's default cannot be deleted; the confirmation page says why.
        let html = text(&app.get_html(&format!("{url}/{gold}/delete")).await);
        assert!(html.contains("is the default User Permissions of the top organization"));
        assert!(!html.contains("Yes, delete"));
        let response = app.post_form(&format!("{url}/{gold}/delete"), &[]).await;
        assert_redirect_to(&response, &url);
        assert!(profiles(&app).await.iter().any(|p| p.0 == gold));

        // The former default can now be deleted, after a confirmation page.
        let old = profile_id(&app, "Default User Permissions").await;
        let html = text(&app.get_html(&format!("{url}/{old}/delete")).await);
        assert!(
            html.contains("Delete the User Permissions <strong>Default User Permissions</strong>?")
        );
        let response = app.post_form(&format!("{url}/{old}/delete"), &[]).await;
        assert_redirect_to(&response, &url);
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("User Permissions 'Default User Permissions' deleted."));
        assert_eq!(profiles(&app).await.len(), 1);

        let actions = audit_actions(&app).await;
        for action in [
            "user_permissions_created",
            "user_permissions_updated",
            "user_permissions_default",
            "user_permissions_deleted",
        ] {
            assert_eq!(
                actions.iter().filter(|a| *a == action).count(),
                1,
                "one {action} event in {actions:?}"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn a_profile_grants_only_features_the_organization_offers() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&format!("/orgs/{top}/setup/feature-settings"))
            .await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/setup/feature-settings"),
                &[
                    ("features", "ms_teams_calling"),
                    ("features", "call_recording"),
                ],
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/setup/feature-settings"));

        let url = up_url(&top);
        let html = app.get_html(&format!("{url}/new")).await;
        assert!(html.contains("value=\"ms_teams_calling\""));
        assert!(!html.contains("value=\"e911\""), "E911 is not offered");
        let before = profiles(&app).await;
        let response = app
            .post_form(&url, &[("name", "Rogue"), ("features", "e911")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("This organization does not offer E911 (see Feature Settings).")
        );
        assert_eq!(profiles(&app).await, before);

        // A profile keeps a feature the org stopped offering.
        let id = create_profile(&app, &top, "Recorder", &["call_recording"]).await;
        app.get_html(&format!("/orgs/{top}/setup/feature-settings"))
            .await;
        app.post_form(
            &format!("/orgs/{top}/setup/feature-settings"),
            &[("features", "ms_teams_calling")],
        )
        .await;
        let html = app.get_html(&url).await;
        assert!(html.contains("Features: Call Recording (not offered here)"));
        let html = app.get_html(&format!("{url}/{id}")).await;
        assert!(
            html.contains("Also grants Call Recording, which this organization no longer offers")
        );
        let response = app
            .post_form(
                &format!("{url}/{id}"),
                &[("name", "Recorder"), ("features", "ms_teams_calling")],
            )
            .await;
        assert_redirect_to(&response, &url);
        let stored = profiles(&app)
            .await
            .into_iter()
            .find(|p| p.0 == id)
            .unwrap();
        assert_eq!(stored.4, "ms_teams_calling,call_recording");
    })
    .await;
}

#[tokio::test]
async fn inherited_profiles_are_read_only_and_a_sub_orgs_own_default_overrides_its_parents() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Sales").await;
        let gold = create_profile(&app, &top, "Gold", &["e911"]).await;
        let top_default = profile_id(&app, "Default User Permissions").await;

        let sub_url = up_url(&sub);
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("Gold</a>"));
        assert!(html.contains(&format!("defined in {top} ")), "{html}");
        assert!(html.contains(&format!(
            "<strong>Default:</strong> Default User Permissions (defined in {top} My Organization)."
        )));
        assert!(!html.contains(&format!("{sub_url}/{gold}/delete")));

        // Read-only here: no Save, and changes are refused.
        let html = text(&app.get_html(&format!("{sub_url}/{gold}")).await);
        assert!(html.contains("are defined in"));
        assert!(html.contains("and can be changed only there."));
        assert!(!html.contains("Save</button>"));
        assert!(html.contains("<strong>Features:</strong> E911</p>"));
        let before = profiles(&app).await;
        for (path, fields) in [
            (format!("{sub_url}/{gold}"), vec![("name", "Stolen")]),
            (format!("{sub_url}/{gold}/default"), vec![]),
            (format!("{sub_url}/{gold}/delete"), vec![]),
        ] {
            let response = app.post_form(&path, &fields).await;
            assert_eq!(response.status().as_u16(), 403, "{path}");
        }
        let response = app.get(&format!("{sub_url}/{gold}/delete")).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(profiles(&app).await, before);

        // The sub-org's own default overrides the parent's, there only.
        let basic = create_profile(&app, &sub, "Sales Basic", &[]).await;
        let response = app
            .post_form(&format!("{sub_url}/{basic}/default"), &[])
            .await;
        assert_redirect_to(&response, &sub_url);
        assert_eq!(defaults_of(&app, &sub).await, ["Sales Basic"]);
        assert_eq!(defaults_of(&app, &top).await, ["Default User Permissions"]);
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains(
            "<strong>Default:</strong> Sales Basic. Accounts added here get it unless another is chosen."
        ));
        assert_eq!(html.matches("(Default)").count(), 1);
        let basic_row = html.find("Sales Basic</a>").unwrap();
        assert!(html[basic_row..].find("(Default)").unwrap() < 60);
        let html = text(&app.get_html(&up_url(&top)).await);
        assert!(html.contains("<strong>Default:</strong> Default User Permissions. Accounts"));
        assert!(
            !html.contains("Sales Basic"),
            "a sub-org's profile is not the parent's"
        );
        // A sub-org's profile under the parent's address is not found.
        let response = app.get(&format!("{}/{basic}", up_url(&top))).await;
        assert_eq!(response.status().as_u16(), 404);

        // Back to the parent's default.
        app.get_html(&sub_url).await;
        let response = app
            .post_form(&format!("{sub_url}/{basic}/clear-default"), &[])
            .await;
        assert_redirect_to(&response, &sub_url);
        assert!(defaults_of(&app, &sub).await.is_empty());
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains(
            "'Sales Basic' is no longer the default. Accounts added here get 'Default User \
             Permissions' from the parent organization."
        ));
        // The top org keeps its default.
        app.get_html(&up_url(&top)).await;
        let response = app
            .post_form(
                &format!("{}/{top_default}/clear-default", up_url(&top)),
                &[],
            )
            .await;
        assert_redirect_to(&response, &up_url(&top));
        assert_eq!(defaults_of(&app, &top).await, ["Default User Permissions"]);
    })
    .await;
}

#[tokio::test]
async fn a_profile_that_accounts_use_cannot_be_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Support").await;
        let silver = create_profile(&app, &top, "Silver", &[]).await;
        // An account of the sub-org uses the top org's profile.
        insert_account(&app, &sub, silver).await;
        let url = up_url(&top);
        let html = text(&app.get_html(&format!("{url}/{silver}/delete")).await);
        assert!(html.contains(
            "'Silver' cannot be deleted: 1 account still uses it. Give it other User \
             Permissions first."
        ));
        assert!(!html.contains("Yes, delete"));
        let audit = audit_actions(&app).await.len();
        let response = app.post_form(&format!("{url}/{silver}/delete"), &[]).await;
        assert_redirect_to(&response, &url);
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("'Silver' cannot be deleted: 1 account still uses it."));
        assert!(profiles(&app).await.iter().any(|p| p.0 == silver));
        assert_eq!(audit_actions(&app).await.len(), audit);
    })
    .await;
}

#[tokio::test]
async fn a_profile_of_a_sibling_org_is_not_found_and_nothing_changes() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let a = app.create_suborg(&top, "Org A").await;
        let b = app.create_suborg(&top, "Org B").await;
        let theirs = create_profile(&app, &b, "B only", &["e911"]).await;
        app.create_admin(&a, "a@example.com", "a password long", Privilege::ALL)
            .await;
        app.sign_out().await;
        app.sign_in("a@example.com", "a password long").await;
        let url = up_url(&a);
        app.get_html(&url).await;
        let before = (profiles(&app).await, audit_actions(&app).await);
        for path in [format!("{url}/{theirs}"), format!("{url}/{theirs}/delete")] {
            assert_eq!(app.get(&path).await.status().as_u16(), 404, "GET {path}");
        }
        for path in [
            format!("{url}/{theirs}"),
            format!("{url}/{theirs}/default"),
            format!("{url}/{theirs}/clear-default"),
            format!("{url}/{theirs}/delete"),
        ] {
            let response = app.post_form(&path, &[("name", "Hijacked")]).await;
            assert_eq!(response.status().as_u16(), 404, "POST {path}");
        }
        assert_eq!((profiles(&app).await, audit_actions(&app).await), before);
        let html = app.get_html(&url).await;
        assert!(!html.contains("B only"));
    })
    .await;
}

#[tokio::test]
async fn feature_settings_are_set_or_follow_the_parent() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Branch").await;
        let top_url = format!("/orgs/{top}/setup/feature-settings");
        let sub_url = format!("/orgs/{sub}/setup/feature-settings");

        let html = text(&app.get_html(&top_url).await);
        assert!(html.contains("Not set in any organization: every feature is offered."));
        assert!(
            !html.contains("name=\"source\""),
            "the top org has no parent to follow"
        );
        let response = app
            .post_form(
                &top_url,
                &[
                    ("features", "ms_teams_calling"),
                    ("features", "social_messaging"),
                ],
            )
            .await;
        assert_redirect_to(&response, &top_url);
        assert_eq!(
            own_settings(&app, &top).await,
            Some((Some("ms_teams_calling,social_messaging".into()), None))
        );
        let html = text(&app.get_html(&top_url).await);
        assert!(html.contains(
            "Feature Settings saved. This organization offers: MS Teams Calling, Social Messaging."
        ));
        assert!(html.contains("Set for this organization."));

        // The sub-org follows the parent until it sets its own.
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains(&format!(
            "Same as {top} My Organization (MS Teams Calling, Social Messaging)"
        )));
        assert!(html.contains("id=\"source-inherit\" name=\"source\" value=\"inherit\" checked"));
        assert!(html.contains("(not offered by the parent)"));
        assert!(html.contains(&format!(
            "Inherited: set in {top} My Organization, the parent organization."
        )));
        let response = app
            .post_form(
                &sub_url,
                &[("source", "own"), ("features", "ms_teams_calling")],
            )
            .await;
        assert_redirect_to(&response, &sub_url);
        assert_eq!(
            own_settings(&app, &sub).await,
            Some((Some("ms_teams_calling".into()), None))
        );
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("This organization offers: MS Teams Calling."));

        // What the parent does not offer, a sub-org cannot.
        let response = app
            .post_form(&sub_url, &[("source", "own"), ("features", "e911")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            text(&response.text().await.unwrap())
                .contains("does not offer E911, so this organization cannot either.")
        );
        assert_eq!(
            own_settings(&app, &sub).await,
            Some((Some("ms_teams_calling".into()), None))
        );
        // And a parent narrowing its features narrows its sub-orgs'.
        app.get_html(&top_url).await;
        app.post_form(&top_url, &[("features", "social_messaging")])
            .await;
        let html = text(&app.get_html(&sub_url).await);
        assert!(
            html.contains("<strong>Offered now:</strong> none<br>"),
            "{html}"
        );

        // Back to the parent's: the sub-org stores nothing of its own.
        let response = app
            .post_form(
                &sub_url,
                &[("source", "inherit"), ("features", "ms_teams_calling")],
            )
            .await;
        assert_redirect_to(&response, &sub_url);
        assert_eq!(own_settings(&app, &sub).await, Some((None, None)));
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("This organization offers: Social Messaging."));
        assert_eq!(
            audit_actions(&app)
                .await
                .iter()
                .filter(|a| *a == "feature_settings_changed")
                .count(),
            4
        );
    })
    .await;
}

#[tokio::test]
async fn domain_restriction_is_validated_and_can_follow_the_parent() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Branch").await;
        let top_url = format!("/orgs/{top}/setup/domain-restriction");
        let sub_url = format!("/orgs/{sub}/setup/domain-restriction");

        let html = text(&app.get_html(&top_url).await);
        assert!(html.contains("Not set in any organization: any domain is allowed."));
        let entered = "example.com\nbad_domain\n@Corp.Example\nlocalhost";
        let response = app.post_form(&top_url, &[("domains", entered)]).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = text(&response.text().await.unwrap());
        assert!(html.contains(
            "'bad_domain', 'localhost' are not domain names. Enter one domain per line, like \
             example.com."
        ));
        assert!(
            html.contains(&format!(">{entered}</textarea>")),
            "what was typed stays"
        );
        assert!(html.contains("aria-invalid=\"true\""));
        assert_eq!(own_settings(&app, &top).await, None);

        let response = app
            .post_form(&top_url, &[("domains", "example.com\n@Corp.Example\n")])
            .await;
        assert_redirect_to(&response, &top_url);
        assert_eq!(
            own_settings(&app, &top).await,
            Some((None, Some("example.com,corp.example".into())))
        );
        let html = text(&app.get_html(&top_url).await);
        assert!(html.contains(
            "Domain Restriction saved. Accounts can be invited at: example.com, corp.example."
        ));

        // The sub-org follows the parent, then sets its own (any domain).
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("(example.com, corp.example)"));
        assert!(html.contains("value=\"inherit\" checked"));
        let response = app
            .post_form(&sub_url, &[("source", "own"), ("domains", "")])
            .await;
        assert_redirect_to(&response, &sub_url);
        assert_eq!(
            own_settings(&app, &sub).await,
            Some((None, Some(String::new())))
        );
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("Accounts can be invited at: any domain."));
        // A bad list is ignored when following the parent.
        let response = app
            .post_form(
                &sub_url,
                &[("source", "inherit"), ("domains", "not a domain")],
            )
            .await;
        assert_redirect_to(&response, &sub_url);
        assert_eq!(own_settings(&app, &sub).await, Some((None, None)));
        let html = text(&app.get_html(&sub_url).await);
        assert!(html.contains("Accounts can be invited at: example.com, corp.example."));
        assert_eq!(
            audit_actions(&app)
                .await
                .iter()
                .filter(|a| *a == "domain_restriction_changed")
                .count(),
            3
        );
    })
    .await;
}

#[tokio::test]
async fn setup_pages_need_their_privileges() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let gold = create_profile(&app, &top, "Gold", &[]).await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password",
            &[
                Privilege::SetupViewUserPermissions,
                Privilege::SetupViewFeatureSettings,
                Privilege::SetupViewDomainRestriction,
            ],
        )
        .await;
        app.create_admin(
            &top,
            "other@example.com",
            "other password",
            &[Privilege::SetupViewNumberManagement],
        )
        .await;
        app.sign_out().await;

        app.sign_in("viewer@example.com", "viewer password").await;
        let up = up_url(&top);
        let fs = format!("/orgs/{top}/setup/feature-settings");
        let dr = format!("/orgs/{top}/setup/domain-restriction");
        for page in [&up, &fs, &dr, &format!("{up}/{gold}")] {
            let html = app.get_html(page).await;
            assert!(!html.contains("Save</button>"), "{page} is read-only");
            assert!(!html.contains("Make default"), "{page} is read-only");
        }
        for page in [format!("{up}/new"), format!("{up}/{gold}/delete")] {
            assert_eq!(app.get(&page).await.status().as_u16(), 403, "{page}");
        }
        let before = (profiles(&app).await, own_settings(&app, &top).await);
        for (path, fields) in [
            (up.clone(), vec![("name", "Sneaky")]),
            (format!("{up}/{gold}"), vec![("name", "Sneaky")]),
            (format!("{up}/{gold}/default"), vec![]),
            (format!("{up}/{gold}/delete"), vec![]),
            (fs.clone(), vec![("features", "e911")]),
            (dr.clone(), vec![("domains", "sneaky.example")]),
        ] {
            let response = app.post_form(&path, &fields).await;
            assert_eq!(response.status().as_u16(), 403, "POST {path}");
        }
        assert_eq!(
            (profiles(&app).await, own_settings(&app, &top).await),
            before
        );

        app.sign_out().await;
        app.sign_in("other@example.com", "other password").await;
        for page in [&up, &fs, &dr] {
            assert_eq!(app.get(page).await.status().as_u16(), 403, "{page}");
        }
    })
    .await;
}

#[tokio::test]
async fn two_make_default_requests_at_once_leave_exactly_one_default() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Racing").await;
        for org in [&top, &sub] {
            let a = create_profile(&app, org, "Alpha", &[]).await;
            let b = create_profile(&app, org, "Beta", &[]).await;
            let url = up_url(org);
            app.get_html(&url).await;
            let (make_a, make_b) = (format!("{url}/{a}/default"), format!("{url}/{b}/default"));
            for _ in 0..5 {
                let (ra, rb) =
                    tokio::join!(app.post_form(&make_a, &[]), app.post_form(&make_b, &[]),);
                assert_eq!(ra.status().as_u16(), 303, "{}", app.backend);
                assert_eq!(rb.status().as_u16(), 303, "{}", app.backend);
                let defaults = defaults_of(&app, org).await;
                assert_eq!(defaults.len(), 1, "one default in {org}: {defaults:?}");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn messages_after_a_change_follow_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sub = app.create_suborg(&top, "Support").await;
        app.set_language("Spanish").await;
        let url = up_url(&top);

        let silver = create_profile(&app, &top, "Silver", &["e911"]).await;
        let html = text(&app.get_html(&url).await);
        assert!(
            html.contains("Permisos de usuario 'Silver' creados."),
            "{html}"
        );
        insert_account(&app, &sub, silver).await;
        let html = text(&app.get_html(&format!("{url}/{silver}/delete")).await);
        assert!(html.contains(
            "'Silver' no se puede eliminar: 1 cuenta aún lo usa. Asígnele otros Permisos de \
             usuario primero."
        ));
        let response = app.post_form(&format!("{url}/{silver}/default"), &[]).await;
        assert_redirect_to(&response, &url);
        let html = text(&app.get_html(&url).await);
        assert!(html.contains("'Silver' es ahora el Permiso de usuario predeterminado de"));

        // A name that is empty: the form again, the message next to the field.
        app.get_html(&format!("{url}/new")).await;
        let response = app.post_form(&url, &[("name", " ")]).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("Escriba un nombre para los Permisos de usuario."));

        // A sub-organization cannot offer what its parent does not.
        let features = format!("/orgs/{top}/setup/feature-settings");
        app.get_html(&features).await;
        let response = app.post_form(&features, &[("features", "e911")]).await;
        assert_redirect_to(&response, &features);
        let html = text(&app.get_html(&features).await);
        assert!(
            html.contains("Configuración de funciones guardada. Esta organización ofrece: E911."),
            "{html}"
        );
        let sub_features = format!("/orgs/{sub}/setup/feature-settings");
        app.get_html(&sub_features).await;
        let response = app
            .post_form(
                &sub_features,
                &[
                    ("source", "own"),
                    ("features", "e911"),
                    ("features", "call_recording"),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = text(&response.text().await.unwrap());
        assert!(
            html.contains("no ofrece Grabación de llamadas, así que esta organización tampoco"),
            "{html}"
        );

        // Domain Restriction, in Portuguese.
        app.set_language("Portuguese").await;
        let domains = format!("/orgs/{top}/setup/domain-restriction");
        app.get_html(&domains).await;
        let response = app
            .post_form(&domains, &[("source", "own"), ("domains", "x\ny")])
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = text(&response.text().await.unwrap());
        assert!(
            html.contains("'x', 'y' não são nomes de domínio."),
            "{html}"
        );
        let response = app
            .post_form(&domains, &[("source", "own"), ("domains", "example.com")])
            .await;
        assert_redirect_to(&response, &domains);
        let html = text(&app.get_html(&domains).await);
        assert!(
            html.contains(
                "Restrição de domínios salva. Contas podem ser convidadas em: example.com."
            )
        );

        // Two Factor Authentication and Manage Alerts.
        let mfa = format!("/orgs/{top}/setup/two-factor-authentication");
        app.get_html(&mfa).await;
        let response = app.post_form(&mfa, &[("policy", "off")]).await;
        assert_redirect_to(&response, &mfa);
        assert!(
            text(&app.get_html(&mfa).await)
                .contains("Autenticação de dois fatores salva: desligada.")
        );
        let alerts = format!("/orgs/{top}/setup/manage-alerts");
        app.get_html(&alerts).await;
        let response = app
            .post_form(
                &alerts,
                &[
                    ("event", "batch_completed"),
                    ("addresses", "ops@example.com"),
                ],
            )
            .await;
        assert_redirect_to(&response, &alerts);
        assert!(
            text(&app.get_html(&alerts).await)
                .contains("Alertas salvos: 1 destinatário para Lote concluído.")
        );
    })
    .await;
}
