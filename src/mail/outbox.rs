//! The outbox table: every email, rendered, written in the transaction of the
//! change that causes it together with the `send_email` job that delivers it
//! (`mail::delivery`). Once sent, its bodies are blanked: the links in them
//! (invitations, password resets) must not stay usable by whoever can read
//! the database. Subject and recipient stay, as a record of what was sent.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{administrators, outbox};
use crate::error::{AppError, AppResult};
use crate::mail::delivery::SendEmail;
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

/// Renders `email` and queues it with its delivery job. Call it inside the
/// transaction of the change that causes the email, so both are kept or
/// neither; then, after commit, `Mailer::wake` so it goes at once instead of
/// at the runner's next poll. A failed delivery is reported under the org of
/// the administrator the email is addressed to.
pub fn enqueue(conn: &mut DbConn, email: &Email) -> AppResult<()> {
    let rendered = email.render()?;
    let to = email.to().as_str();
    if to.parse::<lettre::Address>().is_err() {
        return Err(AppError::Conflict(format!("No email can be sent to {to}.")));
    }
    let name = display_name(email.to_name());
    let values = (
        outbox::kind.eq(email.kind()),
        outbox::to_addr.eq(to),
        outbox::to_name.eq((!name.is_empty()).then_some(name)),
        outbox::subject.eq(&rendered.subject),
        outbox::body_text.eq(&rendered.text),
        outbox::body_html.eq(&rendered.html),
        outbox::message_id.eq(crate::domain::tokens::random_token()),
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
    let job = SendEmail {
        outbox_id,
        email: email.kind().into(),
        to: to.into(),
    };
    crate::jobs::enqueue(conn, &job, org_id)?;
    Ok(())
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
