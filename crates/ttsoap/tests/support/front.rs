//! A front server on 127.0.0.1 that forwards each HTTP request to a plain HTTP backend on
//! loopback, one request per connection: with TLS and a certificate made in the test (rcgen,
//! rustls server side through tokio-rustls), or plain HTTP answering 503 to every n-th request
//! like a busy proxy. Served by hyper on a `Loopback` thread; stopped and joined when dropped.
//! Shared by the `ttsoap` and `tt` tests (included by path, so it names its one sibling by
//! path too).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::TlsAcceptor;

#[path = "loopback.rs"]
mod loopback;
use loopback::Loopback;

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
    server: Loopback,
    tls: bool,
    counters: Arc<Counters>,
}

/// The TLS front of the earlier tests.
pub type TlsFront = Front;

#[derive(Default)]
struct Counters {
    handshakes: AtomicUsize,
    requests: AtomicUsize,
    refused: AtomicUsize,
}

/// What every connection needs.
struct Route {
    backend: SocketAddr,
    fail_every: Option<usize>,
    counters: Arc<Counters>,
}

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
        let counters = Arc::new(Counters::default());
        let route = Arc::new(Route { backend, fail_every, counters: counters.clone() });
        let is_tls = tls.is_some();
        let acceptor = tls.map(TlsAcceptor::from);
        let server = Loopback::start(0, move |tcp| {
            let (tls, route) = (acceptor.clone(), route.clone());
            async move {
                match tls {
                    // A refused handshake ends here.
                    Some(acceptor) => {
                        if let Ok(stream) = acceptor.accept(tcp).await {
                            route.counters.handshakes.fetch_add(1, Ordering::SeqCst);
                            serve(TokioIo::new(stream), route).await
                        }
                    }
                    None => serve(TokioIo::new(tcp), route).await,
                }
            }
        });
        Front { server, tls: is_tls, counters }
    }

    /// `https://127.0.0.1:PORT/` (`http://` for a plain front).
    pub fn url(&self) -> String {
        format!("{}://{}/", if self.tls { "https" } else { "http" }, self.server.addr())
    }

    /// Requests read (forwarded or refused).
    pub fn requests(&self) -> usize {
        self.counters.requests.load(Ordering::SeqCst)
    }

    /// Requests answered with 503.
    pub fn refused(&self) -> usize {
        self.counters.refused.load(Ordering::SeqCst)
    }

    /// `https://localhost:PORT/`
    pub fn localhost_url(&self) -> String {
        format!("https://localhost:{}/", self.server.addr().port())
    }

    /// TLS handshakes that completed.
    pub fn handshakes(&self) -> usize {
        self.counters.handshakes.load(Ordering::SeqCst)
    }
}

/// Serves one request on the connection, then closes it.
async fn serve<I: hyper::rt::Read + hyper::rt::Write + Unpin>(io: I, route: Arc<Route>) {
    let service = service_fn(move |req| forward(req, route.clone()));
    let _ = http1::Builder::new().timer(TokioTimer::new()).keep_alive(false).serve_connection(io, service).await;
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The 503 for every n-th request, the backend's answer for the others (an error closes the
/// connection without an answer).
async fn forward(req: Request<Incoming>, route: Arc<Route>) -> Result<Response<Full<Bytes>>, BoxError> {
    let c = &route.counters;
    let n = c.requests.fetch_add(1, Ordering::SeqCst) + 1;
    if route.fail_every.is_some_and(|every| n.is_multiple_of(every)) {
        c.refused.fetch_add(1, Ordering::SeqCst);
        let body = "<html><body><h1>503 Service Unavailable</h1>The proxy is busy.</body></html>";
        let mut r = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
        *r.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        r.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
        r.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
        return Ok(r);
    }
    let (mut parts, body) = req.into_parts();
    let body = body.collect().await?.to_bytes();
    parts.headers.insert(CONNECTION, HeaderValue::from_static("close"));
    let tcp = tokio::net::TcpStream::connect(route.backend).await?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await?;
    tokio::spawn(conn);
    let answer = sender.send_request(Request::from_parts(parts, Full::new(body))).await?;
    let (parts, body) = answer.into_parts();
    let body = body.collect().await?.to_bytes();
    Ok(Response::from_parts(parts, Full::new(body)))
}
