//! One error type for the whole app. Domain code returns it; `web::errors`
//! maps each kind to a page. Internal causes are logged, never shown.

use std::collections::BTreeMap;
use std::fmt;

use crate::i18n::Msg;

#[derive(Debug)]
pub enum AppError {
    /// Not there, or not in the signed-in administrator's scope.
    NotFound,
    /// Signed in, but the role lacks the privilege.
    Forbidden,
    /// A state-changing request without the session's CSRF token: the form
    /// is older than the session, or came from another site.
    FormExpired,
    /// Not signed in (or the session ended): go to the sign-in page.
    Unauthenticated,
    /// The request cannot be understood, e.g. a malformed form.
    BadRequest(Msg),
    /// A rule refuses the change; the message is meant for the user.
    Conflict(Msg),
    /// Form input failed validation; messages are per field.
    Invalid(FieldErrors),
    /// The request body is larger than this server takes (an upload over
    /// the import limit); the message says what to do.
    TooLarge(Msg),
    /// Too busy right now (e.g. too many sign-ins at once): try again soon.
    Busy,
    /// What the request was served from (the session as an earlier request
    /// read it) has changed since: asked again, it is read afresh
    /// (`db::first_trip`).
    Stale,
    Internal(anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn internal(e: impl Into<anyhow::Error>) -> Self {
        AppError::Internal(e.into())
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::NotFound => write!(f, "not found"),
            AppError::Forbidden => write!(f, "forbidden"),
            AppError::FormExpired => write!(f, "form expired (CSRF token refused)"),
            AppError::Busy => write!(f, "busy"),
            AppError::Stale => write!(f, "session changed; ask again"),
            AppError::Unauthenticated => write!(f, "not signed in"),
            AppError::BadRequest(m) | AppError::Conflict(m) | AppError::TooLarge(m) => {
                write!(f, "{m}")
            }
            AppError::Invalid(errors) => write!(f, "invalid input: {errors:?}"),
            AppError::Internal(e) => write!(f, "internal error: {e:#}"),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        AppError::Internal(e)
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template: {e}"))
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking pool: {e}"))
    }
}

/// Validation messages keyed by form field name, shown next to the field
/// (in the reader's language: see `Msg`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, Msg>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message: impl Into<Msg>) {
        self.0.entry(field).or_insert_with(|| message.into());
    }

    /// Records the error of a parse, returning the value when it parsed.
    pub fn check<T, E: Into<Msg>>(
        &mut self,
        field: &'static str,
        parsed: Result<T, E>,
    ) -> Option<T> {
        match parsed {
            Ok(v) => Some(v),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.get(field)
    }

    /// Every message, in field order (for a line in a batch report).
    pub fn messages(&self) -> impl Iterator<Item = &Msg> {
        self.0.values()
    }

    /// The message of `field` in the current language.
    pub fn text(&self, field: &str) -> Option<String> {
        self.0.get(field).map(ToString::to_string)
    }

    /// Every message in one line, in the current language (a batch
    /// report's "message" cell, a refusal above a form).
    pub fn joined(&self) -> String {
        self.0
            .values()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `Ok(())` when nothing was recorded, else the errors as `AppError::Invalid`.
    pub fn into_result(self) -> AppResult<()> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}
