//! The embeddable emulator: [`Emulator::builder`], [`EmulatorHandle`], and the glue between the
//! HTTP server and the generated dispatch.

use std::net::{SocketAddr, TcpListener};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use ttsoap::xml::ReadOptions;
use ttsoap::Fault;

use crate::clock::Clock;
use crate::http::{Handler, HttpLimits, HttpServer};
use crate::locks::{LockInfo, Locks, DEFAULT_LOCK_TIMEOUT_MS};
use crate::rng::CookieRng;
use crate::seed::Seed;
use crate::service::{lock, EmulatorState, Injected};
use crate::sessions::{Sessions, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_SESSIONS};
use crate::world::display_name;

/// The WSDL the 2017 profile serves (the project's own, `wsdl/ttsoapcgi.wsdl`).
pub const WSDL: &str = include_str!("../../../wsdl/ttsoapcgi.wsdl");

/// The WSDL the 2013 profile serves (`wsdl/ttsoapcgi-2013.wsdl`, written from the 2013 facts:
/// 155 operations, date fields typed `xsd:dateTime`, the 2013 field sets).
pub const WSDL_2013: &str = include_str!("../../../wsdl/ttsoapcgi-2013.wsdl");

/// The CGI path of the SOAP endpoint (IIS layout; `/cgi-bin/ttsoapcgi.exe` works too).
pub const ENDPOINT_PATH: &str = "/scripts/ttsoapcgi.exe";

/// Which server version's quirks to reproduce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// TestTrack 2013: date-only values in dateTime fields (event dates are written as bare
    /// dates), no `CDefect.dateentered`, and the 2015/2017 operations are unknown methods.
    V2013,
    /// Helix ALM 2017 (the default).
    #[default]
    V2017,
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "2013" => Ok(Profile::V2013),
            "2017" => Ok(Profile::V2017),
            other => Err(format!("unknown profile '{other}' (expected 2013 or 2017)")),
        }
    }
}

/// Why the emulator could not start.
#[derive(Debug)]
pub enum EmulatorError {
    /// The seed is not valid.
    Seed(String),
    /// The listening socket could not be set up.
    Io(std::io::Error),
    /// The state file could not be opened, created or read.
    #[cfg(feature = "state")]
    State(crate::durable::StateError),
}

impl std::fmt::Display for EmulatorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmulatorError::Seed(e) => write!(f, "invalid seed: {e}"),
            EmulatorError::Io(e) => write!(f, "cannot listen: {e}"),
            #[cfg(feature = "state")]
            EmulatorError::State(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for EmulatorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EmulatorError::Seed(_) => None,
            EmulatorError::Io(e) => Some(e),
            #[cfg(feature = "state")]
            EmulatorError::State(e) => Some(e),
        }
    }
}

/// Entry point: `Emulator::builder().start()`.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// A builder with the defaults: demo seed, profile 2017, system clock, random cookies,
    /// `127.0.0.1:0`, 32 sessions, 30-minute idle timeout, 15-minute locks.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// Configures and starts an emulator.
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    seed: Option<Seed>,
    profile: Profile,
    clock: Option<Clock>,
    rng_seed: Option<u64>,
    listen: SocketAddr,
    max_sessions: usize,
    idle_timeout: Duration,
    lock_timeout: Duration,
    limits: HttpLimits,
    #[cfg(feature = "state")]
    state_file: Option<std::path::PathBuf>,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            seed: None,
            profile: Profile::default(),
            clock: None,
            rng_seed: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            max_sessions: DEFAULT_MAX_SESSIONS,
            idle_timeout: Duration::from_millis(DEFAULT_IDLE_TIMEOUT_MS as u64),
            lock_timeout: Duration::from_millis(DEFAULT_LOCK_TIMEOUT_MS as u64),
            limits: HttpLimits::default(),
            #[cfg(feature = "state")]
            state_file: None,
        }
    }
}

impl EmulatorBuilder {
    /// The starting data (default: [`Seed::demo`]).
    pub fn seed(mut self, seed: Seed) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The server version to reproduce.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// The clock (default: system time). Use [`Clock::fixed`] for reproducible runs.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// A fixed seed for the cookie generator (same seed, same cookies; predictable, so for
    /// tests only). Without it cookies come from the operating system's cryptographic source.
    pub fn rng_seed(mut self, seed: u64) -> Self {
        self.rng_seed = Some(seed);
        self
    }

    /// Address to listen on (default `127.0.0.1:0`: loopback, a free port).
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// Maximum number of concurrent SOAP sessions (default 32; one more logon faults 72).
    pub fn max_sessions(mut self, n: usize) -> Self {
        self.max_sessions = n;
        self
    }

    /// Idle time after which a session is dropped (default 30 minutes of emulator time).
    pub fn idle_timeout(mut self, d: Duration) -> Self {
        self.idle_timeout = d;
        self
    }

    /// Lifetime of an edit lock (default 15 minutes of emulator time).
    pub fn lock_timeout(mut self, d: Duration) -> Self {
        self.lock_timeout = d;
        self
    }

    /// HTTP limits (body size, requests in flight, connections, head, body and idle
    /// timeouts).
    ///
    /// ```
    /// use tt_emulator::{Emulator, HttpLimits};
    /// let limits = HttpLimits { max_body: 1 << 20, ..HttpLimits::default() };
    /// let emu = Emulator::builder().http_limits(limits).start()?;
    /// emu.stop();
    /// # Ok::<(), tt_emulator::EmulatorError>(())
    /// ```
    pub fn http_limits(mut self, limits: HttpLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Keeps the world in the SQLite file `path` (feature `state`): every change a request
    /// makes is committed to it before the answer is sent, and a later start with the same
    /// file continues with its projects, records, numbers, record ids, attachments and edit
    /// locks (sessions are not kept: clients log on again, as after a server restart). A
    /// missing or empty file is created from the seed; an existing file is used as it is and
    /// the seed is not read. A file that is not a state file, is damaged or is open in another
    /// emulator makes [`EmulatorBuilder::start`] fail with [`EmulatorError::State`].
    #[cfg(feature = "state")]
    pub fn state_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// Loads the seed (or the state file), binds the socket and starts serving.
    pub fn start(self) -> Result<EmulatorHandle, EmulatorError> {
        let clock = self.clock.unwrap_or_default();
        let (profile, rng_seed, now) = (self.profile, self.rng_seed, clock.now());
        let (max_sessions, idle, lock_ms) = (self.max_sessions, millis(self.idle_timeout), millis(self.lock_timeout));
        let build = move |seed: &Seed, run: u64| {
            let rng = rng_seed.map_or(CookieRng::Os, |s| CookieRng::seeded_for_run(s, run));
            let sessions = Sessions::new(max_sessions, idle);
            crate::service::seeding::build_world(seed, rng, sessions, Locks::new(lock_ms), now, profile)
        };
        let given = self.seed;
        let seed = move || match given {
            Some(s) => Ok(s),
            None => Seed::from_json(crate::seed::DEMO_SEED_JSON).map_err(EmulatorError::Seed),
        };
        #[cfg(feature = "state")]
        let (world, state) = match &self.state_file {
            Some(path) => {
                let (file, world) = crate::durable::open(path, seed, build)?;
                (world, Some(file))
            }
            None => (build(&seed()?, 0).map_err(EmulatorError::Seed)?, None),
        };
        #[cfg(not(feature = "state"))]
        let world = build(&seed()?, 0).map_err(EmulatorError::Seed)?;
        let emu = Arc::new(EmulatorState {
            clock: clock.clone(),
            profile: self.profile,
            world: Mutex::new(world),
            injected: Injected::default(),
            base_url: OnceLock::new(),
            #[cfg(feature = "state")]
            state,
        });
        let listener = TcpListener::bind(self.listen).map_err(EmulatorError::Io)?;
        let addr = listener.local_addr().map_err(EmulatorError::Io)?;
        let mut shown = addr;
        if shown.ip().is_unspecified() {
            shown.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        let base = format!("http://{shown}");
        let _ = emu.base_url.set(base.clone());
        let handler = Arc::new(SoapHandler {
            emu: emu.clone(),
            delays: AtomicBool::new(false),
            base: base.clone(),
            use_host: addr.ip().is_unspecified(),
        });
        let server = HttpServer::start(listener, handler.clone(), self.limits).map_err(EmulatorError::Io)?;
        Ok(EmulatorHandle { emu, handler, server, base, clock })
    }
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 4)
}

struct SoapHandler {
    emu: Arc<EmulatorState>,
    /// A test injected a delay: any dispatch may sleep, so each goes through
    /// [`crate::http::blocking`].
    delays: AtomicBool,
    base: String,
    /// Bound to an unspecified address: the WSDL names the host the client used.
    use_host: bool,
}

/// How requests are read: lenient, except that the 2017 profile's gSOAP refuses an explicit
/// `xsi:type` contradicting the WSDL (2013 accepts it).
fn read_options(profile: Profile) -> ReadOptions {
    ReadOptions { check_declared_types: profile == Profile::V2017, ..ReadOptions::default() }
}

fn fault_reply(f: &Fault) -> (u16, Vec<u8>) {
    let r = ttsoap::server::Reply::fault(f);
    (r.status, r.body)
}

/// The fault every request gets once the state file cannot be written.
#[cfg(feature = "state")]
fn state_fault(e: &str) -> (u16, Vec<u8>) {
    fault_reply(&Fault::server(
        format!("The TestTrack emulator cannot keep its state: {e}"),
        crate::faults::codes::UNKNOWN_ERROR,
    ))
}

impl Handler for SoapHandler {
    fn soap(&self, body: &[u8]) -> (u16, Vec<u8>) {
        let emu = &*self.emu;
        #[cfg(feature = "state")]
        if let Some(e) = emu.state.as_ref().and_then(|s| s.failure()) {
            return state_fault(e);
        }
        let dispatch = AssertUnwindSafe(|| testtrack::server::dispatch(emu, body, read_options(emu.profile)));
        let caught = if self.delays.load(Ordering::Relaxed) {
            crate::http::blocking(|| std::panic::catch_unwind(dispatch))
        } else {
            std::panic::catch_unwind(dispatch)
        };
        let reply = match caught {
            Ok(reply) => (reply.status, reply.body),
            Err(_) => fault_reply(&Fault::server(
                "Internal error in the TestTrack emulator.",
                crate::faults::codes::UNKNOWN_ERROR,
            )),
        };
        // Durable before acknowledged: the answer leaves only once what the request changed
        // (and anything it may have seen) is committed.
        #[cfg(feature = "state")]
        if let Some(state) = &emu.state {
            if let Err(e) = state.sync(&emu.world) {
                return state_fault(&e);
            }
        }
        reply
    }

    fn wsdl(&self, host: Option<&str>) -> String {
        let base = match host.map(str::trim).filter(|h| self.use_host && !h.is_empty()) {
            Some(h) => format!("http://{h}"),
            None => self.base.clone(),
        };
        let wsdl = match self.emu.profile {
            Profile::V2013 => WSDL_2013,
            Profile::V2017 => WSDL,
        };
        rewrite_address(wsdl, &format!("{base}{ENDPOINT_PATH}"))
    }
}

/// Replaces the `location` of the WSDL's `soap:address` (any prefix).
pub fn rewrite_address(wsdl: &str, url: &str) -> String {
    let mut out = String::with_capacity(wsdl.len() + url.len());
    let mut rest = wsdl;
    while let Some(i) = rest.find(":address") {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let Some(end) = tail.find('>') else {
            out.push_str(tail);
            return out;
        };
        let tag = &tail[..end];
        match tag.find("location=\"") {
            Some(l) => {
                let start = l + "location=\"".len();
                let close = tag[start..].find('"').map_or(tag.len(), |q| start + q);
                out.push_str(&tag[..start]);
                out.push_str(url);
                out.push_str(&tag[close..]);
            }
            None => out.push_str(tag),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// A live session, as a test sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    /// The cookie.
    pub cookie: i64,
    /// The user's login name.
    pub login: String,
    /// The user's "Last, First".
    pub user: String,
    /// The project.
    pub project: String,
    /// Logon time (emulator clock, Unix milliseconds).
    pub created_ms: i64,
    /// Last activity (emulator clock, Unix milliseconds).
    pub last_activity_ms: i64,
    /// A call is being served.
    pub busy: bool,
    /// `formattedTextSupport` is on.
    pub formatted_text: bool,
}

/// A running emulator. Dropping it stops the server and joins its threads.
pub struct EmulatorHandle {
    emu: Arc<EmulatorState>,
    handler: Arc<SoapHandler>,
    server: HttpServer,
    base: String,
    clock: Clock,
}

impl std::fmt::Debug for EmulatorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorHandle").field("url", &self.url()).finish()
    }
}

impl EmulatorHandle {
    /// The SOAP endpoint, `http://127.0.0.1:PORT/scripts/ttsoapcgi.exe`.
    pub fn url(&self) -> String {
        format!("{}{ENDPOINT_PATH}", self.base)
    }

    /// The WSDL, `http://127.0.0.1:PORT/ttsoapcgi.wsdl`.
    pub fn wsdl_url(&self) -> String {
        format!("{}/ttsoapcgi.wsdl", self.base)
    }

    /// Answers one SOAP request body as a POST to the endpoint would be answered (status and
    /// envelope), without HTTP: the same injections, dispatch and safety net. For fuzzing the
    /// request path.
    pub fn serve_soap(&self, body: &[u8]) -> (u16, Vec<u8>) {
        self.handler.soap(body)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.server.local_addr()
    }

    /// TCP connections accepted since the start; clients that keep their connections alive
    /// add one per connection, not one per call.
    pub fn connections_accepted(&self) -> u64 {
        self.server.connections_accepted()
    }

    /// TCP connections open now.
    pub fn connections_open(&self) -> usize {
        self.server.connections_open()
    }

    /// The profile being reproduced.
    pub fn profile(&self) -> Profile {
        self.emu.profile
    }

    /// The emulator's clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Moves the emulator clock forward (idle timeouts and lock expiry follow it).
    pub fn advance_clock(&self, by: Duration) {
        self.clock.advance(by);
    }

    /// The live sessions (expired ones are dropped first, releasing their locks).
    pub fn sessions(&self) -> Vec<SessionInfo> {
        let mut g = lock(&self.emu.world);
        let w = &mut *g;
        for c in w.sessions.purge_expired(self.clock.now_millis()) {
            w.locks.release_all(c);
        }
        w.sessions
            .list()
            .into_iter()
            .map(|s| SessionInfo {
                cookie: s.cookie,
                user: w.users.get(s.user_id).map(display_name).unwrap_or_default(),
                login: s.login,
                project: w.projects.get(s.project).map(|p| p.name.clone()).unwrap_or_default(),
                created_ms: s.created_ms,
                last_activity_ms: s.last_activity_ms,
                busy: s.busy,
                formatted_text: s.formatted_text,
            })
            .collect()
    }

    /// The live edit locks.
    pub fn locks(&self) -> Vec<LockInfo> {
        lock(&self.emu.world).locks.list(self.clock.now_millis())
    }

    /// Makes the next `times` calls of `op` (the WSDL name, e.g. `getDefect`) answer `fault`
    /// (HTTP 500) without touching any state.
    pub fn inject_fault(&self, op: &str, fault: Fault, times: u32) {
        self.emu.injected.set(op, fault, times);
    }

    /// Makes the next `times` calls of `op` wait `delay` (wall time) after their session has
    /// been marked busy, so overlapping calls on one cookie can be provoked.
    pub fn inject_delay(&self, op: &str, delay: Duration, times: u32) {
        self.handler.delays.store(true, Ordering::Relaxed);
        self.emu.injected.set_delay(op, delay, times);
    }

    /// Changes the maximum number of SOAP sessions.
    pub fn set_max_sessions(&self, n: usize) {
        lock(&self.emu.world).sessions.max_sessions = n;
    }

    /// Changes the idle timeout.
    pub fn set_idle_timeout(&self, d: Duration) {
        lock(&self.emu.world).sessions.idle_timeout_ms = millis(d);
    }

    /// Changes the edit-lock lifetime (for locks taken from now on).
    pub fn set_lock_timeout(&self, d: Duration) {
        lock(&self.emu.world).locks.timeout_ms = millis(d);
    }

    /// What the state file keeps of the world, as text (see `durable::digest`).
    #[cfg(all(test, feature = "state"))]
    pub(crate) fn world_digest(&self) -> String {
        crate::durable::digest(&lock(&self.emu.world))
    }

    /// Runs `f` on the open state file (tests provoke write failures with it).
    #[cfg(all(test, feature = "state"))]
    pub(crate) fn with_state_file<T>(&self, f: impl FnOnce(&crate::durable::StateFile) -> T) -> Option<T> {
        self.emu.state.as_ref().map(f)
    }

    /// Stops the server now (the same as dropping the handle).
    pub fn stop(mut self) {
        self.server.stop();
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        self.server.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_rewrite() {
        let w = r#"<x><SOAP:address location="http://localhost/scripts/ttsoapcgi.exe"/></x>"#;
        assert_eq!(
            rewrite_address(w, "http://127.0.0.1:1/scripts/ttsoapcgi.exe"),
            r#"<x><SOAP:address location="http://127.0.0.1:1/scripts/ttsoapcgi.exe"/></x>"#
        );
        let real = rewrite_address(WSDL, "http://h:2/scripts/ttsoapcgi.exe");
        assert!(real.contains(r#"location="http://h:2/scripts/ttsoapcgi.exe""#));
        assert!(!real.contains("http://localhost/scripts"));
    }

    #[test]
    fn profiles_parse() {
        assert_eq!("2013".parse::<Profile>(), Ok(Profile::V2013));
        assert_eq!("2017".parse::<Profile>(), Ok(Profile::V2017));
        assert!("2015".parse::<Profile>().is_err());
    }
}
