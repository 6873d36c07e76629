//! Maps `AppError` to pages, in one place. Causes of 500s are logged, and the
//! page says nothing about them. A signed-in administrator's 403 and 404
//! pages keep the menu (`in_layout`); everyone else's stand alone.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpResponse, ResponseError, web};
use askama::Template;

use crate::auth::CurrentAdmin;
use crate::error::AppError;
use crate::i18n::{filters, t};

use crate::state::AppState;
use crate::web::layout::Chrome;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub title: &'a str,
    pub message: &'a str,
}

/// The same page inside the signed-in layout, with the menu.
#[derive(Template)]
#[template(path = "error_signed_in.html")]
struct SignedInErrorPage<'a> {
    chrome: Chrome,
    message: &'a str,
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

/// The title and message of a refusal: not found, no privilege, or an
/// expired form. The last two differ: one is about the role, the other
/// about an old page, and each needs another fix.
fn refusal_text(error: &AppError) -> (String, String) {
    let (title, message) = match error {
        AppError::NotFound => ("error-not-found-title", "error-not-found"),
        AppError::FormExpired => ("error-form-expired-title", "error-form-expired"),
        _ => ("error-no-privilege-title", "error-no-privilege"),
    };
    (t(title), t(message))
}

/// The pages a signed-in administrator sees inside the layout.
fn in_layout_text(error: &AppError) -> Option<(String, String)> {
    matches!(
        error,
        AppError::NotFound | AppError::Forbidden | AppError::FormExpired
    )
    .then(|| refusal_text(error))
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::FormExpired => StatusCode::FORBIDDEN,
            AppError::Unauthenticated => StatusCode::SEE_OTHER,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Busy | AppError::Stale => StatusCode::SERVICE_UNAVAILABLE,
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
            AppError::BadRequest(m) => page(status, &t("error-bad-request-title"), &m.to_string()),
            AppError::Conflict(m) => page(status, &t("error-conflict-title"), &m.to_string()),
            AppError::TooLarge(m) => page(status, &t("error-too-large-title"), &m.to_string()),
            AppError::Invalid(_) => page(status, &t("error-invalid-title"), &t("error-invalid")),
            // A stale session: `auth::session_check` answers a redirect to
            // the same page instead; this is only what is left if it could not.
            AppError::Busy | AppError::Stale => {
                let retry = if matches!(self, AppError::Stale) {
                    "1"
                } else {
                    "5"
                };
                let mut response = page(status, &t("error-busy-title"), &t("error-busy"));
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from_static(retry));
                response
            }
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                page(status, &t("error-internal-title"), &t("error-internal"))
            }
            AppError::NotFound | AppError::Forbidden | AppError::FormExpired => {
                let (title, message) = refusal_text(self);
                page(status, &title, &message)
            }
        }
    }
}

/// Middleware: a 403 or 404 page for a signed-in administrator is shown
/// again inside the normal layout, so the menu stays and they can go on.
/// `ResponseError` cannot do it: it has no request, hence no session.
/// Anyone not signed in (or whose session ended) keeps the bare page.
pub async fn in_layout(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let res = next.call(req).await?;
    let text = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .and_then(in_layout_text);
    let Some((title, message)) = text else {
        return Ok(res.map_into_left_body());
    };
    let request = res.request().clone();
    match signed_in_page(&request, title, &message).await {
        Some(body) => {
            let status = res.status();
            let (_, old) = res.into_parts();
            let mut page = HttpResponse::build(status)
                .content_type("text/html; charset=utf-8")
                .body(body);
            // Cookies the inner layers set (a renewed CSRF cookie) still go out.
            for cookie in old.headers().get_all(header::SET_COOKIE) {
                page.headers_mut()
                    .append(header::SET_COOKIE, cookie.clone());
            }
            Ok(ServiceResponse::new(request, page).map_into_right_body())
        }
        None => Ok(res.map_into_left_body()),
    }
}

/// The page in the layout, or `None` when nobody is signed in (or anything
/// goes wrong: the bare page is always there to fall back on).
async fn signed_in_page(
    request: &actix_web::HttpRequest,
    title: String,
    message: &str,
) -> Option<String> {
    let admin = CurrentAdmin::from_request(request, &mut Payload::None)
        .await
        .ok()?;
    let state = request.app_data::<web::Data<AppState>>()?.clone();
    let session = request.get_session();
    let (mut chrome, ()) = Chrome::load_profile(&state, &admin, &session, |_| Ok(()))
        .await
        .ok()?;
    chrome.section_label = title.clone();
    chrome.title = title;
    SignedInErrorPage { chrome, message }.render().ok()
}

/// For routes that match nothing.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
