//! `tt worker --status-addr`: `GET /status` answers the workers' status as JSON, on hyper
//! (the HTTP server the emulator uses) on a one-thread tokio runtime.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::Context;
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::oneshot;

/// Produces the JSON body of `GET /status`.
pub type StatusFn = Arc<dyn Fn() -> serde_json::Value + Send + Sync>;

/// The running status server; [`StatusServer::stop`] ends it.
pub struct StatusServer {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

fn answer(req: &Request<hyper::body::Incoming>, status: &StatusFn) -> Response<Full<Bytes>> {
    let (code, body) = match (req.method(), req.uri().path()) {
        (&Method::GET, "/status") => (StatusCode::OK, serde_json::to_vec_pretty(&status()).unwrap_or_default()),
        (_, "/status") => (StatusCode::METHOD_NOT_ALLOWED, b"{\"error\": \"GET only\"}".to_vec()),
        _ => (StatusCode::NOT_FOUND, b"{\"error\": \"not found; GET /status\"}".to_vec()),
    };
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = code;
    r.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
    r
}

impl StatusServer {
    /// Binds `addr` and serves until stopped.
    pub fn start(addr: SocketAddr, status: StatusFn) -> anyhow::Result<StatusServer> {
        let listener = std::net::TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr}"))?;
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
        let listener = {
            let _g = runtime.enter();
            tokio::net::TcpListener::from_std(listener)?
        };
        let (tx, mut rx) = oneshot::channel();
        let thread = std::thread::Builder::new().name("tt-worker-status".into()).spawn(move || {
            runtime.block_on(async move {
                loop {
                    let accepted = tokio::select! {
                        _ = &mut rx => break,
                        a = listener.accept() => a,
                    };
                    let Ok((stream, _)) = accepted else { continue };
                    let s = status.clone();
                    tokio::spawn(async move {
                        let svc = service_fn(move |req| {
                            let r = answer(&req, &s);
                            async move { Ok::<_, Infallible>(r) }
                        });
                        let _ =
                            http1::Builder::new().keep_alive(false).serve_connection(TokioIo::new(stream), svc).await;
                    });
                }
            });
        })?;
        Ok(StatusServer { addr, stop: Some(tx), thread: Some(thread) })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops serving.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for StatusServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}
