//! The outbox table: every email, rendered, written in the transaction of the
//! change that causes it together with the `send_email` job that delivers it
//! (`jobs::send_email`). Once sent, its bodies are blanked: the links in them
//! (invitations, password resets) must not stay usable by whoever can read
//! the database. Subject and recipient stay, as a record of what was sent.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{administrators, outbox};
use crate::error::{AppError, AppResult};
use crate::mail::templates::Email;
use crate::mail::transport::{Letter, display_name};

/// What a sent message's bodies are replaced with.
pub const REMOVED: &str = "(removed after sending)";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i64,
    pub kind: String,
    pub to_addr: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

impl OutboxMessage {
    pub fn letter(&self) -> Letter {
        Letter {
            to_addr: self.to_addr.clone(),
            to_name: self.to_name.clone(),
            subject: self.subject.clone(),
            text: self.body_text.clone(),
            html: self.body_html.clone(),
            message_id: self.message_id.clone(),
        }
    }
}

/// A rendered email, stored and waiting for its delivery job.
pub struct Stored {
    pub outbox_id: i64,
    /// The org of the administrator the email is addressed to, if any: a
    /// failed delivery is reported there.
    pub org_id: Option<i64>,
    pub to: String,
}

/// Renders `email` and stores it (`jobs::send_email::queue` calls this and
/// queues the delivery in the same transaction).
pub fn store(conn: &mut DbConn, email: &Email) -> AppResult<Stored> {
    let rendered = email.render()?;
    let to: &str = email.to().as_ref();
    if to.parse::<lettre::Address>().is_err() {
        return Err(AppError::Conflict(
            format!("No email can be sent to {to}.").into(),
        ));
    }
    let name = display_name(email.to_name());
    let values = (
        outbox::kind.eq(email.kind()),
        outbox::to_addr.eq(to),
        outbox::to_name.eq((!name.is_empty()).then_some(name)),
        outbox::subject.eq(&rendered.subject),
        outbox::body_text.eq(&rendered.text),
        outbox::body_html.eq(&rendered.html),
        outbox::message_id.eq(message_id()),
        outbox::created_at.eq(chrono::Utc::now().naive_utc()),
    );
    let outbox_id = crate::each_backend!(conn, c => diesel::insert_into(outbox::table)
        .values(values)
        .returning(outbox::id)
        .get_result::<i64>(c))?;
    let org_id: Option<i64> = administrators::table
        .filter(administrators::email.eq(to))
        .select(administrators::org_id)
        .first(conn)
        .optional()?;
    Ok(Stored {
        outbox_id,
        org_id,
        to: to.to_owned(),
    })
}

pub fn find(conn: &mut DbConn, id: i64) -> AppResult<Option<OutboxMessage>> {
    Ok(outbox::table
        .find(id)
        .select(OutboxMessage::as_select())
        .first(conn)
        .optional()?)
}

/// Records delivery and blanks the bodies; `false` if it was already recorded.
pub fn mark_sent(conn: &mut DbConn, id: i64) -> AppResult<bool> {
    let updated = diesel::update(outbox::table.find(id).filter(outbox::sent_at.is_null()))
        .set((
            outbox::sent_at.eq(chrono::Utc::now().naive_utc()),
            outbox::body_text.eq(REMOVED),
            outbox::body_html.eq(REMOVED),
        ))
        .execute(conn)?;
    Ok(updated == 1)
}

/// Every message queued for an address, oldest first (support and tests).
pub fn to_address(conn: &mut DbConn, to_addr: &str) -> AppResult<Vec<OutboxMessage>> {
    Ok(outbox::table
        .filter(outbox::to_addr.eq(to_addr))
        .order(outbox::id.asc())
        .select(OutboxMessage::as_select())
        .load(conn)?)
}

/// A random id for the Message-ID header: 16 random bytes, hex-encoded.
fn message_id() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
