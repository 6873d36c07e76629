//! Turns the Add / Edit Administrator form into a validated `Profile`.

use super::form::AdminForm;
use crate::auth::Scope;
use crate::domain::admin_edits::{self, Profile};
use crate::domain::orgs;
use crate::domain::roles;
use crate::domain::values::{Email, PersonName, parse_admin_language};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::State;

/// Parses and checks the form against the viewed org: the org must be in
/// scope, the role visible there and within the assigner's privileges.
pub(super) async fn validate(
    state: &State,
    scope: &Scope,
    form: &AdminForm,
    api: bool,
) -> AppResult<Profile> {
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
        let chosen = if form.external_application == "custom" {
            &form.custom_application
        } else {
            &form.external_application
        };
        let name = chosen.trim();
        if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
            errors.add(
                if form.external_application == "custom" { "custom_application" } else { "external_application" },
                "Choose an External Application, or name your custom application (at most 60 characters).",
            );
            None
        } else {
            Some(Some(name.to_owned()))
        }
    } else {
        Some(None)
    };

    let root = scope.org().clone();
    let display_id = form.org.clone();
    let target = state
        .db
        .run(move |conn| orgs::find_in_subtree(conn, &root, &display_id))
        .await?;
    if target.is_none() {
        errors.add("org", "Choose an organization.");
    }
    let role_id = match (&target, api) {
        (_, true) => Some(state.db.run(admin_edits::api_user_role_id).await?),
        (None, false) => None,
        (Some(target), false) => {
            let target = target.clone();
            let wanted: Option<i64> = form.role_id.parse().ok();
            let privileges = scope.privileges().clone();
            let (visible, assignable) = state
                .db
                .run(move |conn| {
                    let Some(id) = wanted else {
                        return Ok((false, false));
                    };
                    let visible = roles::find_visible(conn, &target, id)?.is_some();
                    let assignable = roles::assignable(conn, &target, &privileges)?
                        .iter()
                        .any(|r| r.id == id);
                    Ok((visible, assignable))
                })
                .await?;
            match (visible, assignable) {
                (true, true) => wanted,
                // A role beyond one's own privileges: a forged form, refused outright.
                (true, false) => return Err(AppError::Forbidden),
                _ => {
                    errors.add("role_id", "Choose a role.");
                    None
                }
            }
        }
    };
    errors.clone().into_result()?;
    match (
        first_name,
        last_name,
        email,
        backup_email,
        language,
        external_application,
        target,
        role_id,
    ) {
        (
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(backup_email),
            Some(language),
            Some(external_application),
            Some(org),
            Some(role_id),
        ) => Ok(Profile {
            first_name,
            last_name,
            email,
            backup_email,
            language,
            org_id: org.id,
            role_id,
            external_application,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}
