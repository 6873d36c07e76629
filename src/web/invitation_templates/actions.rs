//! The forms of the Invitation Templates page: Save (or Preview) a
//! template, go back to the inherited text, Send test, and the invitation
//! validity. Each parses, makes one operation call, and redirects with a
//! message, or shows the page again with messages next to the fields.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Authorized;
use crate::domain::invitation_templates::edits::{self, TemplateInput, TestRecipient};
use crate::domain::invitation_templates::{self as templates, Channel, Source, Text, render};
use crate::domain::privileges::p;
use crate::domain::values::PhoneNumber;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render as render_page, render_status, see_other};

use super::{Submitted, language_of, page, page_url};
use crate::i18n::{filters, t};
use crate::msg;

#[derive(Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    channel: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    /// "save" or "preview": which button was pressed.
    #[serde(default)]
    action: String,
}

#[derive(Deserialize)]
pub struct ChannelForm {
    #[serde(default)]
    channel: String,
    #[serde(default)]
    language: String,
    /// Send test: the number an SMS goes to.
    #[serde(default)]
    to: String,
}

#[derive(Deserialize)]
pub struct ValidityForm {
    #[serde(default)]
    days: String,
    #[serde(default)]
    language: String,
    /// Present when "Same as the parent organization" was pressed.
    #[serde(default)]
    inherit: Option<String>,
}

fn channel(input: &str) -> AppResult<Channel> {
    Channel::parse(input).ok_or_else(|| AppError::BadRequest(msg!("setup-form-unreadable")))
}

pub async fn save(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditInvitationTemplates>,
    form: web::Form<TemplateForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let channel = channel(&form.channel)?;
    let language = language_of(Some(&form.language));
    let checked = render::check(channel, &form.subject, &form.body);
    let as_typed = |errors: FieldErrors, preview: bool| Submitted {
        channel: Some(channel),
        text: Some(Text {
            subject: form.subject.clone(),
            body: form.body.clone(),
        }),
        errors,
        preview,
        ..Submitted::default()
    };
    if form.action == "preview" {
        let errors = checked.err().unwrap_or_default();
        return render_page(
            &page(&state, &auth, &session, language, as_typed(errors, true)).await?,
        );
    }
    let text = match checked {
        Ok(text) => text,
        Err(errors) => {
            let page = page(&state, &auth, &session, language, as_typed(errors, false)).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let acting = auth.acting().clone();
    let input = TemplateInput {
        channel,
        language,
        text,
    };
    state
        .db
        .run(move |conn| edits::save(conn, &acting, input))
        .await?;
    flash::success(
        &session,
        msg!(
            "setup-inv-saved",
            what = edits::shown(channel, language),
            org = auth.org().name.as_str()
        ),
    );
    Ok(see_other(&page_url(&auth, language)))
}

#[derive(Template)]
#[template(path = "invitation_templates/reset.html")]
struct ResetPage {
    chrome: Chrome,
    what: String,
    org_name: String,
    channel: &'static str,
    language: &'static str,
    is_email: bool,
    /// "the text of Acme" or "the built-in text".
    inherited_from: String,
    inherited: Text,
    back: String,
    action: String,
}

#[derive(Deserialize)]
pub struct ResetQuery {
    #[serde(default)]
    channel: String,
    #[serde(default)]
    language: String,
}

/// Going back to the inherited text removes the org's own: this page says
/// what replaces it before anything changes.
pub async fn confirm_reset(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditInvitationTemplates>,
    query: web::Query<ResetQuery>,
) -> AppResult<HttpResponse> {
    let channel = channel(&query.channel)?;
    let language = language_of(Some(&query.language));
    let org = auth.org().org().clone();
    let (chrome, overview) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Setup,
        t("setup-inv-reset-title"),
        move |conn| templates::overview(conn, &org, language),
    )
    .await?;
    let Some(view) = overview.into_iter().find(|o| o.channel == channel) else {
        return Err(AppError::NotFound);
    };
    let what = edits::shown(channel, language);
    if view.effective.source != Source::Here {
        flash::info(
            &session,
            msg!(
                "setup-inv-no-own-text",
                what = what,
                org = auth.org().name.as_str()
            ),
        );
        return Ok(see_other(&page_url(&auth, language)));
    }
    let inherited_from = match &view.inherited.source {
        Source::Ancestor { name, .. } => {
            msg!("setup-inv-from-ancestor", org = name.as_str()).to_string()
        }
        _ => t("setup-inv-from-builtin"),
    };
    let base = format!("/orgs/{}/setup/invitation-templates", auth.org().display_id);
    render_page(&ResetPage {
        chrome,
        what,
        org_name: auth.org().name.clone(),
        channel: channel.as_str(),
        language,
        is_email: channel == Channel::Email,
        inherited_from,
        inherited: view.inherited.text,
        back: page_url(&auth, language),
        action: format!("{base}/reset"),
    })
}

pub async fn reset(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditInvitationTemplates>,
    form: web::Form<ChannelForm>,
) -> AppResult<HttpResponse> {
    let channel = channel(&form.channel)?;
    let language = language_of(Some(&form.language));
    let acting = auth.acting().clone();
    let removed = state
        .db
        .run(move |conn| edits::reset(conn, &acting, channel, language))
        .await?;
    let what = edits::shown(channel, language);
    let org = auth.org().name.as_str();
    if removed {
        flash::success(
            &session,
            msg!("setup-inv-reset-done", what = what, org = org),
        );
    } else {
        flash::info(
            &session,
            msg!("setup-inv-reset-none", what = what, org = org),
        );
    }
    Ok(see_other(&page_url(&auth, language)))
}

pub async fn send_test(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditInvitationTemplates>,
    form: web::Form<ChannelForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let channel = channel(&form.channel)?;
    let language = language_of(Some(&form.language));
    let recipient = match channel {
        Channel::Email => TestRecipient::MyEmail,
        Channel::Sms => match PhoneNumber::parse(&form.to) {
            Ok(number) => TestRecipient::Phone(number),
            Err(message) => {
                let mut test_errors = FieldErrors::new();
                test_errors.add("to", message);
                let submitted = Submitted {
                    channel: Some(channel),
                    test_to: form.to.clone(),
                    test_errors,
                    ..Submitted::default()
                };
                let page = page(&state, &auth, &session, language, submitted).await?;
                return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        },
    };
    let acting = auth.acting().clone();
    let links = state.links();
    let result = state
        .db
        .run(move |conn| edits::send_test(conn, &acting, channel, language, recipient, &links))
        .await;
    match result {
        Ok(to) => {
            state.mailer.wake();
            let sent = match channel {
                Channel::Email => msg!("setup-inv-test-sent-email", to = to),
                Channel::Sms => msg!("setup-inv-test-sent-sms", to = to),
            };
            flash::success(&session, sent);
        }
        Err(AppError::Conflict(message)) => flash::error(&session, message),
        Err(e) => return Err(e),
    }
    Ok(see_other(&page_url(&auth, language)))
}

pub async fn validity(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditInvitationTemplates>,
    form: web::Form<ValidityForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let language = language_of(Some(&form.language));
    let days = if form.inherit.is_some() {
        None
    } else {
        match edits::parse_days(&form.days) {
            Ok(days) => Some(days),
            Err(message) => {
                let mut days_errors = FieldErrors::new();
                days_errors.add("days", message);
                let submitted = Submitted {
                    days: Some(form.days.clone()),
                    days_errors,
                    ..Submitted::default()
                };
                let page = page(&state, &auth, &session, language, submitted).await?;
                return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        }
    };
    let acting = auth.acting().clone();
    state
        .db
        .run(move |conn| edits::set_validity(conn, &acting, days))
        .await?;
    flash::success(
        &session,
        match days {
            Some(d) => msg!("setup-inv-valid-days", days = d),
            None => msg!("setup-inv-validity-inherited"),
        },
    );
    Ok(see_other(&page_url(&auth, language)))
}
