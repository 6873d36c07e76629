//! HTTP layer: the route table, shared state and render helpers. One module
//! per section; each keeps its handlers next to its askama templates.

pub mod assets;
pub mod dashboard;
pub mod errors;
pub mod first_run;
pub mod flash;
pub mod health;
pub mod layout;
pub mod placeholders;
pub mod reports;
pub mod signin;
pub mod suborgs;

use std::sync::Arc;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::config::Config;
use crate::db::Db;
use crate::error::AppResult;

/// Shared by every handler through `web::Data<AppState>`.
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    /// Public URL for links, without a trailing slash.
    pub base_url: String,
}

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
                .route("/accounts", web::get().to(placeholders::accounts))
                .route("/setup", web::get().to(placeholders::setup))
                .route(
                    "/administrators",
                    web::get().to(placeholders::administrators),
                )
                .route("/roles", web::get().to(placeholders::roles)),
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
