//! An HTTP/1.1 test server on 127.0.0.1, served by hyper on a [`Loopback`] thread (the handler
//! runs on its runtime's blocking pool), with a blocking API: a
//! handler closure answers each request, every request is recorded with the index of the
//! connection that carried it, and drop stops the server and joins its thread.

use std::fmt;
use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::upgrade::OnUpgrade;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};

use super::loopback::Loopback;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: String,
    /// The request target as sent (`/path?query`, or `host:port` for CONNECT).
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
    /// Wait this long before answering (a dropped server stops without waiting it out).
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

    fn into_response(self) -> Response<Full<Bytes>> {
        let mut r = Response::new(Full::new(Bytes::from(self.body)));
        *r.status_mut() = StatusCode::from_u16(self.status).expect("a status between 100 and 999");
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).expect("a header name");
            r.headers_mut().append(name, HeaderValue::from_str(value).expect("a header value"));
        }
        r
    }
}

type Handler = dyn Fn(&HttpRequest) -> HttpReply + Send + Sync;

struct Shared {
    accepts: AtomicUsize,
    requests: Mutex<Vec<HttpRequest>>,
    handler: Box<Handler>,
}

/// An HTTP server on 127.0.0.1, stopped (its thread joined) when dropped.
pub struct TestServer {
    server: Loopback,
    shared: Arc<Shared>,
}

impl TestServer {
    pub fn start(handler: impl Fn(&HttpRequest) -> HttpReply + Send + Sync + 'static) -> TestServer {
        Self::start_on(0, handler)
    }

    /// Like [`TestServer::start`], on 127.0.0.1:`port` (0 for any free port).
    pub fn start_on(port: u16, handler: impl Fn(&HttpRequest) -> HttpReply + Send + Sync + 'static) -> TestServer {
        let shared = Arc::new(Shared {
            accepts: AtomicUsize::new(0),
            requests: Mutex::new(Vec::new()),
            handler: Box::new(handler),
        });
        let sh = shared.clone();
        let server = Loopback::start(port, move |stream| {
            let n = sh.accepts.fetch_add(1, Ordering::SeqCst) + 1;
            serve_connection(stream, n, sh.clone())
        });
        TestServer { server, shared }
    }

    /// `http://127.0.0.1:PORT/`
    pub fn url(&self) -> String {
        format!("http://{}/", self.server.addr())
    }

    /// The URL of the CGI endpoint.
    pub fn cgi_url(&self) -> String {
        format!("http://{}/scripts/ttsoapcgi.exe", self.server.addr())
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
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

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A port nothing listens on (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

/// What a connection is carried over: the TCP stream, or the tunnel a CONNECT opened on it.
trait Io: hyper::rt::Read + hyper::rt::Write + Unpin + Send {}
impl<T: hyper::rt::Read + hyper::rt::Write + Unpin + Send> Io for T {}

/// Serves one connection with keep-alive. After a CONNECT the server acts as a proxy that
/// tunnels to itself: what follows on the connection is served as if it came straight from
/// the client (same connection index).
async fn serve_connection(stream: tokio::net::TcpStream, n: usize, shared: Arc<Shared>) {
    let _ = stream.set_nodelay(true);
    let mut io: Box<dyn Io> = Box::new(TokioIo::new(stream));
    loop {
        let tunnel: Arc<Mutex<Option<OnUpgrade>>> = Arc::default();
        let (sh, tn) = (shared.clone(), tunnel.clone());
        let service = service_fn(move |req| answer(req, n, sh.clone(), tn.clone()));
        let conn = http1::Builder::new()
            .timer(TokioTimer::new())
            .keep_alive(true)
            .serve_connection(io, service)
            .with_upgrades();
        if conn.await.is_err() {
            return;
        }
        let Some(upgrade) = lock(&tunnel).take() else { return };
        match upgrade.await {
            Ok(upgraded) => io = Box::new(upgraded),
            Err(_) => return,
        }
    }
}

/// The service's error: hyper closes the connection without an answer.
#[derive(Debug)]
struct HangUp;

impl fmt::Display for HangUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("hang up")
    }
}

impl std::error::Error for HangUp {}

async fn answer(
    mut req: Request<Incoming>,
    connection: usize,
    shared: Arc<Shared>,
    tunnel: Arc<Mutex<Option<OnUpgrade>>>,
) -> Result<Response<Full<Bytes>>, HangUp> {
    let method = req.method().clone();
    let path = req.uri().to_string();
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    if method == Method::CONNECT {
        *lock(&tunnel) = Some(hyper::upgrade::on(&mut req));
    }
    let body = req.into_body().collect().await.map_err(|_| HangUp)?.to_bytes().to_vec();
    let request = HttpRequest { method: method.to_string(), path, headers, body, connection };
    lock(&shared.requests).push(request.clone());
    if method == Method::CONNECT {
        return Ok(Response::new(Full::new(Bytes::new())));
    }
    let sh = shared.clone();
    let reply = tokio::task::spawn_blocking(move || (sh.handler)(&request)).await.map_err(|_| HangUp)?;
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    if reply.hang_up {
        return Err(HangUp);
    }
    Ok(reply.into_response())
}
