//! A message for a reader, made where the rule is (the domain, a parser) and
//! worded where it is shown: `Display` translates it into the current
//! language. Flashes keep it in the session as id and arguments, so the
//! words follow the reader's language even after a redirect.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{catalog, current};

/// A value for a message's `{ $name }`: numbers select plurals and are
/// grouped as the language writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Number(i64),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Text((*s).to_owned())
    }
}

impl From<Msg> for Arg {
    /// A message inside a message ("{ $reason }"), in the current language.
    fn from(m: Msg) -> Self {
        Arg::Text(m.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Msg {
    /// A catalogue message and its arguments.
    Key {
        id: Cow<'static, str>,
        args: Vec<(Cow<'static, str>, Arg)>,
    },
    /// Words that are not ours to translate: a name, a reason from a
    /// mail server, a cell of the reader's own file.
    Text(String),
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg::Key {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// `{ $name }` of the message is `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Msg::Key { args, .. } = &mut self {
            args.push((Cow::Borrowed(name), value.into()));
        }
        self
    }

    /// The message in `lang`, whatever the current language.
    pub fn in_language(&self, lang: super::Language) -> String {
        match self {
            Msg::Text(s) => s.clone(),
            Msg::Key { id, args } => catalog::format(lang, id, args),
        }
    }

    /// The catalogue id, if it is one (for tests and logs).
    pub fn id(&self) -> Option<&str> {
        match self {
            Msg::Key { id, .. } => Some(id),
            Msg::Text(_) => None,
        }
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(current()))
    }
}

/// Text that is not a catalogue message; see `Msg::Text`. Also what lets a
/// rule still written as a plain sentence compile: the language test finds
/// such sentences on a Spanish page.
impl From<String> for Msg {
    fn from(s: String) -> Self {
        Msg::Text(s)
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Self {
        Msg::Text(s.to_owned())
    }
}

/// `msg!("id")` or `msg!("id", name = value, count = n)`: a `Msg` from the
/// catalogue (see `i18n`).
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))+
    };
}
