//! SOAP sessions: cookies, idle timeout, the session limit, and busy detection.
//!
//! Rules (QUIRKS.md section B):
//! - a logon returns a random positive `i64` cookie;
//! - a call with an unknown cookie, or one idle for longer than the idle timeout (30 minutes of
//!   emulator time by default), faults `Session Dropped.` (17); an expired session is removed
//!   then, and its edit locks are released;
//! - at most `max_sessions` sessions (32 by default) exist at once; one more logon faults 72.
//!   Expired sessions do not count;
//! - a call on a cookie whose previous call has not finished faults
//!   `Session busy with prior request` (16).

use std::collections::HashMap;

use crate::rng::CookieRng;

/// Default idle timeout: 30 minutes.
pub const DEFAULT_IDLE_TIMEOUT_MS: i64 = 30 * 60 * 1000;
/// Default maximum number of concurrent SOAP sessions.
pub const DEFAULT_MAX_SESSIONS: usize = 32;

/// One logged-on session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The cookie.
    pub cookie: i64,
    /// Record id of the logged-on user.
    pub user_id: i64,
    /// The user's login name.
    pub login: String,
    /// Index of the project the session is logged on to.
    pub project: usize,
    /// Logon time (emulator milliseconds).
    pub created_ms: i64,
    /// Start or end of the last call (emulator milliseconds).
    pub last_activity_ms: i64,
    /// Logon order (1 for the first session of the emulator).
    pub serial: u64,
    /// True while a call on this cookie is being served.
    pub busy: bool,
    /// State of `formattedTextSupport`.
    pub formatted_text: bool,
}

/// Why a call on a cookie is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionError {
    /// Unknown, logged-off or expired cookie (17).
    Dropped,
    /// A previous call on the cookie is still running (16).
    Busy,
    /// The session limit is reached (72).
    TooMany,
}

/// The session table.
#[derive(Debug, Clone)]
pub struct Sessions {
    map: HashMap<i64, Session>,
    serial: u64,
    /// Maximum number of live sessions.
    pub max_sessions: usize,
    /// Idle time after which a session is dropped, in milliseconds.
    pub idle_timeout_ms: i64,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::new(DEFAULT_MAX_SESSIONS, DEFAULT_IDLE_TIMEOUT_MS)
    }
}

impl Sessions {
    /// An empty table with the given limits.
    pub fn new(max_sessions: usize, idle_timeout_ms: i64) -> Self {
        Sessions { map: HashMap::new(), serial: 0, max_sessions, idle_timeout_ms }
    }

    fn expired(&self, s: &Session, now_ms: i64) -> bool {
        !s.busy && now_ms.saturating_sub(s.last_activity_ms) > self.idle_timeout_ms
    }

    /// Removes every expired session and returns their cookies (so their locks can be released).
    pub fn purge_expired(&mut self, now_ms: i64) -> Vec<i64> {
        let dead: Vec<i64> = self.map.values().filter(|s| self.expired(s, now_ms)).map(|s| s.cookie).collect();
        for c in &dead {
            self.map.remove(c);
        }
        dead
    }

    /// Opens a session. Expired sessions are purged first (their cookies are returned in the
    /// second element) so they do not count against the limit.
    pub fn create(
        &mut self,
        rng: &mut CookieRng,
        now_ms: i64,
        user_id: i64,
        login: &str,
        project: usize,
    ) -> (Result<i64, SessionError>, Vec<i64>) {
        let dropped = self.purge_expired(now_ms);
        if self.map.len() >= self.max_sessions {
            return (Err(SessionError::TooMany), dropped);
        }
        let cookie = loop {
            let c = rng.next_positive_i64();
            if !self.map.contains_key(&c) {
                break c;
            }
        };
        self.serial += 1;
        self.map.insert(
            cookie,
            Session {
                cookie,
                user_id,
                login: login.to_string(),
                project,
                created_ms: now_ms,
                last_activity_ms: now_ms,
                serial: self.serial,
                busy: false,
                formatted_text: false,
            },
        );
        (Ok(cookie), dropped)
    }

    /// Starts a call on `cookie`: checks that the session exists, has not expired and is not
    /// busy, then marks it busy. An expired session is removed (`Err(Dropped)`; the caller
    /// releases its locks).
    pub fn begin(&mut self, cookie: i64, now_ms: i64) -> Result<Session, SessionError> {
        let expired = match self.map.get(&cookie) {
            None => return Err(SessionError::Dropped),
            Some(s) => self.expired(s, now_ms),
        };
        if expired {
            self.map.remove(&cookie);
            return Err(SessionError::Dropped);
        }
        let s = self.map.get_mut(&cookie).ok_or(SessionError::Dropped)?;
        if s.busy {
            return Err(SessionError::Busy);
        }
        s.busy = true;
        s.last_activity_ms = now_ms;
        Ok(s.clone())
    }

    /// Ends a call started with [`Sessions::begin`]: clears the busy mark and records activity.
    /// A session logged off during the call is simply gone.
    pub fn end(&mut self, cookie: i64, now_ms: i64) {
        if let Some(s) = self.map.get_mut(&cookie) {
            s.busy = false;
            s.last_activity_ms = now_ms;
        }
    }

    /// Removes a session (logoff).
    pub fn remove(&mut self, cookie: i64) -> Option<Session> {
        self.map.remove(&cookie)
    }

    /// The session for a cookie, if it is live.
    #[cfg(test)]
    pub fn get(&self, cookie: i64) -> Option<&Session> {
        self.map.get(&cookie)
    }

    /// Mutable access to a live session.
    pub fn get_mut(&mut self, cookie: i64) -> Option<&mut Session> {
        self.map.get_mut(&cookie)
    }

    /// All sessions, in logon order.
    pub fn list(&self) -> Vec<Session> {
        let mut v: Vec<Session> = self.map.values().cloned().collect();
        v.sort_by_key(|s| s.serial);
        v
    }

    /// Number of sessions (expired ones included until purged).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(max: usize) -> (Sessions, CookieRng) {
        (Sessions::new(max, 1000), CookieRng::seeded(7))
    }

    #[test]
    fn create_begin_end() {
        let (mut t, mut rng) = table(4);
        let (c, dropped) = t.create(&mut rng, 0, 1, "ada", 0);
        let c = c.unwrap();
        assert!(c > 0 && dropped.is_empty());
        let s = t.begin(c, 10).unwrap();
        assert_eq!(s.login, "ada");
        assert_eq!(t.begin(c, 11), Err(SessionError::Busy));
        t.end(c, 12);
        assert!(t.begin(c, 13).is_ok());
        t.end(c, 13);
        assert_eq!(t.begin(c + 1, 14), Err(SessionError::Dropped));
    }

    #[test]
    fn idle_timeout_drops() {
        let (mut t, mut rng) = table(4);
        let c = t.create(&mut rng, 0, 1, "ada", 0).0.unwrap();
        assert!(t.begin(c, 1000).is_ok());
        t.end(c, 1000);
        // exactly the timeout is still alive; one more millisecond is not
        assert!(t.begin(c, 2000).is_ok());
        t.end(c, 2000);
        assert_eq!(t.begin(c, 3001), Err(SessionError::Dropped));
        assert!(t.get(c).is_none());
        assert_eq!(t.begin(c, 3002), Err(SessionError::Dropped));
    }

    #[test]
    fn busy_sessions_do_not_expire_mid_call() {
        let (mut t, mut rng) = table(4);
        let c = t.create(&mut rng, 0, 1, "ada", 0).0.unwrap();
        t.begin(c, 0).unwrap();
        assert!(t.purge_expired(10_000).is_empty());
        t.end(c, 10_000);
        assert!(t.begin(c, 10_500).is_ok());
    }

    #[test]
    fn limit_and_purge() {
        let (mut t, mut rng) = table(2);
        let a = t.create(&mut rng, 0, 1, "a", 0).0.unwrap();
        let _b = t.create(&mut rng, 0, 2, "b", 0).0.unwrap();
        assert_eq!(t.create(&mut rng, 0, 3, "c", 0).0, Err(SessionError::TooMany));
        t.remove(a);
        assert!(t.create(&mut rng, 0, 3, "c", 0).0.is_ok());
        // after the idle timeout both old sessions are purged
        let (r, dropped) = t.create(&mut rng, 5000, 4, "d", 0);
        assert!(r.is_ok());
        assert_eq!(dropped.len(), 2);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn deterministic_cookies() {
        let (mut t1, mut r1) = table(4);
        let (mut t2, mut r2) = table(4);
        assert_eq!(t1.create(&mut r1, 0, 1, "a", 0).0, t2.create(&mut r2, 0, 1, "a", 0).0);
    }
}
