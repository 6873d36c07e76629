//! The HTML escaper every template writes through (`askama.toml` names it).
//! It escapes exactly what askama's own `Html` escaper does, and leaves the
//! escaping itself to it: what it adds is a quick look eight bytes at a
//! time, so the text most values are (names, addresses, dates, links, with
//! nothing to escape) is written in one piece instead of read byte by byte.
//! A list page writes some three hundred values.
//! Shared by all layers (pages and email): it imports nothing above.

use std::fmt::{self, Write};

use askama::filters::Escaper;

/// Templates' HTML escaper (see the module).
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl Escaper for Html {
    #[inline]
    fn write_escaped_str<W: Write>(&self, mut dest: W, string: &str) -> fmt::Result {
        let clean = clean_prefix(string.as_bytes());
        if clean == string.len() {
            return dest.write_str(string);
        }
        // `clean` is where the first special (ASCII) character is: a
        // character boundary.
        let (plain, rest) = string.split_at(clean);
        if !plain.is_empty() {
            dest.write_str(plain)?;
        }
        askama::filters::Html.write_escaped_str(dest, rest)
    }

    #[inline]
    fn write_escaped_char<W: Write>(&self, dest: W, c: char) -> fmt::Result {
        askama::filters::Html.write_escaped_char(dest, c)
    }
}

/// `"&'<>`: what HTML escaping replaces (askama's list).
const SPECIAL: [u8; 5] = *br#""&'<>"#;

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Non-zero when one of the eight bytes of `word` is `byte` (the classic
/// "has a zero byte" test on `word ^ byte…byte`: exact as to whether there
/// is one, which is all that is asked).
#[inline(always)]
fn has_byte(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Where the first byte to escape is (`bytes.len()` when there is none):
/// whole 8-byte words up to the first that holds one, then byte by byte.
#[inline]
fn clean_prefix(bytes: &[u8]) -> usize {
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_ne_bytes(word);
        let hit = SPECIAL
            .iter()
            .fold(0, |acc, &special| acc | has_byte(word, special));
        if hit != 0 {
            break;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|b| SPECIAL.contains(b))
        .unwrap_or(bytes.len() - at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(s: &str) -> String {
        let mut out = String::new();
        Html.write_escaped_str(&mut out, s).unwrap();
        out
    }

    fn askamas(s: &str) -> String {
        let mut out = String::new();
        askama::filters::Html
            .write_escaped_str(&mut out, s)
            .unwrap();
        out
    }

    /// Every special character at every position of strings of every length
    /// around the word size, among ASCII and multi-byte characters: the
    /// output is askama's, byte for byte.
    #[test]
    fn escapes_exactly_as_askama_does() {
        let fillers = ["a", "é", "日", "🙂", "-", "=", "\u{0}"];
        for filler in fillers {
            for len in 0..20 {
                let base: Vec<&str> = std::iter::repeat_n(filler, len).collect();
                assert_eq!(ours(&base.concat()), askamas(&base.concat()));
                for at in 0..len {
                    for special in ["\"", "&", "'", "<", ">"] {
                        let mut parts = base.clone();
                        parts[at] = special;
                        let s = parts.concat();
                        assert_eq!(ours(&s), askamas(&s), "{s:?}");
                        // And a second one further on.
                        if at + 3 < len {
                            parts[at + 3] = "<";
                            let s = parts.concat();
                            assert_eq!(ours(&s), askamas(&s), "{s:?}");
                        }
                    }
                }
            }
        }
        assert_eq!(
            ours(r#"Ann <ann@example.com> & "Bob" 'x'"#),
            "Ann &#60;ann@example.com&#62; &#38; &#34;Bob&#34; &#39;x&#39;"
        );
    }

    /// Every ASCII byte, in a whole word and in the tail after it: only the
    /// five special characters count as special (bytes with the high bit
    /// set come in the multi-byte characters of the test above).
    #[test]
    fn finds_only_the_special_bytes() {
        for b in 0u8..=0x7f {
            let s = String::from_utf8(vec![b'x', b'y', b, b'z', b'x', b'y', b'z', b'w', b, b'q'])
                .unwrap();
            assert_eq!(
                clean_prefix(s.as_bytes()) == s.len(),
                !SPECIAL.contains(&b),
                "{b:#x}"
            );
            assert_eq!(ours(&s), askamas(&s));
        }
    }

    /// Templates write through it (askama.toml): a value with markup comes
    /// out escaped, the text before the markup included.
    #[test]
    fn templates_use_it() {
        #[derive(askama::Template)]
        #[template(source = "<p title=\"{{ v }}\">{{ v }}</p>", ext = "html")]
        struct Page<'a> {
            v: &'a str,
        }
        let page = askama::Template::render(&Page { v: "Ann & Bob <b>" }).unwrap();
        assert_eq!(
            page,
            "<p title=\"Ann &#38; Bob &#60;b&#62;\">Ann &#38; Bob &#60;b&#62;</p>"
        );
    }
}
