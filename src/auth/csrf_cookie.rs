//! The CSRF token of a visitor without a session, kept in its own small
//! cookie encrypted with the app's cookie key (so it cannot be forged or
//! read by script) instead of in a session row.

use actix_web::HttpMessage;
use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, CookieJar, Key, SameSite};
use actix_web::dev::ServiceResponse;

/// How the cookie is named and sealed; registered as app data in `lib.rs`.
#[derive(Clone)]
pub struct CsrfCookieConfig {
    key: Key,
    secure: bool,
}

impl CsrfCookieConfig {
    pub fn new(key: Key, secure: bool) -> Self {
        Self { key, secure }
    }

    /// `__Host-` (Secure, Path=/, no Domain) keeps sibling sub-domains from
    /// planting one when the portal is served over HTTPS.
    fn name(&self) -> &'static str {
        if self.secure {
            "__Host-switchboard-csrf"
        } else {
            "switchboard-csrf"
        }
    }
}

/// A token issued during this request; the guard sets its cookie on the way out.
#[derive(Clone)]
pub struct IssuedToken(pub String);

/// The token in the visitor's cookie, when present and sealed by our key.
pub fn read(req: &HttpRequest) -> Option<String> {
    let config = req.app_data::<CsrfCookieConfig>()?;
    let cookie = req.cookie(config.name())?;
    let mut jar = CookieJar::new();
    jar.add_original(cookie);
    let opened = jar.private(&config.key).get(config.name())?;
    Some(opened.value().to_owned()).filter(|t| !t.is_empty())
}

/// Sets the cookie for a token issued while handling this request.
pub fn set_if_issued<B>(res: &mut ServiceResponse<B>) {
    let issued = res.request().extensions().get::<IssuedToken>().cloned();
    let config = res.request().app_data::<CsrfCookieConfig>().cloned();
    let (Some(IssuedToken(token)), Some(config)) = (issued, config) else {
        return;
    };
    let cookie = Cookie::build(config.name(), token)
        .path("/")
        .http_only(true)
        .secure(config.secure)
        .same_site(SameSite::Lax)
        .finish();
    let mut jar = CookieJar::new();
    jar.private_mut(&config.key).add(cookie);
    for sealed in jar.delta() {
        // Failing to set it only means the form's POST is refused; say so.
        if let Err(e) = res.response_mut().add_cookie(sealed) {
            tracing::warn!(error = %e, "cannot set the CSRF cookie");
        }
    }
}
