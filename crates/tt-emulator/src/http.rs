//! A small HTTP/1.1 server on `std::net`, shaped like the IIS/Apache front of `ttsoapcgi.exe`.
//!
//! - `GET /ttsoapcgi.wsdl` (any case) serves the WSDL; `HEAD` too.
//! - `POST /scripts/ttsoapcgi.exe` and `POST /cgi-bin/ttsoapcgi.exe` (any case, query string
//!   ignored) carry SOAP; the SOAPAction header is not looked at (dispatch is on the body).
//!   Other methods on these paths answer 405, as gSOAP does for GET.
//! - Any other path answers an IIS-style HTML 404 page.
//! - One thread per connection, at most [`HttpLimits::max_connections`] at once (beyond that: 503).
//!   Keep-alive is the default for HTTP/1.1 (`Connection: close` ends it; HTTP/1.0 needs
//!   `Connection: keep-alive`). Bodies come with `Content-Length` or chunked transfer coding;
//!   a POST with neither answers 411. `Expect: 100-continue` is honoured. Bodies above
//!   [`HttpLimits::max_body`] answer 413, headers above 64 KiB answer 431.
//! - Responses: `Content-Type: text/xml; charset=utf-8` for SOAP and the WSDL, the status the
//!   handler gives (500 for faults).

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

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
    /// Most connections served at once (default 256).
    pub max_connections: usize,
    /// A keep-alive connection idle for this long is closed (default 120 s of wall time).
    pub idle_timeout: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits { max_body: 64 << 20, max_connections: 256, idle_timeout: Duration::from_secs(120) }
    }
}

const MAX_HEAD: usize = 64 << 10;

#[derive(Default)]
struct Registry {
    next: u64,
    streams: HashMap<u64, TcpStream>,
    threads: Vec<JoinHandle<()>>,
}

/// A running server; [`HttpServer::stop`] (or drop) shuts it down and joins every thread.
pub struct HttpServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    registry: Arc<Mutex<Registry>>,
}

impl HttpServer {
    /// Starts serving on a bound listener.
    pub fn start(listener: TcpListener, handler: Arc<dyn Handler>, limits: HttpLimits) -> io::Result<HttpServer> {
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let registry = Arc::new(Mutex::new(Registry::default()));
        let (s, r) = (stop.clone(), registry.clone());
        let accept = std::thread::Builder::new()
            .name("tt-emulator-accept".into())
            .spawn(move || accept_loop(listener, handler, limits, s, r))?;
        Ok(HttpServer { addr, stop, accept: Some(accept), registry })
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, closes every connection and joins all threads.
    pub fn stop(&mut self) {
        if self.stop.swap(true, Ordering::SeqCst) {
            return;
        }
        // Wake the accept loop.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(if wake.is_ipv4() {
                std::net::Ipv4Addr::LOCALHOST.into()
            } else {
                std::net::Ipv6Addr::LOCALHOST.into()
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
        if let Some(h) = self.accept.take() {
            let _ = h.join();
        }
        let threads = {
            let mut reg = lock(&self.registry);
            for s in reg.streams.values() {
                let _ = s.shutdown(Shutdown::Both);
            }
            std::mem::take(&mut reg.threads)
        };
        for t in threads {
            let _ = t.join();
        }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn accept_loop(
    listener: TcpListener,
    handler: Arc<dyn Handler>,
    limits: HttpLimits,
    stop: Arc<AtomicBool>,
    registry: Arc<Mutex<Registry>>,
) {
    for conn in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = conn else { continue };
        let mut reg = lock(&registry);
        reg.threads.retain(|t| !t.is_finished());
        if reg.streams.len() >= limits.max_connections {
            drop(reg);
            let mut s = stream;
            let _ = write_simple(&mut s, 503, "Service Unavailable", "text/plain", b"too many connections\n", false);
            continue;
        }
        let id = reg.next;
        reg.next += 1;
        if let Ok(clone) = stream.try_clone() {
            reg.streams.insert(id, clone);
        }
        let (h, r2, st) = (handler.clone(), registry.clone(), stop.clone());
        let spawned = std::thread::Builder::new().name("tt-emulator-conn".into()).spawn(move || {
            serve_connection(stream, &*h, limits, &st);
            lock(&r2).streams.remove(&id);
        });
        match spawned {
            Ok(t) => reg.threads.push(t),
            Err(_) => {
                reg.streams.remove(&id);
            }
        }
    }
}

/// A parsed request head.
struct Head {
    method: String,
    path: String,
    http10: bool,
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn keep_alive(&self) -> bool {
        let conn = self.header("connection").unwrap_or("").to_ascii_lowercase();
        if self.http10 {
            conn.contains("keep-alive")
        } else {
            !conn.contains("close")
        }
    }
}

enum ReadOutcome {
    Request(Head, Vec<u8>),
    Closed,
    Reply(u16, &'static str),
}

struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    fn fill(&mut self) -> io::Result<usize> {
        let mut chunk = [0u8; 16 * 1024];
        let n = self.stream.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    fn read_request(&mut self, limits: &HttpLimits) -> ReadOutcome {
        // Head.
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i;
            }
            if self.buf.len() > MAX_HEAD {
                return ReadOutcome::Reply(431, "Request Header Fields Too Large");
            }
            match self.fill() {
                Ok(0) | Err(_) => return ReadOutcome::Closed,
                Ok(_) => {}
            }
        };
        let head_text = String::from_utf8_lossy(&self.buf[..head_end]).into_owned();
        self.buf.drain(..head_end + 4);
        let mut lines = head_text.split("\r\n");
        let request_line = lines.next().unwrap_or("");
        let mut parts = request_line.split_whitespace();
        let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next()) else {
            return ReadOutcome::Reply(400, "Bad Request");
        };
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
            .collect();
        let path = target.split('?').next().unwrap_or("").to_string();
        let head = Head { method: method.to_string(), path, http10: version.eq_ignore_ascii_case("HTTP/1.0"), headers };

        if head.header("expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) {
            let _ = self.stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
        }
        let chunked = head.header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        let body = if chunked {
            match self.read_chunked(limits.max_body) {
                Ok(b) => b,
                Err(reply) => return reply,
            }
        } else if let Some(len) = head.header("content-length") {
            let Ok(len) = len.trim().parse::<usize>() else {
                return ReadOutcome::Reply(400, "Bad Request");
            };
            if len > limits.max_body {
                return ReadOutcome::Reply(413, "Request Entity Too Large");
            }
            while self.buf.len() < len {
                match self.fill() {
                    Ok(0) | Err(_) => return ReadOutcome::Closed,
                    Ok(_) => {}
                }
            }
            self.buf.drain(..len).collect()
        } else if head.method.eq_ignore_ascii_case("POST") || head.method.eq_ignore_ascii_case("PUT") {
            return ReadOutcome::Reply(411, "Length Required");
        } else {
            Vec::new()
        };
        ReadOutcome::Request(head, body)
    }

    fn line(&mut self) -> Result<String, ReadOutcome> {
        loop {
            if let Some(i) = find(&self.buf, b"\r\n") {
                let l = String::from_utf8_lossy(&self.buf[..i]).into_owned();
                self.buf.drain(..i + 2);
                return Ok(l);
            }
            if self.buf.len() > MAX_HEAD {
                return Err(ReadOutcome::Reply(400, "Bad Request"));
            }
            match self.fill() {
                Ok(0) | Err(_) => return Err(ReadOutcome::Closed),
                Ok(_) => {}
            }
        }
    }

    fn read_chunked(&mut self, max: usize) -> Result<Vec<u8>, ReadOutcome> {
        let mut body = Vec::new();
        loop {
            let size_line = self.line()?;
            let size_text = size_line.split(';').next().unwrap_or("").trim();
            let Ok(size) = usize::from_str_radix(size_text, 16) else {
                return Err(ReadOutcome::Reply(400, "Bad Request"));
            };
            if size == 0 {
                // Trailers up to the empty line.
                loop {
                    if self.line()?.is_empty() {
                        return Ok(body);
                    }
                }
            }
            if body.len().saturating_add(size) > max {
                return Err(ReadOutcome::Reply(413, "Request Entity Too Large"));
            }
            while self.buf.len() < size + 2 {
                match self.fill() {
                    Ok(0) | Err(_) => return Err(ReadOutcome::Closed),
                    Ok(_) => {}
                }
            }
            body.extend_from_slice(&self.buf[..size]);
            self.buf.drain(..size + 2);
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Request Entity Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

fn write_simple(
    s: &mut TcpStream,
    status: u16,
    reason: &str,
    content_type: &str,
    body: &[u8],
    keep_alive: bool,
) -> io::Result<()> {
    write_response(s, status, reason, content_type, body, keep_alive, &[], false)
}

#[allow(clippy::too_many_arguments)]
fn write_response(
    s: &mut TcpStream,
    status: u16,
    reason: &str,
    content_type: &str,
    body: &[u8],
    keep_alive: bool,
    extra: &[(&str, &str)],
    head_only: bool,
) -> io::Result<()> {
    let mut out = Vec::with_capacity(body.len() + 256);
    out.extend_from_slice(format!("HTTP/1.1 {status} {reason}\r\n").as_bytes());
    out.extend_from_slice(b"Server: tt-emulator\r\n");
    out.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
    out.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    for (k, v) in extra {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    out.extend_from_slice(if keep_alive { b"Connection: keep-alive\r\n\r\n" } else { b"Connection: close\r\n\r\n" });
    if !head_only {
        out.extend_from_slice(body);
    }
    s.write_all(&out)?;
    s.flush()
}

/// The page IIS answers for a missing file.
pub const NOT_FOUND_HTML: &str = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \
\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n\
<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>\r\n\
<title>404 - File or directory not found.</title>\r\n</head>\r\n<body>\r\n<div id=\"header\"><h1>Server Error</h1></div>\r\n\
<div id=\"content\">\r\n <div class=\"content-container\"><fieldset>\r\n  <h2>404 - File or directory not found.</h2>\r\n\
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n\
 </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n";

fn is_endpoint(path: &str) -> bool {
    path.eq_ignore_ascii_case("/scripts/ttsoapcgi.exe") || path.eq_ignore_ascii_case("/cgi-bin/ttsoapcgi.exe")
}

fn serve_connection(stream: TcpStream, handler: &dyn Handler, limits: HttpLimits, stop: &AtomicBool) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(limits.idle_timeout));
    let mut conn = Conn { stream, buf: Vec::new() };
    while !stop.load(Ordering::SeqCst) {
        let (head, body) = match conn.read_request(&limits) {
            ReadOutcome::Closed => return,
            ReadOutcome::Reply(status, why) => {
                let _ = write_simple(&mut conn.stream, status, why, "text/plain", format!("{why}\n").as_bytes(), false);
                return;
            }
            ReadOutcome::Request(h, b) => (h, b),
        };
        let keep = head.keep_alive() && !stop.load(Ordering::SeqCst);
        let m = head.method.to_ascii_uppercase();
        let res = if head.path.eq_ignore_ascii_case("/ttsoapcgi.wsdl") && (m == "GET" || m == "HEAD") {
            let wsdl = handler.wsdl(head.header("host"));
            write_response(&mut conn.stream, 200, "OK", "text/xml", wsdl.as_bytes(), keep, &[], m == "HEAD")
        } else if is_endpoint(&head.path) {
            if m == "POST" {
                let (status, reply) = handler.soap(&body);
                write_response(
                    &mut conn.stream,
                    status,
                    reason(status),
                    "text/xml; charset=utf-8",
                    &reply,
                    keep,
                    &[],
                    false,
                )
            } else {
                write_response(
                    &mut conn.stream,
                    405,
                    "Method Not Allowed",
                    "text/plain",
                    b"HTTP method not allowed: POST a SOAP request\n",
                    keep,
                    &[("Allow", "POST")],
                    m == "HEAD",
                )
            }
        } else {
            write_response(
                &mut conn.stream,
                404,
                "Not Found",
                "text/html",
                NOT_FOUND_HTML.as_bytes(),
                keep,
                &[],
                m == "HEAD",
            )
        };
        if res.is_err() || !keep {
            let _ = conn.stream.shutdown(Shutdown::Both);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;

    struct Echo;
    impl Handler for Echo {
        fn soap(&self, body: &[u8]) -> (u16, Vec<u8>) {
            let status = if body.starts_with(b"fault") { 500 } else { 200 };
            (status, [b"echo:".as_slice(), body].concat())
        }
        fn wsdl(&self, host: Option<&str>) -> String {
            format!("wsdl for {}", host.unwrap_or("?"))
        }
    }

    fn server() -> HttpServer {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        HttpServer::start(l, Arc::new(Echo), HttpLimits { max_body: 1000, ..HttpLimits::default() }).unwrap()
    }

    /// Reads one response: (status, headers, body).
    fn read_response(r: &mut io::BufReader<TcpStream>) -> (u16, Vec<String>, Vec<u8>) {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        let status: u16 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        let mut headers = vec![];
        let mut len = 0;
        loop {
            let mut h = String::new();
            r.read_line(&mut h).unwrap();
            let h = h.trim_end().to_string();
            if h.is_empty() {
                break;
            }
            if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
            headers.push(h);
        }
        let mut body = vec![0; len];
        r.read_exact(&mut body).unwrap();
        (status, headers, body)
    }

    fn exchange(srv: &HttpServer, req: &[u8], n: usize) -> Vec<(u16, Vec<String>, Vec<u8>)> {
        let mut s = TcpStream::connect(srv.local_addr()).unwrap();
        s.write_all(req).unwrap();
        let mut r = io::BufReader::new(s);
        (0..n).map(|_| read_response(&mut r)).collect()
    }

    #[test]
    fn routes() {
        let srv = server();
        let r = exchange(&srv, b"GET /TTSOAPCGI.WSDL HTTP/1.1\r\nHost: h:1\r\n\r\n", 1);
        assert_eq!((r[0].0, r[0].2.as_slice()), (200, b"wsdl for h:1".as_slice()));
        let r = exchange(&srv, b"POST /Scripts/ttsoapcgi.exe?x HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi", 1);
        assert_eq!((r[0].0, r[0].2.as_slice()), (200, b"echo:hi".as_slice()));
        assert!(r[0].1.iter().any(|h| h == "Content-Type: text/xml; charset=utf-8"));
        let r = exchange(&srv, b"POST /cgi-bin/ttsoapcgi.exe HTTP/1.1\r\nContent-Length: 5\r\n\r\nfault", 1);
        assert_eq!(r[0].0, 500);
        let r = exchange(&srv, b"GET /scripts/ttsoapcgi.exe HTTP/1.1\r\n\r\n", 1);
        assert_eq!(r[0].0, 405);
        let r = exchange(&srv, b"GET /nope HTTP/1.1\r\n\r\n", 1);
        assert_eq!(r[0].0, 404);
        assert!(String::from_utf8_lossy(&r[0].2).contains("404 - File or directory not found."));
        let r = exchange(&srv, b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\n\r\n", 1);
        assert_eq!(r[0].0, 411);
        let r = exchange(&srv, b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nContent-Length: 5000\r\n\r\n", 1);
        assert_eq!(r[0].0, 413);
    }

    #[test]
    fn keep_alive_pipelining_and_chunked() {
        let srv = server();
        let req = b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nContent-Length: 1\r\n\r\naPOST /scripts/ttsoapcgi.exe HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\nGET /ttsoapcgi.wsdl HTTP/1.1\r\nConnection: close\r\n\r\n";
        let r = exchange(&srv, req, 3);
        assert_eq!(r[0].2, b"echo:a");
        assert_eq!(r[1].2, b"echo:abcde");
        assert_eq!(r[2].0, 200);
        assert!(r[2].1.iter().any(|h| h == "Connection: close"));
    }

    #[test]
    fn expect_continue_and_http10() {
        let srv = server();
        let mut s = TcpStream::connect(srv.local_addr()).unwrap();
        s.write_all(b"POST /scripts/ttsoapcgi.exe HTTP/1.0\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n")
            .unwrap();
        let mut r = io::BufReader::new(s.try_clone().unwrap());
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 100"));
        r.read_line(&mut line).unwrap();
        s.write_all(b"ok").unwrap();
        let (status, headers, body) = read_response(&mut r);
        assert_eq!((status, body.as_slice()), (200, b"echo:ok".as_slice()));
        assert!(headers.iter().any(|h| h == "Connection: close"));
    }

    #[test]
    fn stop_closes_idle_connections() {
        let mut srv = server();
        let s = TcpStream::connect(srv.local_addr()).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        let t = std::time::Instant::now();
        srv.stop();
        assert!(t.elapsed() < Duration::from_secs(5));
        let mut buf = [0u8; 1];
        let mut s = s;
        s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
        assert!(matches!(s.read(&mut buf), Ok(0) | Err(_)));
    }

    #[test]
    fn garbage_is_refused() {
        let srv = server();
        let r = exchange(&srv, b"NONSENSE\r\n\r\n", 1);
        assert_eq!(r[0].0, 400);
    }
}
