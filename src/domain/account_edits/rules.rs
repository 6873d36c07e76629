//! The checks every account operation makes against the database, inside
//! its transaction: the org is in scope, the User Permissions usable there,
//! the features offered there (and the restricted ones changed only with
//! their privilege), Domain Restriction, and the uniqueness of the Account
//! ID and the username in the org.

use diesel::prelude::*;

use super::input::{AccountInput, Username};
use crate::db::DbConn;
use crate::db::schema::{accounts, numbers};
use crate::domain::accounts::{Account, UsernameKind};
use crate::domain::acting::{Acting, ScopedOrg};
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::org_settings::{self, Settings};
use crate::domain::orgs::Organization;
use crate::domain::privileges::CATALOGUE;
use crate::domain::user_permissions::{self, Profile};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Msg;
use crate::msg;

/// The message when a number was taken a moment before.
pub const NUMBER_GONE: &str = "That number is no longer available.";

/// An input checked against the database: where the account lives, with
/// what, and its feature toggles as they will be stored.
pub(super) struct Resolved {
    pub org: ScopedOrg,
    pub profile: Profile,
    pub features: FeatureSet,
    pub restrict_incoming_social: bool,
}

/// Checks `input` for a new account (`before` None) or a change of
/// `before`. Every problem a field can show is collected and returned
/// together as `AppError::Invalid`.
pub(super) fn resolve(
    conn: &mut DbConn,
    acting: &Acting,
    input: &AccountInput,
    before: Option<&Account>,
) -> AppResult<Resolved> {
    let mut errors = FieldErrors::new();
    let org = acting.org().find_below(conn, &input.org)?;
    let org = match (org, before) {
        (Some(org), Some(b)) if org.id != b.org_id => {
            errors.add("org", msg!("accounts-org-change-with-move"));
            None
        }
        (Some(org), _) => Some(org),
        (None, _) => {
            errors.add("org", msg!("accounts-choose-organization-error"));
            None
        }
    };
    let Some(org) = org else {
        return Err(AppError::Invalid(errors));
    };
    let settings = org_settings::effective(conn, &org)?;

    let profile = match input.user_permissions_id {
        Some(id) => user_permissions::find_visible(conn, &org, id)?,
        None => user_permissions::default_for(conn, &org)?,
    };
    if profile.is_none() {
        errors.add(
            "user_permissions_id",
            msg!("accounts-choose-permissions-in", org = org.name.as_str()),
        );
    }

    let username_changes = before.is_none_or(|b| b.username.as_deref() != input.username.stored());
    if let Some(b) = before
        && (b.kind() == UsernameKind::None) != (input.username == Username::NoPortalAccess)
    {
        errors.add("username", msg!("accounts-portal-access-fixed"));
    }
    if let Username::Email(email) = &input.username
        && username_changes
        && !settings.allows_email(email.as_str())
    {
        errors.add(
            "username",
            domain_refusal_msg(email.as_str(), &settings, &org),
        );
    }
    if let Some(stored) = input.username.stored()
        && username_changes
        && username_taken(conn, org.id, stored, before.map(|b| b.id))?
    {
        errors.add("username", msg!("accounts-username-taken"));
    }
    if account_ref_taken(
        conn,
        org.id,
        input.account_ref.as_str(),
        before.map(|b| b.id),
    )? {
        errors.add("account_ref", msg!("accounts-account-id-taken"));
    }

    let before_features = before.map(Account::feature_set).unwrap_or_default();
    let features = effective_features(&input.features, &before_features, &settings);
    if let Some(message) = restricted_refusal(acting, &features, &before_features) {
        errors.add("features", message);
    }
    let restrict_incoming_social = if settings.features.has(Feature::SocialMessaging) {
        input.restrict_incoming_social
    } else {
        before.is_some_and(|b| b.restrict_incoming_social)
    };

    errors.clone().into_result()?;
    let profile = profile.ok_or(AppError::Invalid(errors))?;
    Ok(Resolved {
        org,
        profile,
        features,
        restrict_incoming_social,
    })
}

pub const ACCOUNT_REF_TAKEN: &str = "Another account of this organization has this Account ID.";
pub const USERNAME_TAKEN: &str =
    "An account with this email or device number already exists in this organization.";

pub fn domain_refusal(email: &str, settings: &Settings, org: &Organization) -> String {
    domain_refusal_msg(email, settings, org).to_string()
}

/// `domain_refusal`, worded where it is shown.
pub fn domain_refusal_msg(email: &str, settings: &Settings, org: &Organization) -> Msg {
    let domain = email.rsplit_once('@').map_or("", |(_, d)| d);
    msg!(
        "accounts-domain-refused",
        domain = domain,
        org = org.name.as_str(),
        allowed = settings.allowed_domains.join(", ")
    )
}

/// The toggles as they will be stored: what was asked for, for the features
/// the org offers; features it does not offer keep what they had (a form
/// never shows them, so whatever a forged one says is ignored).
pub fn effective_features(
    requested: &FeatureSet,
    before: &FeatureSet,
    settings: &Settings,
) -> FeatureSet {
    Feature::ALL
        .iter()
        .copied()
        .filter(|f| {
            if settings.features.has(*f) {
                requested.has(*f)
            } else {
                before.has(*f)
            }
        })
        .collect()
}

/// Seed 003: International Dialing and E911 are switched on or off only by
/// administrators whose role holds their privilege.
pub(super) fn restricted_refusal(
    acting: &Acting,
    after: &FeatureSet,
    before: &FeatureSet,
) -> Option<Msg> {
    after.changed(before).iter().find_map(|f| {
        let privilege = f.restricted_by()?;
        (!acting.has(privilege)).then(|| {
            msg!(
                "accounts-feature-restricted",
                privilege = privilege_label(privilege),
                feature = f.key()
            )
        })
    })
}

/// The privilege's item label in the catalogue ("Manage E911").
pub fn privilege_label(p: crate::domain::privileges::Privilege) -> &'static str {
    CATALOGUE
        .iter()
        .flat_map(|section| section.groups.iter())
        .flat_map(|group| group.items.iter())
        .find(|(item, _)| *item == p)
        .map_or("", |(_, label)| *label)
}

fn username_taken(
    conn: &mut DbConn,
    org_id: i64,
    username: &str,
    except: Option<i64>,
) -> AppResult<bool> {
    let mut query = accounts::table
        .filter(accounts::org_id.eq(org_id))
        .filter(accounts::username.eq(username))
        .select(accounts::id)
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(accounts::id.ne(id));
    }
    Ok(query.first::<i64>(conn).optional()?.is_some())
}

fn account_ref_taken(
    conn: &mut DbConn,
    org_id: i64,
    account_ref: &str,
    except: Option<i64>,
) -> AppResult<bool> {
    // The expression of the `accounts_ref` unique index, so it serves this.
    let lowered = diesel::dsl::sql::<diesel::sql_types::Text>("LOWER(accounts.account_ref)");
    let mut query = accounts::table
        .filter(accounts::org_id.eq(org_id))
        .filter(lowered.eq(account_ref.to_lowercase()))
        .select(accounts::id)
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(accounts::id.ne(id));
    }
    Ok(query.first::<i64>(conn).optional()?.is_some())
}

/// A write refused by a unique index (two requests racing past the checks
/// above) as the field error the check would have given.
pub(super) fn unique_violation_as_field(e: diesel::result::Error) -> AppError {
    use diesel::result::{DatabaseErrorKind, Error};
    if let Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) = &e {
        let text = format!(
            "{} {}",
            info.constraint_name().unwrap_or(""),
            info.message()
        );
        let mut errors = FieldErrors::new();
        if text.contains("accounts_ref") || text.contains("account_ref") {
            errors.add("account_ref", msg!("accounts-account-id-taken"));
            return AppError::Invalid(errors);
        }
        if text.contains("username") {
            errors.add("username", msg!("accounts-username-taken"));
            return AppError::Invalid(errors);
        }
    }
    if crate::db::is_foreign_key_violation(&e) {
        // The User Permissions were deleted a moment ago.
        let mut errors = FieldErrors::new();
        errors.add(
            "user_permissions_id",
            msg!("accounts-permissions-just-deleted"),
        );
        return AppError::Invalid(errors);
    }
    e.into()
}

/// Why a specific number could not be assigned: taken a moment ago, or
/// never one of the org's Available or Reserved numbers.
pub(super) fn number_refusal(
    conn: &mut DbConn,
    org: &Organization,
    e164: &str,
) -> AppResult<AppError> {
    let in_org = numbers::table
        .filter(numbers::org_id.eq(org.id))
        .filter(numbers::e164.eq(e164))
        .select(numbers::id)
        .first::<i64>(conn)
        .optional()?
        .is_some();
    let mut errors = FieldErrors::new();
    if in_org {
        errors.add("number", msg!("accounts-number-gone"));
    } else {
        errors.add(
            "number",
            msg!(
                "accounts-number-not-in-org",
                number = e164,
                org = org.name.as_str()
            ),
        );
    }
    Ok(AppError::Invalid(errors))
}

/// "Ann Lee <ann@example.com>", "Ann Lee (No Portal Access, A-17)": how
/// audit entries name an account.
pub fn audit_name(account: &Account) -> String {
    audit_label(
        &account.name(),
        account.username.as_deref(),
        &account.account_ref,
    )
}

/// `audit_name` of an account not read back: its name, username and
/// Account ID.
pub fn audit_label(name: &str, username: Option<&str>, account_ref: &str) -> String {
    match username {
        Some(u) => format!("{name} <{u}>"),
        None => format!("{name} (No Portal Access, Account ID {account_ref})"),
    }
}
