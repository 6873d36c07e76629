//! The Fluent bundles, one per language, built once from the embedded
//! `locales/<code>/*.ftl` (see build.rs). A message missing from a language
//! falls back to English, and one missing from English shows its id; both
//! are caught by the tests (same ids in every language, every id used
//! exists), never by a reader.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Language};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 3]> = LazyLock::new(|| Language::ALL.map(bundle));

/// Every message that takes no arguments, formatted once per language: a
/// page shows dozens of such labels (a list's column names on every row),
/// and Fluent would format each again.
static PLAIN: LazyLock<[HashMap<String, String>; 3]> = LazyLock::new(|| Language::ALL.map(plain));

fn plain(lang: Language) -> HashMap<String, String> {
    let mut formatted = HashMap::new();
    for (code, _, source) in files() {
        if *code != lang.code() {
            continue;
        }
        for id in ids(source) {
            let bundle = &BUNDLES[lang.index()];
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            // One that needs arguments is formatted on each use.
            if errors.is_empty() {
                let text = text.into_owned();
                formatted.insert(id, text);
            }
        }
    }
    formatted
}

/// The catalogue files: (language code, file stem, source).
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    files::FILES
}

fn bundle(lang: Language) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text: the isolation marks Fluent puts around arguments for
    // mixed-direction text would show as stray characters in inputs and CSV.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Language::English => format_en,
        Language::Spanish => format_es,
        Language::Portuguese => format_pt,
    }));
    for (code, name, source) in files() {
        if *code != lang.code() {
            continue;
        }
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                tracing::error!("locales/{code}/{name}.ftl: {errors:?}");
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!("locales/{code}/{name}.ftl: {errors:?}");
        }
    }
    bundle
}

fn format_number(lang: Language, v: &FluentValue) -> Option<String> {
    match v {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(super::number_in(lang, n.value as i64))
        }
        _ => None,
    }
}

fn format_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    format_number(Language::English, v)
}

fn format_es<M>(v: &FluentValue, _: &M) -> Option<String> {
    format_number(Language::Spanish, v)
}

fn format_pt<M>(v: &FluentValue, _: &M) -> Option<String> {
    format_number(Language::Portuguese, v)
}

fn try_format(lang: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &BUNDLES[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!("message {id} ({}): {errors:?}", lang.code());
    }
    Some(text.into_owned())
}

/// Message `id` in `lang` with `args`; English when `lang` lacks it, the id
/// itself when English does too.
/// Arguments are borrowed as they are kept (`Msg`'s, a filter's), not copied.
pub fn format<K: AsRef<str>>(lang: Language, id: &str, args: &[(K, Arg)]) -> String {
    if let Some(text) = args
        .is_empty()
        .then(|| PLAIN[lang.index()].get(id))
        .flatten()
    {
        return text.clone();
    }
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let v: FluentValue = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
            };
            a.set(name.as_ref(), v);
        }
        a
    });
    try_format(lang, id, fluent_args.as_ref())
        .or_else(|| try_format(Language::English, id, fluent_args.as_ref()))
        .unwrap_or_else(|| id.to_owned())
}

/// Whether English has message `id` (for the test that every id used exists).
#[cfg(test)]
pub fn has(lang: Language, id: &str) -> bool {
    BUNDLES[lang.index()].has_message(id)
}

/// Every message id of one catalogue file, in order.
pub fn ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}
