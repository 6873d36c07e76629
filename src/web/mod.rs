//! HTTP layer: the route table, shared state and render helpers. One module
//! per section; each keeps its handlers next to its askama templates.

pub mod administrators;
pub mod assets;
pub mod dashboard;
pub mod errors;
pub mod failed_jobs;
pub mod first_run;
pub mod flash;
pub mod health;
pub mod invite;
pub mod layout;
pub mod password_reset;
pub mod placeholders;
pub mod reports;
pub mod roles;
pub mod signin;
pub mod suborgs;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::error::AppResult;
pub use crate::state::AppState;

pub type State = web::Data<AppState>;

/// The single route table.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(signin::home))
        .route("/healthz", web::get().to(health::healthz))
        .route("/static/{file}", web::get().to(assets::serve))
        .route("/login", web::get().to(signin::login_form))
        .route("/login", web::post().to(signin::login))
        .route("/logout", web::post().to(signin::logout))
        .route("/setup/{token}", web::get().to(first_run::form))
        .route("/setup/{token}", web::post().to(first_run::submit))
        .route("/invite/{token}", web::get().to(invite::form))
        .route("/invite/{token}", web::post().to(invite::submit))
        .route("/password/forgot", web::get().to(password_reset::form))
        .route("/password/forgot", web::post().to(password_reset::request))
        .route(
            "/password/reset/{token}",
            web::get().to(password_reset::reset_form),
        )
        .route(
            "/password/reset/{token}",
            web::post().to(password_reset::reset),
        )
        .service(
            web::scope("/orgs/{org}")
                .route("", web::get().to(dashboard::org_home))
                .route("/dashboard", web::get().to(dashboard::show))
                .route("/suborgs", web::get().to(suborgs::list))
                .route("/suborgs", web::post().to(suborgs::create))
                .route("/suborgs/{sub}/rename", web::post().to(suborgs::rename))
                .route(
                    "/suborgs/{sub}/delete",
                    web::get().to(suborgs::confirm_delete),
                )
                .route("/suborgs/{sub}/delete", web::post().to(suborgs::delete))
                .route("/reports", web::get().to(reports::index))
                .route(
                    "/reports/administrators-activity",
                    web::get().to(reports::administrators_activity),
                )
                .route("/reports/jobs", web::get().to(failed_jobs::list))
                .route(
                    "/reports/jobs/{id}/retry",
                    web::post().to(failed_jobs::retry),
                )
                .route("/accounts", web::get().to(placeholders::accounts))
                .route("/setup", web::get().to(placeholders::setup))
                .route("/administrators", web::get().to(administrators::list))
                .route("/administrators", web::post().to(administrators::create))
                .route(
                    "/administrators/new",
                    web::get().to(administrators::new_admin),
                )
                .route(
                    "/administrators/new-api-user",
                    web::get().to(administrators::new_api_user),
                )
                .route(
                    "/administrators/reinvite",
                    web::get().to(administrators::reinvite_result),
                )
                .route(
                    "/administrators/reinvite",
                    web::post().to(administrators::reinvite),
                )
                .route(
                    "/administrators/reinvite/status.csv",
                    web::get().to(administrators::reinvite_status_csv),
                )
                .route("/administrators/{id}", web::get().to(administrators::show))
                .route(
                    "/administrators/{id}",
                    web::post().to(administrators::update),
                )
                .route(
                    "/administrators/{id}/delete",
                    web::get().to(administrators::confirm_delete),
                )
                .route(
                    "/administrators/{id}/delete",
                    web::post().to(administrators::delete),
                )
                .route("/roles", web::get().to(roles::list))
                .route("/roles", web::post().to(roles::create))
                .route("/roles/new", web::get().to(roles::new_form))
                .route("/roles/{id}", web::get().to(roles::show))
                .route("/roles/{id}", web::post().to(roles::update))
                .route("/roles/{id}/delete", web::get().to(roles::confirm_delete))
                .route("/roles/{id}/delete", web::post().to(roles::delete)),
        );
}

/// Renders a template as a 200 HTML page.
pub fn render(t: &impl Template) -> AppResult<HttpResponse> {
    render_status(StatusCode::OK, t)
}

pub fn render_status(status: StatusCode, t: &impl Template) -> AppResult<HttpResponse> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(t.render()?))
}

/// 303 See Other: the "redirect" of Post/Redirect/Get.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Page number from a `?page=` query: 1-based, clamped.
#[derive(Debug, serde::Deserialize, Default)]
pub struct PageQuery {
    pub page: Option<i64>,
}

pub const PAGE_SIZE: i64 = 25;

/// Pagination facts for templates.
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl Pager {
    pub fn new(page: Option<i64>, total: i64) -> Self {
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        Self {
            page: page.unwrap_or(1).clamp(1, pages),
            pages,
            total,
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PAGE_SIZE
    }

    pub fn has_prev(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }
}
