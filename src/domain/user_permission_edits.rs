//! Operations on User Permissions profiles (Setup > User Permissions):
//! create, update, make default, stop being the default, delete. A profile
//! is changed only in the org that defines it; its features are limited to
//! what that org offers (Feature Settings).
//!
//! Each operation locks the org's row first: "one default per org" and the
//! top org's default are rules that read and then write, and two
//! administrators switching the default at once must leave exactly one.

use crate::db::{self, DbConn, Lock};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::features::FeatureSet;
use crate::domain::org_settings;
use crate::domain::privileges::Privilege;
use crate::domain::user_permissions::{self as profiles, Profile, ProfileName};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Msg;
use crate::msg;

/// The User Permissions form: a name and the ticked features.
#[derive(Debug, Clone)]
pub struct ProfileInput {
    pub name: ProfileName,
    pub features: FeatureSet,
}

/// A profile usable in the acting org, or "not found" (a profile of a
/// sibling or of a sub-org is not found either).
pub fn find(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Profile> {
    profiles::find_visible(conn, acting.org(), id)?.ok_or(AppError::NotFound)
}

/// Profiles are changed only on the page of the org that defines them.
pub fn owned_here(acting: &Acting, profile: &Profile) -> bool {
    profile.org_id == acting.org().id
}

fn find_owned(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Profile> {
    let profile = find(conn, acting, id)?;
    if !owned_here(acting, &profile) {
        return Err(AppError::Forbidden);
    }
    Ok(profile)
}

/// Refuses features the acting org does not offer, next to the field.
fn check_offered(
    conn: &mut DbConn,
    acting: &Acting,
    features: &FeatureSet,
) -> AppResult<FeatureSet> {
    let offered = org_settings::effective(conn, acting.org())?.features;
    let refused: FeatureSet = features.iter().filter(|f| !offered.has(*f)).collect();
    if !refused.is_empty() {
        let mut errors = FieldErrors::new();
        errors.add(
            "features",
            msg!("setup-up-not-offered", features = refused.shown()),
        );
        return Err(AppError::Invalid(errors));
    }
    Ok(offered)
}

/// A unique-index violation on the name becomes a message next to it.
fn name_clash(e: diesel::result::Error, name: &ProfileName) -> AppError {
    if db::is_unique_violation(&e) {
        let mut errors = FieldErrors::new();
        errors.add("name", profiles::name_taken(name));
        AppError::Invalid(errors)
    } else {
        e.into()
    }
}

/// Creates a profile of the acting org (not its default).
pub fn create(conn: &mut DbConn, acting: &Acting, input: ProfileInput) -> AppResult<Profile> {
    acting.require(Privilege::SetupEditUserPermissions)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        check_offered(conn, acting, &input.features)?;
        let id = profiles::insert(conn, org.id, &input.name, &input.features)
            .map_err(|e| name_clash(e, &input.name))?;
        let event = Event {
            org_id: Some(org.id),
            action: "user_permissions_created",
            target: input.name.as_str(),
            details: format!("features: {}", input.features.labels()),
        };
        audit::record(conn, &acting.actor(), event)?;
        profiles::by_id(conn, id)
    })
}

/// Renames a profile of the acting org and replaces its features. Features
/// the org no longer offers stay as they were: the form cannot show them,
/// and offering them again gives them back.
pub fn update(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
    input: ProfileInput,
) -> AppResult<Profile> {
    acting.require(Privilege::SetupEditUserPermissions)?;
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(acting.org().id))?;
        let before = find_owned(conn, acting, id)?;
        let offered = check_offered(conn, acting, &input.features)?;
        let mut after = input.features.clone();
        for kept in before.feature_set().iter().filter(|f| !offered.has(*f)) {
            after.insert(kept);
        }
        profiles::update(conn, id, &input.name, &after).map_err(|e| name_clash(e, &input.name))?;
        let old = before.feature_set();
        let added: FeatureSet = after.iter().filter(|f| !old.has(*f)).collect();
        let removed: FeatureSet = old.iter().filter(|f| !after.has(*f)).collect();
        let mut details = Vec::new();
        if before.name != input.name.as_str() {
            details.push(format!(
                "name: '{}' → '{}'",
                before.name,
                input.name.as_str()
            ));
        }
        details.push(format!(
            "features added: {}; removed: {}",
            added.labels(),
            removed.labels()
        ));
        let event = Event {
            org_id: Some(before.org_id),
            action: "user_permissions_updated",
            target: input.name.as_str(),
            details: details.join("; "),
        };
        audit::record(conn, &acting.actor(), event)?;
        profiles::by_id(conn, id)
    })
}

/// What "Make default" did.
#[derive(Debug, Clone)]
pub struct DefaultChanged {
    pub profile: Profile,
    /// The org's own default before, if it had one (and it was another).
    pub previous: Option<String>,
    /// False when the profile already was the default: nothing was written.
    pub changed: bool,
}

/// Makes a profile of the acting org its default, in place of the org's
/// current default (if any), in one transaction.
pub fn make_default(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<DefaultChanged> {
    acting.require(Privilege::SetupEditUserPermissions)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let profile = find_owned(conn, acting, id)?;
        if profile.is_default {
            return Ok(DefaultChanged {
                profile,
                previous: None,
                changed: false,
            });
        }
        let previous = profiles::visible(conn, org)?
            .into_iter()
            .find(|p| p.is_default && p.org_id == org.id)
            .map(|p| p.name);
        let inherited = profiles::default_for(conn, org)?.map(|p| p.name);
        profiles::set_default(conn, org.id, id, true).map_err(|e| {
            if db::is_unique_violation(&e) {
                AppError::Conflict(msg!("setup-up-default-race"))
            } else {
                e.into()
            }
        })?;
        let before = match (&previous, &inherited) {
            (Some(name), _) => format!("'{name}'"),
            (None, Some(name)) => format!("'{name}' (inherited)"),
            (None, None) => "none".into(),
        };
        let event = Event {
            org_id: Some(org.id),
            action: "user_permissions_default",
            target: &profile.name,
            details: format!("default: {before} → '{}'", profile.name),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(DefaultChanged {
            profile: profiles::by_id(conn, id)?,
            previous,
            changed: true,
        })
    })
}

/// A sub-organization's own default stops being the default, so accounts
/// added there get the parent's default again. The top org always keeps one.
/// Returns the profile and the default the org now inherits.
pub fn clear_default(
    conn: &mut DbConn,
    acting: &Acting,
    id: i64,
) -> AppResult<(Profile, Option<Profile>)> {
    acting.require(Privilege::SetupEditUserPermissions)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(org.id))?;
        let profile = find_owned(conn, acting, id)?;
        if !profile.is_default {
            return Ok((profile, profiles::default_for(conn, org)?));
        }
        if org.parent_id.is_none() {
            return Err(AppError::Conflict(top_keeps_default(&profile.name)));
        }
        profiles::set_default(conn, org.id, id, false)?;
        let inherited = profiles::default_for(conn, org)?;
        let event = Event {
            org_id: Some(org.id),
            action: "user_permissions_default",
            target: &profile.name,
            details: format!(
                "default: '{}' → {}",
                profile.name,
                inherited
                    .as_ref()
                    .map_or("none".into(), |p| format!("'{}' (inherited)", p.name))
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok((profiles::by_id(conn, id)?, inherited))
    })
}

fn top_keeps_default(name: &str) -> Msg {
    msg!("setup-up-top-keeps-default", name = name)
}

/// Why a profile of the acting org cannot be deleted now, if it cannot:
/// accounts still use it, or it is the top org's default.
pub fn why_not_deletable(
    conn: &mut DbConn,
    acting: &Acting,
    profile: &Profile,
) -> AppResult<Option<Msg>> {
    if profile.is_default && acting.org().parent_id.is_none() {
        return Ok(Some(top_keeps_default(&profile.name)));
    }
    let used = profiles::accounts_using(conn, profile.id)?;
    Ok((used > 0).then(|| profiles::still_used(&profile.name, used)))
}

/// Deletes a profile of the acting org that no account uses and that is
/// not the top org's default. The foreign key from accounts backs the
/// count: an account given the profile at the same moment makes the delete
/// fail rather than leave the account without one.
pub fn delete(conn: &mut DbConn, acting: &Acting, id: i64) -> AppResult<Profile> {
    acting.require(Privilege::SetupEditUserPermissions)?;
    db::transaction(conn, |conn| {
        db::lock(conn, Lock::Organization(acting.org().id))?;
        let profile = find_owned(conn, acting, id)?;
        if let Some(reason) = why_not_deletable(conn, acting, &profile)? {
            return Err(AppError::Conflict(reason));
        }
        profiles::delete(conn, id).map_err(|e| {
            if db::is_foreign_key_violation(&e) {
                AppError::Conflict(msg!("setup-up-in-use", name = profile.name.as_str()))
            } else {
                e.into()
            }
        })?;
        let event = Event {
            org_id: Some(profile.org_id),
            action: "user_permissions_deleted",
            target: &profile.name,
            details: format!(
                "features: {}{}",
                profile.feature_set().labels(),
                if profile.is_default {
                    "; was the default"
                } else {
                    ""
                }
            ),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(profile)
    })
}
