//! CSRF protection for every state-changing request, in one middleware so no
//! handler can forget it: the Origin / Sec-Fetch-Site headers must not point
//! elsewhere, and the form must carry the session's `csrf_token`.

use actix_session::{Session, SessionExt};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{Error, ResponseError};

use crate::domain::tokens::random_token;
use crate::error::AppError;

const SESSION_KEY: &str = "csrf";
pub const FORM_FIELD: &str = "csrf_token";

/// The session's CSRF token, created on first use.
pub fn token(session: &Session) -> String {
    if let Ok(Some(t)) = session.get::<String>(SESSION_KEY) {
        return t;
    }
    let t = random_token();
    // A failure here only means the next POST is refused; nothing to leak.
    let _ = session.insert(SESSION_KEY, &t);
    t
}

/// Gives the session a fresh token (at sign-in, with the renewed session id).
pub fn rotate(session: &Session) {
    let _ = session.insert(SESSION_KEY, random_token());
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

pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let mut accepted = false;
    if is_form && !is_cross_site(&req) {
        let body = req.extract::<Bytes>().await?;
        let expected = req.get_session().get::<String>(SESSION_KEY).ok().flatten();
        accepted = match (form_token(&body), expected) {
            (Some(given), Some(expected)) => {
                constant_time_eq(given.as_bytes(), expected.as_bytes())
            }
            _ => false,
        };
        req.set_payload(Payload::from(body));
    }
    if !accepted {
        tracing::warn!(path = %req.path(), is_form, "refused a POST without a valid CSRF token");
        let response = AppError::Forbidden.error_response();
        return Ok(req.into_response(response).map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}
