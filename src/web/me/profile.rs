//! Saving name, language and time zone.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::PATH;
use super::page::{ProfileForm, Values, render_page};
use crate::auth::CurrentAdmin;
use crate::domain::my_profile::{self, ProfileInput};
use crate::domain::time_zones::TimeZone;
use crate::domain::values::{PersonName, parse_admin_language};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::msg;
use crate::web::{State, flash, see_other};

fn parse(form: &ProfileForm) -> Result<ProfileInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let first_name = errors.check("first_name", PersonName::parse_first(&form.first_name));
    let last_name = errors.check("last_name", PersonName::parse_last(&form.last_name));
    let language = errors.check("language", parse_admin_language(&form.language));
    let time_zone = errors.check("time_zone", TimeZone::parse(&form.time_zone));
    match (first_name, last_name, language, time_zone) {
        (Some(first_name), Some(last_name), Some(language), Some(time_zone)) => Ok(ProfileInput {
            first_name,
            last_name,
            language,
            time_zone,
        }),
        _ => Err(errors),
    }
}

pub async fn save_profile(
    state: State,
    session: Session,
    admin: CurrentAdmin,
    form: web::Form<ProfileForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let result = match parse(&form) {
        Ok(input) => {
            let acting = admin.at_home();
            state
                .db
                .run(move |conn| my_profile::update(conn, &acting, input))
                .await
        }
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(_) => {
            flash::success(&session, msg!("me-profile-saved"));
            Ok(see_other(PATH))
        }
        Err(AppError::Invalid(errors)) => {
            let values = Values {
                profile: Some(form),
                ..Values::default()
            };
            render_page(
                &state,
                &admin,
                &session,
                values,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}
