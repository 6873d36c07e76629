//! Administrators: people (and API users) who manage organizations.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::administrators;
use crate::domain::orgs::Organization;
use crate::domain::values::{Email, PersonName};
use crate::each_backend;
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Invited,
    Active,
    LoginSuspended,
    AccountSuspended,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Active => "active",
            Status::LoginSuspended => "login_suspended",
            Status::AccountSuspended => "account_suspended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Status::Invited,
            Status::Active,
            Status::LoginSuspended,
            Status::AccountSuspended,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }

    /// The words the list shows, in the reader's language.
    pub fn shown(self) -> std::borrow::Cow<'static, str> {
        crate::i18n::text(match self {
            Status::Invited => "admins-status-invited",
            Status::Active => "admins-status-active",
            Status::LoginSuspended => "admins-status-login-suspended",
            Status::AccountSuspended => "admins-status-account-suspended",
        })
    }

    /// The words in English (seed 000), for audit details and logs.
    pub fn label(self) -> &'static str {
        match self {
            Status::Invited => "Invited",
            Status::Active => "Active",
            Status::LoginSuspended => "Login suspended",
            Status::AccountSuspended => "Account suspended",
        }
    }
}

pub const KIND_ADMIN: &str = "admin";
pub const KIND_API: &str = "api";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = administrators)]
pub struct Administrator {
    pub id: i64,
    pub org_id: i64,
    pub role_id: i64,
    pub kind: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub backup_email: Option<String>,
    pub language: String,
    pub status: String,
    pub password_hash: Option<String>,
    pub external_application: Option<String>,
    pub last_sign_in_at: Option<NaiveDateTime>,
    pub mfa_enabled: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Their own time zone (My Profile); `None`: the org's.
    pub time_zone: Option<String>,
    /// Failed passwords since the last success (see `domain::lockout`).
    pub failed_sign_ins: i32,
    pub last_failed_sign_in_at: Option<NaiveDateTime>,
    pub locked_until: Option<NaiveDateTime>,
}

impl Administrator {
    pub fn full_name(&self) -> String {
        crate::domain::values::spaced(&self.first_name, &self.last_name)
    }

    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::AccountSuspended)
    }

    /// Is the account waiting after failed passwords at `now`?
    pub fn locked_at(&self, now: NaiveDateTime) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }

    /// May this administrator use the browser portal right now?
    pub fn may_sign_in(&self) -> bool {
        self.kind == KIND_ADMIN && self.status() == Status::Active
    }
}

/// For sign-in only: the browser-portal administrator with this email.
pub fn find_by_email(conn: &mut DbConn, email: &str) -> AppResult<Option<Administrator>> {
    Ok(administrators::table
        .filter(administrators::email.eq(email.trim().to_lowercase()))
        .select(Administrator::as_select())
        .first(conn)
        .optional()?)
}

/// For the session only: the signed-in administrator's own record.
pub fn find_by_id(conn: &mut DbConn, id: i64) -> AppResult<Option<Administrator>> {
    Ok(administrators::table
        .find(id)
        .select(Administrator::as_select())
        .first(conn)
        .optional()?)
}

pub fn any_exist(conn: &mut DbConn) -> AppResult<bool> {
    let n: i64 = administrators::table.count().get_result(conn)?;
    Ok(n > 0)
}

pub fn record_sign_in(conn: &mut DbConn, id: i64) -> AppResult<()> {
    diesel::update(administrators::table.find(id))
        .set(administrators::last_sign_in_at.eq(chrono::Utc::now().naive_utc()))
        .execute(conn)?;
    Ok(())
}

/// What it takes to create an administrator who can sign in straight away.
pub struct NewActiveAdmin<'a> {
    pub org: &'a Organization,
    pub role_id: i64,
    pub first_name: &'a PersonName,
    pub last_name: &'a PersonName,
    pub email: &'a Email,
    pub password_hash: String,
}

/// Creates an active administrator; an email already in use is a field error.
pub fn create_active(conn: &mut DbConn, new: NewActiveAdmin<'_>) -> AppResult<i64> {
    let now = chrono::Utc::now().naive_utc();
    let values = (
        administrators::org_id.eq(new.org.id),
        administrators::role_id.eq(new.role_id),
        administrators::kind.eq(KIND_ADMIN),
        administrators::first_name.eq(new.first_name.as_str()),
        administrators::last_name.eq(new.last_name.as_str()),
        administrators::email.eq(new.email.as_str()),
        administrators::language.eq("English"),
        administrators::status.eq(Status::Active.as_str()),
        administrators::password_hash.eq(Some(new.password_hash)),
        administrators::created_at.eq(now),
        administrators::updated_at.eq(now),
    );
    let inserted: QueryResult<i64> = each_backend!(conn, c => diesel::insert_into(administrators::table)
        .values(values.clone())
        .returning(administrators::id)
        .get_result(c));
    inserted.map_err(email_taken_or)
}

/// Maps a unique violation on `email` to the message shown next to the field.
pub fn email_taken_or(e: diesel::result::Error) -> AppError {
    if crate::db::is_unique_violation(&e) {
        let mut errors = FieldErrors::new();
        errors.add("email", crate::msg!("admins-email-taken"));
        AppError::Invalid(errors)
    } else {
        e.into()
    }
}
