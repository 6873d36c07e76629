//! Turns the Add Account / Edit form into an `AccountInput`: each field
//! parsed, with its message next to it; the checks against the database are
//! the operation's.

use crate::domain::account_edits::{
    AccountInput, AccountRef, Application, ForwardingNumber, MonitorCalls, MonitorSms,
    NumberChoice, Username,
};
use crate::domain::accounts::{self, Account, DEFAULT_APPLICATION, UsernameKind};
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::values::{PersonName, PhoneNumber};
use crate::error::{AppError, AppResult, FieldErrors};

/// The form as posted (every field a string, as typed).
#[derive(Default, Clone)]
pub struct AccountForm {
    /// "portal" (Email or Device #) or "none" (No Portal Access).
    pub access: String,
    pub first_name: String,
    pub last_name: String,
    pub username: String,
    pub org: String,
    pub account_ref: String,
    pub application: String,
    /// "keep", "none", "specific" or "tag".
    pub number_mode: String,
    pub number: String,
    pub number_typed: String,
    pub number_tag: String,
    pub user_permissions_id: String,
    pub forwarding_number: String,
    /// Keys of the features ticked.
    pub features: Vec<String>,
    pub restrict_incoming_social: bool,
    pub monitor_calls: String,
    pub monitor_sms: String,
    pub language: String,
    /// "save" or "invite": the button pressed.
    pub action: String,
}

impl AccountForm {
    /// Reads the urlencoded body (checkboxes repeat the `features` name).
    pub fn from_body(body: &[u8]) -> AppResult<Self> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
            .map_err(|_| AppError::BadRequest(crate::msg!("accounts-form-unreadable")))?;
        let mut form = AccountForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "access" => form.access = value,
                "first_name" => form.first_name = value,
                "last_name" => form.last_name = value,
                "username" => form.username = value,
                "org" => form.org = value,
                "account_ref" => form.account_ref = value,
                "application" => form.application = value,
                "number_mode" => form.number_mode = value,
                "number" => form.number = value,
                "number_typed" => form.number_typed = value,
                "number_tag" => form.number_tag = value,
                "user_permissions_id" => form.user_permissions_id = value,
                "forwarding_number" => form.forwarding_number = value,
                "features" => form.features.push(value),
                "restrict_incoming_social" => form.restrict_incoming_social = true,
                "monitor_calls" => form.monitor_calls = value,
                "monitor_sms" => form.monitor_sms = value,
                "language" => form.language = value,
                "action" => form.action = value,
                _ => {}
            }
        }
        Ok(form)
    }

    /// A blank Add Account form for an account of `org`.
    pub fn blank(org: &str) -> Self {
        AccountForm {
            access: "portal".into(),
            org: org.to_owned(),
            application: DEFAULT_APPLICATION.into(),
            number_mode: "none".into(),
            monitor_calls: "off".into(),
            monitor_sms: "off".into(),
            language: "English".into(),
            ..AccountForm::default()
        }
    }

    /// The Edit form of an account as it is.
    pub fn of(account: &Account, org: &str, number: Option<&str>) -> Self {
        AccountForm {
            access: if account.kind() == UsernameKind::None {
                "none"
            } else {
                "portal"
            }
            .into(),
            first_name: account.first_name.clone(),
            last_name: account.last_name.clone(),
            username: account.username.clone().unwrap_or_default(),
            org: org.to_owned(),
            account_ref: account.account_ref.clone(),
            application: account.application.clone(),
            number_mode: if number.is_some() { "keep" } else { "none" }.into(),
            number: String::new(),
            number_typed: String::new(),
            number_tag: String::new(),
            user_permissions_id: account.user_permissions_id.to_string(),
            forwarding_number: account.forwarding_number.clone().unwrap_or_default(),
            features: account
                .feature_set()
                .iter()
                .map(|f| f.key().to_owned())
                .collect(),
            restrict_incoming_social: account.restrict_incoming_social,
            monitor_calls: account.monitor_calls.clone(),
            monitor_sms: account.monitor_sms.clone(),
            language: account.language.clone(),
            action: "save".into(),
        }
    }

    pub fn has_feature(&self, key: &str) -> bool {
        self.features.iter().any(|f| f == key)
    }

    pub fn no_portal_access(&self) -> bool {
        self.access == "none"
    }

    pub fn invites(&self) -> bool {
        self.action == "invite"
    }
}

/// Parses the form; `editing` allows "keep" as the number choice.
pub fn parse(form: &AccountForm, editing: bool) -> AppResult<AccountInput> {
    let mut errors = FieldErrors::new();
    let first_name = errors.check("first_name", PersonName::parse_first(&form.first_name));
    let last_name = errors.check("last_name", PersonName::parse_last(&form.last_name));
    let username = if form.no_portal_access() {
        Some(Username::NoPortalAccess)
    } else {
        errors.check("username", Username::parse_msg(&form.username))
    };
    let account_ref = errors.check("account_ref", AccountRef::parse_msg(&form.account_ref));
    let application = errors.check("application", Application::parse_msg(&form.application));
    if form.org.trim().is_empty() {
        errors.add("org", crate::msg!("accounts-choose-organization-error"));
    }
    let number = match form.number_mode.as_str() {
        "keep" if editing => Some(NumberChoice::Keep),
        "none" | "" => Some(NumberChoice::None),
        "specific" => {
            let typed = form.number_typed.trim();
            let chosen = if typed.is_empty() {
                form.number.trim()
            } else {
                typed
            };
            if chosen.is_empty() {
                errors.add("number", crate::msg!("accounts-choose-number-or-type"));
                None
            } else {
                errors
                    .check("number", PhoneNumber::parse(chosen))
                    .map(NumberChoice::Specific)
            }
        }
        "tag" => {
            let tag = form.number_tag.trim();
            if tag.is_empty() {
                errors.add("number_tag", crate::msg!("accounts-choose-tag-error"));
                None
            } else {
                Some(NumberChoice::NextWithTag(tag.to_owned()))
            }
        }
        _ => {
            errors.add("number", crate::msg!("accounts-choose-number-mode"));
            None
        }
    };
    let user_permissions_id = if form.user_permissions_id.trim().is_empty() {
        Some(None)
    } else {
        match form.user_permissions_id.trim().parse::<i64>() {
            Ok(id) => Some(Some(id)),
            Err(_) => {
                errors.add(
                    "user_permissions_id",
                    crate::msg!("accounts-choose-permissions"),
                );
                None
            }
        }
    };
    let forwarding_number = if form.forwarding_number.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check(
                "forwarding_number",
                ForwardingNumber::parse_msg(&form.forwarding_number),
            )
            .map(Some)
    };
    let features: FeatureSet = form
        .features
        .iter()
        .filter_map(|k| Feature::from_key(k))
        .collect();
    let monitor_calls = errors.check("monitor_calls", MonitorCalls::parse(&form.monitor_calls));
    let monitor_sms = errors.check("monitor_sms", MonitorSms::parse(&form.monitor_sms));
    let language = accounts::parse_language(&form.language);
    if language.is_none() {
        errors.add("language", crate::msg!("accounts-choose-language"));
    }
    match (
        first_name,
        last_name,
        username,
        account_ref,
        application,
        number,
        user_permissions_id,
        forwarding_number,
        monitor_calls,
        monitor_sms,
        language,
    ) {
        (
            Some(first_name),
            Some(last_name),
            Some(username),
            Some(account_ref),
            Some(application),
            Some(number),
            Some(user_permissions_id),
            Some(forwarding_number),
            Some(monitor_calls),
            Some(monitor_sms),
            Some(language),
        ) if errors.is_empty() => Ok(AccountInput {
            first_name: Some(first_name),
            last_name: Some(last_name),
            username,
            org: form.org.trim().to_owned(),
            account_ref,
            application,
            number,
            user_permissions_id,
            forwarding_number,
            features,
            monitor_calls,
            monitor_sms,
            restrict_incoming_social: form.restrict_incoming_social,
            language,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}
