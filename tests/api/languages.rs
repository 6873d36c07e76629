//! Issue 11, "Languages": every page in English, Spanish and Portuguese,
//! chosen by the signed-in administrator's language (My Profile), and by the
//! browser's `Accept-Language` when nobody is signed in.
//!
//! How "untranslated" is found: each page is fetched in English and again in
//! Spanish and Portuguese, and the words a reader sees or hears (text, and
//! the `title`, `placeholder`, `aria-label`, `alt`, `data-label` and button
//! `value` attributes) are compared. A piece of text that comes out the same
//! in English and in the other language is untranslated, unless it is data
//! (names, addresses, numbers, dates: see `is_data`) or one of the few words
//! that are the same in that language (`SAME_IN`). So a sentence left in a
//! template or in code is caught, whether or not it reached a catalogue.
//!
//! `LANG_TEST_ONLY=accounts,=me` limits the run to pages whose name contains
//! `accounts` or is `me`.

use std::collections::{BTreeMap, BTreeSet};

use crate::helpers::*;
use crate::language_probes as probes;
use crate::page_words::words;
use crate::pages::{LONG_EMAIL, seed};

/// Words that are written the same in English and in Spanish or Portuguese,
/// or are names: the product, file formats, and the languages as each
/// calls itself (the language choice shows them so).
const SAME_IN_ALL: &[&str] = &[
    "Switchboard",
    "CSV",
    "SMS",
    "API",
    "PIN",
    "E.164",
    "UTC",
    "HttpApi",
    "MultiLine",
    "Salesforce",
    "English",
    "Español",
    "Português",
    "ID",
    "OK",
    "E911",
];

/// (language, words written the same as in English in that language).
const SAME_IN: &[(&str, &[&str])] = &[
    ("es", &["No", "Total", "Error", "General", "Android", "iOS"]),
    ("pt", &["Total", "Android", "iOS", "Menu", "Status"]),
];

/// What the seed (and the first administrator) put in the database: shown
/// as it was typed, in every language.
const SEEDED: &[&str] = &[
    LONG_EMAIL,
    "Lisbon Customer Operations and Field Services",
    "Porto Night Shift",
    "Maximiliana",
    "Sam Super",
    "Sam",
    "Super",
    "Ann",
    "Lee",
    "Di",
    "Bad",
    "Enterprise Super Administrator",
    "My Organization",
    // helpers::create_admin's administrator and the role it makes for them.
    "Test Admin",
    "Role for",
    // The default User Permissions every org starts with: a stored name.
    "Default User Permissions",
    // helpers::saved_account's last name.
    "Tester",
    // The seed's CSV: an address made invalid on purpose.
    "x-not-an-address",
];

/// Cells of the seed's CSV as typed, shown back in the preview: whole
/// words only (they are too short to look for inside other text).
const TYPED_CELLS: &[&str] = &["Maybe", "auto", "on", "true", "No"];

/// The columns of the import file, as the template names them in every
/// language: the file's format, not words of the page.
const IMPORT_COLUMNS: &[&str] = &[
    "firstname",
    "lastname",
    "email address or device",
    "social_messaging",
    "multiline_number",
    "monitor_calls",
    "monitor_sms",
    "forwarding_number",
    "restrict_incoming_social_messaging",
    "Language",
];

#[tokio::test]
async fn every_page_is_in_spanish_and_portuguese_with_nothing_left_in_english() {
    for_each_backend(|app| async move { every_page_translated(&app).await }).await;
}

async fn every_page_translated(app: &TestApp) {
    let org = app.sign_in_super().await;
    let mut pages = seed(app, &org).await;
    pages.extend(more_pages(app, &org).await);
    pages.retain(|(_, name)| pages_wanted(name));

    let mut seen: BTreeMap<&str, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (lang, code) in [("English", "en"), ("Spanish", "es"), ("Portuguese", "pt")] {
        app.set_language(lang).await;
        let mut by_page = BTreeMap::new();
        for (path, name) in &pages {
            let response = app.get(path).await;
            let status = response.status();
            let html = response.text().await.unwrap();
            assert!(
                status.is_success(),
                "{name} ({path}) answers {status} in {lang}"
            );
            assert!(
                html.contains(&format!("<html lang=\"{code}\"")),
                "{name} says it is in {code}"
            );
            by_page.insert(name.clone(), words(&html));
        }
        for (name, probe) in form_probes(&org) {
            if !pages_wanted(&name) {
                continue;
            }
            app.get_html(&probe.page).await;
            let fields: Vec<(&str, &str)> = probe.fields.to_vec();
            let response = app.post_form(&probe.action, &fields).await;
            let status = response.status();
            let html = response.text().await.unwrap();
            assert_eq!(
                status.as_u16(),
                probe.status,
                "{name}: POST {} answers {status} in {lang}: {html}",
                probe.action
            );
            by_page.insert(name, words(&html));
        }
        seen.insert(code, by_page);
    }

    // Signed out: the browser's language.
    for (code, header) in [
        ("en", "en-US,en;q=0.9"),
        ("es", "es-ES,es;q=0.9"),
        ("pt", "pt-BR,pt;q=0.9"),
    ] {
        let (client, _) = app.new_browser();
        for path in probes::me::signed_out() {
            let name = format!("signed_out{}", path.replace('/', "_"));
            if !pages_wanted(&name) {
                continue;
            }
            let response = client
                .get(app.url(path))
                .header("Accept-Language", header)
                .send()
                .await
                .unwrap();
            let html = response.text().await.unwrap();
            assert!(
                html.contains(&format!("<html lang=\"{code}\"")),
                "{path} follows Accept-Language {header}"
            );
            seen.get_mut(code).unwrap().insert(name, words(&html));
        }
    }

    let english = seen.get("en").unwrap().clone();
    let mut untranslated = Vec::new();
    for code in ["es", "pt"] {
        for (name, their_words) in seen.get(code).unwrap() {
            let en: BTreeSet<&String> = english.get(name).into_iter().flatten().collect();
            for text in their_words {
                if en.contains(text) && !is_data(text) && !same_in(code, text) {
                    untranslated.push(format!("{code} {name}: {:?}", shape(text)));
                }
            }
        }
    }
    untranslated.sort();
    untranslated.dedup();
    assert!(
        untranslated.is_empty(),
        "{} pieces of text are the same as in English:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
}

/// `LANG_TEST_ONLY=accounts,=me`: pages whose name contains `accounts`, or
/// is exactly `me`.
fn pages_wanted(name: &str) -> bool {
    std::env::var("LANG_TEST_ONLY").map_or(true, |only| {
        only.split(',').any(|want| match want.strip_prefix('=') {
            Some(exact) => name == exact,
            None => name.contains(want),
        })
    })
}

/// Pages the 390 px list does not have (confirmations, records), from each
/// area's file in `language_probes`.
async fn more_pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    pages.extend(probes::admins::pages(app, org).await);
    pages.extend(probes::accounts::pages(app, org).await);
    pages.extend(probes::reports::pages(app, org).await);
    pages.extend(probes::setup::pages(app, org).await);
    pages.extend(probes::me::pages(app, org).await);
    pages
}

/// A form sent with bad input: the page that comes back, with its messages.
pub struct Probe {
    /// A page to GET first (for the form's CSRF token).
    pub page: String,
    pub action: String,
    pub fields: &'static [(&'static str, &'static str)],
    /// The status the answer must have (422 for a form with errors).
    pub status: u16,
}

impl Probe {
    /// GET `base/page`, then POST `fields` to `base/action`.
    pub fn at(
        base: &str,
        page: &str,
        action: &str,
        fields: &'static [(&'static str, &'static str)],
        status: u16,
    ) -> Probe {
        Probe {
            page: format!("{base}/{page}"),
            action: format!("{base}/{action}"),
            fields,
            status,
        }
    }
}

fn form_probes(org: &str) -> Vec<(String, Probe)> {
    let base = format!("/orgs/{org}");
    let mut all = Vec::new();
    all.extend(probes::admins::probes(&base));
    all.extend(probes::accounts::probes(&base));
    all.extend(probes::reports::probes(&base));
    all.extend(probes::setup::probes(&base));
    all.extend(probes::me::probes(&base));
    all
}

/// Whether `text` is only data: seeded names, addresses, phone numbers,
/// numbers, dates and times, time zones, ids.
fn is_data(text: &str) -> bool {
    if is_time_zone(text) || IMPORT_COLUMNS.contains(&text) || TYPED_CELLS.contains(&text) {
        return true;
    }
    if text.contains("; ") && text.split("; ").all(|c| IMPORT_COLUMNS.contains(&c)) {
        return true;
    }
    without_seeded(text)
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|token| !token.is_empty())
        .all(|token| {
            !token.chars().any(char::is_alphabetic)
                || token.contains('@')
                || token.contains('/')
                || token.starts_with("Person")
                || token.ends_with(".csv")
                || token.starts_with("sb-")
                || token.starts_with("ref-")
                || (token.starts_with('{') && token.ends_with('}'))
                || is_date(token)
                || token == "AM"
                || token == "PM"
        })
}

/// `text` with what the seed typed taken out, longest first.
fn without_seeded(text: &str) -> String {
    let mut rest = text.to_owned();
    let mut seeded = SEEDED.to_vec();
    seeded.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in seeded {
        rest = rest.replace(s, " ");
    }
    rest
}

/// "America/Argentina/Buenos Aires": a time zone's name (IANA's, not ours).
fn is_time_zone(text: &str) -> bool {
    text.split_once('/').is_some_and(|(area, _)| {
        !area.is_empty()
            && !area.contains(' ')
            && area.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// The text with its data replaced by "…", so one untranslated label on
/// thirty rows is reported once.
fn shape(text: &str) -> String {
    text.split(' ')
        .map(|token| if is_data(token) { "…" } else { token })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "24-NOV-2026": a date as the pages write it, in any language.
fn is_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    parts.len() == 3
        && parts[0].chars().all(|c| c.is_ascii_digit())
        && parts[1].chars().all(|c| c.is_ascii_uppercase())
        && parts[2].chars().all(|c| c.is_ascii_digit())
}

fn same_in(code: &str, text: &str) -> bool {
    let text = without_seeded(text);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || ",.:;()*".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let theirs = SAME_IN
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[][..], |(_, w)| *w);
    words
        .iter()
        .all(|w| SAME_IN_ALL.contains(w) || theirs.contains(w) || is_data(w))
}

#[test]
fn data_and_words_the_same_in_a_language_are_not_untranslated() {
    assert!(is_data("Maximiliana 24-NOV-2026 05:31 PM +14155550101"));
    assert!(!is_data("Sent to ann@example.com"));
    assert!(same_in("es", "No"));
    assert!(!same_in("pt", "Yes"));
    assert!(same_in("pt", "Test Admin · Switchboard"));
}
