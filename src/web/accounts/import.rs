//! Add Account → Multiple Accounts (seed 001 "Invite Multiple Users"): the
//! upload form with Download the .CSV template, Choose Organization and User
//! Permissions, and the upload itself (the preview, Import and Import &
//! Invite are in `import_preview`). The reading is `crate::import`'s, the
//! rules `domain::account_import`'s; these handlers parse, call and render.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, mime, web};
use askama::Template;
use futures_util::StreamExt;
use serde::Deserialize;

use super::{Choice, base};
use crate::auth::csrf::{MULTIPART_OVERHEAD, too_large_message};
use crate::auth::{Authorized, Scope, multipart};
use crate::domain::account_import::{self, uploads};
use crate::domain::features::Feature;
use crate::domain::orgs::Organization;
use crate::domain::privileges::p;
use crate::domain::{org_settings, user_permissions};
use crate::error::{AppError, AppResult};
use crate::i18n::filters;
use crate::import::{self, Limits};
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::OrgChoices;
use crate::web::{State, render, render_status, see_other};

#[derive(Debug, Deserialize, Default)]
pub struct OrgQuery {
    pub org: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/import.html")]
struct UploadPage {
    chrome: Chrome,
    target: Organization,
    orgs: OrgChoices,
    profiles: Vec<Choice>,
    social: bool,
    /// Why the file was refused (next to the file field).
    file_error: Option<String>,
    limit: String,
}

pub(super) fn limits(state: &State) -> Limits {
    Limits {
        max_rows: state.config.import.max_rows,
    }
}

fn mib(bytes: usize) -> String {
    format!("{:.0} MiB", bytes as f64 / (1024.0 * 1024.0))
}

async fn upload_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    org: Option<String>,
    chosen_profile: Option<i64>,
    file_error: Option<String>,
) -> AppResult<UploadPage> {
    let home = scope.org().clone();
    let (chrome, (target, subtree, profiles, social)) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Accounts,
        crate::i18n::t("import-add-account"),
        move |conn| {
            let target = match org {
                Some(o) => home.find_below(conn, &o)?.unwrap_or(home.clone()),
                None => home.clone(),
            };
            let subtree = crate::domain::orgs::tree(conn, &home)?;
            let profiles = user_permissions::visible(conn, &target)?;
            let social = org_settings::effective(conn, &target)?
                .features
                .has(Feature::SocialMessaging);
            Ok((target.org().clone(), subtree, profiles, social))
        },
    )
    .await?;
    let default = profiles.iter().find(|p| p.is_default).map(|p| p.id);
    let chosen = chosen_profile
        .or(default)
        .map(|id| id.to_string())
        .unwrap_or_default();
    let profiles = profiles
        .iter()
        .map(|p| {
            let label = if Some(p.id) == default {
                crate::msg!("import-default-profile", name = &p.name).to_string()
            } else {
                p.name.clone()
            };
            Choice::new(p.id.to_string(), label, &chosen)
        })
        .collect();
    let orgs = OrgChoices::new(subtree, &target.display_id);
    let c = state.config.import;
    Ok(UploadPage {
        chrome,
        target,
        orgs,
        profiles,
        social,
        file_error,
        limit: crate::msg!(
            "import-limit",
            rows = import::grouped(c.max_rows as u64),
            size = mib(c.max_bytes)
        )
        .to_string(),
    })
}

/// Multiple Accounts: the upload form.
pub async fn import_form(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsImport>,
    query: web::Query<OrgQuery>,
) -> AppResult<HttpResponse> {
    let page = upload_page(&state, &auth, &session, query.into_inner().org, None, None).await?;
    render(&page)
}

/// "Download the .CSV template" for the chosen org (the restrict column
/// only where it has Social Messaging).
pub async fn template_csv(
    state: State,
    auth: Authorized<p::AccountsImport>,
    query: web::Query<OrgQuery>,
) -> AppResult<HttpResponse> {
    let home = auth.org().clone();
    let wanted = query.into_inner().org;
    let social = state
        .db
        .run(move |conn| {
            let target = match wanted {
                Some(o) => home.find_below(conn, &o)?.unwrap_or(home.clone()),
                None => home.clone(),
            };
            Ok(org_settings::effective(conn, &target)?
                .features
                .has(Feature::SocialMessaging))
        })
        .await?;
    Ok(crate::web::csv_download(
        "accounts-template.csv",
        import::template(social),
    ))
}

/// The multipart body, read up to the limit (the CSRF guard has read it
/// already and bounded it the same way).
async fn read_body(mut payload: web::Payload, limit: usize) -> AppResult<Vec<u8>> {
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::BadRequest(msg!("import-upload-broke-off", reason = e.to_string()))
        })?;
        if body.len() + chunk.len() > limit {
            return Err(AppError::TooLarge(too_large_message(limit).into()));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Upload: the file is read (refused as a whole with one message next to
/// the file field if it cannot be imported), kept, and its preview shown.
pub async fn upload(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsImport>,
    req: HttpRequest,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let max = state.config.import.max_bytes;
    let body = read_body(payload, max + MULTIPART_OVERHEAD).await?;
    let boundary = req
        .mime_type()
        .ok()
        .flatten()
        .and_then(|m| m.get_param(mime::BOUNDARY).map(|b| b.as_str().to_owned()))
        .ok_or_else(|| AppError::BadRequest(msg!("import-use-the-form")))?;
    let parts = multipart::parts(&body, &boundary);
    let text = |name: &str| {
        parts
            .iter()
            .find(|p| p.name == name)
            .map(|p| String::from_utf8_lossy(p.body).trim().to_owned())
    };
    let org = text("org").unwrap_or_default();
    let profile = text("user_permissions_id").and_then(|v| v.parse::<i64>().ok());
    let file = parts.iter().find(|p| p.name == "file");
    let refuse = |message: String| async {
        let page = upload_page(
            &state,
            &auth,
            &session,
            Some(org.clone()),
            profile,
            Some(message),
        )
        .await?;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    };
    let Some(file) = file.filter(|f| f.file_name.as_deref().is_some_and(|n| !n.is_empty())) else {
        return refuse(crate::i18n::t("import-choose-file")).await;
    };
    if file.body.len() > max {
        return refuse(too_large_message(max + MULTIPART_OVERHEAD)).await;
    }
    let file_name: String = file
        .file_name
        .as_deref()
        .unwrap_or("accounts.csv")
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("accounts.csv")
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let content = file.body.to_vec();
    let acting = auth.acting().clone();
    let limits = limits(&state);
    let wanted = org.clone();
    let stored = state
        .db
        .run(move |conn| {
            let target = account_import::target(conn, &acting, &wanted, profile)?;
            let social = target.settings.features.has(Feature::SocialMessaging);
            match import::read(&content, limits, social) {
                Ok(_) => uploads::store(conn, &acting, &target, &file_name, &content).map(Ok),
                Err(e) => Ok(Err(e.0)),
            }
        })
        .await;
    match stored {
        Ok(Ok(id)) => Ok(see_other(&format!("{}/accounts/import/{id}", base(&auth)))),
        Ok(Err(message)) => refuse(message).await,
        Err(AppError::Invalid(errors)) => refuse(errors.joined()).await,
        Err(e) => Err(e),
    }
}
