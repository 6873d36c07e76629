//! The portal's languages: English, Spanish and Portuguese (seed 000).
//!
//! Every word a page, message or CSV header shows comes from a Fluent
//! catalogue, `locales/<code>/<area>.ftl` (one set of files per language,
//! the same message ids in each; `catalog`). Code names a message by id:
//! templates with the `t` filter (`{{ "nav-accounts"|t }}`, arguments as
//! name/value pairs: `{{ "saved-name"|t("name", admin.name) }}`), Rust with
//! `msg!` (a `Msg` that is translated when it is shown, so a validation
//! error or a flash can be made in the domain and shown in the reader's
//! language) or `t()`.
//!
//! The language of a request is the signed-in administrator's (My Profile),
//! else the browser's `Accept-Language`, else English. It is set for the
//! whole request by `scope` (a middleware) and refined by the sign-in guard;
//! `current()` reads it. Outside a request (jobs, logs, tests) it is English
//! unless `with` says otherwise, as the worker does for a recipient's email.

mod catalog;
pub mod filters;
mod msg;

use std::cell::Cell;
use std::future::Future;

pub use msg::{Arg, Msg};

/// The languages an administrator can choose (seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Spanish,
    Portuguese,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Spanish, Language::Portuguese];

    /// From the stored name ("English", "Spanish", "Portuguese") or a code;
    /// anything else is English, rather than no page or no email.
    pub fn from_name(name: &str) -> Self {
        match name.trim().to_ascii_lowercase().as_str() {
            "spanish" | "español" | "es" => Language::Spanish,
            "portuguese" | "português" | "pt" => Language::Portuguese,
            _ => Language::English,
        }
    }

    /// The BCP 47 code, as the catalogues and `<html lang>` use it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::Portuguese => "pt",
        }
    }

    fn index(self) -> usize {
        match self {
            Language::English => 0,
            Language::Spanish => 1,
            Language::Portuguese => 2,
        }
    }

    /// The best of ours for an `Accept-Language` header: the first range (by
    /// weight, then order) whose primary tag we have; English otherwise.
    pub fn from_accept_language(header: &str) -> Self {
        let mut best: Option<(f32, Language)> = None;
        for range in header.split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or_default();
            let lang = match primary.to_ascii_lowercase().as_str() {
                "en" => Language::English,
                "es" => Language::Spanish,
                "pt" => Language::Portuguese,
                _ => continue,
            };
            if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }
}

tokio::task_local! {
    static CURRENT: Cell<Language>;
}

/// The language of the request (or of `with`) being served.
pub fn current() -> Language {
    CURRENT.try_with(Cell::get).unwrap_or_default()
}

/// Runs a request in `lang` (from `Accept-Language`); the sign-in guard may
/// switch it to the administrator's own with `set_current`.
pub fn scope<F: Future>(lang: Language, f: F) -> impl Future<Output = F::Output> {
    CURRENT.scope(Cell::new(lang), f)
}

/// The rest of this request is in `lang` (the signed-in administrator's).
pub fn set_current(lang: Language) {
    let _ = CURRENT.try_with(|c| c.set(lang));
}

/// Runs `f` (synchronous: rendering an email, a CSV) in `lang`.
pub fn with<R>(lang: Language, f: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(Cell::new(lang), f)
}

/// The message `id` in the current language, without arguments.
pub fn t(id: &str) -> String {
    catalog::format::<&str>(current(), id, &[])
}

/// `t`, borrowing the kept text where there is one (a message without
/// arguments in the current language) instead of copying it.
pub fn text(id: &str) -> std::borrow::Cow<'static, str> {
    match catalog::plain(current(), id) {
        Some(text) => std::borrow::Cow::Borrowed(text),
        None => std::borrow::Cow::Owned(t(id)),
    }
}

/// The message `id` in `lang`.
pub fn t_in(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    catalog::format(lang, id, args)
}

/// A whole number as the current language writes it: "12,345" in English,
/// "12.345" in Spanish and Portuguese (four digits stay together).
pub fn number(n: i64) -> String {
    number_in(current(), n)
}

fn number_in(lang: Language, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    if digits.len() <= 4 {
        return n.to_string();
    }
    let sep = match lang {
        Language::English => ',',
        Language::Spanish | Language::Portuguese => '.',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Month abbreviations for dates ("21-NOV-2019"), January first.
fn months(lang: Language) -> [&'static str; 12] {
    match lang {
        Language::English => [
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
        ],
        Language::Spanish => [
            "ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC",
        ],
        Language::Portuguese => [
            "JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ",
        ],
    }
}

/// A date and time as pages show it: "21-NOV-2019 12:31 PM" in English (seed
/// 000), "21-NOV-2019 12:31" with the language's month in the others.
pub fn date_time(t: &impl chrono::Datelike, time: &impl chrono::Timelike) -> String {
    let lang = current();
    let month = months(lang)[t.month0() as usize];
    // Written piece by piece: a list shows one or two a row.
    let two = |out: &mut String, n: u32| {
        out.push(char::from(b'0' + u8::try_from(n / 10 % 10).unwrap_or(0)));
        out.push(char::from(b'0' + u8::try_from(n % 10).unwrap_or(0)));
    };
    let mut out = String::with_capacity(24);
    two(&mut out, t.day());
    out.push('-');
    out.push_str(month);
    out.push('-');
    out.push_str(&t.year().to_string());
    out.push(' ');
    let (hour, suffix) = match lang {
        Language::English => match time.hour12() {
            (true, hour) => (hour, " PM"),
            (false, hour) => (hour, " AM"),
        },
        Language::Spanish | Language::Portuguese => (time.hour(), ""),
    };
    two(&mut out, hour);
    out.push(':');
    two(&mut out, time.minute());
    out.push_str(suffix);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_heaviest_range_we_have() {
        assert_eq!(Language::from_accept_language(""), Language::English);
        assert_eq!(
            Language::from_accept_language("pt-BR,pt;q=0.9,en;q=0.8"),
            Language::Portuguese
        );
        assert_eq!(
            Language::from_accept_language("de-DE, en;q=0.5, es;q=0.7"),
            Language::Spanish
        );
        assert_eq!(Language::from_accept_language("fr, de"), Language::English);
        assert_eq!(Language::from_accept_language("es;q=0"), Language::English);
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(number_in(Language::English, 1234), "1234");
        assert_eq!(number_in(Language::English, 100_000), "100,000");
        assert_eq!(number_in(Language::Spanish, 1_234_567), "1.234.567");
        assert_eq!(number_in(Language::Portuguese, -12_345), "-12.345");
    }

    #[test]
    fn dates_use_the_languages_months_and_clock() {
        let t = chrono::NaiveDate::from_ymd_opt(2019, 11, 21)
            .and_then(|d| d.and_hms_opt(12, 31, 0))
            .unwrap();
        assert_eq!(date_time(&t, &t), "21-NOV-2019 12:31 PM");
        let t = chrono::NaiveDate::from_ymd_opt(2019, 1, 2)
            .and_then(|d| d.and_hms_opt(17, 5, 0))
            .unwrap();
        assert_eq!(
            with(Language::Spanish, || date_time(&t, &t)),
            "02-ENE-2019 17:05"
        );
        assert_eq!(
            with(Language::Portuguese, || date_time(&t, &t)),
            "02-JAN-2019 17:05"
        );
        assert_eq!(
            with(Language::English, || date_time(&t, &t)),
            "02-JAN-2019 05:05 PM"
        );
    }

    #[test]
    fn scopes_nest_and_fall_back_to_english() {
        assert_eq!(current(), Language::English);
        with(Language::Spanish, || {
            assert_eq!(current(), Language::Spanish);
            set_current(Language::Portuguese);
            assert_eq!(current(), Language::Portuguese);
        });
        assert_eq!(current(), Language::English);
    }
}

#[cfg(test)]
mod catalog_tests;
