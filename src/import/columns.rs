//! The columns of the bulk-import file (seed 001, "Table of CSV values"), in
//! the order the template writes them.

/// One column the importer knows. The discriminant is the seed's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    FirstName,
    LastName,
    Username,
    SocialMessaging,
    MultilineNumber,
    MonitorCalls,
    MonitorSms,
    ForwardingNumber,
    RestrictIncomingSocial,
    Language,
}

impl Column {
    /// Every column in seed order.
    pub const ALL: [Column; 10] = [
        Column::FirstName,
        Column::LastName,
        Column::Username,
        Column::SocialMessaging,
        Column::MultilineNumber,
        Column::MonitorCalls,
        Column::MonitorSms,
        Column::ForwardingNumber,
        Column::RestrictIncomingSocial,
        Column::Language,
    ];

    /// The header text exactly as the seed and the template spell it.
    pub fn header(self) -> &'static str {
        match self {
            Column::FirstName => "firstname",
            Column::LastName => "lastname",
            Column::Username => "email address or device",
            Column::SocialMessaging => "social_messaging",
            Column::MultilineNumber => "multiline_number",
            Column::MonitorCalls => "monitor_calls",
            Column::MonitorSms => "monitor_sms",
            Column::ForwardingNumber => "forwarding_number",
            Column::RestrictIncomingSocial => "restrict_incoming_social_messaging",
            Column::Language => "Language",
        }
    }

    /// A file without this column is refused.
    pub fn mandatory(self) -> bool {
        matches!(
            self,
            Column::Username | Column::SocialMessaging | Column::MonitorCalls | Column::MonitorSms
        )
    }

    /// One line for the template's note row: what to type in the column.
    pub fn note(self) -> &'static str {
        match self {
            Column::FirstName => "firstname: optional, the user's first name.",
            Column::LastName => "lastname: optional, the user's last name.",
            Column::Username => {
                "email address or device: mandatory, an email address or a phone number with its country code, like +15550100000; the invitation goes there."
            }
            Column::SocialMessaging => "social_messaging: mandatory, Yes or No.",
            Column::MultilineNumber => {
                "multiline_number: optional, an Available number of this organization, like +15550100000; empty lets the user pick one at activation."
            }
            Column::MonitorCalls => "monitor_calls: mandatory, auto or off.",
            Column::MonitorSms => "monitor_sms: mandatory, on or off.",
            Column::ForwardingNumber => {
                "forwarding_number: optional, 4 to 18 digits with the country code."
            }
            Column::RestrictIncomingSocial => {
                "restrict_incoming_social_messaging: optional, true or false; true only when social_messaging is Yes."
            }
            Column::Language => {
                "Language: optional, English, Italian, German, French or Spanish; empty means English."
            }
        }
    }

    /// `note` in the reader's language (the template's note row).
    pub fn shown_note(self) -> String {
        crate::i18n::t(match self {
            Column::FirstName => "import-note-firstname",
            Column::LastName => "import-note-lastname",
            Column::Username => "import-note-username",
            Column::SocialMessaging => "import-note-social",
            Column::MultilineNumber => "import-note-number",
            Column::MonitorCalls => "import-note-monitor-calls",
            Column::MonitorSms => "import-note-monitor-sms",
            Column::ForwardingNumber => "import-note-forwarding",
            Column::RestrictIncomingSocial => "import-note-restrict",
            Column::Language => "import-note-language",
        })
    }

    /// The column a header names, compared case-insensitively with outer
    /// spaces trimmed and inner runs of whitespace taken as one space.
    pub fn from_header(given: &str) -> Option<Column> {
        let wanted = normalise_header(given);
        Column::ALL
            .into_iter()
            .find(|c| normalise_header(c.header()) == wanted)
    }

    /// Position in seed order (an index into [`Column::ALL`]).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How a header is compared: trimmed, lower-case, whitespace collapsed.
pub fn normalise_header(given: &str) -> String {
    given
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_in_any_case_and_spacing() {
        assert_eq!(
            Column::from_header("  Email   Address\tor DEVICE "),
            Some(Column::Username)
        );
        assert_eq!(Column::from_header("language"), Some(Column::Language));
        assert_eq!(Column::from_header("LANGUAGE"), Some(Column::Language));
        assert_eq!(Column::from_header("email"), None);
        assert_eq!(Column::from_header("social messaging"), None);
    }

    #[test]
    fn every_column_round_trips_through_its_header_and_index() {
        for (i, c) in Column::ALL.into_iter().enumerate() {
            assert_eq!(Column::from_header(c.header()), Some(c));
            assert_eq!(c.index(), i);
            assert!(c.note().starts_with(c.header()), "{c:?}");
        }
    }

    #[test]
    fn the_four_seed_mandatory_columns_are_mandatory() {
        let mandatory: Vec<_> = Column::ALL
            .into_iter()
            .filter(|c| c.mandatory())
            .map(Column::header)
            .collect();
        assert_eq!(
            mandatory,
            [
                "email address or device",
                "social_messaging",
                "monitor_calls",
                "monitor_sms"
            ]
        );
    }
}
