//! The HTTP/1.1 front, shaped like the IIS/Apache front of `ttsoapcgi.exe`, served by hyper
//! on a small tokio runtime of its own; [`HttpServer`] itself is blocking.
//!
//! Threads: one accepts connections; as many workers as the machine has cores (at least 2, at
//! most 16) serve them and run the SOAP dispatch in place, so a call costs no hand-over
//! between threads, and however many clients connect, no more dispatches run at once than
//! there are workers: the others wait as tasks, not as threads competing for the cores and the
//! emulator's lock. Work that may block a worker for long (a body above 1 MiB, waiting for or
//! writing the state file, a delay a test injected) goes through [`blocking`], which hands the
//! worker's other connections to another thread first.
//!
//! - `GET /ttsoapcgi.wsdl` (any case) serves the WSDL; `HEAD` too.
//! - `POST /scripts/ttsoapcgi.exe` and `POST /cgi-bin/ttsoapcgi.exe` (any case, query string
//!   ignored) carry SOAP; the SOAPAction header is not looked at (dispatch is on the body).
//!   Other methods on these paths answer 405, as gSOAP does for GET.
//! - Any other path answers an IIS-style HTML 404 page.
//! - Keep-alive is the default for HTTP/1.1 (`Connection: close` ends it; HTTP/1.0 needs
//!   `Connection: keep-alive`). Bodies come with `Content-Length` or chunked transfer coding;
//!   a POST with neither answers 411. `Expect: 100-continue` is honoured. Bodies above
//!   [`HttpLimits::max_body`] answer 413 (checked against `Content-Length` before reading,
//!   and while reading a chunked body), request heads above 64 KiB answer 431, unparsable
//!   ones 400.
//! - Responses: `Content-Type: text/xml; charset=utf-8` for SOAP and the WSDL, the status the
//!   handler gives (500 for faults).
//!
//! Limits ([`HttpLimits`]): a connection must deliver a complete request head within
//! `header_timeout` of being ready for one (opened, or after its previous response), so idle
//! and slow-header connections cost a socket and a few KiB until then and never block other
//! clients. At most `max_requests` requests read their body or are dispatched at once (the
//! others wait), so the memory of requests in flight is bounded by `max_requests` times
//! about twice `max_body` (the body, then the reply); a body must arrive within
//! `body_timeout`, and a connection that moves no byte for `idle_timeout` while nothing is
//! dispatched for it is closed.

use std::io;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{oneshot, Semaphore};

mod idle;
mod service;

/// What the HTTP layer needs from the emulator.
pub trait Handler: Send + Sync + 'static {
    /// Answers a SOAP request body with an HTTP status and an envelope.
    fn soap(&self, body: &[u8]) -> (u16, Vec<u8>);
    /// The WSDL text, with its address pointing at this server (`host` is the request's Host
    /// header, if any).
    fn wsdl(&self, host: Option<&str>) -> String;
}

/// Limits of the HTTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpLimits {
    /// Largest request body accepted (default 64 MiB).
    pub max_body: usize,
    /// Most requests reading their body or being dispatched at once (default 32); more wait.
    pub max_requests: usize,
    /// Most open connections (default 4096); a connection beyond it is closed at once.
    pub max_connections: usize,
    /// Time a connection has to deliver a complete request head, counted from when it is
    /// ready for one: just opened, or idle after a response (default 30 s).
    pub header_timeout: Duration,
    /// Time a request body has to arrive once its head is in (default 120 s); later: 408.
    pub body_timeout: Duration,
    /// A connection that moves no byte for this long while none of its requests is being
    /// dispatched is closed (default 60 s).
    pub idle_timeout: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            max_body: 64 << 20,
            max_requests: 32,
            max_connections: 4096,
            header_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(120),
            idle_timeout: Duration::from_secs(60),
        }
    }
}

const MAX_HEAD: usize = 64 << 10;

/// The number of worker threads: four per core available, at least 4 and at most 16. The
/// emulator usually shares the machine, often the process, with its clients, and the
/// scheduler gives every runnable thread an equal share: with one worker per core its share
/// shrank as client threads multiplied (64 client threads on 2 cores: 0.83 of the 16-thread
/// rate for `getDefect`; with 8 workers 1.00). Idle workers cost nothing.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()).saturating_mul(4).clamp(4, 16)
}

/// Runs `f`, which may block (sleep, wait for a lock held across I/O, write a file), on the
/// server's runtime first handing the calling worker's other tasks to another thread; anywhere
/// else (no runtime, or a single-threaded one) simply runs it.
pub(crate) fn blocking<T>(f: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current() {
        Ok(h) if h.runtime_flavor() == RuntimeFlavor::MultiThread => tokio::task::block_in_place(f),
        _ => f(),
    }
}

/// What every connection task shares.
pub(crate) struct Shared {
    handler: Arc<dyn Handler>,
    limits: HttpLimits,
    permits: Semaphore,
    connections: AtomicUsize,
    /// Connections accepted since the start (including any refused for `max_connections`).
    accepted: AtomicU64,
}

/// A running server; [`HttpServer::stop`] (or drop) closes every connection and joins its
/// threads (a request being dispatched is finished first).
pub struct HttpServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl HttpServer {
    /// Starts serving on a bound listener.
    pub fn start(listener: TcpListener, handler: Arc<dyn Handler>, limits: HttpLimits) -> io::Result<HttpServer> {
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers())
            .enable_io()
            .enable_time()
            .max_blocking_threads(limits.max_requests.max(1))
            .thread_name("tt-emulator-work")
            .build()?;
        let listener = {
            let _in_runtime = runtime.enter();
            tokio::net::TcpListener::from_std(listener)?
        };
        let shared = Arc::new(Shared {
            handler,
            limits,
            permits: Semaphore::new(limits.max_requests.max(1)),
            connections: AtomicUsize::new(0),
            accepted: AtomicU64::new(0),
        });
        let (stop, stopped) = oneshot::channel();
        let counters = shared.clone();
        let thread = std::thread::Builder::new().name("tt-emulator-http".into()).spawn(move || {
            runtime.block_on(accept_loop(listener, shared, stopped));
            // Dropping the runtime here (not in an async context) cancels the connection
            // tasks, closing their sockets, and waits for dispatches under way.
            drop(runtime);
        })?;
        Ok(HttpServer { addr, shared: counters, stop: Some(stop), thread: Some(thread) })
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// TCP connections accepted since the server started: with keep-alive, a client that
    /// reconnects per call shows here as one connection per call.
    pub fn connections_accepted(&self) -> u64 {
        self.shared.accepted.load(Ordering::Relaxed)
    }

    /// Connections open now.
    pub fn connections_open(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Stops accepting, closes every connection and joins all threads.
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn accept_loop(listener: tokio::net::TcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => a,
        };
        match accepted {
            Ok((stream, _)) => {
                shared.accepted.fetch_add(1, Ordering::Relaxed);
                if shared.connections.load(Ordering::SeqCst) >= shared.limits.max_connections {
                    drop(stream);
                    continue;
                }
                shared.connections.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(serve_connection(stream, shared.clone()));
            }
            // Out of file descriptors and the like: let connections finish before retrying.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}

/// Counts a connection until its task ends (or is cancelled).
struct Counted(Arc<Shared>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.connections.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn serve_connection(stream: tokio::net::TcpStream, shared: Arc<Shared>) {
    let counted = Counted(shared);
    let shared = &counted.0;
    let _ = stream.set_nodelay(true);
    let activity = idle::Activity::new();
    let io = TokioIo::new(idle::Watched::new(stream, activity.clone()));
    let (s, a) = (shared.clone(), activity.clone());
    let service = service_fn(move |req| service::handle(req, s.clone(), a.clone()));
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(shared.limits.header_timeout)
        .max_header_size(MAX_HEAD)
        .title_case_headers(true)
        .keep_alive(true)
        .serve_connection(io, service);
    tokio::select! {
        _ = conn => {}
        _ = activity.idle_for(shared.limits.idle_timeout) => {}
    }
}

/// The page IIS answers for a missing file.
pub const NOT_FOUND_HTML: &str = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \
\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n\
<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>\r\n\
<title>404 - File or directory not found.</title>\r\n</head>\r\n<body>\r\n<div id=\"header\"><h1>Server Error</h1></div>\r\n\
<div id=\"content\">\r\n <div class=\"content-container\"><fieldset>\r\n  <h2>404 - File or directory not found.</h2>\r\n\
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n\
 </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n";

#[cfg(test)]
mod tests;
