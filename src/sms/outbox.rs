//! SMS in the outbox table, beside the emails (DESIGN.md: every email and
//! SMS is written to the outbox in the transaction of the change that
//! causes it). A row of an SMS has the device number in `to_addr`, its text
//! in `body_text` and no HTML; once sent, `mail::outbox::mark_sent` blanks
//! the text like an email's, so the link in it does not stay readable.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::outbox;
use crate::error::AppResult;

/// Stores one SMS; returns the outbox row's id. `kind` says what it is
/// (`account_invitation_sms`, `invitation_template_test_sms`).
pub fn store(conn: &mut DbConn, kind: &str, to: &str, body: &str) -> AppResult<i64> {
    let values = (
        outbox::kind.eq(kind),
        outbox::to_addr.eq(to),
        outbox::to_name.eq(None::<String>),
        outbox::subject.eq("SMS"),
        outbox::body_text.eq(body),
        outbox::body_html.eq(""),
        outbox::message_id.eq(message_id()),
        outbox::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    Ok(
        crate::each_backend!(conn, c => diesel::insert_into(outbox::table)
        .values(values)
        .returning(outbox::id)
        .get_result::<i64>(c))?,
    )
}

/// A random id for the row (the column is shared with emails' Message-ID).
fn message_id() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
