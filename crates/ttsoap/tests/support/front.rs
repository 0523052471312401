//! A front server on 127.0.0.1 that forwards each HTTP request to a plain HTTP backend on
//! loopback, one request per connection: with TLS and a certificate made in the test (rcgen,
//! rustls server side), or plain HTTP answering 503 to every n-th request like a busy proxy.
//! Stopped and joined when dropped. Shared by the `ttsoap` and `tt` tests.

#![allow(dead_code)]

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A server certificate and its key, made for the test.
pub struct TestCert {
    /// The certificate in PEM form (what a user would put in a CA bundle).
    pub pem: String,
    der: CertificateDer<'static>,
    key: PrivatePkcs8KeyDer<'static>,
}

impl TestCert {
    /// A self-signed certificate for `names` (no CA flag), valid now.
    pub fn self_signed(names: &[&str]) -> TestCert {
        Self::make(names, false, false)
    }

    /// A self-signed certificate; `ca` sets the CA flag (a CA certificate used by the server
    /// itself), `expired` puts its validity in the past.
    pub fn make(names: &[&str], ca: bool, expired: bool) -> TestCert {
        let mut params = CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
            .expect("certificate params");
        if ca {
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        }
        if expired {
            params.not_before = rcgen::date_time_ymd(2001, 1, 1);
            params.not_after = rcgen::date_time_ymd(2002, 1, 1);
        }
        let key = KeyPair::generate().expect("key pair");
        let cert = params.self_signed(&key).expect("self-signed certificate");
        TestCert { pem: cert.pem(), der: cert.der().clone(), key: PrivatePkcs8KeyDer::from(key.serialize_der()) }
    }

    /// Writes the PEM to `path`.
    pub fn write_pem(&self, path: &std::path::Path) {
        std::fs::write(path, &self.pem).expect("write the certificate");
    }
}

/// The front; see the module docs.
pub struct Front {
    addr: SocketAddr,
    tls: bool,
    stop: Arc<AtomicBool>,
    handshakes: Arc<AtomicUsize>,
    requests: Arc<AtomicUsize>,
    refused: Arc<AtomicUsize>,
    threads: Arc<Mutex<Vec<JoinHandle<()>>>>,
    acceptor: Option<JoinHandle<()>>,
}

/// The TLS front of the earlier tests.
pub type TlsFront = Front;

impl Front {
    /// Serves TLS with `cert` on a free port, forwarding to `backend`.
    pub fn start(cert: &TestCert, backend: SocketAddr) -> Front {
        Self::spawn(Some(Self::tls_config(cert)), backend, None)
    }

    /// Plain HTTP, answering `503 Service Unavailable` to every `n`-th request (counted over
    /// all connections) without forwarding it, and forwarding the others.
    pub fn flaky(backend: SocketAddr, n: usize) -> Front {
        Self::spawn(None, backend, Some(n))
    }

    fn tls_config(cert: &TestCert) -> Arc<rustls::ServerConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("protocol versions")
            .with_no_client_auth()
            .with_single_cert(vec![cert.der.clone()], PrivateKeyDer::Pkcs8(cert.key.clone_key()))
            .expect("server config");
        Arc::new(config)
    }

    fn spawn(tls: Option<Arc<rustls::ServerConfig>>, backend: SocketAddr, fail_every: Option<usize>) -> Front {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let stop = Arc::new(AtomicBool::new(false));
        let handshakes = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(AtomicUsize::new(0));
        let refused = Arc::new(AtomicUsize::new(0));
        let threads: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let counters = Counters {
            stop: stop.clone(),
            handshakes: handshakes.clone(),
            requests: requests.clone(),
            refused: refused.clone(),
        };
        let th = threads.clone();
        let is_tls = tls.is_some();
        let acceptor = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if counters.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(tcp) = stream else { continue };
                let _ = tcp.set_read_timeout(Some(Duration::from_millis(50)));
                let (tls, c) = (tls.clone(), counters.clone());
                let h = std::thread::spawn(move || match tls {
                    Some(config) => {
                        let Ok(conn) = rustls::ServerConnection::new(config) else { return };
                        serve(rustls::StreamOwned::new(conn, tcp), backend, fail_every, &c)
                    }
                    None => serve(tcp, backend, fail_every, &c),
                });
                th.lock().unwrap_or_else(|e| e.into_inner()).push(h);
            }
        });
        Front { addr, tls: is_tls, stop, handshakes, requests, refused, threads, acceptor: Some(acceptor) }
    }

    /// `https://127.0.0.1:PORT/` (`http://` for a plain front).
    pub fn url(&self) -> String {
        format!("{}://{}/", if self.tls { "https" } else { "http" }, self.addr)
    }

    /// Requests read (forwarded or refused).
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Requests answered with 503.
    pub fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }

    /// `https://localhost:PORT/`
    pub fn localhost_url(&self) -> String {
        format!("https://localhost:{}/", self.addr.port())
    }

    /// Handshakes that completed.
    pub fn handshakes(&self) -> usize {
        self.handshakes.load(Ordering::SeqCst)
    }
}

impl Drop for Front {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(a) = self.acceptor.take() {
            let _ = a.join();
        }
        let threads: Vec<_> = self.threads.lock().unwrap_or_else(|e| e.into_inner()).drain(..).collect();
        for t in threads {
            let _ = t.join();
        }
    }
}

#[derive(Clone)]
struct Counters {
    stop: Arc<AtomicBool>,
    handshakes: Arc<AtomicUsize>,
    requests: Arc<AtomicUsize>,
    refused: Arc<AtomicUsize>,
}

fn serve(mut stream: impl Read + Write, backend: SocketAddr, fail_every: Option<usize>, c: &Counters) {
    // The request head and body (Content-Length framing, as ureq sends).
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let (head_end, len) = loop {
        if c.stop.load(Ordering::SeqCst) {
            return;
        }
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4) {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if buf.len() >= end + len {
                break (end, len);
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) => return,
            Ok(n) => {
                if buf.is_empty() {
                    c.handshakes.fetch_add(1, Ordering::SeqCst);
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => return, // a refused handshake ends here
        }
    };
    let n = c.requests.fetch_add(1, Ordering::SeqCst) + 1;
    let answer = if fail_every.is_some_and(|every| n.is_multiple_of(every)) {
        c.refused.fetch_add(1, Ordering::SeqCst);
        let body = "<html><body><h1>503 Service Unavailable</h1>The proxy is busy.</body></html>";
        format!(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    } else {
        // Forward with `Connection: close`, and read the answer to its end.
        let first_line_end = buf.windows(2).position(|w| w == b"\r\n").unwrap_or(0) + 2;
        let mut forward = buf[..first_line_end].to_vec();
        forward.extend_from_slice(b"Connection: close\r\n");
        forward.extend_from_slice(&buf[first_line_end..head_end + len]);
        let Ok(mut up) = TcpStream::connect(backend) else { return };
        let _ = up.set_read_timeout(Some(Duration::from_secs(30)));
        if up.write_all(&forward).is_err() {
            return;
        }
        let mut answer = Vec::new();
        let _ = up.read_to_end(&mut answer);
        answer
    };
    let _ = stream.write_all(&answer);
    let _ = stream.flush();
}
