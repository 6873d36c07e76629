use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::list_url;
use crate::auth::{Authorized, Scope};
use crate::domain::numbers::input::RANGE_CAP;
use crate::domain::numbers::{self, AddForm, Source};
use crate::domain::privileges::p;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, flash, render_status, see_other};

#[derive(Template)]
#[template(path = "numbers/new.html")]
struct NewPage {
    chrome: Chrome,
    form: AddForm,
    errors: FieldErrors,
    /// What the forms not submitted show: no messages.
    none: FieldErrors,
    cap: String,
    org_label: String,
}

impl NewPage {
    /// The form the values and messages belong to.
    fn is(&self, mode: &str) -> bool {
        self.form.mode == mode || (self.form.mode.is_empty() && mode == Source::One.as_str())
    }

    /// The mode of the form submitted ("one" when none was).
    fn active(&self) -> &str {
        Source::parse(&self.form.mode).map_or("one", Source::as_str)
    }

    /// The tag typed into this mode's form (the others start empty).
    fn tag_for(&self, mode: &str) -> &str {
        if self.is(mode) { &self.form.tag } else { "" }
    }

    fn val<'a>(&self, mode: &str, value: &'a str) -> &'a str {
        if self.is(mode) { value } else { "" }
    }

    fn errs(&self, mode: &str) -> &FieldErrors {
        if self.is(mode) {
            &self.errors
        } else {
            &self.none
        }
    }

    fn tag_error(&self, mode: &str) -> Option<&crate::i18n::Msg> {
        self.errors.get("tag").filter(|_| self.is(mode))
    }
}

#[derive(Deserialize)]
pub struct Submitted {
    #[serde(default)]
    mode: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    list: String,
    #[serde(default)]
    tag: String,
}

async fn page(
    state: &State,
    scope: &Scope,
    session: &Session,
    status: StatusCode,
    form: AddForm,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let chrome = Chrome::load(
        state,
        scope,
        session,
        Section::Setup,
        crate::i18n::t("numbers-add"),
    )
    .await?;
    render_status(
        status,
        &NewPage {
            chrome,
            form,
            errors,
            none: FieldErrors::new(),
            cap: super::grouped(RANGE_CAP),
            org_label: scope.org().label(),
        },
    )
}

pub async fn new_form(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
) -> AppResult<HttpResponse> {
    page(
        &state,
        &auth,
        &session,
        StatusCode::OK,
        AddForm::default(),
        FieldErrors::new(),
    )
    .await
}

pub async fn create(
    state: State,
    session: Session,
    auth: Authorized<p::SetupEditNumberManagement>,
    form: web::Form<Submitted>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let typed = AddForm {
        mode: form.mode,
        number: form.number,
        from: form.from,
        to: form.to,
        list: form.list,
        tag: form.tag,
    };
    let input = match typed.parse() {
        Ok(input) => input,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return page(&state, &auth, &session, status, typed, errors).await;
        }
    };
    let acting = auth.acting().clone();
    let result = state
        .db
        .run(move |conn| numbers::add(conn, &acting, &input))
        .await;
    match result {
        Ok(added) => {
            flash::success(&session, added.message());
            Ok(see_other(&list_url(&auth, "")))
        }
        Err(AppError::Invalid(errors)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            page(&state, &auth, &session, status, typed, errors).await
        }
        Err(e) => Err(e),
    }
}
