//! Operations of Setup > Invitation Templates: save an org's own text,
//! go back to the inherited one, set how long invitations stay valid, and
//! send a test. Each checks the privilege, owns its transaction and writes
//! the audit event.

use diesel::prelude::*;

use crate::db::schema::invitation_templates;
use crate::db::{self, DbConn};
use crate::domain::acting::Acting;
use crate::domain::audit::{self, Event};
use crate::domain::invitations::Links;
use crate::domain::org_settings::{self, DEFAULT_INVITATION_TTL_DAYS};
use crate::domain::privileges::Privilege;
use crate::domain::values::PhoneNumber;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Msg;
use crate::msg;

use super::render::{self, Values};
use super::{Channel, Text};

/// A template as the form submits it, checked (`render::check`).
#[derive(Debug, Clone)]
pub struct TemplateInput {
    pub channel: Channel,
    pub language: &'static str,
    pub text: Text,
}

/// "email template (Spanish)": how audit entries and messages name one.
pub fn describe(channel: Channel, language: &str) -> String {
    format!("{} template ({language})", channel.label())
}

/// `describe` in the reader's language: "Email template (Spanish)".
pub fn shown(channel: Channel, language: &str) -> String {
    let id = match channel {
        Channel::Email => "setup-inv-what-email",
        Channel::Sms => "setup-inv-what-sms",
    };
    Msg::new(id)
        .arg("language", language_shown(language))
        .to_string()
}

/// An account language's stored name ("Spanish") as the reader calls it.
pub fn language_shown(language: &str) -> String {
    let id = match language {
        "English" => "language-english",
        "Spanish" => "language-spanish",
        "Portuguese" => "language-portuguese",
        "Italian" => "language-italian",
        "German" => "language-german",
        "French" => "language-french",
        other => return other.to_owned(),
    };
    crate::i18n::t(id)
}

/// Saves the acting org's own text for a channel and language (replacing
/// what it had): sub-orgs without their own now use it too.
pub fn save(conn: &mut DbConn, acting: &Acting, input: TemplateInput) -> AppResult<()> {
    acting.require(Privilege::SetupEditInvitationTemplates)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        let now = chrono::Utc::now().naive_utc();
        let mine = invitation_templates::table
            .filter(invitation_templates::org_id.eq(org.id))
            .filter(invitation_templates::channel.eq(input.channel.as_str()))
            .filter(invitation_templates::language.eq(input.language));
        let updated = diesel::update(mine)
            .set((
                invitation_templates::subject.eq(&input.text.subject),
                invitation_templates::body.eq(&input.text.body),
                invitation_templates::updated_at.eq(now),
            ))
            .execute(conn)?;
        if updated == 0 {
            // Two saves racing here: the UNIQUE (org, channel, language)
            // refuses the second insert, and the request fails cleanly.
            diesel::insert_into(invitation_templates::table)
                .values((
                    invitation_templates::org_id.eq(org.id),
                    invitation_templates::channel.eq(input.channel.as_str()),
                    invitation_templates::language.eq(input.language),
                    invitation_templates::subject.eq(&input.text.subject),
                    invitation_templates::body.eq(&input.text.body),
                    invitation_templates::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        let mut details = format!("{} characters", input.text.body.chars().count());
        if input.channel == Channel::Email {
            details = format!("subject '{}'; body of {details}", input.text.subject);
        }
        let target = describe(input.channel, input.language);
        let event = Event {
            org_id: Some(org.id),
            action: "invitation_template_saved",
            target: &target,
            details,
        };
        audit::record(conn, &acting.actor(), event)
    })
}

/// Removes the acting org's own text: it uses its parent's (or the built-in
/// one) again. `false` when it had none.
pub fn reset(
    conn: &mut DbConn,
    acting: &Acting,
    channel: Channel,
    language: &'static str,
) -> AppResult<bool> {
    acting.require(Privilege::SetupEditInvitationTemplates)?;
    let org = acting.org();
    db::transaction(conn, |conn| {
        let removed = diesel::delete(
            invitation_templates::table
                .filter(invitation_templates::org_id.eq(org.id))
                .filter(invitation_templates::channel.eq(channel.as_str()))
                .filter(invitation_templates::language.eq(language)),
        )
        .execute(conn)?;
        if removed > 0 {
            let target = describe(channel, language);
            let event = Event {
                org_id: Some(org.id),
                action: "invitation_template_reset",
                target: &target,
                details: "own text removed; the inherited text applies".into(),
            };
            audit::record(conn, &acting.actor(), event)?;
        }
        Ok(removed > 0)
    })
}

/// The invitation validity as typed: whole days, 1 to 365.
pub fn parse_days(input: &str) -> Result<i64, Msg> {
    match input.trim().parse::<i64>() {
        Ok(days) if (1..=365).contains(&days) => Ok(days),
        _ => Err(msg!("setup-inv-days-invalid")),
    }
}

/// Sets how long the acting org's invitation links stay valid; `None`
/// goes back to the parent's setting (the top org: the default, 30 days).
/// Links already sent keep their expiry.
pub fn set_validity(conn: &mut DbConn, acting: &Acting, days: Option<i64>) -> AppResult<()> {
    acting.require(Privilege::SetupEditInvitationTemplates)?;
    if let Some(d) = days
        && !(1..=365).contains(&d)
    {
        let mut errors = FieldErrors::new();
        errors.add("days", msg!("setup-inv-days-invalid"));
        return Err(AppError::Invalid(errors));
    }
    let org = acting.org();
    db::transaction(conn, |conn| {
        let mut row = org_settings::own(conn, org)?;
        let before = row.invitation_ttl_days;
        if before == days {
            return Ok(());
        }
        row.invitation_ttl_days = days;
        org_settings::store(conn, &row)?;
        let show = |d: Option<i64>| match d {
            Some(d) => format!("{d} days"),
            None => "as the parent organization".into(),
        };
        let event = Event {
            org_id: Some(org.id),
            action: "invitation_validity_changed",
            target: &org.name,
            details: format!("{} → {}", show(before), show(days)),
        };
        audit::record(conn, &acting.actor(), event)
    })
}

/// Where a test goes.
#[derive(Debug, Clone)]
pub enum TestRecipient {
    /// The signed-in administrator's own email (email templates).
    MyEmail,
    /// A number typed on the page (SMS templates).
    Phone(PhoneNumber),
}

/// The sample values of previews and tests: the link leads nowhere.
pub fn sample_values<'a>(first_name: &'a str, org_name: &'a str, link: &'a str) -> Values<'a> {
    Values {
        first_name,
        number: "+15550100123",
        link,
        org_name,
    }
}

/// The sample link of previews and tests: an activation address as long as
/// a real one (SMS lengths come out right) with no invitation behind it, so
/// it opens the "link not valid" page.
pub fn sample_link(base_url: &str) -> String {
    let token = format!("{:0<64}", "sample-link-it-activates-nothing-");
    crate::mail::link(base_url, &format!("/activate/{token}"))
}

/// Sends what the acting org uses for `channel` in `language`, filled in
/// with sample values, through the same outbox, job queue and transport
/// as real invitations. Returns where it went.
pub fn send_test(
    conn: &mut DbConn,
    acting: &Acting,
    channel: Channel,
    language: &'static str,
    recipient: TestRecipient,
    links: &Links,
) -> AppResult<String> {
    acting.require(Privilege::SetupEditInvitationTemplates)?;
    let org = acting.org();
    let admin = acting.admin();
    let to = match (channel, recipient) {
        (Channel::Email, _) => admin.email.clone(),
        (Channel::Sms, TestRecipient::Phone(n)) => n.as_str().to_owned(),
        (Channel::Sms, TestRecipient::MyEmail) => {
            let mut errors = FieldErrors::new();
            errors.add("to", msg!("setup-inv-test-number"));
            return Err(AppError::Invalid(errors));
        }
    };
    db::transaction(conn, |conn| {
        let effective = super::effective(conn, org, channel, language)?;
        let link = sample_link(&links.base_url);
        let values = sample_values(&admin.first_name, &org.name, &link);
        let mut message = render::compose(&effective.text, &values);
        if channel == Channel::Email {
            message.subject = format!("[Test] {}", message.subject);
        }
        super::queue(
            conn,
            super::Outgoing {
                channel,
                to: &to,
                name: &admin.full_name(),
                message,
                language,
                sms_kind: "invitation_template_test_sms",
                org_id: org.id,
            },
        )?;
        let target = describe(channel, language);
        let event = Event {
            org_id: Some(org.id),
            action: "invitation_template_test_sent",
            target: &target,
            details: format!("test sent to {to}"),
        };
        audit::record(conn, &acting.actor(), event)?;
        Ok(to)
    })
}

/// The validity an org's own setting shows when it has none (the default).
pub const DEFAULT_DAYS: i64 = DEFAULT_INVITATION_TTL_DAYS;
