//! Setup > Domain Restriction: the email domains accounts of the org may be
//! invited at (none listed: any domain). A sub-org has the same as its
//! parent, or its own list.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::inherited::{self, Loaded};
use crate::auth::{Authorized, Scope};
use crate::domain::org_settings::AllowedDomains;
use crate::domain::privileges::{Privilege, p};
use crate::domain::setup_edits::{self, Choice};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{filters, t};
use crate::msg;
use crate::web::layout::Chrome;
use crate::web::{State, flash, render, render_status, see_other};

#[derive(Template)]
#[template(path = "setup/domain_restriction.html")]
struct Page {
    chrome: Chrome,
    action: String,
    editable: bool,
    /// "123 Parent" and what it allows, for a sub-org.
    parent: Option<(String, String)>,
    inherit: bool,
    domains: String,
    current: String,
    source: String,
    errors: FieldErrors,
}

fn page(
    chrome: Chrome,
    scope: &Scope,
    loaded: &Loaded,
    inherit: bool,
    domains: String,
    errors: FieldErrors,
) -> Page {
    Page {
        chrome,
        action: format!("/orgs/{}/setup/domain-restriction", scope.org().display_id),
        editable: scope.has(Privilege::SetupEditDomainRestriction),
        parent: loaded
            .parent
            .as_ref()
            .map(|(p, s)| (p.label(), AllowedDomains::shown(&s.allowed_domains))),
        inherit,
        domains,
        current: AllowedDomains::shown(&loaded.effective.allowed_domains),
        source: inherited::source(
            loaded.effective.domains_from,
            loaded,
            "setup-any-domain-allowed",
        ),
        errors,
    }
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewDomainRestriction>,
) -> AppResult<HttpResponse> {
    let (chrome, loaded) =
        inherited::load(&state, &auth, &session, t("setup-domains-title")).await?;
    let inherit = loaded.parent.is_some() && loaded.own.allowed_domains.is_none();
    let domains = loaded.effective.allowed_domains.join("\n");
    render(&page(
        chrome,
        &auth,
        &loaded,
        inherit,
        domains,
        FieldErrors::new(),
    ))
}

#[derive(Deserialize)]
pub struct DomainForm {
    #[serde(default)]
    source: String,
    #[serde(default)]
    domains: String,
}

pub async fn save(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditDomainRestriction>,
    form: web::Form<DomainForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let inherit = form.source == "inherit" && auth.org().parent_id.is_some();
    let choice = if inherit {
        Ok(Choice::Inherit)
    } else {
        AllowedDomains::parse(&form.domains).map(Choice::Set)
    };
    let result = match choice {
        Ok(choice) => {
            let acting = auth.acting().clone();
            state
                .db
                .run(move |conn| setup_edits::set_domain_restriction(conn, &acting, choice))
                .await
        }
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("domains", message);
            Err(AppError::Invalid(errors))
        }
    };
    match result {
        Ok(settings) => {
            flash::success(
                &session,
                msg!(
                    "setup-domains-saved",
                    domains = AllowedDomains::shown(&settings.allowed_domains)
                ),
            );
            Ok(see_other(&format!(
                "/orgs/{}/setup/domain-restriction",
                auth.org().display_id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let (chrome, loaded) =
                inherited::load(&state, &auth, &session, t("setup-domains-title")).await?;
            let page = page(chrome, &auth, &loaded, inherit, form.domains, errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}
