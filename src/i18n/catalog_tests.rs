//! The catalogues agree with each other and with the code: every file parses,
//! each language has the same files and the same message ids, no id is
//! defined twice, and every id the templates and code use exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;

use super::Language;
use super::catalog::{files, has, ids};
use crate::msg;

#[test]
fn every_catalogue_parses() {
    for (code, name, source) in files() {
        if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
            panic!("locales/{code}/{name}.ftl does not parse: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_the_same_files_and_message_ids() {
    let mut by_lang: BTreeMap<&str, BTreeMap<&str, Vec<String>>> = BTreeMap::new();
    for (code, name, source) in files() {
        by_lang.entry(code).or_default().insert(name, ids(source));
    }
    let english = by_lang.get("en").cloned().unwrap_or_default();
    assert!(!english.is_empty(), "there is an English catalogue");
    for lang in Language::ALL {
        let theirs = by_lang.get(lang.code()).cloned().unwrap_or_default();
        let mut problems = Vec::new();
        for (file, en_ids) in &english {
            let Some(their_ids) = theirs.get(file) else {
                problems.push(format!("locales/{}/{file}.ftl is missing", lang.code()));
                continue;
            };
            let en: BTreeSet<_> = en_ids.iter().collect();
            let other: BTreeSet<_> = their_ids.iter().collect();
            for id in en.difference(&other) {
                problems.push(format!("{}/{file}.ftl lacks {id}", lang.code()));
            }
            for id in other.difference(&en) {
                problems.push(format!(
                    "{}/{file}.ftl has {id}, English does not",
                    lang.code()
                ));
            }
        }
        for file in theirs.keys() {
            if !english.contains_key(file) {
                problems.push(format!("{}/{file}.ftl has no English file", lang.code()));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn no_message_id_is_defined_twice() {
    let mut seen: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut twice = Vec::new();
    for (code, name, source) in files() {
        for id in ids(source) {
            if let Some(first) = seen.insert(((*code).to_owned(), id.clone()), (*name).to_owned()) {
                twice.push(format!("{code}: {id} in {first}.ftl and {name}.ftl"));
            }
        }
    }
    assert!(twice.is_empty(), "{}", twice.join("\n"));
}

/// Ids named in a source text: `"id"|t…` in templates, `msg!("id"`,
/// `Msg::new("id"` and `i18n::t("id"` in Rust.
fn used_ids(text: &str, out: &mut BTreeSet<String>) {
    let markers: [(&str, &str); 5] = [
        ("\"", "\"|t"),
        ("msg!(\"", "\""),
        ("Msg::new(\"", "\""),
        ("i18n::t(\"", "\""),
        ("'", "'|t"),
    ];
    for (open, close) in markers {
        let mut rest = text;
        while let Some(start) = rest.find(close) {
            let before = &rest[..start];
            if let Some(open_at) = before.rfind(open) {
                let candidate = &before[open_at + open.len()..];
                let looks_like_id = !candidate.is_empty()
                    && candidate
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if looks_like_id {
                    out.insert(candidate.to_owned());
                }
            }
            rest = &rest[start + close.len()..];
        }
    }
}

fn walk(dir: &Path, ext: &[&str], out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, ext, out);
        } else if path
            .extension()
            .is_some_and(|e| ext.iter().any(|x| e == *x))
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            {
                // Comments name ids as examples.
                let code: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                used_ids(&code, out);
            }
        }
    }
}

#[test]
fn every_message_id_used_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    walk(
        &root.join("templates"),
        &["html", "txt", "subject"],
        &mut used,
    );
    walk(&root.join("src"), &["rs"], &mut used);
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !has(Language::English, id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used but not in locales/en: {missing:?}"
    );
}

#[test]
fn messages_take_arguments_and_fall_back_to_english() {
    let unknown: &'static str = "not-in-any-catalogue";
    // Not a catalogue id: shown as the id, which the test above forbids in use.
    assert_eq!(super::Msg::new(unknown).to_string(), unknown);
    let m = msg!("pager-summary", page = 2, pages = 10_000);
    assert_eq!(m.to_string(), "Page 2 of 10,000");
    assert_eq!(m.in_language(Language::Spanish), "Página 2 de 10.000");
    assert_eq!(m.in_language(Language::Portuguese), "Página 2 de 10.000");
    assert_eq!(super::Msg::from("plain").to_string(), "plain");
}

/// A message kept as text and `{ $name }`s fills in exactly as Fluent
/// formats it, in every language, with text and with numbers (grouped).
#[test]
fn kept_pieces_fill_in_as_fluent_formats_them() {
    use super::Arg;
    use super::catalog::{format, format_by_fluent, with_pieces};
    let mut checked = 0;
    for lang in Language::ALL {
        for (id, names) in with_pieces(lang) {
            for value in [
                |name: &str| Arg::Text(format!("<{name} & co>")),
                |_: &str| Arg::Number(1_234_567),
            ] {
                let args: Vec<(&str, Arg)> = names.iter().map(|n| (*n, value(n))).collect();
                assert_eq!(
                    format(lang, id, &args),
                    format_by_fluent(lang, id, &args).unwrap_or_default(),
                    "{id} in {}",
                    lang.code()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} messages are kept as pieces");
}
