//! The My Profile page: every form on it, and the sessions list. A form
//! that fails comes back (422) with its values and the messages next to its
//! fields; the other forms show what is saved.

use actix_session::Session;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;
use serde::Deserialize;

use super::browser;
use crate::auth::{CurrentAdmin, TypedSession};
use crate::domain::acting::Acting;
use crate::domain::admins::Administrator;
use crate::domain::my_sessions::{self, SessionInfo};
use crate::domain::time_zones;
use crate::domain::values::ADMIN_LANGUAGES;
use crate::error::{AppResult, FieldErrors};
use crate::i18n::{Language, filters};
use crate::web::layout::Chrome;
use crate::web::{State, local_time, render_status};

/// The profile form (no password needed).
#[derive(Deserialize, Default, Clone)]
pub struct ProfileForm {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub language: String,
    /// Empty: the organization's.
    #[serde(default)]
    pub time_zone: String,
}

impl ProfileForm {
    pub fn of(admin: &Administrator) -> Self {
        Self {
            first_name: admin.first_name.clone(),
            last_name: admin.last_name.clone(),
            language: admin.language.clone(),
            time_zone: admin.time_zone.clone().unwrap_or_default(),
        }
    }
}

/// What the forms show: what is saved, except for the one being corrected.
#[derive(Default)]
pub struct Values {
    pub profile: Option<ProfileForm>,
    pub email: Option<String>,
    pub backup_email: Option<String>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct SessionRow {
    pub sid: String,
    pub browser: String,
    pub address: String,
    pub signed_in: String,
    pub last_seen: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "me/show.html")]
struct ProfilePage {
    chrome: Chrome,
    admin: Administrator,
    org_label: String,
    profile: ProfileForm,
    languages: Vec<Choice>,
    zones: Vec<Choice>,
    org_zone: String,
    new_email: String,
    backup_email: String,
    errors: FieldErrors,
    sessions: Vec<SessionRow>,
    others: usize,
}

fn row(s: SessionInfo, zone: &str) -> SessionRow {
    SessionRow {
        browser: browser::describe(s.user_agent.as_deref()),
        address: s
            .client_addr
            .unwrap_or_else(|| crate::i18n::t("me-sessions-unknown-address")),
        signed_in: local_time(Some(s.signed_in_at), zone),
        last_seen: local_time(s.last_seen_at.or(Some(s.signed_in_at)), zone),
        current: s.current,
        sid: s.sid,
    }
}

/// Renders My Profile for `admin` with `values` in the forms and `errors`
/// next to their fields.
pub async fn render_page(
    state: &State,
    admin: &Acting,
    session: &Session,
    values: Values,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let acting = admin.at_home();
    let sid = TypedSession(session.clone()).sid();
    let absolute = chrono::Duration::from_std(state.config.session_absolute)
        .unwrap_or(chrono::Duration::hours(12));
    let listed = acting.clone();
    let (chrome, sessions) = Chrome::load_profile(state, &acting, session, move |conn| {
        my_sessions::list(conn, &listed, sid.as_deref(), absolute)
    })
    .await?;
    let me = acting.admin().clone();
    let zone = acting.time_zone().to_owned();
    let profile = values.profile.unwrap_or_else(|| ProfileForm::of(&me));
    let languages = ADMIN_LANGUAGES
        .iter()
        .map(|l| Choice {
            value: (*l).to_owned(),
            // Each language by its own name, whatever the page's language.
            label: match Language::from_name(l) {
                Language::English => "English",
                Language::Spanish => "Español",
                Language::Portuguese => "Português",
            }
            .to_owned(),
            selected: profile.language == *l,
        })
        .collect();
    let zones = time_zones::offered()
        .into_iter()
        .map(|z| Choice {
            value: z.to_owned(),
            label: z.replace('_', " "),
            selected: profile.time_zone == z,
        })
        .collect();
    let sessions: Vec<SessionRow> = sessions.into_iter().map(|s| row(s, &zone)).collect();
    let page = ProfilePage {
        others: sessions.iter().filter(|s| !s.current).count(),
        org_label: acting.home().label(),
        org_zone: acting.home().time_zone.clone(),
        new_email: values.email.unwrap_or_default(),
        backup_email: values
            .backup_email
            .unwrap_or_else(|| me.backup_email.clone().unwrap_or_default()),
        chrome,
        admin: me,
        profile,
        languages,
        zones,
        errors,
        sessions,
    };
    render_status(status, &page)
}

pub async fn show(state: State, session: Session, admin: CurrentAdmin) -> AppResult<HttpResponse> {
    render_page(
        &state,
        &admin,
        &session,
        Values::default(),
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}
