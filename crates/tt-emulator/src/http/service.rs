//! One request: routing, the body read under its limits, the SOAP dispatch on the worker
//! (through [`super::blocking`] for a large body), and the response.

use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, HOST, TRANSFER_ENCODING};
use hyper::{Method, Request, Response, StatusCode, Version};

use super::idle::Activity;
use super::{blocking, Shared, NOT_FOUND_HTML};

/// Bodies above this size are dispatched through [`blocking`]: decoding and answering them
/// may hold the worker for long.
const INLINE_MAX: usize = 1 << 20;

type Reply = Response<Full<Bytes>>;

fn is_endpoint(path: &str) -> bool {
    path.eq_ignore_ascii_case("/scripts/ttsoapcgi.exe") || path.eq_ignore_ascii_case("/cgi-bin/ttsoapcgi.exe")
}

fn method_is(m: &Method, name: &str) -> bool {
    m.as_str().eq_ignore_ascii_case(name)
}

/// True when the client asked to keep the connection: the HTTP/1.1 default unless
/// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
fn keep_alive(req: &Request<Incoming>) -> bool {
    let tokens = |want: &str| {
        req.headers()
            .get_all(CONNECTION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(want))
    };
    if req.version() == Version::HTTP_10 || req.version() == Version::HTTP_09 {
        tokens("keep-alive")
    } else {
        !tokens("close")
    }
}

fn response(status: u16, content_type: &'static str, body: Bytes, keep: bool) -> Reply {
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = r.headers_mut();
    h.insert("server", HeaderValue::from_static("tt-emulator"));
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(CONNECTION, HeaderValue::from_static(if keep { "keep-alive" } else { "close" }));
    r
}

/// A plain-text error that ends the connection (the request's body may be unread).
fn refuse(status: StatusCode) -> Reply {
    let text = format!("{}\n", status.canonical_reason().unwrap_or("Error"));
    response(status.as_u16(), "text/plain", Bytes::from(text), false)
}

/// Answers one request; never fails (errors become HTTP statuses).
pub(crate) async fn handle(
    req: Request<Incoming>,
    shared: Arc<Shared>,
    activity: Arc<Activity>,
) -> Result<Reply, Infallible> {
    let keep = keep_alive(&req);
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let head_only = method_is(&method, "HEAD");
    let reply = if path.eq_ignore_ascii_case("/ttsoapcgi.wsdl") && (method_is(&method, "GET") || head_only) {
        let host = req.headers().get(HOST).and_then(|h| h.to_str().ok());
        let wsdl = shared.handler.wsdl(host);
        response(200, "text/xml", Bytes::from(wsdl), keep)
    } else if is_endpoint(&path) {
        if method_is(&method, "POST") {
            soap(req, &shared, &activity, keep).await
        } else {
            let mut r = response(
                405,
                "text/plain",
                Bytes::from_static(b"HTTP method not allowed: POST a SOAP request\n"),
                keep,
            );
            r.headers_mut().insert("allow", HeaderValue::from_static("POST"));
            r
        }
    } else {
        response(404, "text/html", Bytes::from_static(NOT_FOUND_HTML.as_bytes()), keep)
    };
    Ok(reply)
}

/// Reads the body (at most `max_body` bytes, within `body_timeout`) while holding one of the
/// request permits, then dispatches it on this worker.
async fn soap(req: Request<Incoming>, shared: &Shared, activity: &Arc<Activity>, keep: bool) -> Reply {
    let limits = &shared.limits;
    let headers = req.headers();
    let declared = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_none() && !headers.contains_key(TRANSFER_ENCODING) {
        return refuse(StatusCode::LENGTH_REQUIRED);
    }
    if declared.is_some_and(|n| n > limits.max_body as u64) {
        return refuse(StatusCode::PAYLOAD_TOO_LARGE);
    }
    // Bounds the memory of bodies in flight: at most `max_requests` are read or dispatched at
    // once. The semaphore is never closed, so acquiring only waits.
    let Ok(_permit) = shared.permits.acquire().await else {
        return refuse(StatusCode::SERVICE_UNAVAILABLE);
    };
    let capacity = declared.map_or(0, |n| n as usize);
    let body =
        match tokio::time::timeout(limits.body_timeout, read_body(req.into_body(), limits.max_body, capacity)).await {
            Err(_) => return refuse(StatusCode::REQUEST_TIMEOUT),
            Ok(Err(status)) => return refuse(status),
            Ok(Ok(b)) => b,
        };
    let handler = &shared.handler;
    let busy = activity.busy();
    // A panic is answered 500 here, not by dropping the connection.
    let dispatch = AssertUnwindSafe(|| handler.soap(&body));
    let dispatched = if body.len() > INLINE_MAX {
        blocking(|| std::panic::catch_unwind(dispatch))
    } else {
        std::panic::catch_unwind(dispatch)
    };
    drop(busy);
    match dispatched {
        Ok((status, reply)) => response(status, "text/xml; charset=utf-8", Bytes::from(reply), keep),
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR),
    }
}

/// Collects a body into one buffer, refusing it as soon as it passes `max`.
async fn read_body(body: Incoming, max: usize, capacity: usize) -> Result<Vec<u8>, StatusCode> {
    let mut body = Limited::new(body, max);
    let mut out = Vec::with_capacity(capacity.min(max));
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(f) => {
                if let Some(data) = f.data_ref() {
                    out.extend_from_slice(data);
                }
            }
            Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => return Err(StatusCode::PAYLOAD_TOO_LARGE),
            Err(_) => return Err(StatusCode::BAD_REQUEST),
        }
    }
    Ok(out)
}
