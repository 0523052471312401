//! The SOAP client: writes an operation's envelope, posts it, checks the HTTP answer and
//! decodes the response or fault, tracing every exchange with secrets masked.
//!
//! ```no_run
//! use std::time::Duration;
//! # fn main() -> Result<(), ttsoap::Error> {
//! let client = ttsoap::Client::builder("https://tt.example.com/")
//!     .timeout(Duration::from_secs(30))
//!     .on_exchange(|x| eprintln!("{} -> {:?} in {:?}", x.operation, x.status, x.elapsed))
//!     .build()?;
//! assert_eq!(client.endpoint().as_str(), "https://tt.example.com/scripts/ttsoapcgi.exe");
//! // let resp = client.call(&GetProjectList::default())?;   // a generated operation
//! # Ok(()) }
//! ```
//!
//! # Troubleshooting
//!
//! Every request and response is logged with the [`log`] crate at `TRACE` level under the
//! target [`WIRE_TARGET`] (`ttsoap::wire`), with the text of `cookie` and `password`
//! elements replaced by `***` ([`crate::trace::mask_secrets`]). A one-line summary per call
//! goes to `ttsoap::client` at `DEBUG`. [`ClientBuilder::on_exchange`] hands the same masked
//! text to a callback, e.g. to keep the last exchange for an error report.

use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::endpoint::{Endpoint, DEFAULT_CGI_PATH};
use crate::envelope;
use crate::error::Error;
use crate::headers::Headers;
use crate::operation::{Operation, Request, SoapVersion};
use crate::retry::RetryPolicy;
use crate::stream::RawResponse;
use crate::trace::{self, mask_secrets, secret_values};
use crate::transport::{
    check_status, looks_like_soap, HttpResponse, PostFailure, ProxyConfig, Received, Transport, TransportConfig,
};
use crate::values::{DateStyle, Password};
use crate::xml::{ReadOptions, WriteOptions};

/// The `log` target of the raw, masked request and response text.
pub const WIRE_TARGET: &str = "ttsoap::wire";

/// One request/response exchange, as handed to the [`ClientBuilder::on_exchange`] hook.
/// The texts have `cookie` and `password` values masked.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Exchange {
    /// The operation name (`getDefect`).
    pub operation: String,
    /// The SOAPAction sent (unquoted; may be empty).
    pub soap_action: String,
    /// The HTTP status, or `None` when no response arrived.
    pub status: Option<u16>,
    /// The request envelope, masked.
    pub request: String,
    /// The response body, masked (empty when no response arrived).
    pub response: String,
    /// Time from sending the request to the end of the response.
    pub elapsed: Duration,
    /// The transport error, when no response arrived.
    pub error: Option<String>,
}

type ExchangeHook = Arc<dyn Fn(&Exchange) + Send + Sync>;

struct Inner {
    transport: Transport,
    read_options: ReadOptions,
    write_options: WriteOptions,
    hook: Option<ExchangeHook>,
    retry: RetryPolicy,
    retries: Arc<AtomicU64>,
}

/// A SOAP client for one endpoint. Cheap to clone, `Send + Sync`: clones share one HTTP
/// agent and its keep-alive connections.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// SOAP headers written into every request (see [`crate::headers`]).
    pub(crate) headers: Headers,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("transport", &self.inner.transport)
            .field("read_options", &self.inner.read_options)
            .field("write_options", &self.inner.write_options)
            .field("exchange_hook", &self.inner.hook.is_some())
            .field("retry", &self.inner.retry)
            .field("headers", &self.headers)
            .finish()
    }
}

impl Client {
    /// A client with default settings for `url` (a base, CGI or WSDL URL; see
    /// [`crate::endpoint`]).
    pub fn new(url: &str) -> Result<Client, Error> {
        Self::builder(url).build()
    }

    /// A builder for a client for `url`.
    pub fn builder(url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            url: url.into(),
            default_cgi_path: DEFAULT_CGI_PATH.to_string(),
            exact: false,
            transport: TransportConfig::default(),
            read_options: ReadOptions::default(),
            write_options: WriteOptions::default(),
            hook: None,
            retry: RetryPolicy::default(),
        }
    }

    /// This client with another [`RetryPolicy`]; it shares the HTTP agent, the settings and
    /// the [`Client::retry_count`] counter with `self`.
    pub fn with_retry(&self, policy: RetryPolicy) -> Client {
        let i = &*self.inner;
        Client {
            inner: Arc::new(Inner {
                transport: i.transport.clone(),
                read_options: i.read_options,
                write_options: i.write_options,
                hook: i.hook.clone(),
                retry: policy,
                retries: i.retries.clone(),
            }),
            headers: self.headers.clone(),
        }
    }

    /// The retry policy calls follow.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// How many times calls through this client (its clones, and clients made from it with
    /// [`Client::with_retry`]) have been repeated so far.
    pub fn retry_count(&self) -> u64 {
        self.inner.retries.load(Ordering::Relaxed)
    }

    /// The endpoint requests go to.
    pub fn endpoint(&self) -> &Endpoint {
        self.inner.transport.endpoint()
    }

    /// The options responses are read with.
    pub fn read_options(&self) -> ReadOptions {
        self.inner.read_options
    }

    /// The HTTP transport.
    pub fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    /// Calls operation `O`: writes the request, posts it with `O::SOAP_ACTION`, and decodes
    /// the response. A SOAP fault is [`Error::Fault`], except gSOAP's answer to a method it
    /// does not have, which is [`Error::UnknownOperation`]; an error page is [`Error::Http`]; a
    /// value XML cannot carry is [`Error::Encode`], and then nothing is sent.
    pub fn call<O: Operation>(&self, op: impl Request<O>) -> Result<O::Response, Error> {
        self.call_op(op.as_op())
    }

    pub(crate) fn call_op<O: Operation>(&self, op: &O) -> Result<O::Response, Error> {
        self.call_op_headers(op, None).map(|(response, _)| response)
    }

    /// Calls `op` with this client's headers and `extra` (replacing those of the same
    /// element); returns the response and the body it was decoded from.
    pub(crate) fn call_op_headers<O: Operation>(
        &self,
        op: &O,
        extra: Option<&Headers>,
    ) -> Result<(O::Response, Vec<u8>), Error> {
        let request = self.write_request(op, extra)?;
        let fail = |e| self.unknown_operation(self.redact(e, &request), O::NAME);
        self.retrying(O::NAME, || {
            let body = self.call_raw_once(O::NAME, O::SOAP_VERSION, O::SOAP_ACTION, &request)?;
            let opts = self.inner.read_options;
            match envelope::read_response::<O::Response>(&body, O::STYLE, O::RESPONSE_NAME, opts) {
                Ok(response) => Ok((response, body)),
                Err(error) => {
                    log::debug!(target: "ttsoap::client", "{}: {error}", O::NAME);
                    Err(PostFailure::sent(error))
                }
            }
        })
        .map_err(fail)
    }

    fn write_request<O: Operation>(&self, op: &O, extra: Option<&Headers>) -> Result<Vec<u8>, Error> {
        let opts = self.inner.write_options;
        Ok(match extra {
            Some(extra) if !extra.is_empty() => envelope::write_request_headers(op, opts, &self.headers.merged(extra))?,
            _ => envelope::write_request_headers(op, opts, &self.headers)?,
        })
    }

    /// Calls operation `O` like [`Client::call`], but keeps the response undecoded: decode it
    /// whole, or read one of its arrays item by item ([`RawResponse::items`]). A SOAP fault is
    /// still [`Error::Fault`] here.
    pub fn call_deferred<O: Operation>(&self, op: impl Request<O>) -> Result<RawResponse<O>, Error> {
        self.call_deferred_op(op.as_op(), None)
    }

    pub(crate) fn call_deferred_op<O: Operation>(
        &self,
        op: &O,
        extra: Option<&Headers>,
    ) -> Result<RawResponse<O>, Error> {
        let request = self.write_request(op, extra)?;
        let fail = |e| self.unknown_operation(self.redact(e, &request), O::NAME);
        self.retrying(O::NAME, || {
            let body = self.call_raw_once(O::NAME, O::SOAP_VERSION, O::SOAP_ACTION, &request)?;
            RawResponse::new(body, self.inner.read_options).map_err(PostFailure::sent)
        })
        .map_err(fail)
    }

    /// `e`, or [`Error::UnknownOperation`] when it is gSOAP's unknown-method fault for
    /// `operation` (the operation this call sent).
    fn unknown_operation(&self, e: Error, operation: &str) -> Error {
        match e {
            Error::Fault(f) if f.is_unknown_operation(operation) => {
                Error::UnknownOperation { operation: operation.to_string(), server: format!("at {}", self.endpoint()) }
            }
            other => other,
        }
    }

    /// Posts a ready-made envelope and returns the response body once the HTTP status
    /// checks out, traced like [`Client::call`]: HTTP 200 with a SOAP envelope gives the body
    /// undecoded (a fault sent with 200 is still inside it); HTTP 500 with a SOAP envelope is
    /// its [`Error::Fault`], or [`Error::FaultMissing`] when it holds none.
    /// The traced response has the request's secrets cut out too, for a server that quotes
    /// the request back.
    ///
    /// Failures are retried by the client's [`RetryPolicy`], like every call.
    pub fn call_raw(&self, operation: &str, soap_action: &str, envelope: &[u8]) -> Result<Vec<u8>, Error> {
        self.retrying(operation, || self.call_raw_once(operation, SoapVersion::Soap11, soap_action, envelope))
            .map_err(|e| self.redact(e, envelope))
    }

    /// Runs `attempt` until it succeeds or the policy says to stop (see [`crate::retry`]).
    fn retrying<R>(&self, operation: &str, mut attempt: impl FnMut() -> Result<R, PostFailure>) -> Result<R, Error> {
        let policy = &self.inner.retry;
        let started = Instant::now();
        let mut made = 1;
        loop {
            let PostFailure { error, sent, retry_after } = match attempt() {
                Ok(r) => return Ok(r),
                Err(f) => f,
            };
            if made >= policy.attempts() {
                return Err(error);
            }
            let Some(reason) = policy.retry_reason(operation, &error, sent) else { return Err(error) };
            let remaining = policy.total_deadline().saturating_sub(started.elapsed());
            // A server's `Retry-After` is a floor for the wait; past the deadline, give up now.
            let floor = retry_after.unwrap_or_default();
            if remaining.is_zero() || floor > remaining {
                log::warn!(
                    target: crate::retry::LOG_TARGET,
                    "{operation}: {reason}; not retried: the retry deadline would pass first"
                );
                return Err(error);
            }
            let wait = policy.delay(made).max(floor).min(remaining);
            made += 1;
            log::warn!(
                target: crate::retry::LOG_TARGET,
                "{operation}: {reason}; retrying in {} ms (attempt {made} of {})",
                wait.as_millis(),
                policy.attempts()
            );
            self.inner.retries.fetch_add(1, Ordering::Relaxed);
            std::thread::sleep(wait);
        }
    }

    /// One exchange: post, trace, check the HTTP answer.
    fn call_raw_once(
        &self,
        operation: &str,
        version: SoapVersion,
        soap_action: &str,
        envelope: &[u8],
    ) -> Result<Vec<u8>, PostFailure> {
        let inner = &*self.inner;
        let wire = log::log_enabled!(target: WIRE_TARGET, log::Level::Trace);
        let keep_text = wire || inner.hook.is_some();
        let request_text = if keep_text { mask_secrets(envelope) } else { String::new() };
        let secrets = if keep_text { self.secrets(envelope) } else { Vec::new() };
        let masked = |body: &[u8]| trace::redact(&mask_secrets(body), &secrets).into_owned();
        if wire {
            log::trace!(
                target: WIRE_TARGET,
                "request {operation} to {} (SOAPAction \"{soap_action}\", {} bytes)\n{request_text}",
                self.endpoint(),
                envelope.len()
            );
        }
        let started = Instant::now();
        let (result, retry_after) = match inner.transport.post_attempt(version, soap_action, envelope) {
            Ok(Received { response, retry_after }) => (Ok(response), retry_after),
            Err(f) => (Err(f), None),
        };
        let elapsed = started.elapsed();
        let (status, response_text, error) = match &result {
            Ok(r) => (Some(r.status), if keep_text { masked(&r.body) } else { String::new() }, None),
            Err(e) => (None, String::new(), Some(e.error.to_string())),
        };
        match (&result, wire) {
            (Ok(r), true) => log::trace!(
                target: WIRE_TARGET,
                "response {operation}: HTTP {} in {} ms ({} bytes)\n{response_text}",
                r.status,
                elapsed.as_millis(),
                r.body.len()
            ),
            (Err(e), true) => {
                let e = &e.error;
                log::trace!(target: WIRE_TARGET, "response {operation}: failed after {} ms: {e}", elapsed.as_millis())
            }
            _ => {}
        }
        match &result {
            Ok(r) => log::debug!(
                target: "ttsoap::client",
                "{operation}: HTTP {} in {} ms ({} bytes)",
                r.status,
                elapsed.as_millis(),
                r.body.len()
            ),
            Err(e) => log::debug!(target: "ttsoap::client", "{operation}: {}", e.error),
        }
        if let Some(hook) = &inner.hook {
            hook(&Exchange {
                operation: operation.to_string(),
                soap_action: soap_action.to_string(),
                status,
                request: request_text,
                response: response_text,
                elapsed,
                error,
            });
        }
        let response = result?;
        check_response(self.endpoint(), &response, inner.read_options).map_err(|error| PostFailure {
            error,
            sent: true,
            retry_after,
        })?;
        Ok(response.body)
    }
}

/// What an HTTP answer is, judged by its status and body (never by `Content-Type` alone):
/// `Ok` for HTTP 200 with a SOAP envelope (to be decoded; a fault in it is found then); a
/// SOAP Fault sent with any other status is [`Error::Fault`]; HTTP 500 with an envelope but
/// no Fault is [`Error::FaultMissing`]; anything else is [`Error::Http`] (see
/// [`check_status`]).
pub fn check_response(endpoint: &Endpoint, response: &HttpResponse, opts: ReadOptions) -> Result<(), Error> {
    if response.status != 200 && looks_like_soap(&response.body, response.content_type.as_deref()) {
        match envelope::open_response(&response.body, opts) {
            Err(e @ Error::Fault(_)) => return Err(e),
            Err(e) if response.status == 500 => return Err(e),
            Ok((_, _, first)) if response.status == 500 => {
                let found = match first {
                    Some(el) => format!("<{}>", String::from_utf8_lossy(el.qname())),
                    None => "nothing".to_string(),
                };
                return Err(Error::FaultMissing { status: 500, endpoint: endpoint.to_string(), found });
            }
            _ => {}
        }
    }
    check_status(endpoint, response)
}

/// `e` with the secrets of `request` (password, cookie) cut out of its text: only on the
/// error path, so a call that succeeds pays nothing.
impl Client {
    /// The secret values of `request` and of the HTTP headers.
    fn secrets(&self, request: &[u8]) -> Vec<String> {
        let mut secrets = secret_values(request);
        secrets.extend(self.inner.transport.config().headers.secrets().map(str::to_string));
        secrets
    }

    /// `e` without the request's or the HTTP headers' secret values.
    fn redact(&self, e: Error, request: &[u8]) -> Error {
        e.redact(&self.secrets(request))
    }
}

/// Settings for a [`Client`]; see [`Client::builder`].
pub struct ClientBuilder {
    url: String,
    default_cgi_path: String,
    exact: bool,
    transport: TransportConfig,
    read_options: ReadOptions,
    write_options: WriteOptions,
    hook: Option<ExchangeHook>,
    retry: RetryPolicy,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL is not validated yet and may carry credentials: show only whether it does.
        let url = match Endpoint::exact(&self.url) {
            Ok(e) => e.to_string(),
            Err(_) => "(not a valid URL)".to_string(),
        };
        f.debug_struct("ClientBuilder")
            .field("url", &url)
            .field("default_cgi_path", &self.default_cgi_path)
            .field("exact", &self.exact)
            .field("transport", &self.transport)
            .field("read_options", &self.read_options)
            .field("write_options", &self.write_options)
            .field("exchange_hook", &self.hook.is_some())
            .field("retry", &self.retry)
            .finish()
    }
}

// Request writing settings (the server-version part of the upgrade work).
impl ClientBuilder {
    /// How dates are written in requests (default [`DateStyle::FollowText`]). Use
    /// [`DateStyle::DateTimeOnly`] for a TestTrack 2013 server: its WSDL declares every date
    /// as `xsd:dateTime` and it rejects a request that labels one `xsd:date`.
    pub fn date_style(mut self, style: DateStyle) -> Self {
        self.write_options.date_style = style;
        self
    }

    /// All writer options at once.
    pub fn write_options(mut self, opts: WriteOptions) -> Self {
        self.write_options = opts;
        self
    }
}

impl Client {
    /// The options requests are written with.
    pub fn write_options(&self) -> WriteOptions {
        self.inner.write_options
    }
}

impl ClientBuilder {
    /// Time allowed for connecting, TLS and proxy negotiation included (default 10 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.transport.connect_timeout = d;
        self
    }

    /// Time allowed for a whole call, from connecting to the last response byte
    /// (default 120 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.transport.timeout = d;
        self
    }

    /// Largest response accepted, after gzip decoding (default 64 MiB); a larger one is
    /// [`Error::TooLarge`].
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.transport.max_response_bytes = bytes;
        self
    }

    /// Trust the certificate authorities in this PEM file too, besides the built-in Mozilla
    /// roots and the system's (for a server whose certificate comes from a company CA, or is
    /// self-signed).
    pub fn ca_bundle(mut self, path: impl Into<PathBuf>) -> Self {
        self.transport.ca_bundle = Some(path.into());
        self
    }

    /// Like [`ClientBuilder::ca_bundle`], with the PEM text itself.
    pub fn ca_bundle_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.transport.ca_bundle_pem = Some(pem.into());
        self
    }

    /// **Dangerous**: accept any server certificate, valid or not. Anyone between the client
    /// and the server can then read the password and take over the session. For a test
    /// server with a self-signed certificate prefer [`ClientBuilder::ca_bundle`].
    pub fn danger_accept_invalid_certs(mut self, accept: bool) -> Self {
        self.transport.danger_accept_invalid_certs = accept;
        self
    }

    /// Which failed calls are repeated, how often and for how long (default
    /// [`RetryPolicy::default`]: 3 attempts within 30 s; [`RetryPolicy::none`] for one).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Also trust the operating system's certificate store (or `SSL_CERT_FILE` /
    /// `SSL_CERT_DIR`); on by default, see [`crate::tls`].
    pub fn system_roots(mut self, on: bool) -> Self {
        self.transport.system_roots = on;
        self
    }

    /// The `User-Agent` header (default `ttsoap/<version>`).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.transport.user_agent = ua.into();
        self
    }

    /// Proxy selection (default: from the environment, see [`ProxyConfig::FromEnv`]).
    pub fn proxy(mut self, proxy: ProxyConfig) -> Self {
        self.transport.proxy = proxy;
        self
    }

    /// Strict reading: unknown elements and type mismatches in responses are errors
    /// ([`ReadOptions::strict`]). Off by default.
    pub fn strict(mut self, strict: bool) -> Self {
        self.read_options.strict = strict;
        self
    }

    /// All reader options at once.
    pub fn read_options(mut self, opts: ReadOptions) -> Self {
        self.read_options = opts;
        self
    }

    /// The CGI path used when the URL names only the server or a WSDL in the web root
    /// (default [`DEFAULT_CGI_PATH`], IIS's; Apache installs use `/cgi-bin/ttsoapcgi.exe`).
    pub fn default_cgi_path(mut self, path: impl Into<String>) -> Self {
        self.default_cgi_path = path.into();
        self
    }

    /// Use the URL exactly as given (checked but not rewritten to the CGI path).
    pub fn exact_endpoint(mut self, exact: bool) -> Self {
        self.exact = exact;
        self
    }

    /// A callback run after every exchange (also failed ones) with the masked request and
    /// response. It runs on the calling thread, inside the call (and inside a
    /// [`crate::Session`]'s turn), so keep it short and make no calls from it.
    pub fn on_exchange(mut self, hook: impl Fn(&Exchange) + Send + Sync + 'static) -> Self {
        self.hook = Some(Arc::new(hook));
        self
    }

    /// Sends header `name: value` with every request (an API gateway's key, a bearer
    /// token). `Authorization`, `Proxy-Authorization` and `Cookie` values are secret: never
    /// shown by `Debug`, in logs or errors. A later header of the same name replaces one.
    pub fn http_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.transport.headers.insert(name, value);
        self
    }

    /// Sends header `name: value` with every request, the value kept secret.
    pub fn secret_http_header(mut self, name: impl Into<String>, value: impl Into<Password>) -> Self {
        self.transport.headers.insert_secret(name, value);
        self
    }

    /// Keeps the cookies the endpoint sets and sends them back on later requests (default
    /// false), for services that keep their session in HTTP cookies. Clones of the client
    /// share the jar; cookie values are never shown by `Debug`.
    pub fn cookie_store(mut self, on: bool) -> Self {
        self.transport.cookie_store = on;
        self
    }

    /// Sends HTTP Basic credentials (`Authorization: Basic ...`) with every request.
    pub fn basic_auth(mut self, user: &str, password: &Password) -> Self {
        self.transport.headers.basic_auth(user, password);
        self
    }

    /// Builds the client. Fails with [`Error::Config`] for a bad URL, a zero timeout or size
    /// limit, an unreadable CA bundle or a bad proxy URL.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = if self.exact {
            Endpoint::exact(&self.url)?
        } else {
            Endpoint::parse_with_default_path(&self.url, &self.default_cgi_path)?
        };
        let t = &self.transport;
        if t.connect_timeout.is_zero() || t.timeout.is_zero() {
            return Err(Error::Config("timeouts must be greater than zero".into()));
        }
        if t.max_response_bytes == 0 {
            return Err(Error::Config("the response size limit must be greater than zero".into()));
        }
        let transport = Transport::new(endpoint, self.transport)?;
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                read_options: self.read_options,
                write_options: self.write_options,
                hook: self.hook,
                retry: self.retry,
                retries: Arc::new(AtomicU64::new(0)),
            }),
            headers: Headers::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Client>();
    }

    #[test]
    fn builder_validates() {
        assert!(matches!(Client::new("ftp://h/"), Err(Error::Config(_))));
        let zero = Client::builder("http://h/").timeout(Duration::ZERO).build();
        assert!(matches!(zero, Err(Error::Config(_))));
        let zero = Client::builder("http://h/").max_response_size(0).build();
        assert!(matches!(zero, Err(Error::Config(_))));
        let c = Client::builder("http://h/").default_cgi_path("/cgi-bin/ttsoapcgi.exe").build().unwrap();
        assert_eq!(c.endpoint().as_str(), "http://h/cgi-bin/ttsoapcgi.exe");
        let c = Client::builder("http://h/soap").exact_endpoint(true).build().unwrap();
        assert_eq!(c.endpoint().as_str(), "http://h/soap");
    }

    #[test]
    fn builder_debug_hides_credentials() {
        let b = Client::builder("http://bob:hunter2@h/");
        assert!(!format!("{b:?}").contains("hunter2"));
        let b = Client::builder("http://h/").proxy(ProxyConfig::Url("http://u:hunter2@p:1".into()));
        assert!(!format!("{b:?}").contains("hunter2"));
    }

    #[test]
    fn ca_bundle_errors_are_config_errors() {
        let r = Client::builder("https://h/").ca_bundle("/nonexistent/ca.pem").build();
        assert!(matches!(r, Err(Error::Config(_))), "{r:?}");
        let r = Client::builder("https://h/").ca_bundle_pem(b"not pem".to_vec()).build();
        assert!(matches!(r, Err(Error::Config(_))), "{r:?}");
    }
}
