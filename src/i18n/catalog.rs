//! The Fluent bundles, one per language, built once from the embedded
//! `locales/<code>/*.ftl` (see build.rs). A message missing from a language
//! falls back to English, and one missing from English shows its id; both
//! are caught by the tests (same ids in every language, every id used
//! exists), never by a reader.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::{Arg, Language};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 3]> = LazyLock::new(|| Language::ALL.map(bundle));

/// Every message that Fluent need not format on each use, per language:
/// those without arguments, formatted once (a page shows dozens of such
/// labels: a list's column names on every row), and those whose value is
/// text and `{ $name }`s only, kept as their pieces (a list's per-row
/// labels), so filling them in is a copy.
static KEPT: LazyLock<[HashMap<String, Kept, Ids>; 3]> = LazyLock::new(|| Language::ALL.map(kept));

/// Message ids hashed with FxHash (rustc's own): short keys we wrote
/// ourselves, looked up hundreds of times a page, gain nothing from
/// SipHash's defence against chosen keys and spent most of a lookup on it.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Ids = BuildHasherDefault<IdHasher>;

enum Kept {
    Plain(String),
    Pieces(Vec<Piece>),
}

enum Piece {
    Text(&'static str),
    Arg(&'static str),
}

fn kept(lang: Language) -> HashMap<String, Kept, Ids> {
    let bundle: &'static Bundle = &BUNDLES[lang.index()];
    let mut kept = HashMap::default();
    for (code, _, source) in files() {
        if *code != lang.code() {
            continue;
        }
        for id in ids(source) {
            let Some(message) = bundle.get_message(&id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            // One that needs arguments is filled in on each use.
            let entry = if errors.is_empty() {
                Kept::Plain(text.into_owned())
            } else if let Some(pieces) = pieces(pattern) {
                Kept::Pieces(pieces)
            } else {
                continue;
            };
            kept.insert(id, entry);
        }
    }
    kept
}

/// A pattern of text and `{ $name }`s only; `None` for anything Fluent
/// must work out (a plural, a term, a function).
fn pieces(pattern: &'static Pattern<&'static str>) -> Option<Vec<Piece>> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Some(Piece::Text(value)),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(Piece::Arg(id.name)),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// `pieces` with `args` filled in as Fluent would (text as it is, whole
/// numbers as the language groups them); `None` when an argument is
/// missing or a number Fluent would write otherwise.
fn fill<K: AsRef<str>>(lang: Language, pieces: &[Piece], args: &[(K, Arg)]) -> Option<String> {
    // Room for the text and a few arguments' worth, made once.
    let text: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(text) => text.len(),
            Piece::Arg(_) => 24,
        })
        .sum();
    let mut out = String::with_capacity(text);
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Arg(name) => match args.iter().find(|(n, _)| n.as_ref() == *name)? {
                (_, Arg::Text(text)) => out.push_str(text),
                (_, Arg::Number(n)) if n.unsigned_abs() < 1_000_000_000_000_000 => {
                    out.push_str(&super::number_in(lang, *n));
                }
                (_, Arg::Number(_)) => return None,
            },
        }
    }
    Some(out)
}

/// Message `id` in `lang` when it takes no arguments: kept, not copied.
pub fn plain(lang: Language, id: &str) -> Option<&'static str> {
    match KEPT[lang.index()].get(id)? {
        Kept::Plain(text) => Some(text),
        Kept::Pieces(_) => None,
    }
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
    format_in(lang, id, args)
        .or_else(|| format_in(Language::English, id, args))
        .unwrap_or_else(|| id.to_owned())
}

fn format_in<K: AsRef<str>>(lang: Language, id: &str, args: &[(K, Arg)]) -> Option<String> {
    match KEPT[lang.index()].get(id) {
        Some(Kept::Plain(text)) => return Some(text.clone()),
        Some(Kept::Pieces(pieces)) => {
            if let Some(text) = fill(lang, pieces, args) {
                return Some(text);
            }
        }
        None => {}
    }
    try_format(lang, id, fluent_args(args).as_ref())
}

/// `args` as Fluent takes them (`None` for none), borrowed, not copied.
fn fluent_args<K: AsRef<str>>(args: &[(K, Arg)]) -> Option<FluentArgs<'_>> {
    (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let v: FluentValue = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
            };
            a.set(name.as_ref(), v);
        }
        a
    })
}

/// `id` in `lang` with `args`, always through Fluent (for the test that
/// the kept pieces fill in as Fluent does).
#[cfg(test)]
pub fn format_by_fluent(lang: Language, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    try_format(lang, id, fluent_args(args).as_ref())
}

/// Every message kept as pieces, with the names of its arguments.
#[cfg(test)]
pub fn with_pieces(lang: Language) -> Vec<(&'static String, Vec<&'static str>)> {
    KEPT[lang.index()]
        .iter()
        .filter_map(|(id, kept)| match kept {
            Kept::Pieces(pieces) => Some((
                id,
                pieces
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Arg(name) => Some(*name),
                        Piece::Text(_) => None,
                    })
                    .collect(),
            )),
            Kept::Plain(_) => None,
        })
        .collect()
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
