//! The "Batch completed" alert (Setup > Manage Alerts): a summary of a
//! finished bulk operation with a link to its Batch Operations Report, in
//! the recipient's language (`render_in`) where one is known; the
//! recipients may be addresses with no administrator (and so no language)
//! behind them, and those get English (`render`).

use askama::Template;

use super::rendered::{Rendered, one_line};
use crate::domain::batches::{Operation, State};
use crate::i18n::{self, Language, filters};
use crate::msg;
use lettre::Address;

/// What the summary says; times already in the org's zone.
#[derive(Debug, Clone)]
pub struct BatchCompleted {
    pub to: Address,
    /// The administrator's name; empty for another address.
    pub name: String,
    /// "Import accounts".
    pub operation: String,
    /// "952442891 Sales".
    pub org_label: String,
    pub file_name: Option<String>,
    /// "Sam Super <sam@example.com>".
    pub started_by: String,
    pub started: String,
    pub finished: String,
    pub total: i64,
    pub succeeded: i64,
    pub skipped: i64,
    pub failed: i64,
    /// "Done" or "Failed".
    pub state: String,
    /// Absolute link to the Batch Operations Report.
    pub link: String,
    /// The recipient's (an administrator's own; English for another address).
    pub language: Language,
}

#[derive(Template)]
#[template(path = "email/batch_completed.subject", escape = "none")]
struct Subject<'a> {
    e: &'a Context<'a>,
}

#[derive(Template)]
#[template(path = "email/batch_completed.txt", escape = "none")]
struct Text<'a> {
    e: &'a Context<'a>,
}

#[derive(Template)]
#[template(path = "email/batch_completed.html", escape = "html")]
struct Html<'a> {
    e: &'a Context<'a>,
}

/// What the templates see: the letter, and `lang` for the shared layout,
/// with what is worded in the recipient's language.
struct Context<'a> {
    lang: &'static str,
    /// For the shared button.
    link: &'a str,
    b: &'a BatchCompleted,
    subject: String,
    hello: String,
    operation: String,
    state: String,
    /// "1000: 950 succeeded, 30 skipped, 20 failed".
    rows_summary: String,
    /// "1000 (950 succeeded, 30 skipped, 20 failed)".
    rows_text: String,
}

impl BatchCompleted {
    /// In English (an address with no administrator behind it).
    pub fn render(&self) -> askama::Result<Rendered> {
        self.render_in(Language::English)
    }

    /// In `lang`, the recipient's.
    pub fn render_in(&self, lang: Language) -> askama::Result<Rendered> {
        i18n::with(lang, || {
            // The letter carries the English labels (as stored when it was
            // queued); they are worded again here.
            let operation = Operation::ALL
                .into_iter()
                .find(|o| o.label() == self.operation)
                .map_or_else(|| self.operation.clone(), Operation::shown);
            let state = [State::Running, State::Done, State::Failed]
                .into_iter()
                .find(|s| State::label_of(s.as_str()) == self.state)
                .map_or_else(|| self.state.clone(), |s| State::shown_of(s.as_str()));
            // Counts as they always were written (never grouped).
            let (total, succeeded, skipped, failed) = (
                self.total.to_string(),
                self.succeeded.to_string(),
                self.skipped.to_string(),
                self.failed.to_string(),
            );
            let mut subject = msg!(
                "reports-email-subject",
                operation = operation.as_str(),
                succeeded = succeeded.as_str(),
                skipped = skipped.as_str(),
                failed = failed.as_str()
            )
            .to_string();
            if self.state == "Failed" {
                subject = format!("{subject} {}", i18n::t("reports-email-subject-failed"));
            }
            let counts = |id: &'static str| {
                i18n::Msg::new(id)
                    .arg("total", total.as_str())
                    .arg("succeeded", succeeded.as_str())
                    .arg("skipped", skipped.as_str())
                    .arg("failed", failed.as_str())
                    .to_string()
            };
            let e = Context {
                lang: lang.code(),
                link: &self.link,
                b: self,
                subject,
                hello: if self.name.is_empty() {
                    i18n::t("reports-email-hello")
                } else {
                    msg!("reports-email-hello-name", name = self.name.as_str()).to_string()
                },
                operation,
                state,
                rows_summary: counts("reports-email-rows-summary"),
                rows_text: counts("reports-email-rows-text"),
            };
            Ok(Rendered {
                subject: one_line(&Subject { e: &e }.render()?),
                text: Text { e: &e }.render()?,
                html: Html { e: &e }.render()?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> BatchCompleted {
        BatchCompleted {
            to: "ann@example.com".parse().unwrap(),
            name: "Ann Lee".into(),
            operation: "Import accounts".into(),
            org_label: "123456789 <Sales & Co>".into(),
            file_name: Some("staff<1>.csv".into()),
            started_by: "Sam Super <sam@example.com>".into(),
            started: "23-NOV-2026 10:00 AM (UTC)".into(),
            finished: "23-NOV-2026 10:02 AM (UTC)".into(),
            total: 1000,
            succeeded: 950,
            skipped: 30,
            failed: 20,
            state: "Done".into(),
            link: "https://portal.example.com/orgs/123456789/reports/batches/7".into(),
            language: Language::English,
        }
    }

    #[test]
    fn subject_gives_the_operation_and_the_counts() {
        let r = letter().render().unwrap();
        assert_eq!(
            r.subject,
            "Batch completed: Import accounts — 950 succeeded, 30 skipped, 20 failed"
        );
        let mut failed = letter();
        failed.state = "Failed".into();
        assert!(failed.render().unwrap().subject.ends_with("(failed)"));
    }

    #[test]
    fn a_recipient_with_a_language_reads_it_in_theirs() {
        let r = letter().render_in(Language::Spanish).unwrap();
        assert_eq!(
            r.subject,
            "Lote terminado: Importar cuentas — 950 correctas, 30 omitidas, 20 fallidas"
        );
        assert!(r.text.starts_with("Hola, Ann Lee:"), "{}", r.text);
        assert!(r.text.contains("Estado: Terminado"), "{}", r.text);
        assert!(r.html.contains("<html lang=\"es\""), "{}", r.html);
        let r = letter().render_in(Language::Portuguese).unwrap();
        assert!(
            r.text.contains("Linhas: 1000 (950 com sucesso"),
            "{}",
            r.text
        );
    }

    #[test]
    fn text_is_plain_and_html_is_escaped() {
        let r = letter().render().unwrap();
        assert!(r.text.contains("Organization: 123456789 <Sales & Co>"));
        assert!(r.text.contains("File: staff<1>.csv"));
        assert!(
            r.text
                .contains("https://portal.example.com/orgs/123456789/reports/batches/7")
        );
        assert!(
            r.html.contains("123456789 &#60;Sales &#38; Co&#62;")
                || r.html.contains("123456789 &lt;Sales &amp; Co&gt;")
        );
        assert!(!r.html.contains("<Sales"));
        assert!(
            r.html
                .contains("href=\"https://portal.example.com/orgs/123456789/reports/batches/7\"")
        );
    }
}
