//! What an account operation takes: the Add Account / Edit form (or a CSV
//! row, or an API request) parsed into domain values. The checks against
//! the database (org in scope, User Permissions visible there, features the
//! org offers, Domain Restriction, uniqueness, the number) are the
//! operation's.

use std::fmt;

use crate::domain::accounts::{Account, UsernameKind, parse_language};
use crate::domain::features::FeatureSet;
use crate::domain::values::{Email, PersonName, PhoneNumber};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;

/// Where the invitation goes, or none: seed 001's "Email or Device #", or
/// seed 004's No Portal Access (an IP phone with a PIN).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Username {
    Email(Email),
    Device(PhoneNumber),
    NoPortalAccess,
}

impl Username {
    /// An email address (it has an `@`) or a device number with its
    /// country code.
    pub fn parse(input: &str) -> Result<Self, String> {
        Self::parse_msg(input).map_err(|m| m.to_string())
    }

    /// `parse`, its message worded where it is shown.
    pub fn parse_msg(input: &str) -> Result<Self, Msg> {
        let s = input.trim();
        if s.is_empty() {
            return Err(msg!("accounts-username-empty"));
        }
        if s.contains('@') {
            Email::parse(s).map(Username::Email).map_err(Msg::from)
        } else if s.chars().any(|c| c.is_ascii_alphabetic()) {
            Err(msg!("accounts-username-invalid"))
        } else {
            PhoneNumber::parse(s)
                .map(Username::Device)
                .map_err(Msg::from)
        }
    }

    pub fn kind(&self) -> UsernameKind {
        match self {
            Username::Email(_) => UsernameKind::Email,
            Username::Device(_) => UsernameKind::Device,
            Username::NoPortalAccess => UsernameKind::None,
        }
    }

    /// The stored form: lower-case email, E.164 number, or nothing.
    pub fn stored(&self) -> Option<&str> {
        match self {
            Username::Email(e) => Some(e.as_str()),
            Username::Device(n) => Some(n.as_str()),
            Username::NoPortalAccess => None,
        }
    }
}

/// The customer's own identifier for the account ("Account ID"), unique in
/// its org regardless of case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRef(String);

impl AccountRef {
    pub const MAX: usize = 64;

    pub fn parse(input: &str) -> Result<Self, String> {
        Self::parse_msg(input).map_err(|m| m.to_string())
    }

    /// `parse`, its message worded where it is shown.
    pub fn parse_msg(input: &str) -> Result<Self, Msg> {
        let s = input.trim();
        if s.is_empty() {
            return Err(msg!("accounts-account-id-empty"));
        }
        if s.chars().count() > Self::MAX {
            return Err(msg!("accounts-account-id-too-long", max = Self::MAX));
        }
        if s.chars().any(char::is_control) {
            return Err(msg!("accounts-account-id-control"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Seed 001's forwarding number: 4 to 18 digits with the country code.
/// Stored as typed, without spaces, dashes, dots or brackets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForwardingNumber(String);

impl ForwardingNumber {
    pub fn parse(input: &str) -> Result<Self, String> {
        Self::parse_msg(input).map_err(|m| m.to_string())
    }

    /// `parse`, its message worded where it is shown.
    pub fn parse_msg(input: &str) -> Result<Self, Msg> {
        let s = input.trim();
        let plus = s.starts_with('+');
        let mut digits = String::new();
        for c in s.chars().skip(usize::from(plus)) {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
                _ => {
                    return Err(msg!("accounts-forwarding-invalid"));
                }
            }
        }
        if !(4..=18).contains(&digits.len()) {
            return Err(msg!("accounts-forwarding-length"));
        }
        Ok(Self(if plus { format!("+{digits}") } else { digits }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The application(s) the account is for: free text, like "MultiLine".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application(String);

impl Application {
    pub fn parse(input: &str) -> Result<Self, String> {
        Self::parse_msg(input).map_err(|m| m.to_string())
    }

    /// `parse`, its message worded where it is shown.
    pub fn parse_msg(input: &str) -> Result<Self, Msg> {
        let s = input.trim();
        if s.is_empty() {
            return Err(msg!("accounts-application-empty"));
        }
        if s.chars().count() > 100 || s.chars().any(char::is_control) {
            return Err(msg!("accounts-application-too-long"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Seed 001's Assign Number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberChoice {
    /// Editing: leave the account's number as it is. (Adding: as `None`.)
    Keep,
    /// No number: the end user picks one from a short list at activation.
    /// Editing: the account's number returns to Available.
    None,
    /// This Available or Reserved number of the account's org.
    Specific(PhoneNumber),
    /// The first Available number of the org with this tag.
    NextWithTag(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonitorCalls {
    Auto,
    Off,
}

impl MonitorCalls {
    pub fn as_str(self) -> &'static str {
        match self {
            MonitorCalls::Auto => "auto",
            MonitorCalls::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Msg> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(MonitorCalls::Auto),
            "off" => Ok(MonitorCalls::Off),
            _ => Err(msg!("accounts-monitor-calls-invalid")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonitorSms {
    On,
    Off,
}

impl MonitorSms {
    pub fn as_str(self) -> &'static str {
        match self {
            MonitorSms::On => "on",
            MonitorSms::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Msg> {
        match s.trim().to_ascii_lowercase().as_str() {
            "on" => Ok(MonitorSms::On),
            "off" => Ok(MonitorSms::Off),
            _ => Err(msg!("accounts-monitor-sms-invalid")),
        }
    }
}

/// One account as an operation takes it.
#[derive(Clone, PartialEq, Eq)]
pub struct AccountInput {
    /// Optional for the operation (CSV rows may have none); the Add Account
    /// form asks for both.
    pub first_name: Option<PersonName>,
    pub last_name: Option<PersonName>,
    pub username: Username,
    /// Display id of the org: adding, any org of the acting administrator's
    /// org subtree; editing, the account's own (a change of org is a Move).
    pub org: String,
    pub account_ref: AccountRef,
    pub application: Application,
    pub number: NumberChoice,
    /// `None`: the org's default User Permissions.
    pub user_permissions_id: Option<i64>,
    pub forwarding_number: Option<ForwardingNumber>,
    /// The feature toggles switched on. Features the org does not offer are
    /// ignored (kept as they were); changing a restricted one needs its
    /// privilege.
    pub features: FeatureSet,
    pub monitor_calls: MonitorCalls,
    pub monitor_sms: MonitorSms,
    /// Only where the org offers Social Messaging; ignored elsewhere.
    pub restrict_incoming_social: bool,
    /// One of `accounts::LANGUAGES`.
    pub language: &'static str,
}

impl fmt::Debug for AccountInput {
    // Names and addresses are personal data: logs get the shape only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccountInput")
            .field("org", &self.org)
            .field("username_kind", &self.username.kind())
            .field("number", &self.number)
            .field("user_permissions_id", &self.user_permissions_id)
            .field("features", &self.features.to_string())
            .finish_non_exhaustive()
    }
}

impl AccountInput {
    /// The account as it is, as an input that changes nothing (number:
    /// `Keep`): what a bulk edit starts from before changing a field.
    pub fn of(account: &Account, org_display_id: &str) -> AppResult<Self> {
        // Stored values were parsed on the way in; one that no longer
        // parses is a fault of ours, not the administrator's.
        let bad = |m: String| AppError::internal(anyhow::anyhow!("account {}: {m}", account.id));
        let name = |s: &str, parse: fn(&str) -> Result<PersonName, String>| {
            if s.trim().is_empty() {
                Ok(None)
            } else {
                parse(s).map(Some).map_err(bad)
            }
        };
        let username = match (account.kind(), account.username.as_deref()) {
            (UsernameKind::None, _) | (_, None) => Username::NoPortalAccess,
            (_, Some(u)) => Username::parse(u).map_err(bad)?,
        };
        let forwarding_number = match account.forwarding_number.as_deref() {
            None | Some("") => None,
            Some(n) => Some(ForwardingNumber::parse(n).map_err(bad)?),
        };
        Ok(AccountInput {
            first_name: name(&account.first_name, PersonName::parse_first)?,
            last_name: name(&account.last_name, PersonName::parse_last)?,
            username,
            org: org_display_id.to_owned(),
            account_ref: AccountRef::parse(&account.account_ref).map_err(bad)?,
            application: Application::parse(&account.application).map_err(bad)?,
            number: NumberChoice::Keep,
            user_permissions_id: Some(account.user_permissions_id),
            forwarding_number,
            features: account.feature_set(),
            monitor_calls: MonitorCalls::parse(&account.monitor_calls).unwrap_or(MonitorCalls::Off),
            monitor_sms: MonitorSms::parse(&account.monitor_sms).unwrap_or(MonitorSms::Off),
            restrict_incoming_social: account.restrict_incoming_social,
            language: parse_language(&account.language).unwrap_or("English"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_username_is_an_email_or_a_device_number() {
        assert_eq!(
            Username::parse(" Ann@Example.com ").map(|u| u.stored().map(str::to_owned)),
            Ok(Some("ann@example.com".into()))
        );
        assert_eq!(
            Username::parse("+1 (555) 010-0000").map(|u| u.stored().map(str::to_owned)),
            Ok(Some("+15550100000".into()))
        );
        for bad in ["", "ann", "ann@", "555-0100", "+1 555 abc"] {
            assert!(Username::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn forwarding_numbers_have_4_to_18_digits() {
        assert_eq!(
            ForwardingNumber::parse("+44 20 7946 0000").map(|n| n.0),
            Ok("+442079460000".into())
        );
        assert_eq!(
            ForwardingNumber::parse("1234").map(|n| n.0),
            Ok("1234".into())
        );
        for bad in ["123", "+1234567890123456789", "12a4", "", "++1234"] {
            assert!(ForwardingNumber::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn account_ids_are_trimmed_and_bounded() {
        assert_eq!(AccountRef::parse(" A-1 ").map(|r| r.0), Ok("A-1".into()));
        assert!(AccountRef::parse(" ").is_err());
        assert!(AccountRef::parse(&"x".repeat(65)).is_err());
        assert!(AccountRef::parse("a\nb").is_err());
    }
}
