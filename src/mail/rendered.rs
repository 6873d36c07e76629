//! What every email renders to, shared by the letters in `templates` and
//! those in their own modules (`batch_completed`), so neither imports the
//! other.

/// An email ready to be queued: one-line subject, plain text and HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Collapses line breaks, other control characters and runs of spaces into
/// single spaces: what goes into a header (subject, display name) is one line.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_control() || c.is_whitespace())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
