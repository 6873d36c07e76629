//! Validated values. Form input becomes one of these through `parse`, so an
//! invalid email or name cannot travel past the form handler. The error
//! strings are shown to the user next to the field, in the language of the
//! request that parses them (`locales/*/values.ftl`).

use std::fmt;

use crate::msg;

/// An email address, trimmed and lower-cased. CR/LF and other control
/// characters are refused, so it can never inject a mail header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, String> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err(msg!("values-email-empty").to_string());
        }
        if s.len() > 254 {
            return Err(msg!("values-email-too-long").to_string());
        }
        let bad_char = |c: char| c.is_control() || c.is_whitespace() || "<>()[],;:\\\"".contains(c);
        let valid = match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
                    && !s.chars().any(bad_char)
            }
            None => false,
        };
        if valid {
            Ok(Self(s))
        } else {
            Err(msg!("values-email-invalid").to_string())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a name names, for its messages ("Enter a first name.").
#[derive(Clone, Copy)]
enum NameKind {
    First,
    Last,
    Org,
}

/// Text that names something: trimmed, not empty, bounded, no control characters.
fn parse_name(input: &str, what: NameKind, max: usize) -> Result<String, String> {
    let s = input.trim();
    let (empty, long, control) = match what {
        NameKind::First => (
            msg!("values-first-name-empty"),
            msg!("values-first-name-too-long", max = max),
            msg!("values-first-name-control"),
        ),
        NameKind::Last => (
            msg!("values-last-name-empty"),
            msg!("values-last-name-too-long", max = max),
            msg!("values-last-name-control"),
        ),
        NameKind::Org => (
            msg!("values-name-empty"),
            msg!("values-name-too-long", max = max),
            msg!("values-name-control"),
        ),
    };
    if s.is_empty() {
        return Err(empty.to_string());
    }
    if s.chars().count() > max {
        return Err(long.to_string());
    }
    if s.chars().any(char::is_control) {
        return Err(control.to_string());
    }
    Ok(s.to_owned())
}

/// A person's first or last name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse_first(input: &str) -> Result<Self, String> {
        parse_name(input, NameKind::First, 100).map(Self)
    }

    pub fn parse_last(input: &str) -> Result<Self, String> {
        parse_name(input, NameKind::Last, 100).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name of an organization or sub-organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName(String);

impl OrgName {
    pub fn parse(input: &str) -> Result<Self, String> {
        parse_name(input, NameKind::Org, 100).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password as typed: 12 to 128 characters, not among the passwords
/// attackers try first, and not built from the account's own name or email
/// (ASVS 6.2). Every place a password is set parses it here.
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN: usize = 12;
    pub const MAX: usize = 128;

    /// `owner` is what the account is known by (first and last name,
    /// email): a password made of those is refused too. The message says
    /// why a password is refused.
    pub fn parse(input: &str, confirm: Option<&str>, owner: &[&str]) -> Result<Self, String> {
        let n = input.chars().count();
        if n < Self::MIN {
            return Err(msg!("values-password-too-short", min = Self::MIN).to_string());
        }
        if n > Self::MAX {
            return Err(msg!("values-password-too-long", max = Self::MAX).to_string());
        }
        if confirm.is_some_and(|c| c != input) {
            return Err(msg!("values-password-mismatch").to_string());
        }
        crate::domain::password_policy::check(input, owner)?;
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// A `LIKE … ESCAPE '\\'` pattern matching text that contains `q`
/// (lower-cased; `%`, `_` and `\\` in `q` are taken literally).
pub fn contains_pattern(q: &str) -> String {
    let escaped = q
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A phone number in E.164 form (`+15550100000`): a leading `+`, then 8
/// to 15 digits, the first not 0. Accepts what people type and what
/// spreadsheets make of it: spaces, dashes, dots and brackets are dropped,
/// `00` stands for `+`, and 11 to 15 bare digits (Excel drops the `+`) are
/// read as already including the country code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, String> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(msg!("values-phone-empty").to_string());
        }
        let mut digits = String::with_capacity(trimmed.len());
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => {}
                ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
                _ => {
                    return Err(msg!("values-phone-not-a-number", input = trimmed).to_string());
                }
            }
        }
        let explicit = trimmed.starts_with('+');
        let digits = match digits.strip_prefix("00") {
            Some(rest) if !explicit => rest.to_owned(),
            _ => digits,
        };
        if !explicit && !trimmed.starts_with("00") && digits.len() < 11 {
            return Err(msg!("values-phone-no-country-code", input = trimmed).to_string());
        }
        if digits.len() < 8 || digits.len() > 15 || digits.starts_with('0') {
            return Err(msg!("values-phone-invalid", input = trimmed).to_string());
        }
        Ok(Self(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digits after the `+`, as a number (for ranges).
    pub fn value(&self) -> u64 {
        self.0[1..].parse().unwrap_or(0)
    }

    /// The number `value` in E.164 form, if it is one.
    pub fn from_value(value: u64) -> Option<Self> {
        Self::parse(&format!("+{value}")).ok()
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Administrator languages (seed 000: English, Spanish, Portuguese).
pub const ADMIN_LANGUAGES: &[&str] = &["English", "Spanish", "Portuguese"];

pub fn parse_admin_language(input: &str) -> Result<String, String> {
    ADMIN_LANGUAGES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(input.trim()))
        .map(|l| (*l).to_owned())
        .ok_or_else(|| msg!("values-language-invalid").to_string())
}

/// "a b": two words of a row joined as lists show them (a name, an
/// org's "display id name"), without the formatting machinery of
/// `format!` (dozens of them on every list page).
pub fn spaced(a: &str, b: &str) -> String {
    let mut out = String::with_capacity(a.len() + 1 + b.len());
    out.push_str(a);
    out.push(' ');
    out.push_str(b);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse("  Ann@Example.COM ").map(|e| e.0),
            Ok("ann@example.com".into())
        );
        for bad in [
            "",
            "ann",
            "ann@",
            "@x.com",
            "a@b",
            "a b@c.com",
            "a@b.com\r\nBcc: x@y.com",
            "a@@b.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn names_refuse_line_breaks() {
        assert!(PersonName::parse_first("Ann\nBcc").is_err());
        assert!(PersonName::parse_first("   ").is_err());
        assert_eq!(OrgName::parse(" Sales ").map(|n| n.0), Ok("Sales".into()));
    }

    #[test]
    fn phone_numbers_are_normalised_to_e164() {
        for (input, want) in [
            ("+1 (555) 010-0000", "+15550100000"),
            ("+15550100000", "+15550100000"),
            ("0044 20 7946 0000", "+442079460000"),
            ("15550100000", "+15550100000"),
            (" +34.612.345.678 ", "+34612345678"),
        ] {
            assert_eq!(
                PhoneNumber::parse(input).map(|n| n.0),
                Ok(want.into()),
                "{input}"
            );
        }
        for bad in [
            "",
            "555-0100",
            "+1 555 abc",
            "+0123456789",
            "+1234567",
            "+1234567890123456",
            "1+5550100000",
        ] {
            assert!(
                PhoneNumber::parse(bad).is_err(),
                "{bad:?} should be refused"
            );
        }
        let n = PhoneNumber::parse("+15550100999").map(|n| n.value());
        assert_eq!(n, Ok(15550100999));
        assert_eq!(
            PhoneNumber::from_value(15550101000).map(|n| n.0),
            Some("+15550101000".into())
        );
    }

    #[test]
    fn passwords() {
        let owner = ["Ann", "Lee", "ann@example.com"];
        assert!(NewPassword::parse("short", None, &owner).is_err());
        assert!(NewPassword::parse("gentle otter kayak", Some("different"), &owner).is_err());
        assert!(
            NewPassword::parse("gentle otter kayak", Some("gentle otter kayak"), &owner).is_ok()
        );
    }
}
