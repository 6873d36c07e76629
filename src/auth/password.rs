//! Password hashing with argon2id at OWASP's parameters (m=19456 KiB, t=2,
//! p=1), always on the blocking pool. Unknown emails verify against a dummy
//! hash so a wrong email and a wrong password take the same time.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};

use argon2::password_hash::{Output, PasswordHash, Salt, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Block, Params, Version};

use crate::error::{AppError, AppResult};

fn hasher() -> AppResult<Argon2<'static>> {
    let params =
        Params::new(19_456, 2, 1, None).map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

thread_local! {
    /// Set on the password threads, which keep their argon2 working area.
    static KEEPS_MEMORY: Cell<bool> = const { Cell::new(false) };
    /// That working area (19 MiB at our parameters), filled anew by each run.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Argon2 of `password` with `salt` into `out`. On a password thread the
/// 19 MiB working area is the thread's own, reused by every run: a fresh one
/// per run left glibc's allocator holding hundreds of MiB after a burst of
/// sign-ins (`cargo bench --bench pages`). Elsewhere (tests, commands) it
/// is allocated for the run and freed after it.
fn compute(argon: &Argon2<'_>, password: &[u8], salt: &[u8], out: &mut [u8]) -> argon2::Result<()> {
    let blocks = argon.params().block_count();
    if !KEEPS_MEMORY.with(Cell::get) {
        return argon.hash_password_into_with_memory(
            password,
            salt,
            out,
            vec![Block::default(); blocks],
        );
    }
    MEMORY.with(|memory| {
        let mut memory = memory.borrow_mut();
        if memory.len() != blocks {
            *memory = vec![Block::default(); blocks];
        }
        argon.hash_password_into_with_memory(password, salt, out, &mut memory[..])
    })
}

/// The `len`-byte argon2 output of `password` with `salt` (as a PHC string
/// writes it, base64), through [`compute`].
fn output(
    argon: &Argon2<'_>,
    password: &[u8],
    salt: Salt<'_>,
    len: usize,
) -> argon2::password_hash::Result<Output> {
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
    Output::init_with(len, |out| Ok(compute(argon, password, salt_bytes, out)?))
}

/// `password` hashed as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`)
/// with `argon`'s parameters and `salt`; what argon2's `hash_password` does,
/// through [`compute`].
fn phc<'a>(
    argon: &Argon2<'_>,
    password: &[u8],
    salt: Salt<'a>,
) -> argon2::password_hash::Result<PasswordHash<'a>> {
    let len = argon
        .params()
        .output_len()
        .unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let output = output(argon, password, salt, len)?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: argon.params().try_into()?,
        salt: Some(salt),
        hash: Some(output),
    })
}

/// Hashes a password (CPU-heavy: run it through [`gated`]).
pub fn hash(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    phc(&hasher()?, password.as_bytes(), salt.as_salt())
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!("hashing failed: {e}")))
}

/// Whether `password` gives the hash `stored` holds, with the algorithm,
/// version and parameters written in it; the outputs are compared in
/// constant time (`Output`'s `==`).
fn matches(stored: &PasswordHash<'_>, password: &[u8]) -> bool {
    let (Some(salt), Some(expected)) = (stored.salt, &stored.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(stored.algorithm) else {
        return false;
    };
    let version = match stored.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(stored) else {
        return false;
    };
    let argon = Argon2::new(algorithm, version, params);
    output(&argon, password, salt, expected.len()).is_ok_and(|computed| &computed == expected)
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
    let (stored_phc, real) = match stored {
        Some(h) => (h, true),
        None => {
            DUMMY_VERIFICATIONS.fetch_add(1, Ordering::Relaxed);
            (dummy_hash(), false)
        }
    };
    let Ok(parsed) = PasswordHash::new(stored_phc) else {
        return false;
    };
    matches(&parsed, password.as_bytes()) && real
}

/// Hashes run on a few threads of their own, one per core, and at most
/// `QUEUE_PER_CORE` per core wait for a turn; beyond that a request is
/// answered 503 at once. Each argon2 run holds 19 MiB: on the general
/// blocking pool a burst of sign-ins took gigabytes (every thread keeps the
/// memory its allocator handed out) and starved every other page.
struct Gate {
    work: Mutex<mpsc::Sender<Work>>,
    admitted: AtomicUsize,
    max_admitted: usize,
}

type Work = Box<dyn FnOnce() + Send>;

/// A few seconds of hashing at most: a waiting sign-in is better than a 503.
const QUEUE_PER_CORE: usize = 100;

fn gate() -> &'static Gate {
    static GATE: OnceLock<Gate> = OnceLock::new();
    GATE.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let (tx, rx) = mpsc::channel::<Work>();
        let rx = Arc::new(Mutex::new(rx));
        for n in 0..cores {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-{n}"))
                .spawn(move || {
                    KEEPS_MEMORY.with(|k| k.set(true));
                    loop {
                        // The lock is held only while taking the next job.
                        let next = rx.lock().map(|r| r.recv());
                        match next {
                            Ok(Ok(work)) => work(),
                            _ => break,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!("cannot start a password thread: {e}");
            }
        }
        Gate {
            work: Mutex::new(tx),
            admitted: AtomicUsize::new(0),
            max_admitted: cores * (1 + QUEUE_PER_CORE),
        }
    })
}

/// Leaves the gate's count when the request is done (or dropped).
struct Admitted;

impl Drop for Admitted {
    fn drop(&mut self) {
        gate().admitted.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Runs a hash or a verification (`f`) on the password threads, waiting
/// for a turn, or answers `AppError::Busy` (503 with Retry-After) at once
/// when too many are waiting already.
pub async fn gated<T, F>(f: F) -> AppResult<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let gate = gate();
    if gate.admitted.fetch_add(1, Ordering::AcqRel) >= gate.max_admitted {
        gate.admitted.fetch_sub(1, Ordering::AcqRel);
        return Err(AppError::Busy);
    }
    let _admitted = Admitted;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let work: Work = Box::new(move || {
        // The requester may have gone away; the result is then dropped.
        let _ = tx.send(f());
    });
    gate.work
        .lock()
        .map_err(|_| AppError::internal(anyhow::anyhow!("password queue poisoned")))?
        .send(work)
        .map_err(|_| AppError::internal(anyhow::anyhow!("password threads stopped")))?;
    rx.await
        .map_err(|_| AppError::internal(anyhow::anyhow!("a password thread failed")))
}

/// Computes the dummy hash ahead of the first sign-in (called at start).
pub fn warm_up() {
    let _ = dummy_hash();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashes_verify_on_and_off_the_password_threads_and_match_argon2s_own() {
        let stored = hash("correct horse").expect("hash");
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        let again = stored.clone();
        let on_thread = gated(move || {
            (
                verify(Some(&again), "correct horse"),
                verify(Some(&again), "wrong horse"),
                hash("correct horse"),
            )
        })
        .await
        .expect("gated");
        assert_eq!((on_thread.0, on_thread.1), (true, false));
        let second = on_thread.2.expect("hash on a password thread");
        assert_ne!(second, stored, "each hash has its own salt");
        assert!(verify(Some(&second), "correct horse"));
        // argon2's own verifier agrees, both ways.
        use argon2::PasswordVerifier;
        let ours = PasswordHash::new(&second).expect("phc");
        assert!(
            hasher()
                .expect("hasher")
                .verify_password(b"correct horse", &ours)
                .is_ok()
        );
        let theirs = {
            use argon2::PasswordHasher;
            let salt = SaltString::generate(&mut OsRng);
            hasher()
                .expect("hasher")
                .hash_password(b"pw", &salt)
                .expect("hash")
                .to_string()
        };
        assert!(verify(Some(&theirs), "pw"));
        assert!(!verify(Some(&theirs), "pW"));
        assert!(!verify(Some("not a hash"), "pw"));
        assert!(!verify(None, "pw"));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn beyond_the_queue_a_hash_is_refused_at_once_and_the_rest_still_run() {
        let max = gate().max_admitted;
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let wait = std::sync::Arc::new(std::sync::Mutex::new(wait));
        let mut held = Vec::new();
        for _ in 0..max {
            let wait = wait.clone();
            held.push(tokio::spawn(gated(move || {
                // Blocks its turn until the test releases it.
                let _ = wait.lock().map(|w| w.recv());
            })));
        }
        while gate().admitted.load(Ordering::Acquire) < max {
            tokio::task::yield_now().await;
        }
        assert!(matches!(gated(|| ()).await, Err(AppError::Busy)));
        for _ in 0..max {
            release.send(()).expect("a held hash is waiting");
        }
        for h in held {
            assert!(h.await.expect("task").is_ok());
        }
        assert!(gated(|| ()).await.is_ok(), "the gate opens again");
    }
}
