//! Where a thread is in a `Db::run`, for what a run may read once and
//! rely on until it writes (the kept org tree's version).

thread_local! {
    static STAGE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}
static STAGES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Where this thread is in a `Db::run`: a number never used before, given
/// when the run starts and again whenever a transaction in it begins or
/// ends; 0 outside a run. What a run has read and checked at one stage (the
/// kept org tree's version, `domain::orgs::kept`) still holds at the same
/// stage: no transaction of this run has begun or ended since, and the
/// tables whose reads are kept so (`organizations`) are written only in
/// `transaction`.
pub fn stage() -> u64 {
    STAGE.with(std::cell::Cell::get)
}

pub(super) fn next_stage() {
    STAGE.with(|s| s.set(STAGES.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
}

/// The stage of a `Db::run`, back to 0 when it ends, even by a panic.
pub(super) struct Staged;

impl Staged {
    pub(super) fn enter() -> Self {
        next_stage();
        Staged
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        STAGE.with(|s| s.set(0));
    }
}
