//! HTTP layer: the route table, shared state and render helpers. One module
//! per section; each keeps its handlers next to its askama templates.

pub mod account_invite;
pub mod accounts;
pub mod activate;
pub mod administrators;
pub mod assets;
pub mod dashboard;
pub mod errors;
pub mod first_run;
pub mod flash;
pub mod health;
pub mod invitation_templates;
pub mod invite;
pub mod language;
pub mod layout;
pub mod list_order;
pub mod me;
pub mod mfa;
pub mod numbers;
pub mod org_options;
pub mod password_reset;
pub mod reports;
pub mod roles;
pub mod route_table;
pub mod setup;
pub mod signin;
pub mod suborgs;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::error::AppResult;
pub use crate::state::AppState;

pub type State = web::Data<AppState>;

/// The single route table (the org pages are in `org_routes!` below).
pub fn routes(cfg: &mut web::ServiceConfig) {
    // The org pages come right after the two static routes above them: a
    // pattern with `{params}` costs a regex match, so each of the token
    // routes below would otherwise be tried on every page view.
    cfg.route("/", web::get().to(signin::home))
        .route("/healthz", web::get().to(health::healthz))
        .service(org_scope())
        .route("/static/{file}", web::get().to(assets::serve))
        .route("/login", web::get().to(signin::login_form))
        .route("/login", web::post().to(signin::login))
        .route("/logout", web::post().to(signin::logout))
        .route("/setup/{token}", web::get().to(first_run::form))
        .route("/setup/{token}", web::post().to(first_run::submit))
        .route("/invite/{token}", web::get().to(invite::form))
        .route("/invite/{token}", web::post().to(invite::submit))
        .route("/activate/{token}", web::get().to(activate::form))
        .route("/activate/{token}", web::post().to(activate::submit))
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
        .route(mfa::LOGIN_CODE, web::get().to(mfa::code_form))
        .route(mfa::LOGIN_CODE, web::post().to(mfa::submit_code))
        .route(mfa::LOGIN_ENROL, web::get().to(mfa::login_enrol))
        .route(mfa::LOGIN_ENROL, web::post().to(mfa::confirm_login_enrol))
        .route(mfa::MY_ENROL, web::get().to(mfa::my_enrol))
        .route(mfa::MY_ENROL, web::post().to(mfa::confirm_my_enrol))
        .route(
            mfa::LOGIN_ENROL_EMAIL,
            web::post().to(mfa::confirm_login_email),
        )
        .route(mfa::MY_ENROL_EMAIL, web::post().to(mfa::confirm_my_email))
        .route("/me", web::get().to(me::show))
        .route("/me", web::post().to(me::save_profile))
        .route("/me/email", web::post().to(me::change_email))
        .route("/me/backup-email", web::post().to(me::change_backup_email))
        .route("/me/password", web::post().to(me::change_password))
        .route(
            "/me/sessions/sign-out-others",
            web::post().to(me::sign_out_others),
        )
        .route(
            "/me/sessions/{sid}/sign-out",
            web::post().to(me::sign_out_session),
        );
}

// The org pages: one line per route (method, path below `/orgs/{org}` and
// its section, handler), grouped by section. tests/api/route_matrix.rs walks
// this table for tenancy and CSRF.
crate::org_routes! {
    "" {
        get "" => dashboard::org_home;
        get "/dashboard" => dashboard::show;
    }
    "/suborgs" {
        get "" => suborgs::list;
        post "" => suborgs::create;
        post "/{sub}/rename" => suborgs::rename;
        get "/{sub}/delete" => suborgs::confirm_delete;
        post "/{sub}/delete" => suborgs::delete;
    }
    "/reports" {
        get "" => reports::index;
        get "/administrators-activity" => reports::activity::page;
        get "/administrators-activity.csv" => reports::activity::csv;
        get "/batches" => reports::batches::list;
        get "/batches/{id:\\d+}.csv" => reports::batches::csv;
        get "/batches/{id:\\d+}" => reports::batches::show;
        get "/batches/{id:\\d+}/progress" => reports::batches::progress;
        get "/batches/{id:\\d+}/undo" => reports::undo::confirm;
        post "/batches/{id:\\d+}/undo" => reports::undo::undo;
        get "/jobs" => reports::failed_jobs::list;
        post "/jobs/{id}/retry" => reports::failed_jobs::retry;
    }
    "/accounts" {
        get "" => accounts::list;
        post "/bulk" => accounts::bulk;
        post "/bulk/run" => accounts::bulk_run;
        get "/move" => accounts::move_form;
        post "/move" => accounts::move_run;
        get "/import" => accounts::import_form;
        post "/import" => accounts::import_upload;
        get "/import/template.csv" => accounts::import_template;
        get "/import/{id:\\d+}" => accounts::import_preview;
        post "/import/{id:\\d+}" => accounts::import_start;
        get "/import/{id:\\d+}/invalid.csv" => accounts::import_invalid_csv;
        get "/new" => accounts::new_form;
        post "/new" => accounts::create;
        get "/{id:\\d+}" => accounts::show;
        post "/{id:\\d+}" => accounts::update;
        get "/{id:\\d+}/edit" => accounts::edit_form;
        get "/{id:\\d+}/delete" => accounts::confirm_delete;
        post "/{id:\\d+}/delete" => accounts::delete;
        get "/{id:\\d+}/reset-pin" => accounts::confirm_reset_pin;
        post "/{id:\\d+}/reset-pin" => accounts::reset_pin;
        post "/{id}/invite" => account_invite::resend;
    }
    "/setup" {
        get "" => setup::index;
        get "/user-permissions" => setup::user_permissions;
        post "/user-permissions" => setup::create_user_permissions;
        get "/user-permissions/new" => setup::new_user_permissions;
        get "/user-permissions/{id}" => setup::show_user_permissions;
        post "/user-permissions/{id}" => setup::update_user_permissions;
        post "/user-permissions/{id}/default" => setup::make_default_user_permissions;
        post "/user-permissions/{id}/clear-default" => setup::clear_default_user_permissions;
        get "/user-permissions/{id}/delete" => setup::confirm_delete_user_permissions;
        post "/user-permissions/{id}/delete" => setup::delete_user_permissions;
        get "/feature-settings" => setup::feature_settings;
        post "/feature-settings" => setup::save_feature_settings;
        get "/domain-restriction" => setup::domain_restriction;
        post "/domain-restriction" => setup::save_domain_restriction;
        get "/two-factor-authentication" => setup::two_factor;
        post "/two-factor-authentication" => setup::save_two_factor;
        get "/manage-alerts" => setup::manage_alerts;
        post "/manage-alerts" => setup::save_manage_alerts;
        get "/invitation-templates" => invitation_templates::show;
        post "/invitation-templates" => invitation_templates::save;
        get "/invitation-templates/reset" => invitation_templates::confirm_reset;
        post "/invitation-templates/reset" => invitation_templates::reset;
        post "/invitation-templates/test" => invitation_templates::send_test;
        post "/invitation-templates/validity" => invitation_templates::validity;
    }
    "/numbers" {
        get "" => numbers::list;
        post "" => numbers::create;
        get "/new" => numbers::new_form;
        post "/reserve" => numbers::reserve;
        post "/unreserve" => numbers::unreserve;
        post "/tag" => numbers::tag;
        post "/delete" => numbers::delete;
        get "/allocate" => numbers::allocate_form;
        post "/allocate" => numbers::allocate;
        get "/withdraw" => numbers::withdraw_form;
        post "/withdraw" => numbers::withdraw;
        get "/{id:\\d+}" => numbers::show;
        post "/{id:\\d+}" => numbers::update;
        get "/{id:\\d+}/delete" => numbers::confirm_delete_one;
        post "/{id:\\d+}/delete" => numbers::delete_one;
    }
    "/administrators" {
        get "" => administrators::list;
        post "" => administrators::create;
        get "/new" => administrators::new_admin;
        get "/new-api-user" => administrators::new_api_user;
        get "/reinvite" => administrators::reinvite_result;
        post "/reinvite" => administrators::reinvite;
        get "/reinvite/status.csv" => administrators::reinvite_status_csv;
        get "/{id}" => administrators::show;
        post "/{id}" => administrators::update;
        get "/{id}/delete" => administrators::confirm_delete;
        post "/{id}/delete" => administrators::delete;
        post "/{id}/unlock" => administrators::unlock;
        get "/{id}/two-factor/reset" => mfa::confirm_reset;
        post "/{id}/two-factor/reset" => mfa::reset;
    }
    "/roles" {
        get "" => roles::list;
        post "" => roles::create;
        get "/new" => roles::new_form;
        get "/{id}" => roles::show;
        post "/{id}" => roles::update;
        get "/{id}/delete" => roles::confirm_delete;
        post "/{id}/delete" => roles::delete;
    }
}

/// Renders a template as a 200 HTML page.
pub fn render(t: &impl Template) -> AppResult<HttpResponse> {
    render_status(StatusCode::OK, t)
}

/// A CSV file to download as `file_name`, never cached (reports hold
/// personal data).
pub fn csv_download(file_name: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CONTENT_TYPE,
            "text/csv; charset=utf-8",
        ))
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body)
}

pub fn render_status<T: Template>(status: StatusCode, t: &T) -> AppResult<HttpResponse> {
    // A signed-in page is 10–60 kB: written into room made once rather than
    // a buffer grown (and copied) a dozen times from askama's estimate.
    let mut page = String::with_capacity(RENDER_CAPACITY.max(T::SIZE_HINT));
    t.render_into(&mut page)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page))
}

/// The room a page is rendered into at first.
const RENDER_CAPACITY: usize = 64 * 1024;

/// A stored (UTC) time as pages show it, in the zone of the page (the
/// administrator's own, else the org's: `Acting::time_zone`):
/// "21-NOV-2019 12:31 PM" (seed 000); empty when there is none.
pub fn local_time(t: Option<chrono::NaiveDateTime>, time_zone: &str) -> String {
    t.map(|t| crate::domain::time_zones::local(t, time_zone))
        .unwrap_or_default()
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
    /// There are more than `total` (it was counted only that far).
    pub more: bool,
}

impl Pager {
    pub fn new(page: Option<i64>, total: i64) -> Self {
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        Self {
            page: page.unwrap_or(1).clamp(1, pages),
            pages,
            total,
            more: false,
        }
    }

    /// For a count that may have stopped early: "more than N".
    pub fn counted(page: Option<i64>, total: i64, more: bool) -> Self {
        Self {
            more,
            ..Self::new(page, total)
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
