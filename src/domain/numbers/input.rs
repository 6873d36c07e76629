//! What an administrator types to add numbers, parsed into values: one
//! number, a range, or a pasted list, each normalised to E.164, and an
//! optional tag. Errors are keyed by the form field they belong to.

use crate::domain::values::PhoneNumber;
use crate::error::FieldErrors;

/// The most numbers one range (or one pasted list) may add.
pub const RANGE_CAP: u64 = 10_000;

/// How many numbers a message names before "and N more".
pub const NAMED: usize = 20;

/// A number's tag (e.g. `PORTED`): trimmed, 1 to 32 letters, digits, `-`
/// or `_`, so it reads well in a list and in a filter's address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tag(String);

impl Tag {
    pub const MAX: usize = 32;

    /// `None` for an empty field (no tag).
    pub fn parse(input: &str) -> Result<Option<Self>, String> {
        Self::parse_msg(input).map_err(|m| m.to_string())
    }

    /// `parse`, its message worded where it is shown.
    pub fn parse_msg(input: &str) -> Result<Option<Self>, crate::i18n::Msg> {
        let s = input.trim();
        if s.is_empty() {
            return Ok(None);
        }
        if s.chars().count() > Self::MAX {
            return Err(crate::msg!("numbers-tag-too-long", max = Self::MAX));
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(crate::msg!("numbers-tag-invalid"));
        }
        Ok(Some(Self(s.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where the numbers came from, which also says which field an error about
/// them belongs next to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    One,
    Range,
    List,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::One => "one",
            Source::Range => "range",
            Source::List => "list",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Source::One, Source::Range, Source::List]
            .into_iter()
            .find(|m| m.as_str() == s)
    }

    /// The form field under which messages about the whole set appear.
    pub fn field(self) -> &'static str {
        match self {
            Source::One => "number",
            Source::Range => "to",
            Source::List => "list",
        }
    }
}

/// Numbers to add: normalised, without repeats, in order.
#[derive(Debug, Clone)]
pub struct NewNumbers {
    pub source: Source,
    pub numbers: Vec<PhoneNumber>,
    pub tag: Option<Tag>,
}

/// The add form as typed.
#[derive(Debug, Clone, Default)]
pub struct AddForm {
    pub mode: String,
    pub number: String,
    pub from: String,
    pub to: String,
    pub list: String,
    pub tag: String,
}

impl AddForm {
    /// The numbers the form names, or the messages to show next to its fields.
    pub fn parse(&self) -> Result<NewNumbers, FieldErrors> {
        let mut errors = FieldErrors::new();
        let source = Source::parse(&self.mode).unwrap_or(Source::One);
        let tag = errors.check("tag", Tag::parse_msg(&self.tag));
        let numbers = match source {
            Source::One => errors
                .check("number", PhoneNumber::parse(&self.number))
                .map(|n| vec![n]),
            Source::Range => parse_range(&self.from, &self.to, &mut errors),
            Source::List => errors.check("list", parse_list(&self.list)),
        };
        match (numbers, tag) {
            (Some(numbers), Some(tag)) if errors.is_empty() => Ok(NewNumbers {
                source,
                numbers,
                tag,
            }),
            _ => Err(errors),
        }
    }
}

/// `+15550100000` to `+15550100999`, both included, at most [`RANGE_CAP`].
fn parse_range(from: &str, to: &str, errors: &mut FieldErrors) -> Option<Vec<PhoneNumber>> {
    let first = errors.check("from", PhoneNumber::parse(from));
    let last = errors.check("to", PhoneNumber::parse(to));
    let (first, last) = (first?, last?);
    if last.value() < first.value() {
        errors.add(
            "to",
            crate::msg!(
                "numbers-range-backwards",
                last = last.to_string(),
                first = first.to_string()
            ),
        );
        return None;
    }
    let size = last.value() - first.value() + 1;
    if size > RANGE_CAP {
        errors.add(
            "to",
            crate::msg!(
                "numbers-range-too-big",
                cap = thousands(RANGE_CAP),
                size = thousands(size)
            ),
        );
        return None;
    }
    Some(
        (first.value()..=last.value())
            .filter_map(PhoneNumber::from_value)
            .collect(),
    )
}

/// One number per line, or separated by commas or semicolons. Blank entries
/// are ignored and repeats kept once; every entry that is not a number is
/// named in the message.
fn parse_list(text: &str) -> Result<Vec<PhoneNumber>, crate::i18n::Msg> {
    let entries: Vec<&str> = text
        .split(['\n', '\r', ',', ';'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    if entries.is_empty() {
        return Err(crate::msg!("numbers-list-empty"));
    }
    let mut numbers = Vec::with_capacity(entries.len());
    let mut bad = Vec::new();
    for entry in entries {
        match PhoneNumber::parse(entry) {
            Ok(n) => numbers.push(n),
            Err(_) => bad.push(format!("'{entry}'")),
        }
    }
    if !bad.is_empty() {
        return Err(crate::msg!(
            "numbers-list-bad-entries",
            count = bad.len(),
            entries = named(&bad, NAMED)
        ));
    }
    numbers.sort();
    numbers.dedup();
    let n = u64::try_from(numbers.len()).unwrap_or(u64::MAX);
    if n > RANGE_CAP {
        return Err(crate::msg!(
            "numbers-list-too-big",
            cap = thousands(RANGE_CAP),
            size = thousands(n)
        ));
    }
    Ok(numbers)
}

/// "a, b, c and 12 more": the first `max` items, then how many are left out.
pub fn named<T: std::fmt::Display>(items: &[T], max: usize) -> String {
    let shown: Vec<String> = items.iter().take(max).map(ToString::to_string).collect();
    let rest = items.len().saturating_sub(max);
    match (shown.len(), rest) {
        (0, _) => String::new(),
        (_, 0) if shown.len() == 1 => shown[0].clone(),
        (_, 0) => {
            let (last, init) = shown.split_last().map_or(("", &[][..]), |(l, i)| (l, i));
            crate::msg!("numbers-named-and", init = init.join(", "), last = last).to_string()
        }
        (_, rest) => crate::msg!(
            "numbers-named-more",
            shown = shown.join(", "),
            rest = thousands(rest as u64)
        )
        .to_string(),
    }
}

/// 25000 → "25,000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(mode: &str) -> AddForm {
        AddForm {
            mode: mode.into(),
            ..AddForm::default()
        }
    }

    #[test]
    fn one_number_is_normalised() {
        let parsed = AddForm {
            number: "+1 (555) 010-0000".into(),
            tag: " PORTED ".into(),
            ..form("one")
        }
        .parse()
        .unwrap();
        assert_eq!(parsed.numbers[0].as_str(), "+15550100000");
        assert_eq!(parsed.tag.unwrap().as_str(), "PORTED");
    }

    #[test]
    fn ranges_are_inclusive_and_capped() {
        let parsed = AddForm {
            from: "+15550100000".into(),
            to: "+1 555 010 0999".into(),
            ..form("range")
        }
        .parse()
        .unwrap();
        assert_eq!(parsed.numbers.len(), 1000);
        assert_eq!(parsed.numbers[999].as_str(), "+15550100999");

        let errors = AddForm {
            from: "+15550100000".into(),
            to: "+15550124999".into(),
            ..form("range")
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            errors.text("to").as_deref(),
            Some("A range can hold at most 10,000 numbers; this one has 25,000.")
        );
        let errors = AddForm {
            from: "+15550100009".into(),
            to: "+15550100000".into(),
            ..form("range")
        }
        .parse()
        .unwrap_err();
        assert!(errors.text("to").unwrap().contains("ends before it starts"));
    }

    #[test]
    fn lists_split_on_lines_commas_and_semicolons_and_name_bad_entries() {
        let parsed = AddForm {
            list: "+15550100001\r\n+1 555 010 0002, +15550100003;+15550100001\n\n".into(),
            ..form("list")
        }
        .parse()
        .unwrap();
        let got: Vec<&str> = parsed.numbers.iter().map(PhoneNumber::as_str).collect();
        assert_eq!(got, ["+15550100001", "+15550100002", "+15550100003"]);
        let errors = AddForm {
            list: "+15550100001\nabc\n555-0100".into(),
            ..form("list")
        }
        .parse()
        .unwrap_err();
        let message = errors.text("list").unwrap();
        assert!(message.contains("'abc' and '555-0100'"), "{message}");
    }

    #[test]
    fn tags() {
        assert_eq!(Tag::parse("  "), Ok(None));
        assert!(Tag::parse("PORTED 2").is_err());
        assert!(Tag::parse(&"A".repeat(33)).is_err());
        assert!(Tag::parse("east-1_B").is_ok());
    }

    #[test]
    fn naming_and_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(named(&["a"], 2), "a");
        assert_eq!(named(&["a", "b", "c"], 5), "a, b and c");
        assert_eq!(named(&["a", "b", "c"], 2), "a, b and 1 more");
    }
}
