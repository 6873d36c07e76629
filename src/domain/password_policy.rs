//! Which passwords are too easy to guess (ASVS 6.2): the common ones,
//! those built from the account's own name or email, repeats, sequences,
//! keyboard walks and dates. Judged by zxcvbn, Dropbox's estimator: it
//! ships the most common passwords, names and English words, and takes the
//! account's own words as one more dictionary. A password it scores below 3
//! ("too weak", in its own terms: fewer than 10^8 guesses) is refused, with
//! the reason taken from the weakest pattern it found.

use crate::i18n::Msg;
use crate::msg;
use zxcvbn::feedback::Warning;
use zxcvbn::matching::Match;
use zxcvbn::matching::patterns::{DictionaryPattern, MatchPattern};
use zxcvbn::{Entropy, Score};

/// What the portal is called: a password built from it is as weak as one
/// built from the account's name.
const SITE_WORDS: &[&str] = &["switchboard"];

/// `Ok` when `password` is hard enough to guess; else why not, as a
/// sentence for the form. `owner` are the account's name and email.
pub fn check(password: &str, owner: &[&str]) -> Result<(), String> {
    let words = owner_words(owner);
    let inputs: Vec<&str> = words.iter().map(String::as_str).collect();
    // zxcvbn weighs the owner's words, yet may still pass "NiaOkafor2024!":
    // what is left without them must hold on its own.
    if let Some(rest) = without(password, &words)
        && zxcvbn::zxcvbn(&rest, &inputs).score() < Score::Three
    {
        return Err(Msg::new(OWN_WORDS).to_string());
    }
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    if estimate.score() >= Score::Three {
        return Ok(());
    }
    Err(reason(&estimate, &words).to_string())
}

/// The account's words as an attacker would try them: each whole, an
/// email's local part and domain name, and every piece of three letters or
/// more.
fn owner_words(owner: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = SITE_WORDS.iter().map(|w| (*w).to_owned()).collect();
    for item in owner {
        let item = item.trim().to_lowercase();
        if item.is_empty() {
            continue;
        }
        if let Some((local, domain)) = item.split_once('@') {
            words.push(local.to_owned());
            if let Some(name) = domain.split('.').next() {
                words.push(name.to_owned());
            }
        }
        words.extend(
            item.split(|c: char| !c.is_alphanumeric())
                .filter(|piece| piece.chars().count() >= 3)
                .map(str::to_owned),
        );
        words.push(item);
    }
    words.sort();
    words.dedup();
    words
}

const OWN_WORDS: &str = "values-password-own-words";

/// `password` (lower-cased) with every owner word taken out, longest first;
/// `None` when it holds none of them.
fn without(password: &str, words: &[String]) -> Option<String> {
    let mut rest = password.to_lowercase();
    let mut longest_first: Vec<&String> = words.iter().filter(|w| w.chars().count() >= 3).collect();
    longest_first.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let mut found = false;
    for word in longest_first {
        if rest.contains(word.as_str()) {
            found = true;
            rest = rest.replace(word.as_str(), "");
        }
    }
    found.then_some(rest)
}

fn dictionary(m: &Match) -> Option<&DictionaryPattern> {
    match &m.pattern {
        MatchPattern::Dictionary(d) => Some(d),
        // "annann": the repeated part counts as what it repeats.
        MatchPattern::Repeat(r) => r.base_matches.iter().find_map(dictionary),
        _ => None,
    }
}

fn reason(estimate: &Entropy, owner: &[String]) -> Msg {
    use MatchPattern as P;
    let sequence = estimate.sequence();
    let words = || sequence.iter().filter_map(dictionary);
    let any = |f: fn(&P) -> bool| sequence.iter().any(|m| f(&m.pattern));
    let common = matches!(
        estimate.feedback().and_then(|f| f.warning()),
        Some(
            Warning::ThisIsATop10Password
                | Warning::ThisIsATop100Password
                | Warning::ThisIsACommonPassword
                | Warning::ThisIsSimilarToACommonlyUsedPassword
        )
    );
    if words().any(|d| owner.contains(&d.matched_word)) {
        Msg::new(OWN_WORDS)
    } else if any(|p| matches!(p, P::Repeat(_))) {
        msg!("values-password-repeats")
    } else if common {
        msg!("values-password-common")
    } else if any(|p| matches!(p, P::Sequence(_))) {
        msg!("values-password-sequence")
    } else if any(|p| matches!(p, P::Spatial(_))) {
        msg!("values-password-keyboard")
    } else if any(|p| matches!(p, P::Date(_) | P::Regex(_))) {
        msg!("values-password-dates")
    } else if words().next().is_some() {
        msg!("values-password-common-words")
    } else {
        msg!("values-password-too-easy")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: [&str; 3] = ["Nia", "Okafor", "nia.okafor@example.com"];

    fn refused(password: &str) -> String {
        check(password, &OWNER).err().unwrap_or_default()
    }

    #[test]
    fn common_repeated_and_own_passwords_are_refused_with_the_reason() {
        assert!(refused("aaaaaaaaaaaa").starts_with("Repeated"));
        assert!(refused("passwordpassword").starts_with("Repeated"));
        assert!(refused("nia.okafor@example.com").contains("name or email"));
        assert!(refused("NiaOkafor2024!").contains("name or email"));
        assert!(refused("okafornia123").contains("name or email"));
        assert!(refused("password1234").contains("commonly used"));
        assert!(refused("abcdefghijklmnop").contains("Sequences"));
        assert!(refused("qwertyuiop[]").contains("Keyboard"));
        assert!(refused("switchboard2025").contains("name or email"));
    }

    #[test]
    fn unrelated_words_and_random_strings_pass() {
        for good in [
            "correct horse battery staple",
            "gentle otter kayak",
            "Xq7#pL9!vR2m",
            "nia's tulips beside the harbour",
        ] {
            assert_eq!(check(good, &OWNER), Ok(()), "{good}");
        }
    }
}
