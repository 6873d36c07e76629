//! CSRF protection for every state-changing request, in one middleware so no
//! handler can forget it: the Origin / Sec-Fetch-Site headers must not point
//! elsewhere, and the form (urlencoded or multipart) must carry the expected
//! `csrf_token`. The expected token is the session's; a visitor without one
//! (anonymous: the sign-in, invitation, reset and set-up pages) gets it from
//! an encrypted cookie instead (double submit), so merely viewing a form
//! never creates a session row.

use actix_session::{Session, SessionExt};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::mime;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, ResponseError};
use futures_util::StreamExt;
use std::future::{Ready, ready};

use crate::auth::csrf_cookie::{self, IssuedToken};
use crate::auth::{multipart, redact};
use crate::domain::tokens::random_token;
use crate::error::AppError;

const SESSION_KEY: &str = "csrf";
pub const FORM_FIELD: &str = "csrf_token";

/// What a multipart body may carry besides the file: the form's other
/// fields and the part headers.
pub const MULTIPART_OVERHEAD: usize = 64 * 1024;

/// The largest multipart body the guard reads: the CSV importer's file
/// limit (`IMPORT_MAX_BYTES`) and the form around it, so a legitimate
/// upload is never cut, and bounded so a forged one cannot exhaust memory.
pub fn multipart_limit(req: &ServiceRequest) -> usize {
    req.app_data::<actix_web::web::Data<crate::state::AppState>>()
        .map_or(crate::config::ImportConfig::default().max_bytes, |s| {
            s.config.import.max_bytes
        })
        .saturating_add(MULTIPART_OVERHEAD)
}

/// The message for an upload over the limit.
/// In the current language (a decimal comma in Spanish and Portuguese).
pub fn too_large_message(limit: usize) -> String {
    let mib = format!(
        "{:.1}",
        (limit.saturating_sub(MULTIPART_OVERHEAD)) as f64 / (1024.0 * 1024.0)
    );
    let size = match crate::i18n::current() {
        crate::i18n::Language::English => mib,
        _ => mib.replace('.', ","),
    };
    crate::msg!("auth-upload-too-large", size = size).to_string()
}

pub use crate::auth::csrf_cookie::CsrfCookieConfig;

/// The session's CSRF token, created on first use. Only for signed-in pages:
/// on an anonymous page it would create a session row; use `CsrfToken`.
pub fn token(session: &Session) -> String {
    if let Some(t) = session_token(session) {
        return t;
    }
    let t = random_token();
    // A failure here only means the next POST is refused; nothing to leak.
    let _ = session.insert(SESSION_KEY, &t);
    t
}

fn session_token(session: &Session) -> Option<String> {
    session.get::<String>(SESSION_KEY).ok().flatten()
}

/// Gives the session a fresh token (at sign-in, with the renewed session id).
pub fn rotate(session: &Session) {
    let _ = session.insert(SESSION_KEY, random_token());
}

/// The token a page puts in its forms: the session's when it has one,
/// otherwise the visitor's cookie token, issued (by the guard, on the
/// response) when the visitor has none yet. Never writes to the session.
pub struct CsrfToken(String);

impl CsrfToken {
    pub fn value(&self) -> String {
        self.0.clone()
    }
}

impl FromRequest for CsrfToken {
    type Error = Error;
    type Future = Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(CsrfToken(expected_or_issue(req))))
    }
}

fn expected_or_issue(req: &HttpRequest) -> String {
    if let Some(t) = expected(req) {
        return t;
    }
    if let Some(IssuedToken(t)) = req.extensions().get::<IssuedToken>() {
        return t.clone();
    }
    let t = random_token();
    req.extensions_mut().insert(IssuedToken(t.clone()));
    t
}

/// What a POST must carry: the session's token, or, when the session has
/// none, the one in the visitor's encrypted cookie.
fn expected(req: &HttpRequest) -> Option<String> {
    session_token(&req.get_session()).or_else(|| csrf_cookie::read(req))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A request from another site. Browsers that send Sec-Fetch-Site are
/// judged by it; older ones by Origin against our Host.
fn is_cross_site(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = req.connection_info().host().to_owned();
        let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
        return origin == "null" || !origin_host.eq_ignore_ascii_case(&host);
    }
    false
}

fn form_token(body: &[u8]) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == FORM_FIELD)
        .map(|(_, v)| v)
}

enum BodyKind {
    Form,
    Multipart(String),
    Other,
}

fn body_kind(req: &ServiceRequest) -> BodyKind {
    let Ok(Some(mime)) = req.mime_type() else {
        return BodyKind::Other;
    };
    match (mime.type_(), mime.subtype()) {
        (mime::APPLICATION, mime::WWW_FORM_URLENCODED) => BodyKind::Form,
        (mime::MULTIPART, mime::FORM_DATA) => {
            mime.get_param(mime::BOUNDARY).map_or(BodyKind::Other, |b| {
                BodyKind::Multipart(b.as_str().to_owned())
            })
        }
        _ => BodyKind::Other,
    }
}

/// The whole body, or `None` once it passes `limit` (the rest is not read).
async fn read_capped(req: &mut ServiceRequest, limit: usize) -> Result<Option<Bytes>, Error> {
    let mut payload = req.take_payload();
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body.freeze()))
}

/// Reads the token from the body and puts the body back, unchanged, for the
/// handler. `None` when there is no token to be found.
async fn submitted_token(req: &mut ServiceRequest) -> Result<Option<String>, Error> {
    let (body, token) = match body_kind(req) {
        BodyKind::Form => {
            let body = req.extract::<Bytes>().await?;
            let token = form_token(&body);
            (body, token)
        }
        BodyKind::Multipart(boundary) => match read_capped(req, multipart_limit(req)).await? {
            Some(body) => {
                let token = multipart::text_field(&body, &boundary, FORM_FIELD);
                (body, token)
            }
            None => return Ok(None),
        },
        BodyKind::Other => return Ok(None),
    };
    req.set_payload(Payload::from(body));
    Ok(token)
}

pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        let mut res = next.call(req).await?;
        csrf_cookie::set_if_issued(&mut res);
        return Ok(res.map_into_left_body());
    }
    // An upload over the limit is answered with what to do, not a refusal
    // of its token (browsers send the length before the body).
    let limit = multipart_limit(&req);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok());
    if matches!(body_kind(&req), BodyKind::Multipart(_)) && declared.is_some_and(|n| n > limit) {
        let response = AppError::TooLarge(too_large_message(limit).into()).error_response();
        return Ok(req.into_response(response).map_into_right_body());
    }
    let mut accepted = false;
    if !is_cross_site(&req) {
        let given = submitted_token(&mut req).await?;
        accepted = match (given, expected(req.request())) {
            (Some(given), Some(expected)) => {
                constant_time_eq(given.as_bytes(), expected.as_bytes())
            }
            _ => false,
        };
    }
    if !accepted {
        tracing::warn!(
            path = %redact::redact_path(req.path()),
            "refused a POST without a valid CSRF token"
        );
        // Its own page, not the missing-privilege one: reloading fixes this.
        // `from_err` keeps the error on the response, so a signed-in
        // administrator sees the page inside the layout (`web::errors::in_layout`).
        let (request, _) = req.into_parts();
        return Ok(ServiceResponse::from_err(AppError::FormExpired, request).map_into_right_body());
    }
    let mut res = next.call(req).await?;
    // A POST that re-renders an anonymous form (a failed sign-in) may issue a token too.
    csrf_cookie::set_if_issued(&mut res);
    Ok(res.map_into_left_body())
}
