//! Test support: a tiny HTTP/1.1 server on 127.0.0.1 (std only: a thread per connection,
//! keep-alive, stopped and joined when dropped), hand-written operations in the shape the
//! generator emits, and a fake TestTrack with sessions and an edit-lock table.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use ttsoap::encoding::{start_struct, xsd};
use ttsoap::server::{dispatch, serve, Reply};
use ttsoap::xml::{Elem, ReadOptions, XmlReader, XmlWriter};
use ttsoap::{
    Client, Cookie, CookieOperation, Decode, DecodeError, Editable, Encode, Error, Fault, Message, Operation, Password,
    Session, SessionHooks, Style, TypeInfo,
};

// ---------------------------------------------------------------------------------------
// HTTP server
// ---------------------------------------------------------------------------------------

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: String,
    pub path: String,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Which accepted connection (1-based) carried it.
    pub connection: usize,
}

impl HttpRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
pub struct HttpReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering (in slices, so a dropped server stops promptly).
    pub delay: Duration,
    /// Close the connection instead of answering (after reading the whole request).
    pub hang_up: bool,
}

impl HttpReply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        HttpReply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
            hang_up: false,
        }
    }

    /// No answer: the connection is closed once the request has been read.
    pub fn hang_up() -> Self {
        HttpReply { hang_up: true, ..Self::new(500, "text/plain", "") }
    }

    pub fn xml(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self::new(status, "text/xml; charset=utf-8", body)
    }

    pub fn html(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self::new(status, "text/html", body)
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn delayed(mut self, d: Duration) -> Self {
        self.delay = d;
        self
    }

    /// Compresses the body with gzip and says so.
    pub fn gzipped(mut self) -> Self {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&self.body).expect("gzip into memory");
        self.body = enc.finish().expect("gzip into memory");
        self.headers.push(("Content-Encoding".into(), "gzip".into()));
        self
    }
}

type Handler = dyn Fn(&HttpRequest) -> HttpReply + Send + Sync;

struct Shared {
    stop: AtomicBool,
    accepts: AtomicUsize,
    conns: Mutex<Vec<JoinHandle<()>>>,
    requests: Mutex<Vec<HttpRequest>>,
    handler: Box<Handler>,
}

/// An HTTP server on 127.0.0.1:0, stopped (all threads joined) when dropped.
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl TestServer {
    pub fn start(handler: impl Fn(&HttpRequest) -> HttpReply + Send + Sync + 'static) -> TestServer {
        Self::start_on(0, handler)
    }

    /// Like [`TestServer::start`], on 127.0.0.1:`port` (0 for any free port).
    pub fn start_on(port: u16, handler: impl Fn(&HttpRequest) -> HttpReply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared {
            stop: AtomicBool::new(false),
            accepts: AtomicUsize::new(0),
            conns: Mutex::new(Vec::new()),
            requests: Mutex::new(Vec::new()),
            handler: Box::new(handler),
        });
        let sh = shared.clone();
        let acceptor = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if sh.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let n = sh.accepts.fetch_add(1, Ordering::SeqCst) + 1;
                let sh2 = sh.clone();
                let h = std::thread::spawn(move || serve_connection(stream, n, &sh2));
                lock(&sh.conns).push(h);
            }
        });
        TestServer { addr, shared, acceptor: Some(acceptor) }
    }

    /// `http://127.0.0.1:PORT/`
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The URL of the CGI endpoint.
    pub fn cgi_url(&self) -> String {
        format!("http://{}/scripts/ttsoapcgi.exe", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// TCP connections accepted so far.
    pub fn accepts(&self) -> usize {
        self.shared.accepts.load(Ordering::SeqCst)
    }

    /// Requests received so far.
    pub fn requests(&self) -> Vec<HttpRequest> {
        lock(&self.shared.requests).clone()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the acceptor.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(a) = self.acceptor.take() {
            let _ = a.join();
        }
        let conns: Vec<_> = lock(&self.shared.conns).drain(..).collect();
        for c in conns {
            let _ = c.join();
        }
    }
}

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve_connection(mut stream: TcpStream, n: usize, sh: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(50)));
    let _ = stream.set_nodelay(true);
    let mut buf: Vec<u8> = Vec::new();
    loop {
        // Read the head.
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            if !buf.is_empty() && !buf[0].is_ascii_uppercase() {
                // Not HTTP (a TLS hello, say).
                let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
            match read_some(&mut stream, &mut buf, sh) {
                Some(0) | None => return,
                Some(_) => {}
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_string();
        let path = first.next().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let len: usize =
            headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
        while buf.len() < head_end + len {
            match read_some(&mut stream, &mut buf, sh) {
                Some(0) | None => return,
                Some(_) => {}
            }
        }
        let body = buf[head_end..head_end + len].to_vec();
        buf.drain(..head_end + len);
        let close = headers.iter().any(|(k, v)| k == "connection" && v.eq_ignore_ascii_case("close"));
        let req = HttpRequest { method, path, headers, body, connection: n };
        lock(&sh.requests).push(req.clone());
        if req.method == "CONNECT" {
            // Act as a proxy that tunnels to itself: what follows on this connection is
            // served as if it came straight from the client.
            if stream.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").is_err() {
                return;
            }
            continue;
        }
        let reply = (sh.handler)(&req);
        if !sleep_unless_stopped(reply.delay, sh) || reply.hang_up {
            return;
        }
        let mut out = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status)).into_bytes();
        for (k, v) in &reply.headers {
            out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
        }
        out.extend_from_slice(format!("Content-Length: {}\r\n", reply.body.len()).as_bytes());
        if close {
            out.extend_from_slice(b"Connection: close\r\n");
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&reply.body);
        if stream.write_all(&out).is_err() || close {
            return;
        }
    }
}

/// Reads what is there; `None` when the server stops or the peer fails.
fn read_some(stream: &mut TcpStream, buf: &mut Vec<u8>, sh: &Shared) -> Option<usize> {
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if sh.stop.load(Ordering::SeqCst) {
            return None;
        }
        match stream.read(&mut chunk) {
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                return Some(n);
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => return None,
        }
    }
}

fn sleep_unless_stopped(d: Duration, sh: &Shared) -> bool {
    let end = Instant::now() + d;
    while Instant::now() < end {
        if sh.stop.load(Ordering::SeqCst) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10).min(end.saturating_duration_since(Instant::now())));
    }
    true
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// A port nothing listens on (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

// ---------------------------------------------------------------------------------------
// Hand-written operations, shaped like generated ones
// ---------------------------------------------------------------------------------------

pub const NS: &str = "urn:testtrack-interface";
pub const NAMESPACES: &[(&str, &str)] = &[("ttns", NS)];

/// A record with an id and a name (like CDefect, much smaller).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Thing {
    pub recordid: i64,
    pub name: String,
}

pub static THING: TypeInfo = TypeInfo::named("ttns:CThing");

impl Encode for Thing {
    fn encode(&self, name: &str, _ty: &TypeInfo, w: &mut XmlWriter) {
        start_struct(name, "ttns:CThing", w);
        self.recordid.encode("recordid", &xsd::LONG, w);
        self.name.encode("name", &xsd::STRING, w);
        w.end(name);
    }
}

impl Decode for Thing {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let mut t = Thing::default();
        while let Some(c) = r.next_child(&el)? {
            match c.local_name() {
                b"recordid" => t.recordid = r.decode(c)?,
                b"name" => t.name = r.decode(c)?,
                _ => r.unknown(&c)?,
            }
        }
        Ok(t)
    }
}

macro_rules! message {
    ($name:ident { $($field:ident : $ty:ty = $xml:literal as $xsd:expr),* $(,)? }) => {
        #[derive(Debug, Default, Clone, PartialEq)]
        pub struct $name { $(pub $field: $ty),* }
        impl Message for $name {
            #[allow(unused_variables)]
            fn write_parts(&self, w: &mut XmlWriter) {
                $( self.$field.encode($xml, &$xsd, w); )*
            }
            fn read_part<'a>(&mut self, r: &mut XmlReader<'a>, child: Elem<'a>) -> Result<(), DecodeError> {
                $( if child.local_name() == $xml.as_bytes() {
                    self.$field = r.decode(child)?;
                    return Ok(());
                } )*
                r.unknown(&child)
            }
        }
    };
}

macro_rules! operation {
    ($name:ident, $resp:ident, $resp_name:literal, $action:literal) => {
        impl Operation for $name {
            const NAME: &'static str = stringify!($name);
            const NAMESPACE: &'static str = NS;
            const SOAP_ACTION: &'static str = $action;
            const RESPONSE_NAME: &'static str = $resp_name;
            const STYLE: Style = Style::Rpc;
            const ENCODED: bool = true;
            const NAMESPACES: &'static [(&'static str, &'static str)] = NAMESPACES;
            type Response = $resp;
        }
    };
}

macro_rules! cookie_op {
    ($name:ident, $read_only:literal) => {
        impl CookieOperation for $name {
            fn set_cookie(&mut self, cookie: Cookie) {
                self.cookie = cookie;
            }
            const READ_ONLY: bool = $read_only;
        }
    };
}

message!(Logon { username: String = "username" as xsd::STRING, password: Password = "password" as xsd::STRING });
message!(LogonResponse { cookie: Cookie = "Cookie" as xsd::LONG });
operation!(Logon, LogonResponse, "LogonResponse", "urn:testtrack-interface#Logon");

message!(ResultResponse { result: i32 = "result" as xsd::INT });

message!(Logoff { cookie: Cookie = "cookie" as xsd::LONG });
operation!(Logoff, ResultResponse, "LogoffResponse", "urn:testtrack-interface#Logoff");
cookie_op!(Logoff, false);

message!(GetThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "id" as xsd::LONG });
message!(ThingResponse { thing: Thing = "pThing" as THING });
operation!(GetThing, ThingResponse, "GetThingResponse", "urn:testtrack-interface#GetThing");
cookie_op!(GetThing, true);

message!(SetThing {
    cookie: Cookie = "cookie" as xsd::LONG,
    id: i64 = "id" as xsd::LONG,
    name: String = "name" as xsd::STRING,
});
operation!(SetThing, ResultResponse, "SetThingResponse", "urn:testtrack-interface#SetThing");
cookie_op!(SetThing, false);

message!(EditThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "id" as xsd::LONG });
operation!(EditThing, ThingResponse, "EditThingResponse", "urn:testtrack-interface#EditThing");
cookie_op!(EditThing, false);

message!(SaveThing { cookie: Cookie = "cookie" as xsd::LONG, thing: Thing = "pThing" as THING });
operation!(SaveThing, ResultResponse, "SaveThingResponse", "urn:testtrack-interface#SaveThing");
cookie_op!(SaveThing, false);

message!(CancelSaveThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "recordID" as xsd::LONG });
operation!(CancelSaveThing, ResultResponse, "CancelSaveThingResponse", "urn:testtrack-interface#CancelSaveThing");
cookie_op!(CancelSaveThing, false);

// An operation whose SOAPAction is empty (like `formattedTextSupport`).
message!(Ping {});
operation!(Ping, ResultResponse, "PingResponse", "");

// ---------------------------------------------------------------------------------------
// Session hooks and the edit trio, as generated code would write them
// ---------------------------------------------------------------------------------------

pub const USER: &str = "tester";
pub const PASSWORD: &str = "Pa55-w0rd-SECRET";

pub struct FakeHooks {
    pub username: String,
    pub password: Password,
}

impl FakeHooks {
    pub fn new() -> Arc<FakeHooks> {
        Arc::new(FakeHooks { username: USER.into(), password: Password::new(PASSWORD) })
    }
}

fn check_result(operation: &'static str, result: i32) -> Result<(), Error> {
    if result == 0 {
        Ok(())
    } else {
        Err(Error::ResultCode { operation, code: result.into() })
    }
}

impl SessionHooks for FakeHooks {
    fn logoff(&self, client: &Client, cookie: Cookie) -> Result<(), Error> {
        let r = client.call(&Logoff { cookie })?;
        check_result("Logoff", r.result)
    }

    fn relogon(&self, client: &Client) -> Option<Result<Cookie, Error>> {
        Some(client.call(&Logon { username: self.username.clone(), password: self.password.clone() }).map(|r| r.cookie))
    }
}

/// Logs on and wraps the cookie in a session.
pub fn logon(client: &Client) -> Result<Session, Error> {
    let r = client.call(&Logon { username: USER.into(), password: Password::new(PASSWORD) })?;
    Ok(Session::new(client.clone(), r.cookie, FakeHooks::new()))
}

pub struct ThingEdit;

impl Editable for ThingEdit {
    type Entity = Thing;
    const ENTITY: &'static str = "Thing";

    fn record_id(e: &Thing) -> i64 {
        e.recordid
    }

    fn save(s: &Session, e: &Thing) -> Result<(), Error> {
        let r = s.call(SaveThing { thing: e.clone(), ..Default::default() })?;
        check_result("SaveThing", r.result)
    }

    fn cancel(s: &Session, record_id: i64) -> Result<(), Error> {
        let r = s.call(CancelSaveThing { id: record_id, ..Default::default() })?;
        check_result("CancelSaveThing", r.result)
    }
}

pub fn edit_thing(s: &Session, id: i64) -> Result<Thing, Error> {
    s.call(EditThing { id, ..Default::default() }).map(|r| r.thing)
}

// ---------------------------------------------------------------------------------------
// The fake TestTrack
// ---------------------------------------------------------------------------------------

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

/// A SOAP envelope with `inner` in the Body.
pub fn envelope(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">{inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>"#
    )
}

/// A GetThing response for record 1.
pub fn thing_response(name: &str) -> String {
    envelope(&format!(
        "<ttns:GetThingResponse><pThing><recordid>1</recordid><name>{name}</name></pThing></ttns:GetThingResponse>"
    ))
}

/// An IIS-like 404 page.
pub const IIS_404: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
-->
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>"#;
