//! Setup → Number Management: the numbers of an org with their counts and
//! utilisation, Add Numbers (one, a range, a list), Reserve / Make
//! Available / tag / delete, and allocating numbers to sub-organizations
//! and withdrawing them to the parent. The changes are operations in
//! `domain::numbers`; these handlers parse, call, and render or redirect.

mod add;
mod bulk;
mod list;
mod moves;
mod show;

pub use add::{create, new_form};
pub use bulk::{delete, reserve, tag, unreserve};
pub use list::list;
pub use moves::{allocate, allocate_form, withdraw, withdraw_form};
pub use show::{confirm_delete_one, delete_one, show, update};

use crate::auth::Scope;
use crate::domain::numbers::Outcome;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::web::flash;

pub const TITLE: &str = "Number Management";

/// `TITLE` in the reader's language.
pub fn title() -> String {
    crate::i18n::t("numbers-title")
}

/// A count as the reader's language groups it ("1,000" in English, as
/// `thousands` writes it; "1.000" in Spanish and Portuguese).
pub fn grouped(n: u64) -> String {
    match crate::i18n::current() {
        crate::i18n::Language::English => crate::domain::numbers::input::thousands(n),
        _ => crate::i18n::number(i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

/// The list's address, keeping its filters and page (`query` is already
/// encoded; empty for none).
fn list_url(scope: &Scope, query: &str) -> String {
    let base = format!("/orgs/{}/numbers", scope.org().display_id);
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// A repeated or single form field, parsed by hand: `web::Form` cannot
/// collect repeated keys (the ticked `ids`).
struct Pairs(Vec<(String, String)>);

impl Pairs {
    fn parse(body: &[u8]) -> AppResult<Self> {
        serde_urlencoded::from_bytes(body)
            .map(Pairs)
            .map_err(|_| AppError::BadRequest(crate::msg!("accounts-form-unreadable")))
    }

    fn value(&self, key: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// The flash messages of a change: what was done, then what was skipped
/// and why. `done` is None when nothing was changed.
fn report(session: &actix_session::Session, outcome: &Outcome, done: Msg, already: &str) {
    let skipped = outcome.skipped(already);
    if outcome.count() > 0 {
        flash::success(session, done);
        if let Some(skipped) = skipped {
            flash::info(session, skipped);
        }
    } else {
        flash::error(
            session,
            match skipped {
                Some(skipped) => crate::msg!("numbers-nothing-changed", skipped = skipped),
                None => crate::msg!("numbers-select-first"),
            },
        );
    }
}

/// "1 number" / "1,000 numbers".
fn numbers_word(n: usize) -> String {
    crate::msg!(
        "numbers-count",
        count = n,
        n = grouped(u64::try_from(n).unwrap_or(u64::MAX))
    )
    .to_string()
}
