//! Filling in a template, and checking one before it is saved. A
//! placeholder is `{` + letters, digits or `_` + `}`; anything else is text.
//! Substitution is the only thing that happens: no loops, no conditions, no
//! code of any kind, so a template cannot do more than say its words.

use crate::error::FieldErrors;
use crate::i18n::Msg;
use crate::mail::{Composed, Piece};
use crate::msg;

use super::{Channel, Text, VARIABLES};

/// The longest subject, email body and SMS body a template may have.
pub const MAX_SUBJECT: usize = 200;
pub const MAX_EMAIL_BODY: usize = 10_000;
pub const MAX_SMS_BODY: usize = 1_000;
/// Characters of one SMS with the GSM alphabet; longer ones are sent (and
/// billed) as several.
pub const SMS_SEGMENT: usize = 160;

/// What the placeholders stand for in one message.
#[derive(Debug, Clone)]
pub struct Values<'a> {
    pub first_name: &'a str,
    pub number: &'a str,
    pub link: &'a str,
    pub org_name: &'a str,
}

impl Values<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        match name {
            "first_name" => Some(self.first_name),
            "number" => Some(self.number),
            "link" => Some(self.link),
            "org_name" => Some(self.org_name),
            _ => None,
        }
    }
}

enum Token<'a> {
    Text(&'a str),
    /// The name between the braces.
    Placeholder(&'a str),
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            if open > 0 {
                out.push(Token::Text(&rest[..open]));
            }
            out.push(Token::Placeholder(&after[..name_len]));
            rest = &after[name_len + 1..];
        } else {
            out.push(Token::Text(&rest[..=open]));
            rest = after;
        }
    }
    if !rest.is_empty() {
        out.push(Token::Text(rest));
    }
    out
}

fn is_known(name: &str) -> bool {
    VARIABLES.iter().any(|(v, _)| *v == name)
}

/// The placeholders in `s` that are not ours, each once, as written.
pub fn unknown_placeholders(s: &str) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for token in tokens(s) {
        if let Token::Placeholder(name) = token
            && !is_known(name)
        {
            let written = format!("{{{name}}}");
            if !unknown.contains(&written) {
                unknown.push(written);
            }
        }
    }
    unknown
}

fn contains_placeholder(s: &str, wanted: &str) -> bool {
    tokens(s)
        .iter()
        .any(|t| matches!(t, Token::Placeholder(name) if *name == wanted))
}

/// Line breaks as `\n`, no other control characters but tabs, no
/// whitespace at either end.
fn clean(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_owned()
}

fn known_list() -> String {
    VARIABLES
        .iter()
        .map(|(v, _)| format!("{{{v}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn unknown_message(unknown: &[String]) -> Msg {
    msg!(
        "setup-inv-unknown",
        count = unknown.len(),
        list = unknown.join(", "),
        known = known_list()
    )
}

/// The template as submitted, cleaned, or the messages to show next to the
/// `subject` and `body` fields.
pub fn check(channel: Channel, subject: &str, body: &str) -> Result<Text, FieldErrors> {
    let mut errors = FieldErrors::new();
    let body = clean(body);
    let max_body = match channel {
        Channel::Email => MAX_EMAIL_BODY,
        Channel::Sms => MAX_SMS_BODY,
    };
    let unknown = unknown_placeholders(&body);
    if body.is_empty() {
        errors.add("body", msg!("setup-inv-write-message"));
    } else if !unknown.is_empty() {
        errors.add("body", unknown_message(&unknown));
    } else if !contains_placeholder(&body, "link") {
        errors.add("body", msg!("setup-inv-needs-link"));
    } else if body.chars().count() > max_body {
        errors.add(
            "body",
            msg!("setup-inv-body-too-long", max = max_body.to_string()),
        );
    }
    let subject = match channel {
        Channel::Sms => String::new(),
        Channel::Email => {
            let subject = crate::mail::templates::one_line(subject);
            let unknown = unknown_placeholders(&subject);
            if subject.is_empty() {
                errors.add("subject", msg!("setup-inv-write-subject"));
            } else if !unknown.is_empty() {
                errors.add("subject", unknown_message(&unknown));
            } else if contains_placeholder(&subject, "link") {
                // Subjects are kept after sending, as a record; links are not.
                errors.add("subject", msg!("setup-inv-link-in-subject"));
            } else if subject.chars().count() > MAX_SUBJECT {
                errors.add(
                    "subject",
                    msg!("setup-inv-subject-too-long", max = MAX_SUBJECT),
                );
            }
            subject
        }
    };
    if errors.is_empty() {
        Ok(Text { subject, body })
    } else {
        Err(errors)
    }
}

/// `s` with each placeholder replaced by its value (unknown ones are left
/// as written).
pub fn fill(s: &str, values: &Values) -> String {
    tokens(s)
        .into_iter()
        .map(|t| match t {
            Token::Text(text) => text.to_owned(),
            Token::Placeholder(name) => values
                .get(name)
                .map_or_else(|| format!("{{{name}}}"), str::to_owned),
        })
        .collect()
}

/// One line of a body as pieces: text, and the link apart so the HTML email
/// can make it clickable.
fn line_pieces(line: &str, values: &Values) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let push_text = |pieces: &mut Vec<Piece>, text: &str| {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text(last)) = pieces.last_mut() {
            last.push_str(text);
        } else {
            pieces.push(Piece::Text(text.to_owned()));
        }
    };
    for token in tokens(line) {
        match token {
            Token::Text(text) => push_text(&mut pieces, text),
            Token::Placeholder("link") => pieces.push(Piece::Link(values.link.to_owned())),
            Token::Placeholder(name) => match values.get(name) {
                Some(value) => push_text(&mut pieces, value),
                None => push_text(&mut pieces, &format!("{{{name}}}")),
            },
        }
    }
    pieces
}

/// The filled-in message: subject, and the body as paragraphs (separated by
/// blank lines) of lines.
pub fn compose(text: &Text, values: &Values) -> Composed {
    let body = clean(&text.body);
    let mut paragraphs: Vec<Vec<Vec<Piece>>> = Vec::new();
    let mut current: Vec<Vec<Piece>> = Vec::new();
    for line in body.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push(line_pieces(line.trim_end(), values));
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    Composed {
        subject: fill(&text.subject, values),
        paragraphs,
    }
}

/// How many SMS a text of this length is sent as (GSM alphabet; 153
/// characters per part once it is split).
pub fn sms_parts(chars: usize) -> usize {
    if chars <= SMS_SEGMENT {
        1
    } else {
        chars.div_ceil(153)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values<'static> {
        Values {
            first_name: "<b>Ann</b>",
            number: "+15550100000",
            link: "http://portal.test/activate/abc",
            org_name: "R&D",
        }
    }

    #[test]
    fn placeholders_are_filled_and_other_braces_stay_text() {
        assert_eq!(
            fill("Hi {first_name} {x} { not } {} {{number}}", &values()),
            "Hi <b>Ann</b> {x} { not } {} {+15550100000}"
        );
        assert_eq!(fill("{link}", &values()), "http://portal.test/activate/abc");
    }

    #[test]
    fn unknown_placeholders_are_named_once() {
        assert_eq!(
            unknown_placeholders("{First_Name} {link} {pin} {pin} {x y}"),
            ["{First_Name}", "{pin}"]
        );
        let e = check(Channel::Email, "Hi {surname}", "{link} {pin}").unwrap_err();
        assert_eq!(
            e.text("body").as_deref(),
            Some(
                "Unknown placeholder: {pin}. Use only {first_name}, {number}, {link}, {org_name}, or remove it."
            )
        );
        assert!(e.text("subject").unwrap().contains("{surname}"));
    }

    #[test]
    fn the_body_needs_the_link_and_the_subject_may_not_have_it() {
        let e = check(Channel::Sms, "", "Hello {first_name}").unwrap_err();
        assert!(e.text("body").unwrap().contains("must contain {link}"));
        let e = check(Channel::Email, "Go {link}", "{link}").unwrap_err();
        assert!(e.text("subject").unwrap().contains("not in the subject"));
        let ok = check(
            Channel::Email,
            " Hi\r\n{first_name} ",
            "Hi\r\n\r\n{link}\r\n",
        )
        .unwrap();
        assert_eq!(ok.subject, "Hi {first_name}");
        assert_eq!(ok.body, "Hi\n\n{link}");
        assert_eq!(
            check(Channel::Sms, "ignored", "{link}").unwrap().subject,
            ""
        );
        let long = format!("{{link}} {}", "x".repeat(MAX_SMS_BODY));
        assert!(check(Channel::Sms, "", &long).is_err());
    }

    #[test]
    fn compose_makes_paragraphs_and_keeps_the_link_apart() {
        let text = Text {
            subject: "For {first_name}".into(),
            body: "Hello {first_name},\n\n\nActivate:\n{link} now".into(),
        };
        let c = compose(&text, &values());
        assert_eq!(c.subject, "For <b>Ann</b>");
        assert_eq!(
            c.paragraphs,
            vec![
                vec![vec![Piece::Text("Hello <b>Ann</b>,".into())]],
                vec![
                    vec![Piece::Text("Activate:".into())],
                    vec![
                        Piece::Link("http://portal.test/activate/abc".into()),
                        Piece::Text(" now".into())
                    ],
                ],
            ]
        );
        assert_eq!(
            c.text(),
            "Hello <b>Ann</b>,\n\nActivate:\nhttp://portal.test/activate/abc now"
        );
    }

    #[test]
    fn built_in_texts_pass_their_own_checks() {
        for channel in Channel::ALL {
            for language in crate::domain::accounts::LANGUAGES {
                let t = super::super::builtin(channel, language);
                assert!(
                    check(channel, &t.subject, &t.body).is_ok(),
                    "{channel:?} {language}"
                );
            }
        }
    }

    #[test]
    fn sms_parts_count() {
        assert_eq!(sms_parts(0), 1);
        assert_eq!(sms_parts(160), 1);
        assert_eq!(sms_parts(161), 2);
        assert_eq!(sms_parts(306), 2);
        assert_eq!(sms_parts(307), 3);
    }
}
