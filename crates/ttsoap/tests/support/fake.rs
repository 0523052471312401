//! A fake TestTrack over the test HTTP server: logon with sessions, "Session Dropped." and
//! "Session busy" like the real server, an edit-lock table, and an override hook for replies
//! a test wants instead. A fake rather than the emulator because it serves the hand-written
//! `Thing` operations of `ops.rs` (the emulator serves the generated ones, from another copy
//! of `ttsoap`) and lets a test reach into its state (drop a session, expire a lock).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use ttsoap::server::{dispatch, serve, Reply};
use ttsoap::xml::ReadOptions;
use ttsoap::{Client, Cookie, Fault};

use super::http::{lock, HttpReply, HttpRequest, TestServer};
use super::ops::*;

pub const FIRST_COOKIE: i64 = 982_451_653;
pub const COOKIE_STEP: i64 = 7_919;

#[derive(Debug, Default)]
pub struct State {
    pub next_cookie: i64,
    pub sessions: HashSet<i64>,
    pub logons: usize,
    pub logoffs: Vec<i64>,
    /// record id -> cookie holding the edit lock
    pub locks: HashMap<i64, i64>,
    pub things: HashMap<i64, String>,
    pub in_flight: HashMap<i64, usize>,
    pub in_flight_total: usize,
    pub max_in_flight_total: usize,
    pub busy_faults: usize,
    /// (operation, cookie) for every cookie operation that got past the session check
    pub calls: Vec<(String, i64)>,
    pub cancels: usize,
    pub delay: Duration,
    pub refuse_logons: bool,
    pub fail_logoff: bool,
}

type Override = dyn Fn(&HttpRequest) -> Option<HttpReply> + Send + Sync;

pub struct FakeTestTrack {
    pub server: TestServer,
    pub state: Arc<Mutex<State>>,
    over: Arc<Mutex<Option<Box<Override>>>>,
}

pub fn dropped() -> Fault {
    Fault::server("Session Dropped.", 17)
}

impl FakeTestTrack {
    pub fn start() -> FakeTestTrack {
        let state = Arc::new(Mutex::new(State {
            next_cookie: FIRST_COOKIE,
            things: (1..=5).map(|i| (i, format!("thing {i}"))).collect(),
            ..State::default()
        }));
        let over: Arc<Mutex<Option<Box<Override>>>> = Arc::new(Mutex::new(None));
        let (st, ov) = (state.clone(), over.clone());
        let server = TestServer::start(move |req| {
            if let Some(o) = lock(&ov).as_ref() {
                if let Some(reply) = o(req) {
                    return reply;
                }
            }
            let reply = handle(&st, &req.body);
            HttpReply::xml(reply.status, reply.body)
        });
        FakeTestTrack { server, state, over }
    }

    pub fn client(&self) -> Client {
        Client::new(&self.server.url()).expect("client")
    }

    pub fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// Replies with `f`'s answer when it gives one, instead of the fake's.
    pub fn set_override(&self, f: impl Fn(&HttpRequest) -> Option<HttpReply> + Send + Sync + 'static) {
        *lock(&self.over) = Some(Box::new(f));
    }

    /// The server forgets the session (as when it times out); its locks stay.
    pub fn drop_session(&self, cookie: Cookie) {
        self.state().sessions.remove(&cookie.expose());
    }

    /// The lock on `record` disappears (expired, or cancelled by an administrator).
    pub fn expire_lock(&self, record: i64) {
        self.state().locks.remove(&record);
    }

    pub fn locks(&self) -> HashMap<i64, i64> {
        self.state().locks.clone()
    }

    pub fn name_of(&self, record: i64) -> Option<String> {
        self.state().things.get(&record).cloned()
    }
}

fn handle(st: &Arc<Mutex<State>>, body: &[u8]) -> Reply {
    dispatch(body, ReadOptions::default(), |name, r, w| {
        Some(match name {
            b"Logon" => serve::<Logon>(r, w, |q| {
                let mut s = lock(st);
                if s.refuse_logons || q.password.expose() != PASSWORD || q.username != USER {
                    return Err(Fault::server("Invalid user name or password.", 1));
                }
                let c = s.next_cookie;
                s.next_cookie += COOKIE_STEP;
                s.sessions.insert(c);
                s.logons += 1;
                Ok(LogonResponse { cookie: Cookie::new(c) })
            }),
            b"Logoff" => serve::<Logoff>(r, w, |q| {
                with_session(st, "Logoff", q.cookie, |s, c| {
                    if s.fail_logoff {
                        return Err(Fault::server("Database error.", 12));
                    }
                    s.sessions.remove(&c);
                    s.locks.retain(|_, owner| *owner != c);
                    s.logoffs.push(c);
                    Ok(ResultResponse { result: 0 })
                })
            }),
            b"GetThing" => serve::<GetThing>(r, w, |q| {
                with_session(st, "GetThing", q.cookie, |s, _| match s.things.get(&q.id) {
                    Some(n) => Ok(ThingResponse { thing: Thing { recordid: q.id, name: n.clone() } }),
                    None => Err(Fault::server("The specified record does not exist in the database.", 6)),
                })
            }),
            b"SetThing" => serve::<SetThing>(r, w, |q| {
                with_session(st, "SetThing", q.cookie, |s, _| {
                    s.things.insert(q.id, q.name.clone());
                    Ok(ResultResponse { result: 0 })
                })
            }),
            b"EditThing" => serve::<EditThing>(r, w, |q| {
                with_session(st, "EditThing", q.cookie, |s, c| {
                    let Some(n) = s.things.get(&q.id).cloned() else {
                        return Err(Fault::server("The specified record does not exist in the database.", 6));
                    };
                    match s.locks.get(&q.id) {
                        Some(owner) if *owner != c => Err(Fault::server("The record is locked by another user.", 22)),
                        _ => {
                            s.locks.insert(q.id, c);
                            Ok(ThingResponse { thing: Thing { recordid: q.id, name: n } })
                        }
                    }
                })
            }),
            b"SaveThing" => serve::<SaveThing>(r, w, |q| {
                with_session(st, "SaveThing", q.cookie, |s, c| {
                    let id = q.thing.recordid;
                    if s.locks.get(&id) != Some(&c) {
                        return Err(Fault::server("Edit record not found.", 7));
                    }
                    if q.thing.name.is_empty() {
                        return Err(Fault::server("Data validation error: name is required.", 23));
                    }
                    s.things.insert(id, q.thing.name.clone());
                    s.locks.remove(&id);
                    Ok(ResultResponse { result: 0 })
                })
            }),
            b"CancelSaveThing" => serve::<CancelSaveThing>(r, w, |q| {
                with_session(st, "CancelSaveThing", q.cookie, |s, c| {
                    if s.locks.get(&q.id) != Some(&c) {
                        return Err(Fault::server("Edit record not found.", 7));
                    }
                    s.locks.remove(&q.id);
                    s.cancels += 1;
                    Ok(ResultResponse { result: 0 })
                })
            }),
            b"Ping" => serve::<Ping>(r, w, |_| Ok(ResultResponse { result: 0 })),
            _ => return None,
        })
    })
}

/// Runs a cookie operation like the real server: unknown cookie → "Session Dropped.";
/// a call while another is running on the same cookie → "Session busy with prior request".
fn with_session<R>(
    st: &Arc<Mutex<State>>,
    op: &str,
    cookie: Cookie,
    f: impl FnOnce(&mut State, i64) -> Result<R, Fault>,
) -> Result<R, Fault> {
    let c = cookie.expose();
    let delay = {
        let mut s = lock(st);
        if !s.sessions.contains(&c) {
            return Err(dropped());
        }
        let n = s.in_flight.entry(c).or_default();
        if *n > 0 {
            s.busy_faults += 1;
            return Err(Fault::server("Session busy with prior request", 16));
        }
        *n += 1;
        s.in_flight_total += 1;
        s.max_in_flight_total = s.max_in_flight_total.max(s.in_flight_total);
        s.calls.push((op.to_string(), c));
        s.delay
    };
    if !delay.is_zero() {
        std::thread::sleep(delay);
    }
    let mut s = lock(st);
    let r = f(&mut s, c);
    if let Some(n) = s.in_flight.get_mut(&c) {
        *n -= 1;
    }
    s.in_flight_total -= 1;
    r
}
