use actix_web::HttpResponse;
use diesel::connection::SimpleConnection;

use crate::web::State;

/// 200 when the database answers, 503 when it does not.
pub async fn healthz(state: State) -> HttpResponse {
    let ok = state
        .db
        .run(|conn| Ok(conn.batch_execute("SELECT 1").is_ok()))
        .await
        .unwrap_or(false);
    if ok {
        HttpResponse::Ok().content_type("text/plain").body("ok")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable")
    }
}
