//! Accounts and numbers: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use crate::helpers::*;
use crate::languages::Probe;

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    // An invited account with a number (for its delete confirmation), and a
    // No Portal Access one for Reset PIN; both named with seeded words and
    // numeric Account IDs, so their names count as data.
    let account = app
        .insert_account(
            org,
            "1818",
            ("Maximiliana", "Lee"),
            Some("+14155550123"),
            "invited",
        )
        .await;
    app.give_number(org, account, "+14155550177").await;
    let no_portal = app
        .insert_account(org, "1717", ("Maximiliana", "Lee"), None, "saved")
        .await;
    let number = first_number_id(app, &base).await;
    let sub = first_sub_org(app, &base).await;
    let mut pages: Vec<(String, String)> = vec![
        (format!("/orgs/{sub}/numbers"), "numbers_sub_org".into()),
        (
            format!("/orgs/{sub}/numbers/withdraw"),
            "numbers_withdraw".into(),
        ),
    ];
    pages.extend(
        [
            ("accounts_delete", format!("accounts/{account}/delete")),
            ("accounts_record_no_portal", format!("accounts/{no_portal}")),
            (
                "accounts_reset_pin",
                format!("accounts/{no_portal}/reset-pin"),
            ),
            (
                "account_edit_no_portal",
                format!("accounts/{no_portal}/edit"),
            ),
            (
                "accounts_move_no_target",
                format!("accounts/move?ids={account}"),
            ),
            ("numbers_record", format!("numbers/{number}")),
            ("numbers_record_delete", format!("numbers/{number}/delete")),
            (
                "numbers_filtered",
                "numbers?q=555&status=available".to_owned(),
            ),
        ]
        .into_iter()
        .map(|(name, path)| (format!("{base}/{path}"), name.to_owned())),
    );
    pages
}

/// The display id of the first sub-organization the utilisation table links.
async fn first_sub_org(app: &TestApp, base: &str) -> String {
    let html = app.get_html(&format!("{base}/numbers")).await;
    html.match_indices("href=\"/orgs/")
        .filter_map(|(at, _)| {
            let rest = &html[at + "href=\"/orgs/".len()..];
            let id = rest.split('/').next()?;
            (rest[id.len()..].starts_with("/numbers\"") && !base.ends_with(id))
                .then(|| id.to_owned())
        })
        .next()
        .expect("the utilisation table links a sub-organization")
}

/// The id of the first number the Number Management list links.
async fn first_number_id(app: &TestApp, base: &str) -> String {
    let html = app.get_html(&format!("{base}/numbers")).await;
    let prefix = format!("href=\"{base}/numbers/");
    html.match_indices(&prefix)
        .map(|(at, _)| &html[at + prefix.len()..])
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .find(|id| !id.is_empty())
        .expect("the numbers list links a number")
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe =
        |page: &str, action: &str, fields, status| Probe::at(base, page, action, fields, status);
    vec![
        (
            "form_account_new".into(),
            probe(
                "accounts/new",
                "accounts/new",
                &[("first_name", ""), ("last_name", ""), ("username", "??")],
                422,
            ),
        ),
        (
            "form_account_new_more".into(),
            probe(
                "accounts/new",
                "accounts/new",
                &[
                    ("first_name", "Ann"),
                    ("last_name", "Lee"),
                    ("username", "ann@"),
                    ("account_ref", ""),
                    ("application", ""),
                    ("number_mode", "specific"),
                    ("forwarding_number", "abc"),
                    ("monitor_calls", "sometimes"),
                    ("monitor_sms", "sometimes"),
                    ("language", "Klingon"),
                ],
                422,
            ),
        ),
        (
            "accounts_bulk_select_all".into(),
            probe(
                "accounts",
                "accounts/bulk",
                &[("action", "delete"), ("all", "1")],
                200,
            ),
        ),
        (
            "accounts_bulk_delete".into(),
            probe(
                "accounts",
                "accounts/bulk",
                &[("action", "delete"), ("all", "1"), ("selection", "filter")],
                200,
            ),
        ),
        (
            "accounts_bulk_edit".into(),
            probe(
                "accounts",
                "accounts/bulk",
                &[("action", "edit"), ("all", "1"), ("selection", "filter")],
                200,
            ),
        ),
        (
            "accounts_bulk_invite".into(),
            probe(
                "accounts",
                "accounts/bulk",
                &[("action", "invite"), ("all", "1"), ("selection", "filter")],
                200,
            ),
        ),
        (
            "accounts_bulk_edit_nothing".into(),
            probe(
                "accounts",
                "accounts/bulk/run",
                &[("action", "edit"), ("all", "1")],
                422,
            ),
        ),
        (
            "numbers_new_bad_one".into(),
            probe(
                "numbers/new",
                "numbers",
                &[("mode", "one"), ("number", "abc"), ("tag", "bad tag!")],
                422,
            ),
        ),
        (
            "numbers_new_bad_range".into(),
            probe(
                "numbers/new",
                "numbers",
                &[
                    ("mode", "range"),
                    ("from", "+15550100999"),
                    ("to", "+15550100000"),
                ],
                422,
            ),
        ),
        (
            "numbers_new_bad_list".into(),
            probe(
                "numbers/new",
                "numbers",
                &[("mode", "list"), ("list", "12\n34")],
                422,
            ),
        ),
        (
            "numbers_new_existing".into(),
            probe(
                "numbers/new",
                "numbers",
                &[("mode", "list"), ("list", "+14155550101\n+14155550102")],
                422,
            ),
        ),
        (
            "numbers_allocate_bad_count".into(),
            probe(
                "numbers/allocate",
                "numbers/allocate",
                &[("mode", "count"), ("count", "0"), ("with_tag", "")],
                422,
            ),
        ),
    ]
}
