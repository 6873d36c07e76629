//! The PIN of a No Portal Access account (seed 004): six digits the portal
//! makes up, shows once to the administrator and keeps only as a hash.
//!
//! Why argon2id (`auth::password::hash`, run by the adapter on the
//! password threads through `auth::password::gated`) and not a keyed
//! BLAKE2: a keyed hash is only as good as a key kept apart from the
//! database, and this portal has no such key to rely on. `SESSION_SECRET`
//! is optional (a random one per start when unset) and is rotated to sign
//! everyone out, which must not invalidate every phone's PIN; and whatever
//! serves the IP phones must be able to check the PIN without sharing our
//! secrets, which a standard argon2id PHC string allows. Against someone
//! holding a copy of the database, no hash makes a million possible PINs
//! safe: an unkeyed fast hash falls in well under a second, argon2id at
//! OWASP's parameters costs hours of CPU per account, so each leaked PIN
//! is expensive instead of free; what really protects a six-digit secret
//! is the attempt limit where it is checked. The price is one argon2 run
//! per PIN made, which is why the adapter runs it on the bounded password
//! threads and never inside a database transaction.

use std::fmt;

use rand::Rng;

/// A PIN just made: shown once to the administrator, never stored, logged
/// or audited (`Debug` hides it).
pub struct Pin(String);

impl Pin {
    pub const DIGITS: usize = 6;

    /// Six random digits, uniformly chosen, except the few anyone would try
    /// first (one digit repeated, or a run such as 123456 or 987654).
    pub fn generate() -> Pin {
        let mut rng = rand::rng();
        loop {
            let pin = format!("{:06}", rng.random_range(0..1_000_000u32));
            if !is_obvious(&pin) {
                return Pin(pin);
            }
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(******)")
    }
}

fn is_obvious(pin: &str) -> bool {
    let d: Vec<i16> = pin
        .bytes()
        .map(|b| i16::from(b) - i16::from(b'0'))
        .collect();
    let steps: Vec<i16> = d.windows(2).map(|w| w[1] - w[0]).collect();
    steps.iter().all(|s| *s == 0) || steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1)
}

/// A PIN as stored: the argon2id PHC string of it.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl PinHash {
    /// The output of `auth::password::hash` for a `Pin`; anything that is
    /// not an argon2 PHC string is refused, so a PIN cannot be stored as
    /// itself by mistake.
    pub fn from_phc(phc: String) -> Option<PinHash> {
        phc.starts_with("$argon2").then_some(PinHash(phc))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PinHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PinHash(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_six_digits_and_not_obvious() {
        for _ in 0..1000 {
            let pin = Pin::generate();
            assert_eq!(pin.expose().len(), Pin::DIGITS);
            assert!(pin.expose().bytes().all(|b| b.is_ascii_digit()));
            assert!(!is_obvious(pin.expose()));
        }
        for obvious in ["000000", "123456", "987654", "456789"] {
            assert!(is_obvious(obvious), "{obvious}");
        }
        assert!(!is_obvious("120456"));
        assert_eq!(format!("{:?}", Pin::generate()), "Pin(******)");
    }

    #[test]
    fn only_a_phc_string_is_a_pin_hash() {
        assert!(PinHash::from_phc("123456".into()).is_none());
        assert!(PinHash::from_phc("$argon2id$v=19$m=19456,t=2,p=1$x$y".into()).is_some());
    }
}
