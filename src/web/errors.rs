//! Maps `AppError` to pages, in one place. Causes of 500s are logged, and the
//! page says nothing about them.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::error::AppError;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub title: &'a str,
    pub message: &'a str,
}

/// A standalone error page with the given status.
pub fn page(status: StatusCode, title: &str, message: &str) -> HttpResponse {
    let body = ErrorPage { title, message }
        .render()
        .unwrap_or_else(|_| format!("{status}"));
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Unauthenticated => StatusCode::SEE_OTHER,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        match self {
            AppError::Unauthenticated => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/login"))
                .finish(),
            AppError::NotFound => page(
                status,
                "Page not found",
                "The page you asked for does not exist, or you do not have access to it.",
            ),
            AppError::Forbidden => page(
                status,
                "Not allowed",
                "Your role does not include the privilege for this, or the form has expired. \
                 Go back, reload the page and try again.",
            ),
            AppError::BadRequest(m) => page(status, "Bad request", m),
            AppError::Conflict(m) => page(status, "Not possible", m),
            AppError::TooLarge(m) => page(status, "File too large", m),
            AppError::Invalid(_) => page(status, "Check your input", "Some fields were not valid."),
            AppError::Busy => {
                let mut response = page(
                    status,
                    "Busy, try again",
                    "Many people are signing in right now. Nothing was changed: please try again in a few seconds.",
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
                response
            }
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                page(
                    status,
                    "Something went wrong",
                    "Something went wrong on our side and nothing was saved. Please try again; \
                     if it keeps happening, contact support.",
                )
            }
        }
    }
}

/// For routes that match nothing.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
