//! The layer around the session layer that settles what `db::first_trip`
//! left open: a GET may be served from a session as a recent request read
//! it, confirmed by the request's first database trip. Here, a request that
//! made no trip has the check run before its response leaves, and a request
//! whose check failed is answered with a redirect to the same page, where
//! the session is read afresh (and found ended, or changed).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse, ResponseError, web};

use crate::db::first_trip::{self, Verdict};
use crate::error::AppError;
use crate::state::AppState;

pub async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if !req.headers().contains_key(header::COOKIE) {
        // No session to recall (a load balancer's `/healthz`, a first visit).
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let may_defer = matches!(*req.method(), Method::GET | Method::HEAD);
    let db = req.app_data::<web::Data<AppState>>().map(|s| s.db.clone());
    let again = same_page(req.uri());
    first_trip::scope(may_defer, async move {
        let res = next.call(req).await;
        if first_trip::pending() {
            // No trip yet: the check runs now, before anything is sent; the
            // trip records what it found (or that it could not run).
            let Some(db) = &db else {
                return Err(AppError::Busy.into());
            };
            let _ = db.run(|_| Ok(())).await;
        }
        let Some(verdict) = first_trip::failed() else {
            return res.map(ServiceResponse::map_into_left_body);
        };
        let Ok(res) = &res else {
            return Err(AppError::Busy.into());
        };
        let response = match verdict {
            Verdict::Ended => see_other("/login"),
            Verdict::Changed => see_other(&again),
            // Not confirmed: nothing the request made is sent.
            _ => AppError::Busy.error_response(),
        };
        Ok(ServiceResponse::new(res.request().clone(), response).map_into_right_body())
    })
    .await
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}

/// Where to ask again: this request's own path and query, never another
/// site (`//host/…` would be one).
fn same_page(uri: &actix_web::http::Uri) -> String {
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    format!("/{}", path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::same_page;

    #[test]
    fn asking_again_stays_on_this_site() {
        let uri = |s: &str| s.parse::<actix_web::http::Uri>().unwrap();
        assert_eq!(
            same_page(&uri("/orgs/1/accounts?page=2")),
            "/orgs/1/accounts?page=2"
        );
        assert_eq!(same_page(&uri("//evil.example/x")), "/evil.example/x");
        assert_eq!(same_page(&uri("/")), "/");
    }
}
