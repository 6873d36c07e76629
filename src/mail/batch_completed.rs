//! The "Batch completed" alert (Setup > Manage Alerts): a summary of a
//! finished bulk operation with a link to its Batch Operations Report.
//! English only for now: the recipients may be addresses with no
//! administrator (and so no language) behind them.

use askama::Template;

use super::rendered::{Rendered, one_line};
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

/// What the templates see: the letter, and `lang` for the shared layout.
struct Context<'a> {
    lang: &'static str,
    /// For the shared button.
    link: &'a str,
    b: &'a BatchCompleted,
}

impl BatchCompleted {
    pub fn render(&self) -> askama::Result<Rendered> {
        let e = Context {
            lang: "en",
            link: &self.link,
            b: self,
        };
        Ok(Rendered {
            subject: one_line(&Subject { e: &e }.render()?),
            text: Text { e: &e }.render()?,
            html: Html { e: &e }.render()?,
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
