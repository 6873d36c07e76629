//! The texts built into Switchboard, used where no org in the lineage has
//! written its own. English and Spanish; the other account languages get the
//! English text until an org writes theirs.

use super::{Channel, Text};

const EMAIL_SUBJECT_EN: &str = "{org_name}: activate your business phone line";
const EMAIL_BODY_EN: &str = "Hello {first_name},

{org_name} has set up a business phone line for you.
Your number: {number}

Activate your account with this link:
{link}

The link works once. If it has expired, ask your administrator to send you a new invitation.";
const SMS_EN: &str =
    "Hi {first_name}, {org_name} set up your business line ({number}). Activate it: {link}";

const EMAIL_SUBJECT_ES: &str = "{org_name}: active su línea telefónica de empresa";
const EMAIL_BODY_ES: &str = "Hola, {first_name}:

{org_name} le ha preparado una línea telefónica de empresa.
Su número: {number}

Active su cuenta con este enlace:
{link}

El enlace solo puede usarse una vez. Si ha caducado, pida a su administrador que le envíe una nueva invitación.";
const SMS_ES: &str = "Hola, {first_name}: {org_name} le ha preparado su línea de empresa ({number}). Actívela: {link}";

/// The built-in text of `channel` in `language`.
pub fn builtin(channel: Channel, language: &str) -> Text {
    let spanish = language == "Spanish";
    match (channel, spanish) {
        (Channel::Email, false) => Text {
            subject: EMAIL_SUBJECT_EN.into(),
            body: EMAIL_BODY_EN.into(),
        },
        (Channel::Email, true) => Text {
            subject: EMAIL_SUBJECT_ES.into(),
            body: EMAIL_BODY_ES.into(),
        },
        (Channel::Sms, false) => Text {
            subject: String::new(),
            body: SMS_EN.into(),
        },
        (Channel::Sms, true) => Text {
            subject: String::new(),
            body: SMS_ES.into(),
        },
    }
}

/// Has `language` a built-in text of its own (else it gets the English one)?
pub fn has_own_builtin(language: &str) -> bool {
    matches!(language, "English" | "Spanish")
}

/// What `{number}` says when the account has no number yet.
pub fn number_to_choose(language: &str) -> &'static str {
    match language {
        "Spanish" => "a elegir al activar la cuenta",
        _ => "to be chosen when you activate",
    }
}
