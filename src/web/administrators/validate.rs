//! Turns the Add / Edit Administrator form into an `AdminInput`: the fields
//! parsed; the checks against the database are the operation's.

use serde::Deserialize;

use crate::domain::admin_edits::AdminInput;
use crate::domain::values::{Email, PersonName, parse_admin_language};
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Deserialize, Default, Clone)]
/// The Add / Edit Administrator form as posted.
pub struct AdminForm {
    #[serde(default)]
    pub(super) kind: String,
    #[serde(default)]
    pub(super) first_name: String,
    #[serde(default)]
    pub(super) last_name: String,
    #[serde(default)]
    pub(super) email: String,
    #[serde(default)]
    pub(super) backup_email: String,
    #[serde(default)]
    pub(super) role_id: String,
    #[serde(default)]
    pub(super) org: String,
    #[serde(default)]
    pub(super) language: String,
    #[serde(default)]
    pub(super) external_application: String,
    #[serde(default)]
    pub(super) custom_application: String,
    pub(super) login_suspended: Option<String>,
    pub(super) account_suspended: Option<String>,
}

pub(super) fn parse(form: &AdminForm, api: bool) -> AppResult<AdminInput> {
    let mut errors = FieldErrors::new();
    let first_name = errors.check("first_name", PersonName::parse_first(&form.first_name));
    let last_name = errors.check("last_name", PersonName::parse_last(&form.last_name));
    let email = errors.check("email", Email::parse(&form.email));
    let backup_email = if form.backup_email.trim().is_empty() {
        Some(None)
    } else {
        errors.check("backup_email", Email::parse(&form.backup_email).map(Some))
    };
    let language = if api {
        Some("English".to_owned())
    } else {
        errors.check("language", parse_admin_language(&form.language))
    };
    let external_application = if api {
        let custom = form.external_application == "custom";
        let chosen = if custom {
            &form.custom_application
        } else {
            &form.external_application
        };
        let name = chosen.trim();
        if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
            errors.add(
                if custom {
                    "custom_application"
                } else {
                    "external_application"
                },
                crate::msg!("admins-choose-application"),
            );
            None
        } else {
            Some(Some(name.to_owned()))
        }
    } else {
        Some(None)
    };
    if form.org.trim().is_empty() {
        errors.add("org", crate::msg!("admins-choose-organization"));
    }
    let role_id = form.role_id.parse().ok();
    if !api && role_id.is_none() {
        errors.add("role_id", crate::msg!("admins-choose-role-error"));
    }
    match (
        first_name,
        last_name,
        email,
        backup_email,
        language,
        external_application,
    ) {
        (
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(backup_email),
            Some(language),
            Some(external_application),
        ) if errors.is_empty() => Ok(AdminInput {
            first_name,
            last_name,
            email,
            backup_email,
            language,
            org: form.org.trim().to_owned(),
            role_id,
            external_application,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}
