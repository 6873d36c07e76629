//! The emails the portal sends, as a typed enum rendered from askama
//! templates (`templates/email/<name>.{subject,txt,html}`) in the
//! recipient's language.

use askama::Template;

use super::batch_completed::BatchCompleted;
pub use super::rendered::{Rendered, one_line};
use crate::error::AppResult;
use crate::i18n::{Arg, filters};
pub use lettre::Address;

pub use crate::i18n::Language;

/// One email to one recipient. `link` is absolute (see `mail::link`).
#[derive(Debug, Clone)]
pub enum Email {
    /// A new administrator sets their password.
    AdminInvitation {
        to: Address,
        name: String,
        org_name: String,
        inviter_name: String,
        link: String,
        valid_days: u32,
        language: Language,
    },
    /// The contact of a new API user sets its API credential.
    ApiUserInvitation {
        to: Address,
        name: String,
        org_name: String,
        inviter_name: String,
        /// The External Application, e.g. "HttpApi" or "Salesforce".
        application: String,
        link: String,
        valid_days: u32,
        language: Language,
    },
    PasswordReset {
        to: Address,
        name: String,
        link: String,
        valid_hours: u32,
        language: Language,
    },
    /// An administrator's sign-in email or backup email changed: a notice
    /// to the address that would not otherwise hear of it (the old sign-in
    /// email; for a backup change, the sign-in email). No link: the
    /// recipient may be the only one who knows it was not them.
    EmailChanged {
        to: Address,
        name: String,
        /// The backup email changed (else the sign-in email).
        backup: bool,
        /// The address now on the account; empty when a backup was removed.
        new_address: String,
        /// Who changed it, when not the administrator themself.
        changed_by: Option<String>,
        /// When, as the administrator's pages show times, with the zone.
        when: String,
        language: Language,
    },
    /// The code of an administrator's sign-in (emailed-code MFA). Sent
    /// only to the sign-in email.
    SignInCode {
        to: Address,
        name: String,
        code: String,
        valid_minutes: u32,
        language: Language,
    },
    /// An account (end user) activates their phone line. The text comes
    /// from the org's Invitation Template, already filled in.
    AccountInvitation {
        to: Address,
        name: String,
        message: Composed,
        /// BCP 47 code of the account's language (`<html lang>`).
        lang: &'static str,
    },
    /// A bulk operation finished (Setup > Manage Alerts).
    BatchCompleted(Box<BatchCompleted>),
}

/// A piece of a message an administrator wrote (Setup > Invitation
/// Templates), filled in: text, or the link. The HTML email escapes the
/// text and makes the link clickable; nothing in it is ever template code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Link(String),
}

/// A filled-in message: a subject (emails only) and paragraphs of lines of
/// pieces.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Composed {
    pub subject: String,
    pub paragraphs: Vec<Vec<Vec<Piece>>>,
}

impl Composed {
    /// The plain text: lines joined by a line break, paragraphs by a blank line.
    pub fn text(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| {
                p.iter()
                    .map(|line| {
                        line.iter()
                            .map(|piece| match piece {
                                Piece::Text(t) | Piece::Link(t) => t.as_str(),
                            })
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

impl Email {
    pub fn to(&self) -> &Address {
        match self {
            Email::AdminInvitation { to, .. }
            | Email::ApiUserInvitation { to, .. }
            | Email::PasswordReset { to, .. }
            | Email::AccountInvitation { to, .. } => to,
            Email::EmailChanged { to, .. } => to,
            Email::SignInCode { to, .. } => to,
            Email::BatchCompleted(b) => &b.to,
        }
    }

    /// The recipient's display name, as given (cleaned when the header is built).
    pub fn to_name(&self) -> &str {
        match self {
            Email::AdminInvitation { name, .. }
            | Email::ApiUserInvitation { name, .. }
            | Email::PasswordReset { name, .. }
            | Email::AccountInvitation { name, .. } => name,
            Email::EmailChanged { name, .. } => name,
            Email::SignInCode { name, .. } => name,
            Email::BatchCompleted(b) => &b.name,
        }
    }

    /// A stable name for the kind of email, stored with the outbox row.
    pub fn kind(&self) -> &'static str {
        match self {
            Email::AdminInvitation { .. } => "admin_invitation",
            Email::ApiUserInvitation { .. } => "api_user_invitation",
            Email::PasswordReset { .. } => "password_reset",
            Email::AccountInvitation { .. } => "account_invitation",
            Email::EmailChanged { .. } => "email_changed",
            Email::SignInCode { .. } => "sign_in_code",
            Email::BatchCompleted(_) => "batch_completed",
        }
    }

    pub fn render(&self) -> AppResult<Rendered> {
        let rendered = match self {
            Email::AdminInvitation {
                name,
                org_name,
                inviter_name,
                link,
                valid_days,
                language,
                ..
            } => crate::i18n::with(*language, || {
                AdminInvitation {
                    lang: language.code(),
                    name,
                    org_name,
                    inviter_name,
                    link,
                    valid_days: *valid_days,
                }
                .render()
            })?,
            Email::ApiUserInvitation {
                name,
                org_name,
                inviter_name,
                application,
                link,
                valid_days,
                language,
                ..
            } => crate::i18n::with(*language, || {
                ApiUserInvitation {
                    lang: language.code(),
                    name,
                    org_name,
                    inviter_name,
                    application,
                    link,
                    valid_days: *valid_days,
                }
                .render()
            })?,
            Email::PasswordReset {
                name,
                link,
                valid_hours,
                language,
                ..
            } => crate::i18n::with(*language, || {
                PasswordReset {
                    lang: language.code(),
                    name,
                    link,
                    valid_hours: *valid_hours,
                }
                .render()
            })?,
            Email::AccountInvitation { message, lang, .. } => Rendered {
                subject: one_line(&message.subject),
                text: message.text(),
                html: AccountInvitationHtml {
                    e: &AccountInvitation {
                        lang,
                        paragraphs: &message.paragraphs,
                    },
                }
                .render()?,
            },
            Email::EmailChanged {
                name,
                backup,
                new_address,
                changed_by,
                when,
                language,
                ..
            } => crate::i18n::with(*language, || {
                EmailChanged {
                    lang: language.code(),
                    name,
                    backup: *backup,
                    new_address,
                    changed_by: changed_by.as_deref(),
                    when,
                }
                .render()
            })?,
            Email::SignInCode {
                name,
                code,
                valid_minutes,
                language,
                ..
            } => crate::i18n::with(*language, || {
                SignInCode {
                    lang: language.code(),
                    name,
                    code,
                    valid_minutes: *valid_minutes,
                }
                .render()
            })?,
            Email::BatchCompleted(b) => b.render_in(b.language)?,
        };
        Ok(rendered)
    }
}

/// An argument of `html_msg`: shown as it is, or in `<strong>`.
enum Part<'a> {
    Text(&'a str),
    Strong(&'a str),
}

/// For the HTML emails: message `id` in the current language, its words
/// and its arguments escaped, `Strong` arguments in `<strong{style}>`. (The
/// catalogue holds no HTML: the markup is added here, around the data.)
fn html_msg(id: &str, args: &[(&str, Part<'_>)], style: &str) -> String {
    let marker = |i: usize| format!("\u{E000}{i}\u{E001}");
    let fluent: Vec<(&str, Arg)> = args
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, Arg::Text(marker(i))))
        .collect();
    let mut out = filters::escape_html(&crate::i18n::t_in(crate::i18n::current(), id, &fluent));
    for (i, (_, part)) in args.iter().enumerate() {
        let value = match part {
            Part::Text(s) => filters::escape_html(s),
            Part::Strong(s) => format!("<strong{style}>{}</strong>", filters::escape_html(s)),
        };
        out = out.replace(&marker(i), &value);
    }
    out
}

// Each email has a context struct; three thin askama structs render its
// subject, text and HTML from it (templates refer to the context as `e`).
macro_rules! email_parts {
    ($ctx:ident => $subject:ident($sp:tt), $text:ident($tp:tt), $html:ident($hp:tt)) => {
        #[derive(Template)]
        #[template(path = $sp, escape = "none")]
        struct $subject<'a> {
            // A subject may be a sentence with no data.
            #[allow(dead_code)]
            e: &'a $ctx<'a>,
        }

        #[derive(Template)]
        #[template(path = $tp, escape = "none")]
        struct $text<'a> {
            e: &'a $ctx<'a>,
        }

        #[derive(Template)]
        #[template(path = $hp, escape = "html")]
        struct $html<'a> {
            e: &'a $ctx<'a>,
        }

        impl $ctx<'_> {
            fn render(&self) -> askama::Result<Rendered> {
                Ok(Rendered {
                    subject: one_line(&$subject { e: self }.render()?),
                    text: $text { e: self }.render()?,
                    html: $html { e: self }.render()?,
                })
            }
        }
    };
}

struct AdminInvitation<'a> {
    lang: &'static str,
    name: &'a str,
    org_name: &'a str,
    inviter_name: &'a str,
    link: &'a str,
    valid_days: u32,
}

impl AdminInvitation<'_> {
    fn invited_html(&self) -> String {
        html_msg(
            "email-admin-invitation-invited",
            &[
                ("inviter", Part::Text(self.inviter_name)),
                ("org", Part::Strong(self.org_name)),
            ],
            "",
        )
    }
}

email_parts!(AdminInvitation =>
    AdminInvitationSubject("email/admin_invitation.subject"),
    AdminInvitationText("email/admin_invitation.txt"),
    AdminInvitationHtml("email/admin_invitation.html"));

struct ApiUserInvitation<'a> {
    lang: &'static str,
    name: &'a str,
    org_name: &'a str,
    inviter_name: &'a str,
    application: &'a str,
    link: &'a str,
    valid_days: u32,
}

impl ApiUserInvitation<'_> {
    fn created_text(&self) -> String {
        crate::i18n::t_in(
            crate::i18n::current(),
            "email-api-invitation-created",
            &[
                ("inviter", self.inviter_name.into()),
                ("name", self.name.into()),
                ("org", self.org_name.into()),
                ("application", self.application.into()),
            ],
        )
    }

    fn created_html(&self) -> String {
        html_msg(
            "email-api-invitation-created",
            &[
                ("inviter", Part::Text(self.inviter_name)),
                ("name", Part::Strong(self.name)),
                ("org", Part::Strong(self.org_name)),
                ("application", Part::Strong(self.application)),
            ],
            "",
        )
    }
}

email_parts!(ApiUserInvitation =>
    ApiUserInvitationSubject("email/api_user_invitation.subject"),
    ApiUserInvitationText("email/api_user_invitation.txt"),
    ApiUserInvitationHtml("email/api_user_invitation.html"));

struct PasswordReset<'a> {
    lang: &'static str,
    name: &'a str,
    link: &'a str,
    valid_hours: u32,
}

email_parts!(PasswordReset =>
    PasswordResetSubject("email/password_reset.subject"),
    PasswordResetText("email/password_reset.txt"),
    PasswordResetHtml("email/password_reset.html"));

struct AccountInvitation<'a> {
    lang: &'a str,
    paragraphs: &'a [Vec<Vec<Piece>>],
}

/// Only the HTML is a template: subject and text are filled in already.
#[derive(Template)]
#[template(path = "email/account_invitation.html", escape = "html")]
struct AccountInvitationHtml<'a> {
    e: &'a AccountInvitation<'a>,
}
struct EmailChanged<'a> {
    lang: &'static str,
    name: &'a str,
    backup: bool,
    new_address: &'a str,
    changed_by: Option<&'a str>,
    when: &'a str,
}

impl EmailChanged<'_> {
    /// The catalogue's selector: "yes" for the backup email.
    fn which(&self) -> &'static str {
        if self.backup { "yes" } else { "no" }
    }

    fn address_html(&self, id: &str) -> String {
        html_msg(id, &[("address", Part::Strong(self.new_address))], "")
    }
}

email_parts!(EmailChanged =>
    EmailChangedSubject("email/email_changed.subject"),
    EmailChangedText("email/email_changed.txt"),
    EmailChangedHtml("email/email_changed.html"));

struct SignInCode<'a> {
    lang: &'static str,
    name: &'a str,
    code: &'a str,
    valid_minutes: u32,
}

impl SignInCode<'_> {
    fn code_html(&self) -> String {
        let minutes = self.valid_minutes.to_string();
        html_msg(
            "email-code-is",
            &[
                ("code", Part::Strong(self.code)),
                ("minutes", Part::Text(&minutes)),
            ],
            " style=\"font-size:20px;letter-spacing:2px\"",
        )
    }
}

email_parts!(SignInCode =>
    SignInCodeSubject("email/sign_in_code.subject"),
    SignInCodeText("email/sign_in_code.txt"),
    SignInCodeHtml("email/sign_in_code.html"));

#[cfg(test)]
mod tests;
