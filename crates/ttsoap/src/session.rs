//! Sessions: a [`Session`] owns the cookie returned by `ProjectLogon`, fills it into every
//! call, serialises its calls (the server answers "Session busy with prior request" to
//! overlapping calls on one cookie), and logs off when dropped. A [`SessionPool`] shares a
//! fixed number of sessions between threads.
//!
//! The runtime knows nothing about logging on: generated code implements [`SessionHooks`]
//! with `DatabaseLogoff` (and `ProjectLogon`, for the optional automatic re-logon) and
//! builds sessions with [`Session::new`].
//!
//! ```no_run
//! use std::sync::Arc;
//! use ttsoap::{Client, Cookie, Error, Session, SessionHooks, SessionPool};
//!
//! struct Hooks; // generated code: calls DatabaseLogoff, and ProjectLogon to log on again
//! impl SessionHooks for Hooks {
//!     fn logoff(&self, client: &Client, cookie: Cookie) -> Result<(), Error> {
//!         # let _ = (client, cookie);
//!         Ok(())
//!     }
//! }
//!
//! # fn logon(_: &Client) -> Result<Cookie, Error> { Ok(Cookie::new(1)) }
//! # fn main() -> Result<(), Error> {
//! let client = Client::new("http://tt.example.com/")?;
//! let cookie = logon(&client)?; // ProjectLogon
//! let session = Session::new(client.clone(), cookie, Arc::new(Hooks));
//! session.set_auto_relogon(true); // retry read-only calls once after "Session Dropped."
//! // let defect = session.call(GetDefect { defect_number: 42, ..Default::default() })?;
//! session.logoff()?; // or just drop it
//!
//! // Four sessions shared by any number of threads:
//! let pool = SessionPool::new(4, move || {
//!     let cookie = logon(&client)?;
//!     Ok(Session::new(client.clone(), cookie, Arc::new(Hooks)))
//! });
//! std::thread::scope(|s| {
//!     for _ in 0..8 {
//!         s.spawn(|| {
//!             let session = pool.get()?; // blocks until one of the four is free
//!             // session.call(...)
//!             # let _ = session.cookie();
//!             Ok::<_, Error>(())
//!         });
//!     }
//! });
//! # Ok(()) }
//! ```

use std::fmt;
use std::ops::Deref;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::client::Client;
use crate::error::Error;
use crate::headers::Headers;
use crate::operation::{CookieOperation, Request};
use crate::stream::RawResponse;
use crate::values::Cookie;
use crate::version::ServerVersion;

/// What a session needs from generated code: how to log off, and (optionally) how to log on
/// again.
pub trait SessionHooks: Send + Sync {
    /// Ends the server session for `cookie` (`DatabaseLogoff`).
    fn logoff(&self, client: &Client, cookie: Cookie) -> Result<(), Error>;

    /// Logs on again with the credentials of the original logon and returns the new cookie,
    /// or `None` when re-logon is not supported (the default).
    fn relogon(&self, client: &Client) -> Option<Result<Cookie, Error>> {
        let _ = client;
        None
    }
}

/// A logged-on session. `Send + Sync`: share it by reference between threads, and its
/// calls take turns. Dropping it logs off.
pub struct Session {
    client: Client,
    hooks: Arc<dyn SessionHooks>,
    cookie: AtomicI64,
    turn: Mutex<()>,
    auto_relogon: AtomicBool,
    live: bool,
    /// SOAP headers written into every call of this session, besides the client's.
    pub(crate) headers: Mutex<Headers>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("endpoint", &self.client.endpoint().as_str())
            .field("cookie", &self.cookie())
            .field("auto_relogon", &self.auto_relogon())
            .finish()
    }
}

impl Session {
    /// A session for `cookie` (from `ProjectLogon`, or handed over by another process),
    /// logging off through `hooks`.
    pub fn new(client: Client, cookie: Cookie, hooks: Arc<dyn SessionHooks>) -> Session {
        Session {
            client,
            hooks,
            cookie: AtomicI64::new(cookie.expose()),
            turn: Mutex::new(()),
            auto_relogon: AtomicBool::new(false),
            live: true,
            headers: Mutex::new(Headers::new()),
        }
    }

    /// The current cookie (it changes after an automatic re-logon).
    pub fn cookie(&self) -> Cookie {
        Cookie::new(self.cookie.load(Ordering::Acquire))
    }

    /// The client calls go through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Turns automatic re-logon on or off (off by default). When on, a read-only operation
    /// ([`CookieOperation::READ_ONLY`]) that fails with `Session Dropped.` (detail 17) makes
    /// the session log on again through [`SessionHooks::relogon`] and repeat the call once.
    /// Operations that change data are never repeated.
    pub fn set_auto_relogon(&self, on: bool) {
        self.auto_relogon.store(on, Ordering::Release);
    }

    /// True when automatic re-logon is on.
    pub fn auto_relogon(&self) -> bool {
        self.auto_relogon.load(Ordering::Acquire)
    }

    /// Calls `op` with this session's cookie. Calls on one session never overlap: a call
    /// waits for the one in progress.
    ///
    /// With automatic re-logon on, a read-only call that fails with `Session Dropped.` is
    /// repeated once with a new cookie; if logging on again fails, that error is returned.
    ///
    /// An operation the server does not have is [`Error::UnknownOperation`], naming the
    /// server's version ([`Session::server_version`], one more call on this error only).
    pub fn call<O: CookieOperation>(&self, op: impl Request<O>) -> Result<O::Response, Error> {
        let headers = self.headers();
        self.call_with(op.into_op(), |client, op| client.call_op_headers(op, Some(&headers)).map(|(r, _)| r))
            .map_err(|e| self.describe_server(e))
    }

    /// Like [`Session::call`], but keeps the response undecoded: decode it whole, or read
    /// one of its arrays item by item ([`RawResponse::items`]).
    pub fn call_deferred<O: CookieOperation>(&self, op: impl Request<O>) -> Result<RawResponse<O>, Error> {
        let headers = self.headers();
        self.call_with(op.into_op(), |client, op| client.call_deferred_op(op, Some(&headers)))
            .map_err(|e| self.describe_server(e))
    }

    /// `e`, with the server's version added to an [`Error::UnknownOperation`].
    pub(crate) fn describe_server(&self, e: Error) -> Error {
        let Error::UnknownOperation { operation, server } = e else { return e };
        let version = if operation == "getTTVersionInfo" { Ok(ServerVersion::Pre2017) } else { self.server_version() };
        let server = match version {
            Ok(v) => format!("{server}, version {v}"),
            Err(why) => {
                log::debug!("{operation}: the server's version is not known either: {why}");
                server
            }
        };
        Error::UnknownOperation { operation, server }
    }

    pub(crate) fn call_with<O: CookieOperation, R>(
        &self,
        mut op: O,
        call: impl Fn(&Client, &O) -> Result<R, Error>,
    ) -> Result<R, Error> {
        let _turn = self.turn.lock().unwrap_or_else(PoisonError::into_inner);
        op.set_cookie(self.cookie());
        match call(&self.client, &op) {
            Err(e) if e.is_session_dropped() && O::READ_ONLY && self.auto_relogon() => {
                log::info!("{}: the session was dropped; logging on again", O::NAME);
                match self.hooks.relogon(&self.client) {
                    None => Err(e),
                    Some(Err(again)) => {
                        log::warn!("{}: logging on again failed: {again}", O::NAME);
                        Err(again)
                    }
                    Some(Ok(cookie)) => {
                        self.cookie.store(cookie.expose(), Ordering::Release);
                        op.set_cookie(cookie);
                        call(&self.client, &op)
                    }
                }
            }
            other => other,
        }
    }

    /// Logs off now. `Session Dropped.` (the server already ended the session) is not an
    /// error; other failures are returned.
    pub fn logoff(mut self) -> Result<(), Error> {
        self.live = false;
        match self.hooks.logoff(&self.client, self.cookie()) {
            Err(e) if e.is_session_dropped() => {
                log::debug!("logoff: the session had already been dropped by the server");
                Ok(())
            }
            other => other,
        }
    }

    /// Gives up ownership of the server session without logging off and returns its cookie,
    /// so that another process (or a later `Session::new`) can resume it.
    pub fn into_cookie(mut self) -> Cookie {
        self.live = false;
        self.cookie()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.live {
            return;
        }
        self.live = false;
        let cookie = self.cookie();
        if !cookie.is_valid() {
            log::debug!("dropping a session with no valid cookie: nothing to log off");
            return;
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| self.hooks.logoff(&self.client, cookie)));
        match outcome {
            Ok(Ok(())) => log::debug!("session logged off"),
            Ok(Err(e)) if e.is_session_dropped() => {
                log::debug!("logoff on drop: the session had already been dropped by the server")
            }
            Ok(Err(e)) => log::warn!("logging off the session on drop failed: {e}"),
            Err(_) => log::warn!("logging off the session on drop panicked"),
        }
    }
}

type Factory = dyn Fn() -> Result<Session, Error> + Send + Sync;

struct PoolState {
    idle: Vec<Session>,
    /// Sessions that exist or are being created (idle + lent + being created).
    open: usize,
}

/// A fixed number of sessions shared between threads. [`SessionPool::get`] lends one and
/// blocks while all are in use; the session returns when the [`PooledSession`] drops.
///
/// Sessions are created lazily by the factory, on the first `get` that finds none idle
/// ([`SessionPool::new`]), or all up front ([`SessionPool::new_eager`]). Dropping the pool
/// logs every session off.
pub struct SessionPool {
    factory: Box<Factory>,
    size: usize,
    state: Mutex<PoolState>,
    freed: Condvar,
}

impl fmt::Debug for SessionPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.lock();
        f.debug_struct("SessionPool")
            .field("size", &self.size)
            .field("open", &s.open)
            .field("idle", &s.idle.len())
            .finish()
    }
}

impl SessionPool {
    /// A pool of up to `size` sessions (at least 1), created on demand by `factory`.
    pub fn new(size: usize, factory: impl Fn() -> Result<Session, Error> + Send + Sync + 'static) -> SessionPool {
        SessionPool {
            factory: Box::new(factory),
            size: size.max(1),
            state: Mutex::new(PoolState { idle: Vec::new(), open: 0 }),
            freed: Condvar::new(),
        }
    }

    /// A pool whose `size` sessions are all created now; the first failure is returned (the
    /// sessions created before it are logged off).
    pub fn new_eager(
        size: usize,
        factory: impl Fn() -> Result<Session, Error> + Send + Sync + 'static,
    ) -> Result<SessionPool, Error> {
        let pool = Self::new(size, factory);
        let mut sessions = Vec::with_capacity(pool.size);
        for _ in 0..pool.size {
            sessions.push((pool.factory)()?);
        }
        {
            let mut s = pool.lock();
            s.open = sessions.len();
            s.idle = sessions;
        }
        Ok(pool)
    }

    fn lock(&self) -> MutexGuard<'_, PoolState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The number of sessions the pool holds at most.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Sessions that exist now (idle or lent).
    pub fn open_sessions(&self) -> usize {
        self.lock().open
    }

    /// Sessions that are idle now.
    pub fn idle_sessions(&self) -> usize {
        self.lock().idle.len()
    }

    /// Lends a session, waiting for one to come back if all are in use. Fails only when a
    /// new session had to be created and the factory failed.
    pub fn get(&self) -> Result<PooledSession<'_>, Error> {
        self.get_until(None).map(|s| s.unwrap_or_else(|| unreachable!("no deadline")))
    }

    /// Like [`SessionPool::get`], waiting at most `timeout`; `Ok(None)` when none came free.
    pub fn get_timeout(&self, timeout: Duration) -> Result<Option<PooledSession<'_>>, Error> {
        self.get_until(Some(Instant::now() + timeout))
    }

    fn get_until(&self, deadline: Option<Instant>) -> Result<Option<PooledSession<'_>>, Error> {
        let mut state = self.lock();
        loop {
            if let Some(session) = state.idle.pop() {
                return Ok(Some(PooledSession { pool: self, session: Some(session) }));
            }
            if state.open < self.size {
                state.open += 1;
                drop(state);
                return match catch_unwind(AssertUnwindSafe(|| (self.factory)())) {
                    Ok(Ok(session)) => Ok(Some(PooledSession { pool: self, session: Some(session) })),
                    Ok(Err(e)) => {
                        self.release_slot();
                        Err(e)
                    }
                    Err(panic) => {
                        self.release_slot();
                        std::panic::resume_unwind(panic)
                    }
                };
            }
            state = match deadline {
                None => self.freed.wait(state).unwrap_or_else(PoisonError::into_inner),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Ok(None);
                    }
                    self.freed.wait_timeout(state, d - now).unwrap_or_else(PoisonError::into_inner).0
                }
            };
        }
    }

    fn release_slot(&self) {
        self.lock().open -= 1;
        self.freed.notify_one();
    }
}

/// A session lent by a [`SessionPool`]; derefs to [`Session`] and goes back to the pool when
/// dropped.
pub struct PooledSession<'p> {
    pool: &'p SessionPool,
    session: Option<Session>,
}

impl PooledSession<'_> {
    /// Logs this session off and removes it from the pool (e.g. after its errors suggest it
    /// is broken); the pool creates a new one when needed.
    pub fn discard(mut self) {
        if let Some(s) = self.session.take() {
            drop(s);
            self.pool.release_slot();
        }
    }
}

impl Deref for PooledSession<'_> {
    type Target = Session;
    fn deref(&self) -> &Session {
        match &self.session {
            Some(s) => s,
            None => unreachable!("a PooledSession holds its session until dropped"),
        }
    }
}

impl fmt::Debug for PooledSession<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PooledSession").field(&self.session).finish()
    }
}

impl Drop for PooledSession<'_> {
    fn drop(&mut self) {
        if let Some(s) = self.session.take() {
            self.pool.lock().idle.push(s);
            self.pool.freed.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_and_pool_are_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Session>();
        check::<SessionPool>();
    }
}
