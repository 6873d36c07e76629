//! Add Account → Single Account, and Edit: one form, its choices taken
//! from the org the account is (or will be) in.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::validate::{self, AccountForm};
use super::{Choice, base};
use crate::auth::password;
use crate::auth::{Authorized, Scope};
use crate::domain::account_edits::{self, Added, Pin, PinHash, Then, privilege_label};
use crate::domain::accounts::{self, Account, LANGUAGES, choices};
use crate::domain::features::Feature;
use crate::domain::numbers;
use crate::domain::org_settings;
use crate::domain::orgs::Organization;
use crate::domain::privileges::{Privilege, p};
use crate::domain::user_permissions;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::{Msg, filters, t};
use crate::web::layout::{Chrome, Section};
use crate::web::org_options::OrgChoices;
use crate::web::{State, flash, render_status, see_other};

/// One feature toggle of the form.
pub struct Toggle {
    pub key: &'static str,
    pub label: String,
    pub checked: bool,
    /// Restricted (seed 003) and the administrator lacks its privilege.
    pub locked: bool,
    pub note: String,
}

#[derive(Template)]
#[template(path = "accounts/form.html")]
pub(super) struct FormPage {
    chrome: Chrome,
    /// `None` when adding.
    existing: Option<Account>,
    form: AccountForm,
    errors: FieldErrors,
    /// A message about the whole form (an invitation that cannot be sent).
    form_error: Option<String>,
    /// The org the account is, or will be, in.
    target: Organization,
    orgs: OrgChoices,
    profiles: Vec<Choice>,
    toggles: Vec<Toggle>,
    social_offered: bool,
    free_numbers: Vec<Choice>,
    more_numbers: bool,
    tags: Vec<Choice>,
    current_number: Option<String>,
    allowed_domains: String,
    languages: Vec<Choice>,
    can_invite: bool,
    can_import: bool,
    action: String,
}

impl FormPage {
    /// "Save &amp; Invite": the button's words escaped by hand, so the
    /// ampersand is written as the page always wrote it (askama would
    /// write `&#38;`).
    fn save_and_invite(&self) -> String {
        t("accounts-save-and-invite")
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }
}

/// What the form offers, read in one trip with the chrome.
struct Offer {
    target: Organization,
    subtree: std::sync::Arc<[crate::domain::orgs::Placed]>,
    profiles: Vec<user_permissions::Profile>,
    settings: org_settings::Settings,
    free: Vec<choices::FreeNumber>,
    tags: Vec<String>,
    current_number: Option<String>,
}

/// The form page for adding (`existing` None) or editing, with the choices
/// of the org `form.org` names (the URL's org when it names none in scope).
pub(super) async fn build_page(
    state: &State,
    scope: &Scope,
    session: &Session,
    existing: Option<Account>,
    form: AccountForm,
    errors: FieldErrors,
    form_error: Option<String>,
) -> AppResult<FormPage> {
    let home = scope.org().clone();
    let wanted = form.org.clone();
    let account_id = existing.as_ref().map(|a| a.id);
    let title = crate::i18n::t(if existing.is_some() {
        "accounts-edit-title"
    } else {
        "accounts-add"
    });
    let (chrome, offer) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Accounts,
        title,
        move |conn| {
            let target = home.find_below(conn, &wanted)?.unwrap_or(home.clone());
            let subtree = crate::domain::orgs::tree(conn, &home)?;
            let profiles = user_permissions::visible(conn, &target)?;
            let settings = org_settings::effective(conn, &target)?;
            let free = choices::free_numbers(conn, &target, choices::FREE_NUMBERS_LISTED)?;
            let tags = numbers::available_tags(conn, &target)?;
            let current_number = match account_id {
                Some(id) => numbers::of_account(conn, id)?.map(|n| n.e164),
                None => None,
            };
            Ok(Offer {
                target: target.org().clone(),
                subtree,
                profiles,
                settings,
                free,
                tags,
                current_number,
            })
        },
    )
    .await?;
    let default_profile = offer.profiles.iter().find(|p| p.is_default).map(|p| p.id);
    let chosen_profile = if form.user_permissions_id.is_empty() {
        default_profile.map(|id| id.to_string()).unwrap_or_default()
    } else {
        form.user_permissions_id.clone()
    };
    let profiles = offer
        .profiles
        .iter()
        .map(|p| {
            let label = if Some(p.id) == default_profile {
                crate::msg!("accounts-profile-default", name = p.name.as_str()).to_string()
            } else {
                p.name.clone()
            };
            Choice::new(p.id.to_string(), label, &chosen_profile)
        })
        .collect();
    let toggles = Feature::ALL
        .iter()
        .copied()
        .filter(|f| offer.settings.features.has(*f))
        .map(|f| {
            let needs = f.restricted_by().filter(|p| !scope.has(*p));
            Toggle {
                key: f.key(),
                label: f.shown(),
                checked: form.has_feature(f.key()),
                locked: needs.is_some(),
                note: needs.map_or_else(String::new, |p| {
                    crate::msg!("accounts-feature-locked", privilege = privilege_label(p))
                        .to_string()
                }),
            }
        })
        .collect();
    let more_numbers =
        i64::try_from(offer.free.len()).unwrap_or(i64::MAX) >= choices::FREE_NUMBERS_LISTED;
    let free_numbers = offer
        .free
        .iter()
        .map(|n| {
            let mut label = n.e164.clone();
            if n.status == "reserved" {
                label.push_str(&format!(" ({})", crate::i18n::t("numbers-status-reserved")));
            }
            if let Some(tag) = &n.tag {
                label.push_str(&format!(" · {tag}"));
            }
            Choice::new(n.e164.clone(), label, &form.number)
        })
        .collect();
    let tags = offer
        .tags
        .iter()
        .map(|t| Choice::new(t.clone(), t.clone(), &form.number_tag))
        .collect();
    let orgs = OrgChoices::new(offer.subtree.clone(), &offer.target.display_id);
    let languages = LANGUAGES
        .iter()
        .map(|l| Choice::new(*l, accounts::language_shown(l), &form.language))
        .collect();
    let action = match &existing {
        None => format!("{}/accounts/new", base(scope)),
        Some(a) => format!("{}/accounts/{}", base(scope), a.id),
    };
    Ok(FormPage {
        chrome,
        existing,
        form: AccountForm {
            org: offer.target.display_id.clone(),
            ..form
        },
        errors,
        form_error,
        social_offered: offer.settings.features.has(Feature::SocialMessaging),
        allowed_domains: offer.settings.allowed_domains.join(", "),
        target: offer.target,
        orgs,
        profiles,
        toggles,
        free_numbers,
        more_numbers,
        tags,
        current_number: offer.current_number,
        languages,
        can_invite: scope.has(Privilege::AccountsInvite),
        can_import: scope.has(Privilege::AccountsImport),
        action,
    })
}

/// The form again, as posted, with what is wrong with it: nothing was saved.
#[allow(clippy::too_many_arguments)]
async fn rerender(
    state: &State,
    scope: &Scope,
    session: &Session,
    existing: Option<Account>,
    form: AccountForm,
    errors: FieldErrors,
    form_error: Option<String>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let page = build_page(state, scope, session, existing, form, errors, form_error).await?;
    render_status(status, &page)
}

#[derive(serde::Deserialize)]
pub struct NewQuery {
    org: Option<String>,
}

pub async fn new_form(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    query: web::Query<NewQuery>,
) -> AppResult<HttpResponse> {
    let org = query
        .into_inner()
        .org
        .unwrap_or_else(|| auth.org().display_id.clone());
    let page = build_page(
        &state,
        &auth,
        &session,
        None,
        AccountForm::blank(&org),
        FieldErrors::new(),
        None,
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

/// The page that shows a new PIN: the only time anyone sees it.
#[derive(Template)]
#[template(path = "accounts/pin.html")]
pub(super) struct PinPage {
    pub chrome: Chrome,
    pub account: Account,
    pub org_display_id: String,
    pub pin: String,
    /// "was added" or "has a new PIN".
    pub added: bool,
}

/// Renders the PIN page; the response is never stored by the browser or a proxy.
pub(super) fn pin_response(page: &PinPage) -> AppResult<HttpResponse> {
    let mut response = render_status(StatusCode::OK, page)?;
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// A new PIN and its argon2id hash, made on the password threads.
pub(super) async fn new_pin() -> AppResult<(Pin, PinHash)> {
    let pin = Pin::generate();
    let secret = pin.expose().to_owned();
    let phc = password::gated(move || password::hash(&secret)).await??;
    let hash = PinHash::from_phc(phc)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("the PIN hash is not argon2")))?;
    Ok((pin, hash))
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = AccountForm::from_body(&body)?;
    let then = if form.invites() {
        auth.require(Privilege::AccountsInvite)?;
        Then::Invite
    } else {
        Then::Save
    };
    if form.no_portal_access() && then == Then::Invite {
        return rerender(
            &state,
            &auth,
            &session,
            None,
            form,
            FieldErrors::new(),
            Some(
                "A No Portal Access account has no email or device number to invite: use Save."
                    .into(),
            ),
            StatusCode::CONFLICT,
        )
        .await;
    }
    let input = match validate::parse(&form, false) {
        Ok(input) => input,
        Err(AppError::Invalid(errors)) => {
            return rerender(
                &state,
                &auth,
                &session,
                None,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(e) => return Err(e),
    };
    let (pin, pin_hash) = if form.no_portal_access() {
        let (pin, hash) = new_pin().await?;
        (Some(pin), Some(hash))
    } else {
        (None, None)
    };
    let acting = auth.acting().clone();
    let links = state.links();
    let result = state
        .db
        .run(move |conn| account_edits::add(conn, &acting, &links, input, pin_hash, then))
        .await;
    match result {
        Ok(added) => {
            if added.invitation.is_some() {
                state.mailer.wake();
            }
            if let Some(pin) = pin {
                let mut chrome = Chrome::load(
                    &state,
                    &auth,
                    &session,
                    Section::Accounts,
                    t("nav-accounts"),
                )
                .await?;
                chrome.title = t("accounts-pin-new-title");
                return pin_response(&PinPage {
                    chrome,
                    org_display_id: added.org.display_id.clone(),
                    account: added.account,
                    pin: pin.expose().to_owned(),
                    added: true,
                });
            }
            flash::success(&session, added_message(&added));
            Ok(see_other(&format!(
                "/orgs/{}/accounts/{}",
                added.org.display_id, added.account.id
            )))
        }
        Err(AppError::Invalid(errors)) => {
            rerender(
                &state,
                &auth,
                &session,
                None,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(message)) => {
            rerender(
                &state,
                &auth,
                &session,
                None,
                form,
                FieldErrors::new(),
                Some(message.to_string()),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

fn added_message(added: &Added) -> Msg {
    let name = added.account.name();
    match (&added.invitation, &added.number) {
        (Some(sent), Some(n)) => crate::msg!(
            "accounts-added-invited-number",
            name = name,
            to = sent.to.as_str(),
            number = n.as_str()
        ),
        (Some(sent), None) => crate::msg!(
            "accounts-added-invited-no-number",
            name = name,
            to = sent.to.as_str()
        ),
        (None, Some(n)) => crate::msg!("accounts-added-number", name = name, number = n.as_str()),
        (None, None) => crate::msg!("accounts-added-no-number", name = name),
    }
}

pub async fn edit_form(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    let id = account.id;
    let number = state
        .db
        .run(move |conn| numbers::of_account(conn, id))
        .await?
        .map(|n| n.e164);
    let form = AccountForm::of(&account, &auth.org().display_id, number.as_deref());
    let page = build_page(
        &state,
        &auth,
        &session,
        Some(account),
        form,
        FieldErrors::new(),
        None,
    )
    .await?;
    render_status(StatusCode::OK, &page)
}

pub async fn update(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsEdit>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    let form = AccountForm::from_body(&body)?;
    let record = format!("{}/accounts/{}", base(&auth), account.id);
    let acting = auth.acting().clone();
    let id = account.id;
    let result = match validate::parse(&form, true) {
        Ok(input) => {
            state
                .db
                .run(move |conn| account_edits::update(conn, &acting, id, input))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(updated) => {
            let name = updated.account.name();
            let message = if updated.invitation_withdrawn {
                crate::msg!("accounts-saved-invitation-withdrawn", name = name)
            } else {
                crate::msg!("accounts-saved", name = name)
            };
            flash::success(&session, message);
            Ok(see_other(&record))
        }
        Err(AppError::Invalid(errors)) => {
            rerender(
                &state,
                &auth,
                &session,
                Some(account),
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(message)) => {
            rerender(
                &state,
                &auth,
                &session,
                Some(account),
                form,
                FieldErrors::new(),
                Some(message.to_string()),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e),
    }
}
