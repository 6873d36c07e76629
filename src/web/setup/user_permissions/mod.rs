//! Setup > User Permissions: the profiles usable in an org (its own and
//! those inherited from the orgs above it), each with its features; create,
//! edit, make default and delete where a profile is defined.

mod delete;
mod form;
mod list;

pub use delete::{confirm_delete, delete};
pub use form::{create, new_form, show, update};
pub use list::{clear_default, list, make_default};

use actix_web::web;

use crate::auth::Scope;
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::orgs::Organization;
use crate::domain::user_permissions::Profile;
use crate::error::{AppError, AppResult};
use crate::i18n::t;
use crate::msg;

pub(super) fn list_url(scope: &Scope) -> String {
    format!("/orgs/{}/setup/user-permissions", scope.org().display_id)
}

pub(super) fn profile_id(path: web::Path<(String, String)>) -> AppResult<i64> {
    path.into_inner().1.parse().map_err(|_| AppError::NotFound)
}

/// Where a profile is defined, as the pages say it: None when here.
pub(super) fn defined_in(org_id: i64, scope: &Scope, lineage: &[Organization]) -> Option<String> {
    (org_id != scope.org().id).then(|| {
        lineage
            .iter()
            .find(|o| o.id == org_id)
            .map_or_else(|| t("setup-source-a-parent"), Organization::label)
    })
}

/// One feature checkbox.
pub struct FeatureBox {
    pub key: &'static str,
    pub label: String,
    pub checked: bool,
}

/// Boxes for `shown`, ticked where `ticked` has the feature.
pub(super) fn boxes(shown: &FeatureSet, ticked: &FeatureSet) -> Vec<FeatureBox> {
    Feature::ALL
        .iter()
        .copied()
        .filter(|f| shown.has(*f))
        .map(|f| FeatureBox {
            key: f.key(),
            label: f.shown(),
            checked: ticked.has(f),
        })
        .collect()
}

/// "MS Teams Calling, E911 (not offered here)": a profile's features, and
/// which of them accounts of this org do not get.
pub(super) fn features_here(profile: &Profile, offered: &FeatureSet) -> String {
    let features = profile.feature_set();
    if features.is_empty() {
        return t("features-none");
    }
    features
        .iter()
        .map(|f| {
            if offered.has(f) {
                f.shown()
            } else {
                msg!("setup-up-not-offered-here", feature = f.shown()).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
