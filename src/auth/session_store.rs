//! Server-side sessions in the database, behind actix-session's `SessionStore`.
//! The cookie carries a random key; the table holds only its hash, the state,
//! and the signed-in administrator's id, so suspending or deleting an
//! administrator can end all their sessions with one delete.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration;
use chrono::NaiveDateTime;

use crate::db::Db;
use crate::db::first_trip::{self, Verdict};
use crate::domain::sessions;
use crate::domain::tokens::{hash, random_token};
use crate::state::Kept;

/// The session key holding the signed-in administrator's id.
pub const ADMIN_ID_KEY: &str = "admin_id";
/// A random name for the signed-in session, set at sign-in; stored in its
/// own column too, so My Profile can list and end sessions by it.
pub const SID_KEY: &str = "sid";
/// The client address the session was last used from, and its browser.
pub const ADDR_KEY: &str = "addr";
pub const UA_KEY: &str = "ua";
/// When the session last pushed its idle deadline back (Unix seconds;
/// `TypedSession::touch`).
pub const SEEN_KEY: &str = "seen";

#[derive(Clone)]
pub struct DbSessionStore {
    db: Db,
    absolute: StdDuration,
    recent: Arc<Recent>,
}

impl DbSessionStore {
    pub fn new(db: Db, absolute: StdDuration) -> Self {
        Self {
            db,
            absolute,
            recent: Arc::default(),
        }
    }

    fn absolute(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.absolute).unwrap_or(chrono::Duration::hours(12))
    }

    /// The session as a recent request read it, if any and if this
    /// request's first trip can confirm it (`db::first_trip`): a GET then
    /// makes one trip through the pool instead of two. The check reads the
    /// same row as a full load; unless it finds the same state and epoch,
    /// with the administrator still active, the trip does none of its own
    /// work and the browser is sent to ask again.
    fn recalled(&self, id: &str) -> Option<State> {
        let kept = self.recent.get(id, |seen| Some(seen.clone()))?;
        if kept.bumps != sessions::bumps() {
            // An epoch moved here since: read it whole rather than be sent round.
            return None;
        }
        let (recent, absolute) = (self.recent.clone(), self.absolute());
        let (id, seen) = (id.to_owned(), kept.clone());
        let check: first_trip::Check = Box::new(move |conn| {
            let live = sessions::load_live(conn, &id, absolute)?;
            let verdict = match &live {
                None => Verdict::Ended,
                Some(live) if !live.admin_active => Verdict::Ended,
                Some(live) if live.epoch != seen.epoch || !seen.holds(&live.state) => {
                    Verdict::Changed
                }
                Some(_) => Verdict::Confirmed,
            };
            if verdict != Verdict::Confirmed {
                recent.forget(&id);
            } else if let Some(tree) = live.and_then(|live| live.tree) {
                crate::domain::orgs::seen(&tree);
            }
            Ok(verdict)
        });
        if !first_trip::defer(check) {
            return None;
        }
        let mut state = kept.state.clone();
        state.insert(EPOCH_KEY.into(), kept.epoch.to_string());
        Some(state)
    }
}

type State = HashMap<String, String>;

/// A live session as a recent full load read it: its stored state (as
/// text, to compare, and parsed) and epoch.
struct Seen {
    text: String,
    state: State,
    epoch: i64,
    /// `sessions::bumps()` before the row was read.
    bumps: u64,
}

impl Seen {
    /// Whether the stored state is this one, but for when and where it was
    /// last used (`TypedSession::touch`), which a session's concurrent pages
    /// write once a minute: one of them writing it must not send the others
    /// round.
    fn holds(&self, stored: &str) -> bool {
        stored == self.text
            || serde_json::from_str::<State>(stored).is_ok_and(|mut now| {
                let mut then = self.state.clone();
                for key in [SEEN_KEY, ADDR_KEY] {
                    now.remove(key);
                    then.remove(key);
                }
                now == then
            })
    }
}

/// Sessions recently read whole, by the hash of their key. Only a guess at
/// what the row holds: every use is confirmed against the row
/// (`DbSessionStore::recalled`), so a session ended on another instance,
/// or a change made outside this process, is never served from here.
type Recent = Kept<Arc<Seen>>;

fn expiry(ttl: &Duration) -> NaiveDateTime {
    chrono::Utc::now().naive_utc() + chrono::Duration::seconds(ttl.whole_seconds())
}

/// What the `sessions` row keeps in columns of its own, read from the state
/// (where actix-session stores each value as JSON).
fn meta_of(state: &State) -> sessions::Meta {
    let text = |key: &str| {
        state
            .get(key)
            .and_then(|v| serde_json::from_str::<String>(v).ok())
    };
    sessions::Meta {
        admin_id: state.get(ADMIN_ID_KEY).and_then(|v| v.parse().ok()),
        sid: text(SID_KEY),
        client_addr: text(ADDR_KEY),
        user_agent: text(UA_KEY),
    }
}

/// The row's `epoch` as the guard reads it from the session state: a
/// number, inserted at load and left out when the state is written back.
pub const EPOCH_KEY: &str = "_epoch";
/// The org tree's version as the session's statement read it
/// (`orgs::TreeVersion::encode`, as a JSON string), for the page to rely on
/// instead of reading it again. Inserted at load, never stored.
pub const TREE_KEY: &str = "_tree";

fn encode(state: &State) -> anyhow::Result<String> {
    let kept: std::collections::BTreeMap<&String, &String> = state
        .iter()
        .filter(|(k, _)| *k != EPOCH_KEY && *k != TREE_KEY)
        .collect();
    Ok(serde_json::to_string(&kept)?)
}

impl SessionStore for DbSessionStore {
    async fn load(&self, session_key: &SessionKey) -> Result<Option<State>, LoadError> {
        let id = hash(session_key.as_ref());
        if let Some(state) = self.recalled(&id) {
            return Ok(Some(state));
        }
        let absolute = self.absolute();
        let bumps = sessions::bumps();
        let read = id.clone();
        let stored = self
            .db
            .run(move |conn| sessions::load_live(conn, &read, absolute))
            .await
            .map_err(|e| LoadError::Other(anyhow::anyhow!("{e}")))?;
        let Some(live) = stored else {
            return Ok(None);
        };
        let Ok(mut state) = serde_json::from_str::<State>(&live.state) else {
            return Ok(None);
        };
        if !first_trip::may_defer() {
            // A change (a POST) may move the session's epoch or state: the
            // next page reads it whole.
            self.recent.forget(&id);
        } else if live.admin_active {
            self.recent.put(
                id,
                Arc::new(Seen {
                    text: live.state,
                    state: state.clone(),
                    epoch: live.epoch,
                    bumps,
                }),
            );
        }
        // Handed to the guard with the state; never stored (see `encode`).
        // Without it the guard reads the administrator afresh.
        if live.admin_active {
            state.insert(EPOCH_KEY.into(), live.epoch.to_string());
        }
        if let Some(tree) = &live.tree
            && let Ok(json) = serde_json::to_string(&tree.encode())
        {
            state.insert(TREE_KEY.into(), json);
        }
        Ok(Some(state))
    }

    async fn save(&self, session_state: State, ttl: &Duration) -> Result<SessionKey, SaveError> {
        let key = random_token();
        let id = hash(&key);
        let expires_at = expiry(ttl);
        let body = encode(&session_state).map_err(SaveError::Serialization)?;
        let meta = meta_of(&session_state);
        self.db
            .run(move |conn| sessions::insert(conn, &id, &meta, &body, expires_at))
            .await
            .map_err(|e| SaveError::Other(anyhow::anyhow!("{e}")))?;
        SessionKey::try_from(key).map_err(|e| SaveError::Other(e.into()))
    }

    async fn update(
        &self,
        session_key: SessionKey,
        session_state: State,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        let id = hash(session_key.as_ref());
        if first_trip::failed().is_some() {
            // The session changed under this request (it may have ended):
            // its state is not written back, and never as a new session.
            return Ok(session_key);
        }
        self.recent.forget(&id);
        let expires_at = expiry(ttl);
        let body = encode(&session_state).map_err(UpdateError::Serialization)?;
        let meta = meta_of(&session_state);
        let updated = self
            .db
            .run(move |conn| sessions::update(conn, &id, &meta, &body, expires_at))
            .await
            .map_err(|e| UpdateError::Other(anyhow::anyhow!("{e}")))?;
        if updated {
            return Ok(session_key);
        }
        // The row was deleted meanwhile (signed out elsewhere, suspended):
        // never resurrect it under the old key.
        self.save(session_state, ttl)
            .await
            .map_err(|e| UpdateError::Other(anyhow::anyhow!("{e}")))
    }

    async fn update_ttl(
        &self,
        session_key: &SessionKey,
        ttl: &Duration,
    ) -> Result<(), anyhow::Error> {
        let id = hash(session_key.as_ref());
        self.recent.forget(&id);
        let expires_at = expiry(ttl);
        self.db
            .run(move |conn| sessions::extend(conn, &id, expires_at))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))
    }

    async fn delete(&self, session_key: &SessionKey) -> Result<(), anyhow::Error> {
        let id = hash(session_key.as_ref());
        self.recent.forget(&id);
        self.db
            .run(move |conn| sessions::delete(conn, &id))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))
    }
}
