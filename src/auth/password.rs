//! Password hashing with argon2id at OWASP's parameters (m=19456 KiB, t=2,
//! p=1), always on the blocking pool. Unknown emails verify against a dummy
//! hash so a wrong email and a wrong password take the same time.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{AppError, AppResult};

fn hasher() -> AppResult<Argon2<'static>> {
    let params =
        Params::new(19_456, 2, 1, None).map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password (CPU-heavy: call from `web::block`).
pub fn hash(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!("hashing failed: {e}")))
}

/// A real hash of a random password, computed once, for unknown emails.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash(&crate::domain::tokens::random_token()).unwrap_or_default())
}

static DUMMY_VERIFICATIONS: AtomicU64 = AtomicU64::new(0);

/// How many verifications ran against the dummy hash since the process
/// started. For tests: they prove an unknown email still pays for a full
/// argon2 verification without timing anything (the count is process-wide,
/// so compare before and after, never against a fixed number).
pub fn dummy_verifications() -> u64 {
    DUMMY_VERIFICATIONS.load(Ordering::Relaxed)
}

/// Verifies `password` against `stored`, or against the dummy hash when there
/// is none, so both paths do the same work. Returns true only on a real match.
pub fn verify(stored: Option<&str>, password: &str) -> bool {
    let (phc, real) = match stored {
        Some(h) => (h, true),
        None => {
            DUMMY_VERIFICATIONS.fetch_add(1, Ordering::Relaxed);
            (dummy_hash(), false)
        }
    };
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let Ok(argon) = hasher() else { return false };
    argon.verify_password(password.as_bytes(), &parsed).is_ok() && real
}

/// Computes the dummy hash ahead of the first sign-in (called at start).
pub fn warm_up() {
    let _ = dummy_hash();
}
