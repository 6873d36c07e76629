//! Setup > Feature Settings: which features the org offers its accounts.
//! A sub-org has the same as its parent, or its own (within its parent's).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::inherited::{self, Loaded};
use crate::auth::{Authorized, Scope};
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::privileges::{Privilege, p};
use crate::domain::setup_edits::{self, Choice};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{filters, t};
use crate::msg;
use crate::web::layout::Chrome;
use crate::web::{State, flash, render, render_status, see_other};

pub struct FeatureBox {
    key: &'static str,
    label: String,
    checked: bool,
    /// The parent does not offer it, so this org cannot.
    withheld: bool,
}

#[derive(Template)]
#[template(path = "setup/feature_settings.html")]
struct Page {
    chrome: Chrome,
    action: String,
    editable: bool,
    /// "123 Parent" and what it offers, for a sub-org.
    parent: Option<(String, String)>,
    inherit: bool,
    boxes: Vec<FeatureBox>,
    current: String,
    source: String,
    errors: FieldErrors,
}

fn page(
    chrome: Chrome,
    scope: &Scope,
    loaded: &Loaded,
    inherit: bool,
    ticked: &FeatureSet,
    errors: FieldErrors,
) -> Page {
    let parent_offers = loaded.parent.as_ref().map(|(_, s)| &s.features);
    Page {
        chrome,
        action: format!("/orgs/{}/setup/feature-settings", scope.org().display_id),
        editable: scope.has(Privilege::SetupEditFeatureSettings),
        parent: loaded
            .parent
            .as_ref()
            .map(|(p, s)| (p.label(), s.features.shown())),
        inherit,
        boxes: Feature::ALL
            .iter()
            .map(|f| FeatureBox {
                key: f.key(),
                label: f.shown(),
                checked: ticked.has(*f),
                withheld: parent_offers.is_some_and(|p| !p.has(*f)),
            })
            .collect(),
        current: loaded.effective.features.shown(),
        source: inherited::source(
            loaded.effective.features_from,
            loaded,
            "setup-every-feature-offered",
        ),
        errors,
    }
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewFeatureSettings>,
) -> AppResult<HttpResponse> {
    let (chrome, loaded) =
        inherited::load(&state, &auth, &session, t("setup-features-title")).await?;
    let inherit = loaded.parent.is_some() && loaded.own.features.is_none();
    let ticked = loaded.effective.features.clone();
    render(&page(
        chrome,
        &auth,
        &loaded,
        inherit,
        &ticked,
        FieldErrors::new(),
    ))
}

/// The submitted form: `source` (inherit or own) and repeated `features`.
fn parse_form(body: &[u8]) -> AppResult<(bool, FeatureSet)> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::BadRequest(msg!("setup-form-unreadable")))?;
    let mut inherit = false;
    let mut features = FeatureSet::default();
    for (key, value) in pairs {
        match key.as_str() {
            "source" => inherit = value == "inherit",
            "features" => features.insert(Feature::from_key(&value).ok_or_else(|| {
                AppError::BadRequest(msg!("setup-unknown-feature", value = value.as_str()))
            })?),
            _ => {}
        }
    }
    Ok((inherit, features))
}

pub async fn save(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditFeatureSettings>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let (inherit, features) = parse_form(&body)?;
    // The top org has no parent to follow: what it ticks is what it offers.
    let inherit = inherit && auth.org().parent_id.is_some();
    let choice = if inherit {
        Choice::Inherit
    } else {
        Choice::Set(features.clone())
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| setup_edits::set_feature_settings(conn, &acting, choice))
        .await;
    match result {
        Ok(settings) => {
            flash::success(
                &session,
                msg!("setup-features-saved", features = settings.features.shown()),
            );
            Ok(see_other(&format!(
                "/orgs/{}/setup/feature-settings",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let (chrome, loaded) =
                inherited::load(&state, &auth, &session, t("setup-features-title")).await?;
            let page = page(chrome, &auth, &loaded, inherit, &features, errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}
