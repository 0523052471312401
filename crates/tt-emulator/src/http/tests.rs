//! The HTTP front on raw sockets.

use super::*;
use std::io::BufRead;
use std::io::{Read, Write};
use std::net::TcpStream;

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
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n").unwrap();
    let mut r = io::BufReader::new(s.try_clone().unwrap());
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 100"), "{line}");
    r.read_line(&mut line).unwrap();
    s.write_all(b"ok").unwrap();
    let (status, headers, body) = read_response(&mut r);
    assert_eq!((status, body.as_slice()), (200, b"echo:ok".as_slice()));
    assert!(headers.iter().any(|h| h == "Connection: keep-alive"), "{headers:?}");

    // HTTP/1.0: no interim response (RFC 9110 10.1.1: the expectation is ignored), the body
    // comes at once, and the connection closes after the answer.
    let r = exchange(
        &srv,
        b"POST /scripts/ttsoapcgi.exe HTTP/1.0\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nok",
        1,
    );
    assert_eq!((r[0].0, r[0].2.as_slice()), (200, b"echo:ok".as_slice()));
    assert!(r[0].1.iter().any(|h| h == "Connection: close"), "{:?}", r[0].1);
}

#[test]
fn head_and_large_heads() {
    let srv = server();
    let mut s = TcpStream::connect(srv.local_addr()).unwrap();
    s.write_all(b"HEAD /ttsoapcgi.wsdl HTTP/1.1\r\nHost: h\r\n\r\nGET /ttsoapcgi.wsdl HTTP/1.1\r\nHost: h\r\n\r\n")
        .unwrap();
    let mut r = io::BufReader::new(s);
    let mut head = Vec::new();
    loop {
        let mut l = String::new();
        r.read_line(&mut l).unwrap();
        if l == "\r\n" {
            break;
        }
        head.push(l.trim_end().to_string());
    }
    assert!(head[0].starts_with("HTTP/1.1 200"), "{head:?}");
    assert!(head.iter().any(|h| h == "Content-Length: 10"), "HEAD tells the GET length: {head:?}");
    // No body after the HEAD answer: the next bytes are the GET's answer.
    let (status, _, body) = read_response(&mut r);
    assert_eq!((status, body.as_slice()), (200, b"wsdl for h".as_slice()));

    let mut big = b"GET /ttsoapcgi.wsdl HTTP/1.1\r\nX-Big: ".to_vec();
    big.extend(std::iter::repeat_n(b'a', 70 << 10));
    big.extend_from_slice(b"\r\n\r\n");
    let mut s = TcpStream::connect(srv.local_addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let _ = s.write_all(&big);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    assert!(out.starts_with(b"HTTP/1.1 431"), "{}", String::from_utf8_lossy(&out));
}

#[test]
fn chunked_body_over_the_limit_is_refused() {
    let srv = server();
    let mut req = b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..3 {
        req.extend_from_slice(b"200\r\n");
        req.extend(std::iter::repeat_n(b'x', 0x200));
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    let r = exchange(&srv, &req, 1);
    assert_eq!(r[0].0, 413);
}

#[test]
fn slow_head_is_cut_at_the_deadline() {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let limits = HttpLimits { header_timeout: Duration::from_millis(300), ..HttpLimits::default() };
    let srv = HttpServer::start(l, Arc::new(Echo), limits).unwrap();
    let mut s = TcpStream::connect(srv.local_addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    // One byte every 100 ms: each byte would restart an idle timer, but not the head deadline.
    let head = format!("GET /ttsoapcgi.wsdl HTTP/1.1\r\nHost: {}\r\n", "slow".repeat(30));
    let mut sent = 0;
    let mut closed = false;
    s.set_read_timeout(Some(Duration::from_millis(10))).unwrap();
    for b in head.bytes() {
        if s.write_all(&[b]).is_err() {
            closed = true;
            break;
        }
        sent += 1;
        let mut buf = [0u8; 64];
        match s.read(&mut buf) {
            Ok(_) => {
                closed = true;
                break;
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock || e.kind() == io::ErrorKind::TimedOut => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(closed, "the connection outlived its head deadline");
    assert!(sent < head.len(), "closed before the head was complete ({sent} bytes sent)");
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

/// Notes how many dispatches run at once, and on which threads; `block` requests wait in
/// [`blocking`] until released.
#[derive(Default)]
struct Probe {
    running: AtomicUsize,
    most: AtomicUsize,
    threads: std::sync::Mutex<std::collections::HashSet<std::thread::ThreadId>>,
    blocked: AtomicUsize,
    release: std::sync::Mutex<bool>,
    released: std::sync::Condvar,
}

impl Handler for Probe {
    fn soap(&self, body: &[u8]) -> (u16, Vec<u8>) {
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.most.fetch_max(now, Ordering::SeqCst);
        self.threads.lock().unwrap().insert(std::thread::current().id());
        if body == b"block" {
            blocking(|| {
                self.blocked.fetch_add(1, Ordering::SeqCst);
                let mut go = self.release.lock().unwrap();
                while !*go {
                    go = self.released.wait(go).unwrap();
                }
            });
        }
        self.running.fetch_sub(1, Ordering::SeqCst);
        (200, body.to_vec())
    }
    fn wsdl(&self, _: Option<&str>) -> String {
        String::new()
    }
}

fn post(body: &str) -> Vec<u8> {
    format!("POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nContent-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn many_clients_are_dispatched_on_the_workers_not_a_thread_each() {
    let probe = Arc::new(Probe::default());
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let srv = HttpServer::start(l, probe.clone(), HttpLimits::default()).unwrap();
    let addr = srv.local_addr();
    let clients: Vec<_> = (0..64)
        .map(|i| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(addr).unwrap();
                let mut r = io::BufReader::new(s.try_clone().unwrap());
                for n in 0..20 {
                    let body = format!("{i}-{n}");
                    s.write_all(&post(&body)).unwrap();
                    let (status, _, got) = read_response(&mut r);
                    assert_eq!((status, got), (200, body.into_bytes()));
                }
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    // 64 clients at once: the dispatches queue for the workers instead of each taking a
    // thread of its own.
    let (most, threads) = (probe.most.load(Ordering::SeqCst), probe.threads.lock().unwrap().len());
    assert!(most <= workers(), "{most} dispatches at once with {} workers", workers());
    assert!(threads <= workers(), "dispatched on {threads} threads with {} workers", workers());
}

#[test]
fn a_dispatch_that_blocks_leaves_the_other_connections_served() {
    let probe = Arc::new(Probe::default());
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let srv = HttpServer::start(l, probe.clone(), HttpLimits::default()).unwrap();
    // More blocked dispatches than workers.
    let n = workers() + 2;
    let blocked: Vec<_> = (0..n)
        .map(|_| {
            let mut s = TcpStream::connect(srv.local_addr()).unwrap();
            s.write_all(&post("block")).unwrap();
            s
        })
        .collect();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while probe.blocked.load(Ordering::SeqCst) < n && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let all_blocked = probe.blocked.load(Ordering::SeqCst);
    // While every one of them still waits, another client is answered (a generous read
    // timeout turns a server that would never answer into a failure instead of a hang).
    let mut s = TcpStream::connect(srv.local_addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(&post("hello")).unwrap();
    let mut line = String::new();
    let answered = io::BufReader::new(s).read_line(&mut line).is_ok() && line.starts_with("HTTP/1.1 200");
    let still_blocked = probe.blocked.load(Ordering::SeqCst) == n && probe.running.load(Ordering::SeqCst) == n;
    *probe.release.lock().unwrap() = true;
    probe.released.notify_all();
    for s in blocked {
        let mut r = io::BufReader::new(s);
        assert_eq!(read_response(&mut r).2, b"block");
    }
    assert_eq!(all_blocked, n, "every blocking dispatch started");
    assert!(answered, "a client was answered while {n} dispatches blocked: {line:?}");
    assert!(still_blocked);
}
