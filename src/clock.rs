//! The time that sign-in security reckons with (lockouts, throttles). The
//! application runs on the system clock; tests start it on a manual one and
//! move it forward, so a 15-minute lockout is tested without waiting.
//! Shared by all layers, like `state` and `config`: it imports nothing above.

use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;

/// Cheap to clone; every clone reads the same time.
#[derive(Clone, Debug, Default)]
pub struct Clock(Option<Arc<Mutex<NaiveDateTime>>>);

impl Clock {
    /// The real time (UTC).
    pub fn system() -> Self {
        Self(None)
    }

    /// A clock that stands at `start` until it is moved with `advance`.
    pub fn manual(start: NaiveDateTime) -> Self {
        Self(Some(Arc::new(Mutex::new(start))))
    }

    /// Now, in UTC, as the database stores it.
    pub fn now(&self) -> NaiveDateTime {
        match &self.0 {
            None => chrono::Utc::now().naive_utc(),
            Some(t) => match t.lock() {
                Ok(t) => *t,
                Err(poisoned) => *poisoned.into_inner(),
            },
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: std::time::Duration) {
        if let Some(t) = &self.0
            && let Ok(mut t) = t.lock()
        {
            *t += chrono::Duration::from_std(by).unwrap_or_default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_stands_still_until_moved_and_clones_share_it() {
        let start = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .map(|t| t.naive_utc())
            .unwrap_or_default();
        let clock = Clock::manual(start);
        let other = clock.clone();
        assert_eq!(clock.now(), start);
        other.advance(std::time::Duration::from_secs(61));
        assert_eq!(clock.now(), start + chrono::Duration::seconds(61));
    }
}
