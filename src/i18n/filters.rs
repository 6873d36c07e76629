//! The template side of the catalogues. A module whose templates show words
//! brings these in with `use crate::i18n::filters;`, then:
//!
//! - `{{ "accounts-title"|t }}`: a message;
//! - `{{ "saved-name"|t1("name", admin.name) }}`, `t2`, `t3`: with one to
//!   three arguments (numbers select plurals: `{ $count -> [one] … }`);
//! - `{{ total|num }}`: a number as the language groups it;
//! - `{{ ""|lang }}`: the language code, for `<html lang>`.

use std::borrow::Cow;

use super::{Arg, catalog, current};

fn format<K: AsRef<str>>(id: impl AsRef<str>, args: &[(K, Arg)]) -> String {
    catalog::format(current(), id.as_ref(), args)
}

/// A message without arguments is the kept text itself, not a copy.
#[askama::filter_fn]
pub fn t<I: AsRef<str>>(id: I, _env: &dyn askama::Values) -> askama::Result<Cow<'static, str>> {
    Ok(super::text(id.as_ref()))
}

#[askama::filter_fn]
pub fn t1<I: AsRef<str>, N: AsRef<str>, V: Into<Arg>>(
    id: I,
    _env: &dyn askama::Values,
    name: N,
    value: V,
) -> askama::Result<String> {
    Ok(format(id, &[(name.as_ref(), value.into())]))
}

#[askama::filter_fn]
pub fn t2<I: AsRef<str>, N1: AsRef<str>, V1: Into<Arg>, N2: AsRef<str>, V2: Into<Arg>>(
    id: I,
    _env: &dyn askama::Values,
    name1: N1,
    value1: V1,
    name2: N2,
    value2: V2,
) -> askama::Result<String> {
    Ok(format(
        id,
        &[
            (name1.as_ref(), value1.into()),
            (name2.as_ref(), value2.into()),
        ],
    ))
}

#[askama::filter_fn]
#[allow(clippy::too_many_arguments)]
pub fn t3<
    I: AsRef<str>,
    N1: AsRef<str>,
    V1: Into<Arg>,
    N2: AsRef<str>,
    V2: Into<Arg>,
    N3: AsRef<str>,
    V3: Into<Arg>,
>(
    id: I,
    _env: &dyn askama::Values,
    name1: N1,
    value1: V1,
    name2: N2,
    value2: V2,
    name3: N3,
    value3: V3,
) -> askama::Result<String> {
    Ok(format(
        id,
        &[
            (name1.as_ref(), value1.into()),
            (name2.as_ref(), value2.into()),
            (name3.as_ref(), value3.into()),
        ],
    ))
}

#[askama::filter_fn]
pub fn num<N: Into<Arg>>(n: N, _env: &dyn askama::Values) -> askama::Result<String> {
    Ok(match n.into() {
        Arg::Number(n) => super::number(n),
        Arg::Text(s) => s,
    })
}

#[askama::filter_fn]
pub fn lang<U>(_unused: U, _env: &dyn askama::Values) -> askama::Result<&'static str> {
    Ok(current().code())
}

/// `s` as templates' HTML escaper writes it, as a `String` (for text made
/// outside a template, and for `escaped`).
pub fn escape_html(s: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::with_capacity(s.len() + 8);
    // Writing into a String cannot fail.
    let _ = crate::html::Html.write_escaped_str(&mut out, s);
    out
}

/// A value HTML-escaped once, for a page that writes it on every row (a
/// column's label in `data-label`): `{% let l = "email"|t|escaped %}` before
/// the loop, `{{ l }}` inside it. Only for HTML templates.
#[askama::filter_fn]
pub fn escaped<T: std::fmt::Display>(
    value: T,
    _env: &dyn askama::Values,
) -> askama::Result<askama::filters::Safe<String>> {
    Ok(askama::filters::Safe(escape_html(&value.to_string())))
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use crate::i18n::filters;

    #[derive(Template)]
    #[template(
        source = r#"{% let l = value|escaped %}<td data-label="{{ l }}"></td><td data-label="{{ l }}"></td>"#,
        ext = "html"
    )]
    struct Twice<'a> {
        value: &'a str,
    }

    #[test]
    fn escaped_once_is_written_as_escaped_every_time() {
        let html = Twice {
            value: r#"Tom & "Jerry" <b>"#,
        }
        .render()
        .unwrap();
        let cell = r#"<td data-label="Tom &#38; &#34;Jerry&#34; &#60;b&#62;"></td>"#;
        assert_eq!(html, format!("{cell}{cell}"));
    }
}
