//! Add Account → Single Account, the account page, Edit, Delete and Reset
//! PIN: numbers, validation, Domain Restriction, restricted features, No
//! Portal Access PINs, tenancy and races, on both backends.

use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

/// The Add Account / Edit form as a browser would post it.
#[derive(Clone)]
pub struct Form(Vec<(String, String)>);

impl Form {
    /// A valid Portal Access account of `org` without a number; Save.
    pub fn account(org: &str, account_ref: &str, username: &str) -> Self {
        Form(
            [
                ("access", "portal"),
                ("first_name", "Ann"),
                ("last_name", "Lee"),
                ("username", username),
                ("org", org),
                ("account_ref", account_ref),
                ("application", "MultiLine"),
                ("number_mode", "none"),
                ("monitor_calls", "off"),
                ("monitor_sms", "off"),
                ("language", "English"),
                ("action", "save"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        )
    }

    /// Replaces (or adds) a field.
    pub fn set(mut self, key: &str, value: &str) -> Self {
        self.0.retain(|(k, _)| k != key);
        self.0.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Adds a value to a field that repeats (feature checkboxes).
    pub fn add(mut self, key: &str, value: &str) -> Self {
        self.0.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }
}

pub async fn post_account(app: &TestApp, org: &str, form: &Form) -> reqwest::Response {
    app.get_html(&format!("/orgs/{org}/accounts/new")).await;
    app.post_form(&format!("/orgs/{org}/accounts/new"), &form.pairs())
        .await
}

fn pin_in(html: &str) -> String {
    let marker = "<p class=\"pin\" aria-label=\"PIN\">";
    let start = html.find(marker).expect("the PIN is shown") + marker.len();
    html[start..start + 6].to_owned()
}

#[tokio::test]
async fn an_account_with_a_specific_number_is_added_and_shown() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001", "+15550100002"])
            .await;
        let page = app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        for label in [
            "First Name",
            "Last Name",
            "Email or Device #",
            "Account ID",
            "Application(s)",
            "Assign Number",
            "User Permissions",
            "Forwarding Number",
            "Language",
            "+15550100002",
            "Default User Permissions (Default)",
            "DISCLAIMER: By clicking on Invite, you agree that you have obtained permission from recipients to receive SMS notifications through employee or other agreement. Message and data rates may apply.",
            "Save &amp; Invite",
        ] {
            assert!(page.contains(label), "the form shows {label}");
        }
        let form = Form::account(&top, "A-1", "Ann@Example.com")
            .set("number_mode", "specific")
            .set("number", "+15550100002")
            .set("forwarding_number", "+44 20 7946 0000")
            .add("features", "ms_teams_calling");
        let response = post_account(&app, &top, &form).await;
        let account = app.account_by_ref(&top, "A-1").await.expect("added");
        assert_redirect_to(
            &response,
            &format!("/orgs/{top}/accounts/{}", account.id),
        );
        assert_eq!(account.username.as_deref(), Some("ann@example.com"));
        assert_eq!(account.status, "saved");
        assert_eq!(account.features, "ms_teams_calling");
        assert_eq!(account.forwarding_number.as_deref(), Some("+442079460000"));
        assert_eq!(
            app.number_state("+15550100002").await,
            ("assigned".into(), Some(account.id))
        );
        let shown = app
            .get_html(&format!("/orgs/{top}/accounts/{}", account.id))
            .await;
        assert!(shown.contains("Ann Lee was added."), "{shown}");
        assert!(shown.contains("+15550100002"));
        assert!(shown.contains("Saved — not invited"));
        assert!(shown.contains("MS Teams Calling"));
        assert!(shown.contains("No invitation has been sent yet."));
        assert!(
            shown.contains(&format!(
                "action=\"/orgs/{top}/accounts/{}/invite\"",
                account.id
            )),
            "Resend Invite is offered to a saved account"
        );
        let created = app.audit_of("account_created").await;
        assert_eq!(created.len(), 1);
        assert!(created[0].1.contains("+15550100002"), "{created:?}");
    })
    .await;
}

#[tokio::test]
async fn without_a_number_the_user_picks_one_at_activation() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001"]).await;
        let response =
            post_account(&app, &top, &Form::account(&top, "A-1", "+1 555 010 9999")).await;
        assert_eq!(response.status().as_u16(), 303);
        let account = app.account_by_ref(&top, "A-1").await.expect("added");
        assert_eq!(account.username.as_deref(), Some("+15550109999"));
        assert_eq!(account.username_kind, "device");
        assert_eq!(app.number_state("+15550100001").await.0, "available");
        let shown = app.get_html(&location(&response)).await;
        assert!(
            shown.contains("the user picks one when activating"),
            "{shown}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_tag_gives_the_next_available_number_with_it_and_a_reserved_number_can_be_chosen() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers_with(
            &top,
            &[
                ("+15550100001", "available", None),
                ("+15550100002", "available", Some("PORTED")),
                ("+15550100003", "available", Some("PORTED")),
                ("+15550100004", "reserved", None),
            ],
        )
        .await;
        let by_tag = Form::account(&top, "T-1", "t1@example.com")
            .set("number_mode", "tag")
            .set("number_tag", "PORTED");
        assert_eq!(
            post_account(&app, &top, &by_tag).await.status().as_u16(),
            303
        );
        let t1 = app.account_by_ref(&top, "T-1").await.unwrap();
        assert_eq!(
            app.number_state("+15550100002").await,
            ("assigned".into(), Some(t1.id))
        );
        let reserved = Form::account(&top, "R-1", "r1@example.com")
            .set("number_mode", "specific")
            .set("number_typed", "+1 (555) 010-0004");
        assert_eq!(
            post_account(&app, &top, &reserved).await.status().as_u16(),
            303
        );
        let r1 = app.account_by_ref(&top, "R-1").await.unwrap();
        assert_eq!(
            app.number_state("+15550100004").await,
            ("assigned".into(), Some(r1.id))
        );
        // The last PORTED number, then none.
        let second = by_tag
            .clone()
            .set("account_ref", "T-2")
            .set("username", "t2@example.com");
        assert_eq!(
            post_account(&app, &top, &second).await.status().as_u16(),
            303
        );
        let third = by_tag
            .set("account_ref", "T-3")
            .set("username", "t3@example.com");
        let refused = post_account(&app, &top, &third).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = refused.text().await.unwrap();
        assert!(
            body.contains("No Available number tagged PORTED is left"),
            "{body}"
        );
        assert!(app.account_by_ref(&top, "T-3").await.is_none());
        // A number that is not the org's is named as such.
        let foreign = Form::account(&top, "F-1", "f1@example.com")
            .set("number_mode", "specific")
            .set("number_typed", "+15559990000");
        let refused = post_account(&app, &top, &foreign).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("+15559990000 is not an Available or Reserved number")
        );
        assert!(app.account_by_ref(&top, "F-1").await.is_none());
    })
    .await;
}

#[tokio::test]
async fn invalid_fields_are_named_next_to_them_and_nothing_is_written() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let form = Form::account(&top, "", "not an address")
            .set("first_name", " ")
            .set("forwarding_number", "12")
            .set("number_mode", "specific")
            .set("number_typed", "555-0100");
        let response = post_account(&app, &top, &form).await;
        assert_eq!(response.status().as_u16(), 422);
        let body = response.text().await.unwrap();
        for message in [
            "Enter a first name.",
            "Enter an email address, like name@example.com, or a device number",
            "Enter an Account ID.",
            "A forwarding number has 4 to 18 digits",
            "needs its country code",
            "Nothing was saved.",
        ] {
            assert!(body.contains(message), "{message} in {body}");
        }
        // What was typed is still there.
        assert!(body.contains("value=\"not an address\""));
        assert_eq!(app.count_accounts().await, 0);
        assert!(app.audit_of("account_created").await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn an_account_id_or_username_used_in_the_org_is_refused() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let first = Form::account(&top, "A-1", "ann@example.com");
        assert_eq!(
            post_account(&app, &top, &first).await.status().as_u16(),
            303
        );
        let same_ref = Form::account(&top, "a-1", "bob@example.com");
        let refused = post_account(&app, &top, &same_ref).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("Another account of this organization has this Account ID.")
        );
        let same_user = Form::account(&top, "B-1", "ANN@example.com");
        let refused = post_account(&app, &top, &same_user).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.unwrap().contains(
            "An account with this email or device number already exists in this organization."
        ));
        assert_eq!(app.count_accounts().await, 1);
        // Another org may use both.
        let elsewhere = Form::account(&east, "A-1", "ann@example.com");
        assert_eq!(
            post_account(&app, &top, &elsewhere).await.status().as_u16(),
            303
        );
        assert!(app.account_by_ref(&east, "A-1").await.is_some());
    })
    .await;
}

#[tokio::test]
async fn domain_restriction_refuses_other_email_domains_next_to_the_field() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_org_settings(&top, None, Some("example.com")).await;
        let page = app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        assert!(page.contains("Domain Restriction: only email addresses at example.com."));
        let response = post_account(
            &app,
            &top,
            &Form::account(&top, "A-1", "eve@elsewhere.test"),
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let body = response.text().await.unwrap();
        assert!(
            body.contains("Email addresses at elsewhere.test cannot be used"),
            "{body}"
        );
        assert!(body.contains("id=\"username-error\""));
        assert_eq!(app.count_accounts().await, 0);
        for (r, user) in [("A-2", "ann@Example.com"), ("A-3", "+15550100000")] {
            let ok = post_account(&app, &top, &Form::account(&top, r, user)).await;
            assert_eq!(ok.status().as_u16(), 303, "{user}");
        }
    })
    .await;
}

#[tokio::test]
async fn restricted_features_change_only_with_their_privilege() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_admin(
            &top,
            "editor@example.com",
            "editor password!",
            &[Privilege::AccountsView, Privilege::AccountsEdit],
        )
        .await;
        app.create_admin(
            &top,
            "e911@example.com",
            "e911 password!!",
            &[
                Privilege::AccountsView,
                Privilege::AccountsEdit,
                Privilege::AccountsManageE911,
            ],
        )
        .await;
        let existing = app
            .insert_account(
                &top,
                "E-1",
                ("Eve", "Old"),
                Some("eve@example.com"),
                "saved",
            )
            .await;
        app.db
            .run(move |conn| {
                use diesel::prelude::*;
                use switchboard::db::schema::accounts;
                diesel::update(accounts::table.find(existing))
                    .set(accounts::features.eq("e911"))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();

        app.sign_out().await;
        app.sign_in("editor@example.com", "editor password!").await;
        let page = app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        assert!(
            page.contains("id=\"feature-e911\" name=\"features\" value=\"e911\" disabled"),
            "{page}"
        );
        assert!(page.contains(
            "Only administrators whose role holds “Accounts: Manage E911” can turn this on or off."
        ));
        assert!(
            !page.contains("Save &amp; Invite"),
            "no Invite privilege, no button"
        );
        // A forged form turning E911 on is refused; nothing is written.
        let forged = Form::account(&top, "A-1", "ann@example.com").add("features", "e911");
        let refused = post_account(&app, &top, &forged).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("can turn E911 on or off")
        );
        assert_eq!(app.count_accounts().await, 1);
        // International Dialing too.
        let forged =
            Form::account(&top, "A-1", "ann@example.com").add("features", "international_dialing");
        assert_eq!(
            post_account(&app, &top, &forged).await.status().as_u16(),
            422
        );
        // Editing the account that has E911 keeps it (the locked toggle posts its value)…
        let edit_url = format!("/orgs/{top}/accounts/{existing}");
        let edit = app.get_html(&format!("{edit_url}/edit")).await;
        assert!(edit.contains("<input type=\"hidden\" name=\"features\" value=\"e911\">"));
        let keep = Form::account(&top, "E-1", "eve@example.com")
            .set("first_name", "Evelyn")
            .add("features", "e911");
        let saved = app.post_form(&edit_url, &keep.pairs()).await;
        assert_redirect_to(&saved, &edit_url);
        let eve = app.account_by_ref(&top, "E-1").await.unwrap();
        assert_eq!(
            (eve.first_name.as_str(), eve.features.as_str()),
            ("Evelyn", "e911")
        );
        // …and a forged form turning it off is refused.
        let off = Form::account(&top, "E-1", "eve@example.com").set("first_name", "Mallory");
        app.get_html(&format!("{edit_url}/edit")).await;
        let refused = app.post_form(&edit_url, &off.pairs()).await;
        assert_eq!(refused.status().as_u16(), 422);
        let eve = app.account_by_ref(&top, "E-1").await.unwrap();
        assert_eq!(
            (eve.first_name.as_str(), eve.features.as_str()),
            ("Evelyn", "e911")
        );

        // With Manage E911 the toggle is free, and International Dialing is not.
        app.sign_out().await;
        app.sign_in("e911@example.com", "e911 password!!").await;
        let page = app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        assert!(page.contains("id=\"feature-e911\" name=\"features\" value=\"e911\">"));
        assert!(page.contains("value=\"international_dialing\" disabled"));
        let allowed = Form::account(&top, "A-1", "ann@example.com").add("features", "e911");
        assert_eq!(
            post_account(&app, &top, &allowed).await.status().as_u16(),
            303
        );
        assert_eq!(
            app.account_by_ref(&top, "A-1").await.unwrap().features,
            "e911"
        );
        let off = Form::account(&top, "E-1", "eve@example.com");
        app.get_html(&format!("{edit_url}/edit")).await;
        assert_redirect_to(&app.post_form(&edit_url, &off.pairs()).await, &edit_url);
        assert_eq!(app.account_by_ref(&top, "E-1").await.unwrap().features, "");
    })
    .await;
}

#[tokio::test]
async fn features_the_org_does_not_offer_are_not_shown_and_a_forged_one_is_ignored() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_org_settings(&top, Some("ms_teams_calling"), None)
            .await;
        let page = app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        assert!(page.contains("MS Teams Calling"));
        for hidden in [
            "Social Messaging",
            "E911",
            "Restrict incoming social messaging",
        ] {
            assert!(!page.contains(hidden), "{hidden} is not offered");
        }
        let forged = Form::account(&top, "A-1", "ann@example.com")
            .add("features", "ms_teams_calling")
            .add("features", "social_messaging")
            .add("features", "e911")
            .set("restrict_incoming_social", "on");
        assert_eq!(
            post_account(&app, &top, &forged).await.status().as_u16(),
            303
        );
        let account = app.account_by_ref(&top, "A-1").await.unwrap();
        assert_eq!(account.features, "ms_teams_calling");
        assert!(!account.restrict_incoming_social);
    })
    .await;
}

#[tokio::test]
async fn a_no_portal_access_account_gets_a_pin_shown_once_and_kept_hashed() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let form = Form::account(&top, "PHONE-1", "")
            .set("access", "none")
            .set("first_name", "Lobby")
            .set("last_name", "Phone");
        let response = post_account(&app, &top, &form).await;
        assert_eq!(
            response.status().as_u16(),
            200,
            "the PIN page is the answer"
        );
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );
        let page = response.text().await.unwrap();
        assert!(page.contains("This is the only time the PIN is shown."));
        let pin = pin_in(&page);
        assert!(pin.bytes().all(|b| b.is_ascii_digit()), "{pin}");
        let account = app.account_by_ref(&top, "PHONE-1").await.unwrap();
        assert_eq!(
            (account.username.as_deref(), account.username_kind.as_str()),
            (None, "none")
        );
        let hash = account.pin_hash.clone().expect("a PIN hash");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(switchboard::auth::password::verify(Some(&hash), &pin));
        // Nowhere else: not the account row, the audit, the pages after it.
        for text in [
            account.account_ref.as_str(),
            account.first_name.as_str(),
            account.last_name.as_str(),
            account.application.as_str(),
            account.features.as_str(),
        ] {
            assert!(!text.contains(&pin));
        }
        let audit = format!("{:?}", app.audit_of("account_created").await);
        assert!(
            !audit.contains(&pin) && audit.contains("No Portal Access"),
            "{audit}"
        );
        let shown = app
            .get_html(&format!("/orgs/{top}/accounts/{}", account.id))
            .await;
        assert!(!shown.contains(&pin));
        assert!(shown.contains("Reset PIN"));
        assert!(!shown.contains("Resend Invite"), "never invited");
        let list = app.get_html(&format!("/orgs/{top}/accounts")).await;
        assert!(list.contains("No Portal Access") && !list.contains(&pin));

        // Reset PIN asks first, then shows a new one; the old one is dead.
        let url = format!("/orgs/{top}/accounts/{}/reset-pin", account.id);
        let confirm = app.get_html(&url).await;
        assert!(confirm.contains("The current PIN stops working at once"));
        let reset = app.post_form(&url, &[]).await;
        assert_eq!(reset.status().as_u16(), 200);
        let new_pin = pin_in(&reset.text().await.unwrap());
        let hash = app
            .account_by_ref(&top, "PHONE-1")
            .await
            .unwrap()
            .pin_hash
            .unwrap();
        assert!(switchboard::auth::password::verify(Some(&hash), &new_pin));
        if new_pin != pin {
            assert!(!switchboard::auth::password::verify(Some(&hash), &pin));
        }
        let audit = app.audit_of("account_pin_reset").await;
        assert_eq!(audit.len(), 1);
        assert!(!format!("{audit:?}").contains(&new_pin));

        // Save & Invite is refused for it, before anything is written.
        let invite = form.set("account_ref", "PHONE-2").set("action", "invite");
        let refused = post_account(&app, &top, &invite).await;
        assert_eq!(refused.status().as_u16(), 409);
        assert!(app.account_by_ref(&top, "PHONE-2").await.is_none());
        // An account with a username has no PIN to reset.
        let ann = app
            .insert_account(
                &top,
                "A-1",
                ("Ann", "Lee"),
                Some("ann@example.com"),
                "saved",
            )
            .await;
        let no_pin = app
            .get(&format!("/orgs/{top}/accounts/{ann}/reset-pin"))
            .await;
        assert_eq!(no_pin.status().as_u16(), 409);
    })
    .await;
}

#[tokio::test]
async fn save_and_invite_shows_why_it_cannot_invite_and_writes_nothing() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        // No number for the account and none Available to pick at
        // activation: no invitation can go out.
        let form = Form::account(&top, "A-1", "ann@example.com").set("action", "invite");
        let response = post_account(&app, &top, &form).await;
        assert_eq!(response.status().as_u16(), 409);
        let body = response.text().await.unwrap();
        assert!(body.contains("class=\"flash flash-error\""), "{body}");
        assert!(body.contains("Nothing was saved."));
        assert!(
            body.contains("value=\"ann@example.com\""),
            "the form keeps what was typed"
        );
        assert_eq!(app.count_accounts().await, 0);
        assert!(app.audit_of("account_created").await.is_empty());

        // Without the Invite privilege, Save & Invite is refused outright.
        app.create_admin(
            &top,
            "editor@example.com",
            "editor password!",
            &[Privilege::AccountsView, Privilege::AccountsEdit],
        )
        .await;
        app.sign_out().await;
        app.sign_in("editor@example.com", "editor password!").await;
        app.add_numbers(&top, &["+15550100001"]).await;
        let response = post_account(&app, &top, &form).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(app.count_accounts().await, 0);
    })
    .await;
}

#[tokio::test]
async fn editing_changes_the_number_and_frees_the_old_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001", "+15550100002"])
            .await;
        let add = Form::account(&top, "A-1", "ann@example.com")
            .set("number_mode", "specific")
            .set("number", "+15550100001");
        let response = post_account(&app, &top, &add).await;
        let url = location(&response);
        let id = app.account_by_ref(&top, "A-1").await.unwrap().id;
        let edit = app.get_html(&format!("{url}/edit")).await;
        assert!(edit.contains("Keep +15550100001"));
        let change = Form::account(&top, "A-1", "ann@example.com")
            .set("last_name", "Lee-Smith")
            .set("number_mode", "specific")
            .set("number", "+15550100002");
        assert_redirect_to(&app.post_form(&url, &change.pairs()).await, &url);
        assert_eq!(
            app.number_state("+15550100001").await,
            ("available".into(), None)
        );
        assert_eq!(
            app.number_state("+15550100002").await,
            ("assigned".into(), Some(id))
        );
        let audit = app.audit_of("account_updated").await;
        assert!(
            audit[0].1.contains("last name: 'Lee' → 'Lee-Smith'")
                && audit[0]
                    .1
                    .contains("number: '+15550100001' → '+15550100002'"),
            "{audit:?}"
        );
        // Keep, then none.
        app.get_html(&format!("{url}/edit")).await;
        let keep = Form::account(&top, "A-1", "ann@example.com").set("number_mode", "keep");
        assert_redirect_to(&app.post_form(&url, &keep.pairs()).await, &url);
        assert_eq!(app.number_state("+15550100002").await.1, Some(id));
        let none = Form::account(&top, "A-1", "ann@example.com");
        assert_redirect_to(&app.post_form(&url, &none.pairs()).await, &url);
        assert_eq!(
            app.number_state("+15550100002").await,
            ("available".into(), None)
        );
        // A number that is gone leaves the account as it was.
        app.post_form(&url, &change.pairs()).await;
        let other = app
            .insert_account(
                &top,
                "B-1",
                ("Bob", "Ray"),
                Some("bob@example.com"),
                "saved",
            )
            .await;
        app.db
            .run(move |conn| {
                use diesel::prelude::*;
                use switchboard::db::schema::numbers;
                diesel::update(numbers::table.filter(numbers::e164.eq("+15550100001")))
                    .set((
                        numbers::status.eq("assigned"),
                        numbers::account_id.eq(other),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let taken = Form::account(&top, "A-1", "ann@example.com")
            .set("first_name", "Changed")
            .set("number_mode", "specific")
            .set("number", "+15550100001");
        let refused = app.post_form(&url, &taken.pairs()).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("That number is no longer available.")
        );
        let ann = app.account_by_ref(&top, "A-1").await.unwrap();
        assert_eq!(ann.first_name, "Ann");
        assert_eq!(app.number_state("+15550100002").await.1, Some(id));
    })
    .await;
}

#[tokio::test]
async fn deleting_an_account_asks_first_and_returns_its_number() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001"]).await;
        let add = Form::account(&top, "A-1", "ann@example.com")
            .set("number_mode", "specific")
            .set("number", "+15550100001");
        let url = location(&post_account(&app, &top, &add).await);
        let confirm = app.get_html(&format!("{url}/delete")).await;
        assert!(confirm.contains("Its number +15550100001 returns to Available."));
        assert_eq!(
            app.count_accounts().await,
            1,
            "the confirmation changes nothing"
        );
        let response = app.post_form(&format!("{url}/delete"), &[]).await;
        assert_redirect_to(&response, &format!("/orgs/{top}/accounts"));
        let list = app.get_html(&format!("/orgs/{top}/accounts")).await;
        assert!(list.contains("Ann Lee was deleted. Number +15550100001 is Available again."));
        assert_eq!(app.count_accounts().await, 0);
        assert_eq!(
            app.number_state("+15550100001").await,
            ("available".into(), None)
        );
        assert_eq!(app.audit_of("account_deleted").await.len(), 1);
        assert_eq!(app.get(&url).await.status().as_u16(), 404);
    })
    .await;
}

#[tokio::test]
async fn an_account_of_a_sibling_org_is_not_found_and_not_changed() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let west = app.create_suborg(&top, "West").await;
        let theirs = app
            .insert_account(
                &west,
                "W-1",
                ("Wes", "Tern"),
                Some("wes@example.com"),
                "saved",
            )
            .await;
        // Listed under the top org and West, at West's address only.
        let list = app.get_html(&format!("/orgs/{top}/accounts")).await;
        assert!(list.contains(&format!("href=\"/orgs/{west}/accounts/{theirs}\"")));
        assert!(
            !app.get_html(&format!("/orgs/{east}/accounts"))
                .await
                .contains("Wes Tern")
        );
        for path in ["", "/edit", "/delete", "/reset-pin"] {
            let url = format!("/orgs/{east}/accounts/{theirs}{path}");
            assert_eq!(app.get(&url).await.status().as_u16(), 404, "{url}");
            assert_eq!(
                app.get(&format!("/orgs/{top}/accounts/{theirs}{path}"))
                    .await
                    .status()
                    .as_u16(),
                404,
                "the top org's address does not find a sub-org's account"
            );
        }
        app.get_html(&format!("/orgs/{east}/accounts/new")).await;
        let edit = Form::account(&east, "W-1", "mallory@example.com");
        let response = app
            .post_form(&format!("/orgs/{east}/accounts/{theirs}"), &edit.pairs())
            .await;
        assert_eq!(response.status().as_u16(), 404);
        let response = app
            .post_form(&format!("/orgs/{east}/accounts/{theirs}/delete"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 404);
        let wes = app.account_by_ref(&west, "W-1").await.unwrap();
        assert_eq!(wes.username.as_deref(), Some("wes@example.com"));
        // Nor can an account be added to an org outside the URL's subtree.
        let planted = Form::account(&west, "P-1", "p@example.com");
        let response = post_account(&app, &east, &planted).await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(app.account_by_ref(&west, "P-1").await.is_none());
    })
    .await;
}

const TRIALS: usize = 6;

#[tokio::test]
async fn two_adds_racing_for_the_last_number_give_it_to_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        for trial in 0..TRIALS {
            let number = format!("+1555020{trial:04}");
            app.add_numbers(&top, &[&number]).await;
            let (ref_a, ref_b) = (format!("A-{trial}"), format!("B-{trial}"));
            let (user_a, user_b) = (
                format!("a{trial}@example.com"),
                format!("b{trial}@example.com"),
            );
            let a = Form::account(&top, &ref_a, &user_a)
                .set("number_mode", "specific")
                .set("number", &number);
            let b = Form::account(&top, &ref_b, &user_b)
                .set("number_mode", "specific")
                .set("number", &number);
            let url = format!("/orgs/{top}/accounts/new");
            let (pa, pb) = (a.pairs(), b.pairs());
            let (ra, rb) = tokio::join!(app.post_form(&url, &pa), app.post_form(&url, &pb));
            let codes = [ra.status().as_u16(), rb.status().as_u16()];
            let mut sorted = codes;
            sorted.sort_unstable();
            assert_eq!(sorted, [303, 422], "trial {trial} on {}", app.backend);
            let loser = if codes[0] == 422 { ra } else { rb };
            let body = loser.text().await.unwrap();
            assert!(
                body.contains("That number is no longer available."),
                "{body}"
            );
            let winners = [
                app.account_by_ref(&top, &ref_a).await,
                app.account_by_ref(&top, &ref_b).await,
            ];
            let added: Vec<_> = winners.iter().flatten().collect();
            assert_eq!(
                added.len(),
                1,
                "trial {trial}: exactly one account was written"
            );
            assert_eq!(
                app.number_state(&number).await,
                ("assigned".into(), Some(added[0].id))
            );
        }
        assert_eq!(app.count_accounts().await, i64::try_from(TRIALS).unwrap());
    })
    .await;
}

#[tokio::test]
async fn two_adds_with_one_account_id_at_once_make_one() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.get_html(&format!("/orgs/{top}/accounts/new")).await;
        for trial in 0..TRIALS {
            let account_ref = format!("SAME-{trial}");
            let a = Form::account(&top, &account_ref, &format!("a{trial}@example.com"));
            let b = Form::account(
                &top,
                &account_ref.to_lowercase(),
                &format!("b{trial}@example.com"),
            );
            let url = format!("/orgs/{top}/accounts/new");
            let (pa, pb) = (a.pairs(), b.pairs());
            let (ra, rb) = tokio::join!(app.post_form(&url, &pa), app.post_form(&url, &pb));
            let mut codes = [ra.status().as_u16(), rb.status().as_u16()];
            codes.sort_unstable();
            assert_eq!(codes, [303, 422], "trial {trial} on {}", app.backend);
        }
        assert_eq!(app.count_accounts().await, i64::try_from(TRIALS).unwrap());
    })
    .await;
}

#[tokio::test]
async fn a_new_username_withdraws_the_pending_invitation() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let id = app
            .insert_account(
                &top,
                "A-1",
                ("Ann", "Lee"),
                Some("ann@example.com"),
                "invited",
            )
            .await;
        app.db
            .run(move |conn| {
                use diesel::prelude::*;
                use switchboard::db::schema::{account_invitations, accounts};
                let now = chrono::Utc::now().naive_utc();
                let later = now + chrono::Duration::days(30);
                diesel::update(accounts::table.find(id))
                    .set((
                        accounts::invited_at.eq(Some(now)),
                        accounts::invitation_expires_at.eq(Some(later)),
                    ))
                    .execute(conn)?;
                diesel::insert_into(account_invitations::table)
                    .values((
                        account_invitations::account_id.eq(id),
                        account_invitations::channel.eq("email"),
                        account_invitations::sent_to.eq("ann@example.com"),
                        account_invitations::token_hash.eq("not-a-real-hash"),
                        account_invitations::created_by.eq("Sam Super"),
                        account_invitations::created_at.eq(now),
                        account_invitations::expires_at.eq(later),
                    ))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let url = format!("/orgs/{top}/accounts/{id}");
        let page = app.get_html(&url).await;
        assert!(
            page.contains("Pending") && page.contains(">Sent</td>"),
            "{page}"
        );
        // Only the name changes: the invitation stays.
        app.get_html(&format!("{url}/edit")).await;
        let renamed = Form::account(&top, "A-1", "ann@example.com").set("first_name", "Anna");
        assert_redirect_to(&app.post_form(&url, &renamed.pairs()).await, &url);
        assert_eq!(
            app.account_by_ref(&top, "A-1").await.unwrap().status,
            "invited"
        );
        // A new address: the link to the old one stops working.
        let moved = renamed.set("username", "anna@example.com");
        assert_redirect_to(&app.post_form(&url, &moved.pairs()).await, &url);
        let page = app.get_html(&url).await;
        assert!(
            page.contains("the pending invitation no longer works"),
            "{page}"
        );
        assert!(page.contains(">Revoked</td>") && page.contains("Saved — not invited"));
        let ann = app.account_by_ref(&top, "A-1").await.unwrap();
        assert_eq!(
            (ann.status.as_str(), ann.invitation_expires_at),
            ("saved", None)
        );
        let audit = app.audit_of("account_updated").await;
        assert!(
            audit[1].1.contains("pending invitation withdrawn"),
            "{audit:?}"
        );
    })
    .await;
}

/// The end user opens `link` in their own browser and confirms, choosing
/// `number` when the page offers a choice; returns the confirmation page.
async fn activate_through(app: &TestApp, link: &str, number: Option<&str>) -> String {
    use crate::account_invites::{confirm_link, open_link};
    let (browser, _, page) = open_link(app, link).await;
    assert!(page.contains("Activate your account"), "{page}");
    if let Some(number) = number {
        assert!(page.contains(&format!("value=\"{number}\"")), "{page}");
    }
    let (_, done) = confirm_link(&browser, link, &page, number).await;
    assert!(done.contains("Your account is active"), "{done}");
    done
}

/// Save & Invite end to end: the form sends the invitation email, its link
/// activates the account, and the account page shows it Activated with
/// the number.
#[tokio::test]
async fn save_and_invite_by_email_then_the_emailed_link_activates_the_account() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001", "+15550100002"])
            .await;
        let form = Form::account(&top, "A-1", "ann@example.com")
            .set("number_mode", "specific")
            .set("number", "+15550100002")
            .set("action", "invite");
        let response = post_account(&app, &top, &form).await;
        let account = app.account_by_ref(&top, "A-1").await.expect("added");
        let page = format!("/orgs/{top}/accounts/{}", account.id);
        assert_redirect_to(&response, &page);
        assert_eq!(account.status, "invited");
        let shown = app.get_html(&page).await;
        assert!(shown.contains("Pending"), "{shown}");

        let sent = crate::account_invites::emails_to(&app, "ann@example.com").await;
        assert_eq!(sent.len(), 1, "{}: one invitation email", app.backend);
        assert!(
            sent[0].text.contains("Your number: +15550100002"),
            "{}",
            sent[0].text
        );
        let link = crate::account_invites::email_link(&app, "ann@example.com").await;
        let done = activate_through(&app, &link, None).await;
        assert!(done.contains("+1 (555) 010-0002"), "{done}");

        let shown = app.get_html(&page).await;
        assert!(shown.contains("+15550100002"), "{shown}");
        assert!(shown.contains("Activated"), "{shown}");
        assert_eq!(
            app.number_state("+15550100002").await,
            ("assigned".into(), Some(account.id))
        );
        // The link works once.
        let (_, _, again) = crate::account_invites::open_link(&app, &link).await;
        assert!(!again.contains("Your account is active"));
        assert!(!again.contains("csrf_token"), "{again}");
    })
    .await;
}

/// Save & Invite for a device number without a number: one SMS reaches the
/// webhook, and the end user picks their number at activation.
#[tokio::test]
async fn save_and_invite_by_device_number_sends_one_sms_and_the_user_picks_a_number() {
    crate::account_invites::with_sms_webhook(&[], |app, sink| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100001", "+15550100002"])
            .await;
        let form = Form::account(&top, "A-1", "+1 555 777 0001").set("action", "invite");
        let response = post_account(&app, &top, &form).await;
        let account = app.account_by_ref(&top, "A-1").await.expect("added");
        let page = format!("/orgs/{top}/accounts/{}", account.id);
        assert_redirect_to(&response, &page);

        crate::account_invites::settle(&app, "send_sms").await;
        let got = sink.requests();
        assert_eq!(got.len(), 1, "{}: one SMS: {got:?}", app.backend);
        assert_eq!(got[0].to(), "+15557770001");
        let link = crate::account_invites::sms_link(&got[0].text());
        activate_through(&app, &link, Some("+15550100001")).await;

        let shown = app.get_html(&page).await;
        assert!(shown.contains("+15550100001"), "{shown}");
        assert!(shown.contains("Activated"), "{shown}");
        assert_eq!(
            app.number_state("+15550100001").await,
            ("assigned".into(), Some(account.id))
        );
    })
    .await;
}

#[tokio::test]
async fn flashes_after_add_save_and_delete_follow_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.add_numbers(&top, &["+15550100007"]).await;
        app.set_language("Spanish").await;
        let form = Form::account(&top, "A-7", "ann@example.com")
            .set("number_mode", "specific")
            .set("number", "+15550100007");
        let response = post_account(&app, &top, &form).await;
        let page = app.get_html(&location(&response)).await;
        assert!(
            page.contains("Se añadió a Ann Lee. Tiene asignado el número +15550100007."),
            "{page}"
        );
        let account = app.account_by_ref(&top, "A-7").await.expect("added");
        let record = format!("/orgs/{top}/accounts/{}", account.id);
        app.get_html(&format!("{record}/edit")).await;
        app.set_language("Portuguese").await;
        app.get_html(&format!("{record}/edit")).await;
        let response = app
            .post_form(&record, &form.clone().set("number_mode", "keep").pairs())
            .await;
        let page = app.get_html(&location(&response)).await;
        assert!(page.contains("Ann Lee foi salvo(a)."), "{page}");
        app.get_html(&format!("{record}/delete")).await;
        let response = app.post_form(&format!("{record}/delete"), &[]).await;
        let page = app.get_html(&location(&response)).await;
        assert!(
            page.contains(
                "Ann Lee foi excluído(a). O número +15550100007 está Disponível novamente."
            ),
            "{page}"
        );
    })
    .await;
}
