//! Setup > Invitation Templates (`/orgs/{org}/setup/invitation-templates`):
//! the email and SMS an account receives with its activation link, per
//! language, with where each text is defined, a preview, a test send, and
//! how long invitations stay valid. The changes are operations in
//! `domain::invitation_templates::edits`.

mod actions;

pub use actions::{confirm_reset, reset, save, send_test, validity};

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{Authorized, Scope};
use crate::domain::invitation_templates::edits::{self, DEFAULT_DAYS, sample_link, sample_values};
use crate::domain::invitation_templates::render::{self, MAX_SMS_BODY, SMS_SEGMENT};
use crate::domain::invitation_templates::{
    self as templates, Channel, Overview, Source, Text, VARIABLES,
};
use crate::domain::org_settings::{self, DefinedIn};
use crate::domain::orgs;
use crate::domain::privileges::{Privilege, p};
use crate::error::{AppResult, FieldErrors};
use crate::i18n::{self, Language, filters, t};
use crate::mail::Piece;
use crate::msg;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, local_time, render};

pub struct LanguageTab {
    name: String,
    href: String,
    active: bool,
    defined_here: bool,
}

/// A filled-in template as the page previews it.
pub struct Preview {
    subject: String,
    paragraphs: Vec<Vec<Vec<Piece>>>,
    /// SMS: how long it is with the sample values, and in how many parts.
    length: String,
}

pub struct ChannelView {
    key: &'static str,
    label: String,
    is_email: bool,
    /// "Defined in Acme", "Same as Acme", "Built-in text".
    source: String,
    defined_here: bool,
    /// The button that removes this org's own text.
    reset_label: String,
    subject: String,
    body: String,
    errors: FieldErrors,
    preview: Option<Preview>,
    updated: String,
    /// SMS: the value typed into "Send a test SMS to".
    test_to: String,
    test_errors: FieldErrors,
}

pub struct ValidityView {
    days: i64,
    source: String,
    /// The field's value: the org's own setting, or what was typed.
    value: String,
    defined_here: bool,
    /// The button that removes the org's own setting.
    inherit_label: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "invitation_templates/page.html")]
struct Page {
    chrome: Chrome,
    language: &'static str,
    /// `language` as the reader calls it.
    language_shown: String,
    tabs: Vec<LanguageTab>,
    /// For languages without a built-in text of their own.
    builtin_note: Option<String>,
    /// `{first_name}` and what it stands for, …
    variables: Vec<(String, String)>,
    channels: Vec<ChannelView>,
    validity: ValidityView,
    can_edit: bool,
    org_name: String,
    admin_email: String,
    action: String,
    sms_segment: usize,
    max_sms: usize,
}

#[derive(Deserialize, Default)]
pub struct LanguageQuery {
    language: Option<String>,
}

/// What a POST puts back on the page: the form as typed, with messages
/// next to its fields, or a preview.
#[derive(Default)]
struct Submitted {
    pub channel: Option<Channel>,
    pub text: Option<Text>,
    pub errors: FieldErrors,
    pub preview: bool,
    pub test_to: String,
    pub test_errors: FieldErrors,
    pub days: Option<String>,
    pub days_errors: FieldErrors,
}

fn page_url(scope: &Scope, language: &str) -> String {
    format!(
        "/orgs/{}/setup/invitation-templates?language={language}",
        scope.org().display_id
    )
}

/// The language a form or query names; English when it names none we know.
fn language_of(input: Option<&str>) -> &'static str {
    input.and_then(templates::language).unwrap_or("English")
}

fn source_label(source: &Source, here: &str) -> String {
    match source {
        Source::Here => msg!("setup-inv-source-here", org = here).to_string(),
        Source::Ancestor { name, .. } => {
            msg!("setup-inv-source-ancestor", org = name.as_str()).to_string()
        }
        Source::BuiltIn => t("setup-inv-source-builtin"),
    }
}

fn reset_label(inherited: &Source) -> String {
    match inherited {
        Source::Ancestor { name, .. } => {
            msg!("setup-inv-reset-ancestor", org = name.as_str()).to_string()
        }
        _ => t("setup-inv-reset-builtin"),
    }
}

fn preview(
    channel: Channel,
    text: &Text,
    org_name: &str,
    first_name: &str,
    base_url: &str,
) -> Preview {
    let link = sample_link(base_url);
    let composed = render::compose(text, &sample_values(first_name, org_name, &link));
    let chars = composed.text().chars().count();
    let length = match channel {
        Channel::Sms => msg!(
            "setup-inv-sms-length",
            chars = chars.to_string(),
            parts = render::sms_parts(chars).to_string()
        )
        .to_string(),
        Channel::Email => String::new(),
    };
    Preview {
        subject: composed.subject.clone(),
        paragraphs: composed.paragraphs,
        length,
    }
}

/// The page for `language`, with what a POST submitted (if anything).
async fn page(
    state: &State,
    scope: &Scope,
    session: &Session,
    language: &'static str,
    submitted: Submitted,
) -> AppResult<Page> {
    let org = scope.org().org().clone();
    let (chrome, (overview, defined, settings, own, ttl_org)) = Chrome::load_with(
        state,
        scope,
        session,
        Section::Setup,
        t("setup-inv-title"),
        move |conn| {
            let overview = templates::overview(conn, &org, language)?;
            let defined = templates::languages_defined_here(conn, &org)?;
            let settings = org_settings::effective(conn, &org)?;
            let own = org_settings::own(conn, &org)?;
            let ttl_org = match settings.ttl_from {
                DefinedIn::Ancestor(id) => Some(orgs::by_id(conn, id)?.name),
                _ => None,
            };
            Ok((overview, defined, settings, own, ttl_org))
        },
    )
    .await?;
    let org = scope.org();
    let tz = org.time_zone.clone();
    let first_name = scope.admin().first_name.clone();
    let mut submitted = submitted;
    let channels = overview
        .into_iter()
        .map(
            |Overview {
                 channel,
                 effective,
                 inherited,
             }| {
                let mine = submitted.channel == Some(channel);
                let submitted_text = if mine { submitted.text.take() } else { None };
                let text = submitted_text.unwrap_or_else(|| effective.text.clone());
                let errors = if mine {
                    std::mem::take(&mut submitted.errors)
                } else {
                    FieldErrors::new()
                };
                let show_preview = mine && submitted.preview;
                ChannelView {
                    key: channel.as_str(),
                    label: channel.shown(),
                    is_email: channel == Channel::Email,
                    source: source_label(&effective.source, &org.name),
                    defined_here: effective.source == Source::Here,
                    reset_label: reset_label(&inherited.source),
                    preview: show_preview
                        .then(|| preview(channel, &text, &org.name, &first_name, &state.base_url)),
                    subject: text.subject,
                    body: text.body,
                    errors,
                    updated: local_time(effective.updated_at, &tz),
                    test_to: if channel == Channel::Sms {
                        submitted.test_to.clone()
                    } else {
                        String::new()
                    },
                    test_errors: if mine {
                        std::mem::take(&mut submitted.test_errors)
                    } else {
                        FieldErrors::new()
                    },
                }
            },
        )
        .collect();
    let tabs = templates::languages()
        .iter()
        .map(|name| LanguageTab {
            name: edits::language_shown(name),
            href: page_url(scope, name),
            active: *name == language,
            defined_here: defined.iter().any(|d| d == name),
        })
        .collect();
    let ttl_source = match (settings.ttl_from, ttl_org) {
        (DefinedIn::Here, _) => msg!("setup-inv-source-here", org = org.name.as_str()).to_string(),
        (DefinedIn::Ancestor(_), Some(name)) => {
            msg!("setup-inv-source-ancestor", org = name).to_string()
        }
        _ => msg!("setup-inv-ttl-default", days = DEFAULT_DAYS).to_string(),
    };
    let inherit_label = if org.parent_id.is_some() {
        t("setup-inv-inherit-parent")
    } else {
        msg!("setup-inv-inherit-default", days = DEFAULT_DAYS).to_string()
    };
    let validity = ValidityView {
        days: settings.invitation_ttl_days,
        source: ttl_source,
        value: submitted.days.clone().unwrap_or_else(|| {
            own.invitation_ttl_days
                .unwrap_or(settings.invitation_ttl_days)
                .to_string()
        }),
        defined_here: own.invitation_ttl_days.is_some(),
        inherit_label,
        errors: submitted.days_errors,
    };
    Ok(Page {
        chrome,
        language,
        language_shown: edits::language_shown(language),
        tabs,
        builtin_note: (!templates::has_own_builtin(language)).then(|| {
            let name = edits::language_shown(language);
            // Spanish and Portuguese write a language's name in lower case
            // inside a sentence.
            let name = match i18n::current() {
                Language::English => name,
                _ => name.to_lowercase(),
            };
            msg!("setup-inv-no-builtin", language = name).to_string()
        }),
        variables: VARIABLES
            .iter()
            .map(|(name, what)| (format!("{{{name}}}"), t(what)))
            .collect(),
        channels,
        validity,
        can_edit: scope.has(Privilege::SetupEditInvitationTemplates),
        org_name: org.name.clone(),
        admin_email: scope.admin().email.clone(),
        action: format!("/orgs/{}/setup/invitation-templates", org.display_id),
        sms_segment: SMS_SEGMENT,
        max_sms: MAX_SMS_BODY,
    })
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::SetupViewInvitationTemplates>,
    query: web::Query<LanguageQuery>,
) -> AppResult<HttpResponse> {
    let language = language_of(query.language.as_deref());
    render(&page(&state, &auth, &session, language, Submitted::default()).await?)
}
