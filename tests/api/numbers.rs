//! Setup → Number Management: adding numbers (one, a range, a list),
//! statuses and tags, deleting, allocating to sub-organizations and
//! withdrawing, the list, utilisation, privileges, races, and what numbers
//! mean for deleting a sub-organization.

use diesel::prelude::*;
use switchboard::db::schema::{accounts, audit_events, numbers, organizations, user_permissions};
use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

/// The page as a user reads it: HTML entities for quotes undone.
fn text(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Follows a 303 and returns the page it leads to (with its flashes).
async fn after(app: &TestApp, response: reqwest::Response) -> String {
    assert_eq!(response.status().as_u16(), 303, "expected a redirect");
    text(&app.get_html(&location(&response)).await)
}

/// Submits one of the Add Numbers forms of `org`.
async fn add(app: &TestApp, org: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.get_html(&format!("/orgs/{org}/numbers/new")).await;
    app.post_form(&format!("/orgs/{org}/numbers"), fields).await
}

async fn add_range(app: &TestApp, org: &str, from: &str, to: &str, tag: &str) {
    let response = add(
        app,
        org,
        &[("mode", "range"), ("from", from), ("to", to), ("tag", tag)],
    )
    .await;
    assert_redirect_to(&response, &format!("/orgs/{org}/numbers"));
}

/// Every number: (e164, org display id, status, tag), in number order.
async fn all_numbers(app: &TestApp) -> Vec<(String, String, String, Option<String>)> {
    app.db
        .run(|conn| {
            Ok(numbers::table
                .inner_join(organizations::table)
                .select((
                    numbers::e164,
                    organizations::display_id,
                    numbers::status,
                    numbers::tag,
                ))
                .order(numbers::e164)
                .load(conn)?)
        })
        .await
        .unwrap()
}

async fn count_in(app: &TestApp, org: &str) -> usize {
    all_numbers(app).await.iter().filter(|n| n.1 == org).count()
}

/// The ids of these numbers, as the list's checkboxes carry them.
async fn ids(app: &TestApp, e164s: &[&str]) -> Vec<String> {
    let wanted: Vec<String> = e164s.iter().map(|s| (*s).to_owned()).collect();
    app.db
        .run(move |conn| {
            Ok(numbers::table
                .filter(numbers::e164.eq_any(&wanted))
                .select(numbers::id)
                .order(numbers::e164)
                .load::<i64>(conn)?)
        })
        .await
        .unwrap()
        .into_iter()
        .map(|id| id.to_string())
        .collect()
}

async fn id_of(app: &TestApp, e164: &str) -> String {
    ids(app, &[e164]).await.remove(0)
}

fn ticked<'a>(ids: &'a [String], extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|id| ("ids", id.as_str())).collect();
    fields.extend_from_slice(extra);
    fields
}

/// An account of `org`, straight into the database (as the accounts pages
/// would make it). Returns its id.
async fn account_in(app: &TestApp, org: &str, name: &str) -> i64 {
    let (org, name) = (org.to_owned(), name.to_owned());
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let profile: i64 = user_permissions::table
                .filter(user_permissions::is_default.eq(true))
                .select(user_permissions::id)
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                accounts::org_id.eq(org_id),
                accounts::account_ref.eq(&name),
                accounts::first_name.eq(&name),
                accounts::last_name.eq("Caller"),
                accounts::username.eq(format!("{}@example.com", name.to_lowercase())),
                accounts::username_kind.eq("email"),
                accounts::application.eq("MultiLine"),
                accounts::user_permissions_id.eq(profile),
                accounts::created_at.eq(now),
                accounts::updated_at.eq(now),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(accounts::table)
                .values(values)
                .returning(accounts::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .unwrap()
}

/// Gives `e164` of `org` to the account with the domain's atomic
/// assignment; false when it was not free there.
async fn try_assign(app: &TestApp, org: &str, e164: &str, account: i64) -> bool {
    let (org, e164) = (org.to_owned(), e164.to_owned());
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let org = switchboard::domain::orgs::by_id(conn, org_id)?;
            switchboard::domain::numbers::assign_specific(conn, &org, &e164, account)
        })
        .await
        .unwrap()
}

/// A new account of `org` named `name`, holding `e164`.
async fn assign(app: &TestApp, org: &str, e164: &str, name: &str) -> i64 {
    let account = account_in(app, org, name).await;
    assert!(try_assign(app, org, e164, account).await, "{e164} is free");
    account
}

#[tokio::test]
async fn one_number_a_range_and_a_list_are_added_normalised() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let form = app.get_html(&format!("/orgs/{top}/numbers/new")).await;
        for label in ["One number", "A range", "A list", "Add Range"] {
            assert!(form.contains(label), "{label}");
        }

        let response = add(
            &app,
            &top,
            &[("mode", "one"), ("number", "+1 (555) 010-0000")],
        )
        .await;
        let page = after(&app, response).await;
        assert!(page.contains("Added +15550100000."), "{page}");
        assert!(page.contains("+15550100000"));

        let response = add(
            &app,
            &top,
            &[
                ("mode", "range"),
                ("from", "+15550100100"),
                ("to", "+1 555 010 0199"),
                ("tag", " PORTED "),
            ],
        )
        .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("Added 100 numbers (+15550100100 to +15550100199) with tag PORTED."),
            "{page}"
        );

        let response = add(
            &app,
            &top,
            &[
                ("mode", "list"),
                (
                    "list",
                    "+1 555 010 0300\r\n+15550100301, +15550100302;+15550100303\n\n+15550100301",
                ),
            ],
        )
        .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("Added 4 numbers (+15550100300 to +15550100303)."),
            "{page}"
        );

        let all = all_numbers(&app).await;
        assert_eq!(all.len(), 105);
        assert!(all.iter().all(|n| n.1 == top && n.2 == "available"));
        let tagged = all.iter().filter(|n| n.3.as_deref() == Some("PORTED"));
        assert_eq!(tagged.count(), 100);
        assert!(all.iter().any(|n| n.0 == "+15550100199"));

        let audited: Vec<String> = app
            .db
            .run(|conn| {
                Ok(audit_events::table
                    .filter(audit_events::action.eq("numbers_added"))
                    .select(audit_events::details)
                    .load(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(audited.len(), 3);
        assert!(
            audited
                .iter()
                .any(|d| d.contains("count: 100") && d.contains("tag: PORTED"))
        );
    })
    .await;
}

#[tokio::test]
async fn numbers_that_exist_anywhere_are_refused_by_name_and_nothing_is_added() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        add_range(&app, &sales, "+15550100005", "+15550100006", "").await;
        add_range(&app, &sales, "+15550100100", "+15550100199", "").await;
        let before = all_numbers(&app).await;

        // Another org's numbers are duplicates too: numbers are unique system-wide.
        let response = add(
            &app,
            &top,
            &[("mode", "range"), ("from", "+15550100000"), ("to", "+15550100009")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(
            page.contains(
                "2 of these numbers already exist: +15550100005 and +15550100006. Nothing was added."
            ),
            "{page}"
        );
        // The form keeps what was typed.
        assert!(page.contains("value=\"+15550100009\""), "{page}");

        let response = add(&app, &top, &[("mode", "one"), ("number", "+1 555 010 0005")]).await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(page.contains("+15550100005 already exists."), "{page}");

        // Many: the first twenty are named, then how many more.
        let response = add(
            &app,
            &top,
            &[("mode", "range"), ("from", "+15550100150"), ("to", "+15550100250")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(
            page.contains("50 of these numbers already exist: +15550100150, +15550100151"),
            "{page}"
        );
        assert!(page.contains("+15550100169 and 30 more."), "{page}");
        assert!(!page.contains("+15550100170"), "{page}");

        let response = add(
            &app,
            &top,
            &[("mode", "list"), ("list", "+15550100400\n+15550100199")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(
            page.contains("1 of these numbers already exists: +15550100199."),
            "{page}"
        );

        assert_eq!(all_numbers(&app).await, before, "nothing was added");
    })
    .await;
}

#[tokio::test]
async fn ranges_are_capped_and_bad_entries_are_named_next_to_their_field() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[
                    ("mode", "range"),
                    ("from", "+15550100000"),
                    ("to", "+15550124999"),
                ],
                "A range can hold at most 10,000 numbers; this one has 25,000.",
            ),
            (
                &[
                    ("mode", "range"),
                    ("from", "+15550100009"),
                    ("to", "+15550100000"),
                ],
                "The range ends before it starts: +15550100000 comes before +15550100009.",
            ),
            (
                &[("mode", "list"), ("list", "+15550100001\nabc\n555-0100")],
                "These entries are not phone numbers: 'abc' and '555-0100'.",
            ),
            (
                &[("mode", "one"), ("number", "555-0100")],
                "'555-0100' needs its country code",
            ),
            (
                &[
                    ("mode", "one"),
                    ("number", "+15550100000"),
                    ("tag", "not a tag!"),
                ],
                "A tag may contain only letters, digits, - and _",
            ),
            (
                &[
                    ("mode", "one"),
                    ("number", "+15550100000"),
                    ("tag", &"T".repeat(33)),
                ],
                "A tag is at most 32 characters.",
            ),
        ];
        for (fields, message) in cases {
            let response = add(&app, &top, fields).await;
            assert_eq!(response.status().as_u16(), 422, "{fields:?}");
            let page = text(&response.text().await.unwrap());
            assert!(page.contains(message), "{message}\n{page}");
            assert!(page.contains("class=\"field-error\""), "next to the field");
        }
        assert!(all_numbers(&app).await.is_empty());

        // The cap itself is allowed.
        add_range(&app, &top, "+15550100000", "+15550109999", "").await;
        assert_eq!(all_numbers(&app).await.len(), 10_000);
    })
    .await;
}

#[tokio::test]
async fn numbers_are_reserved_made_available_and_tagged_but_assigned_ones_are_left_alone() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        add_range(&app, &top, "+15550100000", "+15550100004", "").await;
        assign(&app, &top, "+15550100004", "Ann").await;
        let all = ids(
            &app,
            &[
                "+15550100000",
                "+15550100001",
                "+15550100002",
                "+15550100004",
            ],
        )
        .await;
        let list = format!("/orgs/{top}/numbers");
        app.get_html(&list).await;

        let response = app
            .post_form(&format!("{list}/reserve"), &ticked(&all, &[]))
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Reserved 3 numbers."), "{page}");
        assert!(
            page.contains(
                "1 skipped: 1 is Assigned (Assigned numbers change only through their account)."
            ),
            "{page}"
        );
        let statuses: Vec<String> = all_numbers(&app).await.into_iter().map(|n| n.2).collect();
        assert_eq!(
            statuses,
            ["reserved", "reserved", "reserved", "available", "assigned"]
        );

        let response = app
            .post_form(&format!("{list}/reserve"), &ticked(&all[..1], &[]))
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("Nothing was changed. 1 skipped: 1 was already Reserved."),
            "{page}"
        );

        let response = app
            .post_form(&format!("{list}/unreserve"), &ticked(&all[..2], &[]))
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("2 numbers made Available."), "{page}");

        let response = app
            .post_form(
                &format!("{list}/tag"),
                &ticked(&all, &[("new_tag", " VIP ")]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Tag VIP set on 3 numbers."), "{page}");
        let tags: Vec<Option<String>> = all_numbers(&app).await.into_iter().map(|n| n.3).collect();
        let vip = Some("VIP".to_owned());
        assert_eq!(tags, [vip.clone(), vip.clone(), vip, None, None]);

        let response = app
            .post_form(
                &format!("{list}/tag"),
                &ticked(&all[..1], &[("clear", "1")]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Tag cleared from 1 number."), "{page}");

        let response = app
            .post_form(
                &format!("{list}/tag"),
                &ticked(&all, &[("new_tag", "no way!")]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("The tag was not set: A tag may contain only"),
            "{page}"
        );

        // One number's own page saves status and tag.
        let one = &all[2];
        let page = app.get_html(&format!("{list}/{one}")).await;
        assert!(page.contains("+15550100002") && page.contains("Save"));
        let response = app
            .post_form(
                &format!("{list}/{one}"),
                &[("status", "reserved"), ("tag", "PORTED")],
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("+15550100002 saved."), "{page}");
        let row = all_numbers(&app).await.remove(2);
        assert_eq!(
            (row.2.as_str(), row.3.as_deref()),
            ("reserved", Some("PORTED"))
        );

        let response = app
            .post_form(&format!("{list}/{one}"), &[("status", "assigned")])
            .await;
        assert_eq!(response.status().as_u16(), 422);

        // An Assigned number's page says why it cannot be changed here.
        let assigned = &all[3];
        let page = text(&app.get_html(&format!("{list}/{assigned}")).await);
        assert!(page.contains("Ann Caller"), "{page}");
        assert!(page.contains("changes only through the account"), "{page}");
        let response = app
            .post_form(
                &format!("{list}/{assigned}"),
                &[("status", "available"), ("tag", "")],
            )
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("+15550100004 is assigned to an account"),
            "{page}"
        );
        assert_eq!(all_numbers(&app).await[4].2, "assigned");

        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        for action in [
            "numbers_reserved",
            "numbers_made_available",
            "numbers_tagged",
            "number_updated",
        ] {
            assert!(shows_action(&report, action), "{action} audited");
        }
    })
    .await;
}

#[tokio::test]
async fn deleting_numbers_asks_first_and_keeps_assigned_ones() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        add_range(&app, &top, "+15550100000", "+15550100003", "").await;
        assign(&app, &top, "+15550100003", "Bea").await;
        let all = ids(&app, &["+15550100000", "+15550100001", "+15550100003"]).await;
        let list = format!("/orgs/{top}/numbers");
        app.get_html(&list).await;

        // The list's Delete… asks first, naming what will go and what stays.
        let response = app
            .post_form(&format!("{list}/delete"), &ticked(&all, &[]))
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let page = text(&response.text().await.unwrap());
        assert!(page.contains("Delete these 2 numbers?"), "{page}");
        assert!(page.contains("+15550100000") && page.contains("+15550100001"));
        assert!(
            page.contains("1 selected number is Assigned and will be kept"),
            "{page}"
        );
        assert!(page.contains("Yes, delete 2 numbers"));
        assert_eq!(all_numbers(&app).await.len(), 4, "nothing deleted yet");

        let response = app
            .post_form(
                &format!("{list}/delete"),
                &ticked(&all, &[("confirm", "yes")]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Deleted 2 numbers."), "{page}");
        assert!(page.contains("1 skipped: 1 is Assigned"), "{page}");
        let left: Vec<String> = all_numbers(&app).await.into_iter().map(|n| n.0).collect();
        assert_eq!(left, ["+15550100002", "+15550100003"]);

        // One number from its page: confirmation, then deleted.
        let one = id_of(&app, "+15550100002").await;
        let page = app.get_html(&format!("{list}/{one}/delete")).await;
        assert!(page.contains("Yes, delete"));
        assert_eq!(all_numbers(&app).await.len(), 2);
        let response = app.post_form(&format!("{list}/{one}/delete"), &[]).await;
        let page = after(&app, response).await;
        assert!(page.contains("+15550100002 deleted."), "{page}");

        // An Assigned one is refused.
        let held = id_of(&app, "+15550100003").await;
        let page = text(&app.get_html(&format!("{list}/{held}/delete")).await);
        assert!(
            page.contains("is Assigned to an account (Bea Caller)"),
            "{page}"
        );
        let response = app.post_form(&format!("{list}/{held}/delete"), &[]).await;
        let page = after(&app, response).await;
        assert!(
            page.contains("it can be changed only through the account"),
            "{page}"
        );
        assert_eq!(all_numbers(&app).await.len(), 1);

        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        assert!(shows_action(&report, "numbers_deleted"));
    })
    .await;
}

#[tokio::test]
async fn numbers_are_allocated_to_sub_orgs_at_any_depth_and_withdrawn_to_the_parent() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let west = app.create_suborg(&sales, "West").await;
        add_range(&app, &top, "+15550100000", "+15550100009", "").await;
        add_range(&app, &top, "+15550100100", "+15550100119", "PORTED").await;
        let list = format!("/orgs/{top}/numbers");

        // The select offers every sub-org below, at any depth.
        let page = app.get_html(&list).await;
        assert!(
            page.contains(&format!("<option value=\"{west}\">")),
            "{page}"
        );
        let picked = ids(&app, &["+15550100000", "+15550100001"]).await;
        app.post_form(&format!("{list}/reserve"), &ticked(&picked[1..], &[]))
            .await;
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &ticked(&picked, &[("to_org", &west)]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains(&format!("Allocated 2 numbers to {west} West.")),
            "{page}"
        );
        // A Reserved number stays Reserved.
        let moved: Vec<_> = all_numbers(&app)
            .await
            .into_iter()
            .filter(|n| n.1 == west)
            .collect();
        assert_eq!(moved.len(), 2);
        assert_eq!(moved[1].2, "reserved");

        // "N Available numbers with tag T" from the allocation page.
        let page = text(&app.get_html(&format!("{list}/allocate")).await);
        assert!(
            page.contains("Allocate Numbers") && page.contains("28 Available here"),
            "{page}"
        );
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &[
                    ("mode", "count"),
                    ("count", "15"),
                    ("with_tag", "PORTED"),
                    ("to_org", &sales),
                ],
            )
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains(&format!("Allocated 15 numbers to {sales} Sales.")),
            "{page}"
        );
        let in_sales: Vec<_> = all_numbers(&app)
            .await
            .into_iter()
            .filter(|n| n.1 == sales)
            .collect();
        assert_eq!(in_sales.len(), 15);
        assert_eq!(
            in_sales[0].0, "+15550100100",
            "the first ones in number order"
        );
        assert!(in_sales.iter().all(|n| n.3.as_deref() == Some("PORTED")));

        // Asking for more than there are moves what there is, and says so.
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &[
                    ("mode", "count"),
                    ("count", "50"),
                    ("with_tag", "PORTED"),
                    ("to_org", &sales),
                ],
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Allocated 5 numbers"), "{page}");
        assert!(
            page.contains(
                "You asked for 50, but only 5 Available numbers with tag PORTED were there."
            ),
            "{page}"
        );
        assert_eq!(count_in(&app, &sales).await, 20);

        // Bad input is shown on the page, next to its field.
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &[("mode", "count"), ("count", "0"), ("to_org", &sales)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(page.contains("Enter how many numbers"), "{page}");
        // Only sub-orgs of this org: not itself, not a sibling elsewhere.
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &[("mode", "count"), ("count", "1"), ("to_org", &top)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let page = text(&response.text().await.unwrap());
        assert!(page.contains("Choose a sub-organization of "), "{page}");
        assert_eq!(count_in(&app, &top).await, 8);

        // Withdraw: from Sales (its page) back to the top org.
        let sales_list = format!("/orgs/{sales}/numbers");
        let page = text(&app.get_html(&sales_list).await);
        assert!(page.contains("Withdraw to"), "{page}");
        let back = ids(&app, &["+15550100100", "+15550100101"]).await;
        let response = app
            .post_form(&format!("{sales_list}/withdraw"), &ticked(&back, &[]))
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains(&format!("Withdrew 2 numbers from Sales to {top}")),
            "{page}"
        );
        let response = app
            .post_form(
                &format!("{sales_list}/withdraw"),
                &[("mode", "count"), ("count", "3"), ("with_tag", "")],
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Withdrew 3 numbers"), "{page}");
        assert_eq!(count_in(&app, &sales).await, 15);
        assert_eq!(count_in(&app, &top).await, 13);

        // The top org has no parent: nothing to withdraw to.
        let page = app.get_html(&list).await;
        assert!(!page.contains("Withdraw to"), "{page}");
        let response = app
            .post_form(
                &format!("{list}/withdraw"),
                &ticked(&ids(&app, &["+15550100002"]).await, &[]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("can be withdrawn only by an administrator of its parent"),
            "{page}"
        );

        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        assert!(shows_action(&report, "numbers_allocated"));
        let report = app
            .get_html(&format!("/orgs/{sales}/reports/administrators-activity"))
            .await;
        assert!(shows_action(&report, "numbers_withdrawn"));
    })
    .await;
}

#[tokio::test]
async fn an_administrator_of_a_sub_org_cannot_withdraw_its_numbers_out_of_their_reach() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        add_range(&app, &sales, "+15550100000", "+15550100001", "").await;
        app.create_admin(
            &sales,
            "sales@example.com",
            "sales password long",
            &[
                Privilege::SetupViewNumberManagement,
                Privilege::SetupEditNumberManagement,
            ],
        )
        .await;
        app.sign_out().await;
        app.sign_in("sales@example.com", "sales password long")
            .await;
        let list = format!("/orgs/{sales}/numbers");
        let page = app.get_html(&list).await;
        assert!(!page.contains("Withdraw to"), "{page}");
        let all = ids(&app, &["+15550100000", "+15550100001"]).await;
        let response = app
            .post_form(&format!("{list}/withdraw"), &ticked(&all, &[]))
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("can be withdrawn only by an administrator of its parent"),
            "{page}"
        );
        assert_eq!(count_in(&app, &sales).await, 2);
    })
    .await;
}

#[tokio::test]
async fn assigned_numbers_are_never_moved() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        add_range(&app, &top, "+15550100000", "+15550100003", "").await;
        assign(&app, &top, "+15550100000", "Cal").await;
        assign(&app, &top, "+15550100001", "Dee").await;
        let list = format!("/orgs/{top}/numbers");
        app.get_html(&list).await;

        let all = ids(
            &app,
            &[
                "+15550100000",
                "+15550100001",
                "+15550100002",
                "+15550100003",
            ],
        )
        .await;
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &ticked(&all, &[("to_org", &sales)]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Allocated 2 numbers"), "{page}");
        assert!(
            page.contains(
                "2 skipped: 2 are Assigned (Assigned numbers change only through their account)."
            ),
            "{page}"
        );
        let after_move = all_numbers(&app).await;
        assert_eq!(after_move[0].1, top);
        assert_eq!(after_move[1].1, top);
        assert_eq!(after_move[0].2, "assigned");

        // "N Available" never picks an Assigned one.
        let response = app
            .post_form(
                &format!("{list}/allocate"),
                &[("mode", "count"), ("count", "5"), ("to_org", &sales)],
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Nothing was moved"), "{page}");
        assert_eq!(count_in(&app, &top).await, 2);

        // Withdrawing from the sub-org leaves its Assigned number there too.
        assign(&app, &sales, "+15550100002", "Eve").await;
        let response = app
            .post_form(
                &format!("/orgs/{sales}/numbers/withdraw"),
                &ticked(&all[2..], &[]),
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Withdrew 1 number"), "{page}");
        assert!(page.contains("1 skipped: 1 is Assigned"), "{page}");
        let numbers = all_numbers(&app).await;
        assert_eq!(
            (numbers[2].1.as_str(), numbers[2].2.as_str()),
            (sales.as_str(), "assigned")
        );
        assert_eq!(numbers[3].1, top);
    })
    .await;
}

#[tokio::test]
async fn the_list_filters_by_status_and_tag_searches_digits_and_pages() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        add_range(&app, &top, "+15550100000", "+15550100059", "").await;
        let list = format!("/orgs/{top}/numbers");
        app.get_html(&list).await;
        let first_ten: Vec<String> = ids(
            &app,
            &(0..10)
                .map(|i| format!("+155501000{i:02}"))
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
        .await;
        app.post_form(
            &format!("{list}/tag"),
            &ticked(&first_ten, &[("new_tag", "PORTED")]),
        )
        .await;
        app.post_form(&format!("{list}/reserve"), &ticked(&first_ten[..5], &[]))
            .await;
        assign(&app, &top, "+15550100059", "Fay").await;

        let page = text(&app.get_html(&list).await);
        assert!(page.contains("60 numbers."), "{page}");
        assert!(page.contains("Page 1 of 3 (60 in all)"), "{page}");
        assert!(page.contains("+15550100024") && !page.contains("+15550100025"));

        let page = text(&app.get_html(&format!("{list}?page=2")).await);
        assert!(page.contains("+15550100025") && page.contains("+15550100049"));
        assert!(!page.contains("+15550100024") && !page.contains("+15550100050"));
        // The last page, read from the end, is in order too.
        let page = text(&app.get_html(&format!("{list}?page=3")).await);
        let at = |n: &str| page.find(n).unwrap_or_else(|| panic!("{n} on page 3"));
        assert!(at("+15550100050") < at("+15550100051") && at("+15550100058") < at("+15550100059"));
        assert!(!page.contains("+15550100049"));
        assert!(page.contains("Fay Caller"), "the account holding a number");

        let filtered = [
            ("?status=reserved", "5 numbers match."),
            ("?status=available", "54 numbers match."),
            ("?status=assigned", "1 number matches."),
            ("?tag=PORTED", "10 numbers match."),
            ("?tag=PORTED&status=available", "5 numbers match."),
            ("?tag=%21none", "50 numbers match."),
            ("?q=010005", "10 numbers match."),
            ("?q=%2B1+555+010-005", "10 numbers match."),
            ("?q=99999", "0 numbers match."),
        ];
        for (query, summary) in filtered {
            let page = text(&app.get_html(&format!("{list}{query}")).await);
            assert!(page.contains(summary), "{query}: {summary}\n{page}");
        }
        let page = text(&app.get_html(&format!("{list}?status=reserved")).await);
        assert!(page.contains("+15550100004") && !page.contains("+15550100005\""));
        let page = text(&app.get_html(&format!("{list}?q=010005")).await);
        assert!(page.contains("+15550100050") && !page.contains("+15550100049"));
        // A filtered list pages too, and its links keep the filter.
        let page = text(&app.get_html(&format!("{list}?tag=%21none&page=2")).await);
        assert!(page.contains("+15550100035") && !page.contains("+15550100034"));
        assert!(page.contains("tag=%21none&page=1"), "{page}");
        // The tag filter offers the tags in use.
        assert!(
            page.contains("<option value=\"PORTED\">PORTED</option>"),
            "{page}"
        );
    })
    .await;
}

#[tokio::test]
async fn utilisation_counts_this_org_and_each_direct_sub_org() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let support = app.create_suborg(&top, "Support").await;
        let west = app.create_suborg(&sales, "West").await;
        add_range(&app, &top, "+15550100000", "+15550100009", "").await;
        add_range(&app, &sales, "+15550100100", "+15550100103", "").await;
        add_range(&app, &west, "+15550100200", "+15550100201", "").await;
        assign(&app, &top, "+15550100000", "Gus").await;
        assign(&app, &top, "+15550100001", "Hal").await;
        assign(&app, &sales, "+15550100100", "Ida").await;
        let list = format!("/orgs/{top}/numbers");
        app.get_html(&list).await;
        let reserve = ids(&app, &["+15550100002", "+15550100003", "+15550100004"]).await;
        app.post_form(&format!("{list}/reserve"), &ticked(&reserve, &[]))
            .await;

        let page = text(&app.get_html(&list).await);
        assert!(page.contains("2 of 10 assigned"), "{page}");
        assert!(page.contains("(20%)"), "{page}");
        assert!(page.contains("1 of 4 assigned"), "{page}");
        let table = {
            let start = page.find("<table class=\"list usage\">").unwrap();
            let end = start + page[start..].find("</table>").unwrap();
            page[start..end].to_owned()
        };
        let row = |label: &str| {
            let start = table.find(label).unwrap_or_else(|| panic!("{label} row"));
            let end = start + table[start..].find("</tr>").unwrap();
            table[start..end].to_owned()
        };
        let own = row("(this organization)");
        for (cell, n) in [
            ("Assigned", 2),
            ("Available", 5),
            ("Reserved", 3),
            ("Numbers", 10),
        ] {
            assert!(
                own.contains(&format!("data-label=\"{cell}\">{n}<")),
                "{cell}: {own}"
            );
        }
        let sales_row = row(&format!("{sales} Sales"));
        assert!(
            sales_row.contains("data-label=\"Available\">3<"),
            "{sales_row}"
        );
        let support_row = row(&format!("{support} Support"));
        assert!(support_row.contains("No numbers"), "{support_row}");
        assert!(
            !table.contains(&format!("{west} West")),
            "only direct sub-orgs"
        );

        // The counts follow allocation and deletion (kept by the database).
        let moving = ids(&app, &["+15550100005", "+15550100006"]).await;
        app.post_form(
            &format!("{list}/allocate"),
            &ticked(&moving, &[("to_org", &support)]),
        )
        .await;
        let gone = ids(&app, &["+15550100007"]).await;
        app.post_form(
            &format!("{list}/delete"),
            &ticked(&gone, &[("confirm", "yes")]),
        )
        .await;
        let page = text(&app.get_html(&list).await);
        assert!(page.contains("2 of 7 assigned"), "{page}");
        assert!(page.contains("0 of 2 assigned"), "{page}");
    })
    .await;
}

#[tokio::test]
async fn administrators_without_the_privileges_are_refused() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        add_range(&app, &top, "+15550100000", "+15550100001", "").await;
        let one = id_of(&app, "+15550100000").await;
        app.create_admin(
            &top,
            "viewer@example.com",
            "viewer password long",
            &[Privilege::SetupViewNumberManagement],
        )
        .await;
        app.create_admin(
            &top,
            "other@example.com",
            "other password long",
            &[Privilege::DashboardView],
        )
        .await;
        app.sign_out().await;

        app.sign_in("viewer@example.com", "viewer password long")
            .await;
        let list = format!("/orgs/{top}/numbers");
        let page = app.get_html(&list).await;
        assert!(page.contains("Number Management") && page.contains("+15550100000"));
        assert!(!page.contains("Add Numbers") && !page.contains("name=\"ids\""));
        assert_eq!(
            app.get(&format!("{list}/{one}")).await.status().as_u16(),
            200
        );
        for path in ["/new", "/allocate", "/withdraw"] {
            let status = app.get(&format!("{list}{path}")).await.status().as_u16();
            assert_eq!(status, 403, "GET {path}");
        }
        let posts: &[(&str, &[(&str, &str)])] = &[
            ("", &[("mode", "one"), ("number", "+15550100009")]),
            ("/reserve", &[("ids", &one)]),
            ("/tag", &[("ids", &one), ("new_tag", "X")]),
            ("/delete", &[("ids", &one), ("confirm", "yes")]),
            ("/allocate", &[("ids", &one), ("to_org", &top)]),
            (&format!("/{one}"), &[("status", "reserved")]),
            (&format!("/{one}/delete"), &[]),
        ];
        for (path, fields) in posts {
            let status = app
                .post_form(&format!("{list}{path}"), fields)
                .await
                .status()
                .as_u16();
            assert_eq!(status, 403, "POST {path}");
        }
        let numbers = all_numbers(&app).await;
        assert_eq!(numbers.len(), 2);
        assert!(numbers.iter().all(|n| n.2 == "available" && n.3.is_none()));

        app.sign_out().await;
        app.sign_in("other@example.com", "other password long")
            .await;
        assert_eq!(app.get(&list).await.status().as_u16(), 403);
        assert_eq!(
            app.get(&format!("{list}/{one}")).await.status().as_u16(),
            403
        );
    })
    .await;
}

#[tokio::test]
async fn two_administrators_adding_the_same_range_at_once_add_it_once() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let (other, _) = app.sign_in_new_browser(SUPER_EMAIL, SUPER_PASSWORD).await;
        let url = app.url(&format!("/orgs/{top}/numbers"));
        let form_page = other
            .get(format!("{url}/new"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let other_token = csrf_in(&form_page).unwrap();
        app.get_html(&format!("/orgs/{top}/numbers/new")).await;
        for trial in 0..5 {
            let from = format!("+1555020{trial}000");
            let to = format!("+1555020{trial}999");
            let fields = [
                ("mode", "range"),
                ("from", from.as_str()),
                ("to", to.as_str()),
            ];
            let mut theirs = vec![("csrf_token", other_token.as_str())];
            theirs.extend_from_slice(&fields);
            let path = format!("/orgs/{top}/numbers");
            let (a, b) = tokio::join!(
                app.post_form(&path, &fields),
                other.post(&url).form(&theirs).send(),
            );
            let b = b.unwrap();
            let mut codes = [a.status().as_u16(), b.status().as_u16()];
            codes.sort_unstable();
            assert_eq!(codes, [303, 422], "trial {trial} on {}", app.backend);
            let refused = if a.status().as_u16() == 422 { a } else { b };
            let page = text(&refused.text().await.unwrap());
            assert!(
                page.contains("1,000 of these numbers already exist: ")
                    || page.contains("were added by someone else at the same moment"),
                "trial {trial}: {page}"
            );
            assert!(page.contains(&from), "the duplicates are named: {page}");
        }
        assert_eq!(all_numbers(&app).await.len(), 5_000);
    })
    .await;
}

#[tokio::test]
async fn two_allocations_of_the_same_numbers_at_once_move_each_number_once() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let east = app.create_suborg(&top, "East").await;
        let west = app.create_suborg(&top, "West").await;
        let (other, _) = app.sign_in_new_browser(SUPER_EMAIL, SUPER_PASSWORD).await;
        let list = format!("/orgs/{top}/numbers");
        let page = other
            .get(app.url(&list))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let other_token = csrf_in(&page).unwrap();
        for trial in 0..3 {
            let from = format!("+1555030{trial}000");
            let to = format!("+1555030{trial}199");
            add_range(&app, &top, &from, &to, "").await;
            app.get_html(&list).await;
            let wanted: Vec<String> = all_numbers(&app)
                .await
                .into_iter()
                .filter(|n| n.1 == top)
                .map(|n| n.0)
                .collect();
            let picked = ids(&app, &wanted.iter().map(String::as_str).collect::<Vec<_>>()).await;
            let mine = ticked(&picked, &[("to_org", &east)]);
            let mut theirs = ticked(&picked, &[("to_org", &west)]);
            theirs.insert(0, ("csrf_token", other_token.as_str()));
            let path = format!("{list}/allocate");
            let (a, b) = tokio::join!(
                app.post_form(&path, &mine),
                other.post(app.url(&path)).form(&theirs).send(),
            );
            assert_eq!(a.status().as_u16(), 303, "trial {trial}");
            assert_eq!(b.unwrap().status().as_u16(), 303, "trial {trial}");
            let numbers = all_numbers(&app).await;
            let (e, w) = (
                numbers.iter().filter(|n| n.1 == east).count(),
                numbers.iter().filter(|n| n.1 == west).count(),
            );
            assert_eq!(e + w, 200 * (trial + 1), "trial {trial} on {}", app.backend);
            assert_eq!(numbers.len(), 200 * (trial + 1));
        }

        // "N Available" at once from both: together they move what there
        // is, each number once.
        add_range(&app, &top, "+15550400000", "+15550400199", "").await;
        app.get_html(&list).await;
        let mine = [
            ("mode", "count"),
            ("count", "150"),
            ("to_org", east.as_str()),
        ];
        let theirs = [
            ("csrf_token", other_token.as_str()),
            ("mode", "count"),
            ("count", "150"),
            ("to_org", west.as_str()),
        ];
        let before: usize = count_in(&app, &east).await + count_in(&app, &west).await;
        let path = format!("{list}/allocate");
        let (a, b) = tokio::join!(
            app.post_form(&path, &mine),
            other.post(app.url(&path)).form(&theirs).send(),
        );
        assert_eq!(a.status().as_u16(), 303);
        assert_eq!(b.unwrap().status().as_u16(), 303);
        assert_eq!(count_in(&app, &top).await, 0);
        assert_eq!(
            count_in(&app, &east).await + count_in(&app, &west).await,
            before + 200
        );
    })
    .await;
}

#[tokio::test]
async fn an_assignment_racing_an_allocation_never_leaves_an_assigned_number_moved() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let list = format!("/orgs/{top}/numbers");
        for trial in 0..5 {
            let e164 = format!("+155505000{trial:02}");
            add(&app, &top, &[("mode", "one"), ("number", &e164)]).await;
            let picked = ids(&app, &[&e164]).await;
            app.get_html(&list).await;
            let fields = ticked(&picked, &[("to_org", &sales)]);
            let path = format!("{list}/allocate");
            let account = account_in(&app, &top, &format!("Race{trial}")).await;
            let (assigned, moved) = tokio::join!(
                try_assign(&app, &top, &e164, account),
                app.post_form(&path, &fields),
            );
            assert_eq!(moved.status().as_u16(), 303);
            let row = all_numbers(&app)
                .await
                .into_iter()
                .find(|n| n.0 == e164)
                .unwrap();
            if assigned {
                assert_eq!(
                    (row.1.as_str(), row.2.as_str()),
                    (top.as_str(), "assigned"),
                    "trial {trial}"
                );
            } else {
                assert_eq!(
                    (row.1.as_str(), row.2.as_str()),
                    (sales.as_str(), "available"),
                    "trial {trial}"
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn a_sub_org_holding_numbers_or_accounts_is_not_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        add_range(&app, &sales, "+15550100000", "+15550100004", "").await;
        assign(&app, &sales, "+15550100000", "Jo").await;
        assign(&app, &sales, "+15550100001", "Kim").await;

        let confirm = text(&app.get_html(&format!("/orgs/{top}/suborgs/{sales}/delete")).await);
        assert!(
            confirm.contains("It still has 5 numbers and 2 accounts. Move or delete them first."),
            "{confirm}"
        );
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("'Sales' cannot be deleted while it still has 5 numbers and 2 accounts. Move or delete them first."),
            "{page}"
        );

        // With the accounts gone (their numbers Available again) and the
        // numbers withdrawn, it can go.
        app.db
            .run(|conn| {
                diesel::update(numbers::table)
                    .set((numbers::status.eq("available"), numbers::account_id.eq(None::<i64>)))
                    .execute(conn)?;
                diesel::delete(accounts::table).execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("still has 5 numbers."), "{page}");
        app.get_html(&format!("/orgs/{sales}/numbers")).await;
        let response = app
            .post_form(
                &format!("/orgs/{sales}/numbers/withdraw"),
                &[("mode", "count"), ("count", "5")],
            )
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Withdrew 5 numbers"), "{page}");
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        let page = after(&app, response).await;
        assert!(page.contains("Sub-Organization 'Sales' deleted."), "{page}");
        assert_eq!(count_in(&app, &top).await, 5);
    })
    .await;
}

#[tokio::test]
async fn the_flash_of_added_numbers_follows_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_language("Spanish").await;
        let response = add(
            &app,
            &top,
            &[
                ("mode", "one"),
                ("number", "+15550100050"),
                ("tag", "PORTED"),
            ],
        )
        .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("Se añadió +15550100050 con la etiqueta PORTED."),
            "{page}"
        );
        let response = add(
            &app,
            &top,
            &[
                ("mode", "range"),
                ("from", "+15550100060"),
                ("to", "+15550100062"),
            ],
        )
        .await;
        let page = after(&app, response).await;
        assert!(
            page.contains("Se añadieron 3 números (de +15550100060 a +15550100062)."),
            "{page}"
        );
    })
    .await;
}
