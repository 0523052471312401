//! HTTP transport: one blocking [`ureq`] agent per client, with keep-alive, timeouts, TLS
//! (rustls, verification on), proxies from the environment, gzip, and a response size limit.
//!
//! [`Transport::post`] only moves bytes; [`check_status`] then decides whether a response
//! carries SOAP (HTTP 200, or 500 with a fault) or is an error page.
//!
//! # The deadline
//!
//! Every exchange has one total deadline ([`TransportConfig::timeout`], ureq's global
//! timeout): a server that drips its answer a byte at a time, or says nothing, cannot hold a
//! call past it. ureq enforces it by giving each socket read and write the time that is left,
//! so no thread is needed for it. The one place ureq would start a thread per request is name
//! resolution under a deadline; the transport's resolver (the `resolve` module) answers IP
//! literals at once and keeps a name's addresses for a while, so a call on a pooled
//! connection resolves nothing. Per-phase timeouts (connect, send, await the answer, read the
//! body) were the alternative: their sum would bound a call too, but only loosely, and they
//! measured no cheaper. With the caching resolver a POST on this transport makes the same
//! system calls per call as a bare ureq agent with per-phase timeouts and runs as fast
//! (`cargo bench -p ttsoap-tests --bench client_overhead`: raw/floor 0.99x, 12.5 system
//! calls per call each, no thread started).

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::endpoint::Endpoint;
use crate::error::{DecodeError, Error};

/// Default time allowed for establishing a connection (DNS, TCP, TLS, proxy).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed for a whole exchange, from connecting to the last response byte.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// Default largest response body accepted (after gzip decoding): 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;
/// The `User-Agent` sent unless another is configured.
pub const DEFAULT_USER_AGENT: &str = concat!("ttsoap/", env!("CARGO_PKG_VERSION"));

/// How many characters of an error page end up in [`Error::Http::body_start`].
const BODY_START_CHARS: usize = 200;
/// The most a response buffer is sized to in advance from its `Content-Length`.
const PRESIZE_MAX: u64 = 1024 * 1024;

/// Which proxy to use.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum ProxyConfig {
    /// From the environment (the default): `https_proxy`/`HTTPS_PROXY` for an https endpoint,
    /// `http_proxy`/`HTTP_PROXY` for http, then `ALL_PROXY`/`all_proxy`; none when the
    /// endpoint's host matches `NO_PROXY`/`no_proxy`. `HTTP_PROXY` (upper case) is ignored in
    /// a CGI environment (`REQUEST_METHOD` set), where a client could have set it.
    /// `localhost` and loopback addresses are always reached directly.
    ///
    /// ureq tunnels through HTTP proxies with `CONNECT`, for `http` endpoints too, so the
    /// proxy must allow `CONNECT` to the server's port.
    #[default]
    FromEnv,
    /// No proxy, whatever the environment says.
    None,
    /// This proxy URL (`http://proxy:3128`, `socks5://...`); may carry `user:password@`.
    Url(String),
}

impl std::fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProxyConfig::FromEnv => f.write_str("FromEnv"),
            ProxyConfig::None => f.write_str("None"),
            ProxyConfig::Url(u) => write!(f, "Url({:?})", redact_userinfo(u)),
        }
    }
}

/// Settings of a [`Transport`].
#[derive(Clone)]
pub struct TransportConfig {
    /// Time allowed for establishing a connection (default 10 s).
    pub connect_timeout: Duration,
    /// Time allowed for a whole exchange, connection and body included (default 120 s).
    pub timeout: Duration,
    /// Largest response body accepted, after decompression (default 64 MiB).
    pub max_response_bytes: u64,
    /// PEM file of certificate authorities trusted in addition to the built-in Mozilla set
    /// and the system's (see [`crate::tls`]).
    pub ca_bundle: Option<PathBuf>,
    /// PEM text with the trusted roots, as an alternative to [`Self::ca_bundle`].
    pub ca_bundle_pem: Option<Vec<u8>>,
    /// Also trust the operating system's certificate store, or `SSL_CERT_FILE` /
    /// `SSL_CERT_DIR` when set (default true; see [`crate::tls`]).
    pub system_roots: bool,
    /// **Dangerous**: accept any server certificate (self-signed, expired, wrong host).
    /// Anyone on the path can then read the password and the session.
    pub danger_accept_invalid_certs: bool,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Proxy selection.
    pub proxy: ProxyConfig,
    /// Extra headers sent with every request (API keys, bearer tokens, Basic auth).
    pub headers: crate::http_headers::HttpHeaders,
    /// Keep the cookies the endpoint sets and send them back (default false), for services
    /// that keep their session in HTTP cookies.
    pub cookie_store: bool,
}

impl Default for TransportConfig {
    fn default() -> Self {
        TransportConfig {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            ca_bundle: None,
            ca_bundle_pem: None,
            system_roots: true,
            danger_accept_invalid_certs: false,
            user_agent: DEFAULT_USER_AGENT.to_string(),
            proxy: ProxyConfig::FromEnv,
            headers: Default::default(),
            cookie_store: false,
        }
    }
}

impl std::fmt::Debug for TransportConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportConfig")
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("ca_bundle", &self.ca_bundle)
            .field("ca_bundle_pem", &self.ca_bundle_pem.as_ref().map(|p| p.len()))
            .field("system_roots", &self.system_roots)
            .field("danger_accept_invalid_certs", &self.danger_accept_invalid_certs)
            .field("user_agent", &self.user_agent)
            .field("proxy", &self.proxy)
            .field("headers", &self.headers)
            .field("cookie_store", &self.cookie_store)
            .finish()
    }
}

/// An HTTP response as received: status and (decoded) body, before any SOAP processing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The `Location` header of a redirect, if any.
    pub location: Option<String>,
    /// The body, gzip already decoded.
    pub body: Vec<u8>,
}

/// A blocking HTTP client bound to one endpoint. Cheap to clone (the agent and its
/// connection pool are shared).
#[derive(Clone)]
pub struct Transport {
    agent: ureq::Agent,
    endpoint: Arc<Endpoint>,
    max_response_bytes: u64,
    proxy: Option<ureq::Proxy>,
    config: Arc<TransportConfig>,
    cookies: Option<Arc<crate::cookies::CookieJar>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("endpoint", &self.endpoint.to_string())
            .field("connect_timeout", &self.config.connect_timeout)
            .field("timeout", &self.config.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("proxy", &self.proxy.as_ref().map(|p| format!("{}:{}", p.host(), p.port())))
            .field("danger_accept_invalid_certs", &self.config.danger_accept_invalid_certs)
            .field("http_headers", &self.config.headers)
            .field("cookies", &self.cookies)
            .finish()
    }
}

impl Transport {
    /// A transport for `endpoint`. Fails with [`Error::Config`] for an unreadable CA bundle
    /// or a bad proxy URL.
    pub fn new(endpoint: Endpoint, config: TransportConfig) -> Result<Transport, Error> {
        config.headers.validate()?;
        let tls = crate::tls::tls_config(&config)?;
        let proxy = match &config.proxy {
            ProxyConfig::None => None,
            ProxyConfig::Url(u) => Some(parse_proxy(u)?),
            ProxyConfig::FromEnv => match proxy_from_env(&endpoint, |k| std::env::var(k).ok()) {
                Some(u) => Some(parse_proxy(&u)?),
                None => None,
            },
        };
        if let Some(p) = &proxy {
            log::debug!("using proxy {}:{} for {}", p.host(), p.port(), endpoint);
        }
        let config_ureq = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .timeout_connect(Some(config.connect_timeout))
            .timeout_global(Some(config.timeout))
            .user_agent(config.user_agent.as_str())
            .tls_config(tls)
            .proxy(proxy.clone())
            // Enough idle connections for 128 threads sharing one client: with fewer, a burst
            // from more threads than the limit closes the extra connections and the next burst
            // reopens them. Each idle connection holds ureq's buffers (about 256 KiB).
            .max_idle_connections(128)
            .max_idle_connections_per_host(128)
            .max_idle_age(Duration::from_secs(60))
            .build();
        let agent = ureq::Agent::with_parts(
            config_ureq,
            ureq::unversioned::transport::DefaultConnector::new(),
            crate::resolve::CachingResolver::default(),
        );
        let cookies =
            if config.cookie_store { Some(Arc::new(crate::cookies::CookieJar::new(&endpoint)?)) } else { None };
        Ok(Transport {
            agent,
            cookies,
            endpoint: Arc::new(endpoint),
            max_response_bytes: config.max_response_bytes,
            proxy,
            config: Arc::new(config),
        })
    }

    /// The endpoint requests go to.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The configuration this transport was built with.
    pub fn config(&self) -> &TransportConfig {
        &self.config
    }

    /// POSTs a SOAP envelope with `Content-Type: text/xml; charset=utf-8` and
    /// `SOAPAction: "<soap_action>"` (always quoted, `""` when empty), and reads the whole
    /// response within the size limit. Any HTTP status is returned as is; only transport
    /// failures are errors ([`Error::Connect`], [`Error::Timeout`], [`Error::TooLarge`]).
    pub fn post(&self, soap_action: &str, envelope: &[u8]) -> Result<HttpResponse, Error> {
        self.post_attempt(crate::SoapVersion::Soap11, soap_action, envelope).map(|r| r.response).map_err(|f| f.error)
    }

    /// [`Transport::post`], telling apart failures before the request was sent.
    pub(crate) fn post_attempt(
        &self,
        version: crate::SoapVersion,
        soap_action: &str,
        envelope: &[u8],
    ) -> Result<Received, PostFailure> {
        if soap_action.contains(['"', '\r', '\n']) || soap_action.chars().any(char::is_control) {
            let error = Error::Config(format!("SOAPAction {soap_action:?} cannot be sent as an HTTP header"));
            return Err(PostFailure::not_sent(error));
        }
        let mut request =
            self.agent.post(self.endpoint.as_str()).header("Content-Type", version.content_type(soap_action));
        if version == crate::SoapVersion::Soap11 {
            request = request.header("SOAPAction", format!("\"{soap_action}\""));
        }
        for (name, value) in self.config.headers.iter() {
            request = request.header(name, value);
        }
        if let Some(cookie) = self.cookies.as_ref().and_then(|j| j.request_header()) {
            request = request.header("Cookie", cookie);
        }
        let response = request.send(envelope).map_err(|e| {
            let sent = !failed_before_sending(&e);
            PostFailure { error: self.map_error(e), sent, retry_after: None }
        })?;
        if let Some(jar) = &self.cookies {
            jar.store(response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()));
        }
        self.collect(response).map_err(PostFailure::sent)
    }

    /// GETs `url` (on any host; the transport's TLS, proxy, timeouts and size limit apply),
    /// for documents such as the server's WSDL. Any HTTP status is returned as is.
    pub fn get(&self, url: &str) -> Result<HttpResponse, Error> {
        let response = self.agent.get(url).call().map_err(|e| map_ureq_error(url, self.max_response_bytes, e))?;
        self.collect(response).map(|r| r.response)
    }

    /// Status, headers and the whole body within the size limit.
    fn collect(&self, response: ureq::http::Response<ureq::Body>) -> Result<Received, Error> {
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let content_type = header("content-type");
        let location = header("location");
        let retry_after = header("retry-after").and_then(|v| v.trim().parse::<u64>().ok()).map(Duration::from_secs);
        let limit = self.max_response_bytes;
        // Room for the announced length up front (within the limit, and at most 1 MiB on the
        // server's word alone), so that a usual response is read without growing the buffer.
        let announced = header("content-length").and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(0);
        let mut body = Vec::with_capacity(announced.min(limit).min(PRESIZE_MAX) as usize);
        let mut reader = response.into_body().into_reader().take(limit.saturating_add(1));
        if let Err(e) = reader.read_to_end(&mut body) {
            return Err(self.map_error(ureq::Error::from(e)));
        }
        if body.len() as u64 > limit {
            return Err(Error::TooLarge { limit });
        }
        Ok(Received { response: HttpResponse { status, content_type, location, body }, retry_after })
    }

    fn map_error(&self, e: ureq::Error) -> Error {
        map_ureq_error(&self.endpoint.to_string(), self.max_response_bytes, e)
    }
}

/// A response with what the retry logic needs besides it.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) response: HttpResponse,
    /// The `Retry-After` header in seconds (the HTTP-date form is ignored), if any.
    pub(crate) retry_after: Option<Duration>,
}

/// A failed [`Transport::post_attempt`]: the error, and whether the request may have reached
/// the server.
#[derive(Debug)]
pub(crate) struct PostFailure {
    pub(crate) error: Error,
    /// False only when the failure happened before any byte of the request was sent.
    pub(crate) sent: bool,
    /// How long the server asked to wait (`Retry-After`), if it did.
    pub(crate) retry_after: Option<Duration>,
}

impl PostFailure {
    /// A failure after the request may have been sent.
    pub(crate) fn sent(error: Error) -> Self {
        PostFailure { error, sent: true, retry_after: None }
    }

    /// A failure before the request was sent.
    pub(crate) fn not_sent(error: Error) -> Self {
        PostFailure { error, sent: false, retry_after: None }
    }
}

/// True for failures that happen before a request is written: name resolution, connecting,
/// the TLS handshake and the proxy's tunnel.
fn failed_before_sending(e: &ureq::Error) -> bool {
    use std::io::ErrorKind;
    use ureq::Timeout;
    match e {
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed | ureq::Error::ConnectProxyFailed(_) => true,
        ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect) => true,
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => true,
        ureq::Error::Io(io) => {
            matches!(
                io.kind(),
                ErrorKind::ConnectionRefused | ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable
            ) || io.get_ref().is_some_and(|inner| inner.is::<rustls::Error>())
        }
        _ => false,
    }
}

/// Turns a ureq error into ours; nothing from a URL's userinfo ends up in the message.
fn map_ureq_error(endpoint: &str, limit: u64, e: ureq::Error) -> Error {
    use std::io::ErrorKind;
    let connect = |message: String| Error::Connect { endpoint: endpoint.to_string(), message };
    let timeout = |message: String| Error::Timeout { endpoint: endpoint.to_string(), message };
    if let Some(problem) = crate::tls::cert_problem(&e) {
        return Error::Tls { endpoint: endpoint.to_string(), problem };
    }
    match e {
        ureq::Error::Timeout(t) => timeout(format!("the {t} timeout expired")),
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::TimedOut | ErrorKind::WouldBlock => timeout(io.to_string()),
            ErrorKind::ConnectionRefused => connect(format!("connection refused ({io})")),
            ErrorKind::UnexpectedEof => connect("the server closed the connection before the response ended".into()),
            _ => connect(io.to_string()),
        },
        ureq::Error::HostNotFound => connect("host not found (DNS lookup failed)".into()),
        ureq::Error::BodyExceedsLimit(_) => Error::TooLarge { limit },
        ureq::Error::Decompress(kind, io) => Error::Decode(DecodeError::Malformed {
            offset: 0,
            message: format!("the {kind} response body cannot be decompressed: {io}"),
        }),
        ureq::Error::Tls(m) => connect(format!("TLS: {m}")),
        ureq::Error::Rustls(r) => connect(format!("TLS: {r}")),
        ureq::Error::Pem(_) => Error::Config("a certificate in PEM form cannot be read".into()),
        ureq::Error::ConnectProxyFailed(m) => connect(format!("the proxy refused the connection: {m}")),
        ureq::Error::InvalidProxyUrl => Error::Config("the proxy URL is not valid".into()),
        // The variants' own text quotes the URL unmasked; say what is wrong without it.
        ureq::Error::BadUri(_) => {
            Error::Config(format!("the request to {endpoint} cannot be built: the URL is not valid"))
        }
        ureq::Error::RequireHttpsOnly(_) => {
            Error::Config(format!("the request to {endpoint} cannot be built: only https is allowed"))
        }
        ureq::Error::Http(h) => Error::Config(format!("the request to {endpoint} cannot be built: {h}")),
        ureq::Error::Protocol(p) => connect(format!("HTTP protocol error: {p}")),
        ureq::Error::LargeResponseHeader(..) => connect("the response headers are too large".into()),
        other => connect(other.to_string()),
    }
}

fn parse_proxy(url: &str) -> Result<ureq::Proxy, Error> {
    ureq::Proxy::new(url.trim())
        .map_err(|_| Error::Config(format!("the proxy URL {:?} is not valid", redact_userinfo(url))))
}

/// `scheme://user:pw@host` → `scheme://***@host`.
fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(i) => (&url[..i + 3], &url[i + 3..]),
        None => ("", url),
    };
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..auth_end].rfind('@') {
        Some(at) => format!("{scheme}***@{}", &rest[at + 1..]),
        None => url.to_string(),
    }
}

/// The proxy URL the environment gives for `endpoint`, if any (see [`ProxyConfig::FromEnv`]).
/// `var` looks up one variable; exposed for testing and for tools that want to show it.
pub fn proxy_from_env(endpoint: &Endpoint, var: impl Fn(&str) -> Option<String>) -> Option<String> {
    if is_loopback(endpoint.host()) {
        return None;
    }
    let get = |k: &str| var(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    if let Some(no) = get("no_proxy").or_else(|| get("NO_PROXY")) {
        if no_proxy_matches(&no, endpoint.host(), endpoint.port()) {
            return None;
        }
    }
    let cgi = var("REQUEST_METHOD").is_some();
    let scheme_vars: &[&str] = if endpoint.is_https() {
        &["https_proxy", "HTTPS_PROXY"]
    } else if cgi {
        &["http_proxy"]
    } else {
        &["http_proxy", "HTTP_PROXY"]
    };
    scheme_vars.iter().chain(["all_proxy", "ALL_PROXY"].iter()).find_map(|k| get(k))
}

/// `localhost` and loopback addresses never go through a proxy (as in Go's `net/http`).
fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    h == "localhost" || h.ends_with(".localhost") || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// curl's `NO_PROXY` rules: a comma-separated list; `*` matches all; an entry matches the
/// host itself and its subdomains (a leading `.` or `*.` is ignored); an entry may carry a
/// port, which must then match too.
fn no_proxy_matches(list: &str, host: &str, port: u16) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    list.split([',', ' ']).map(str::trim).filter(|e| !e.is_empty()).any(|entry| {
        if entry == "*" {
            return true;
        }
        let (name, entry_port) = if let Some(v6) = entry.strip_prefix('[') {
            match v6.split_once(']') {
                Some((h, rest)) => (h, rest.strip_prefix(':')),
                None => (v6, None),
            }
        } else if entry.matches(':').count() == 1 {
            let (h, p) = entry.split_once(':').unwrap_or((entry, ""));
            (h, Some(p))
        } else {
            (entry, None)
        };
        if let Some(p) = entry_port {
            if p.parse::<u16>().ok() != Some(port) {
                return false;
            }
        }
        let name = name.trim_start_matches("*.").trim_start_matches('.').to_ascii_lowercase();
        !name.is_empty()
            && (host == name
                || (host.len() > name.len()
                    && host.ends_with(name.as_str())
                    && host.as_bytes()[host.len() - name.len() - 1] == b'.'))
    })
}

/// Checks that a response carries SOAP: HTTP 200, or 500 (which normally holds a fault), with
/// a body whose document element is an `Envelope` ([`looks_like_soap`]), whatever its
/// `Content-Type` says. Anything else is [`Error::Http`] with the start of the body as
/// readable text.
pub fn check_status(endpoint: &Endpoint, response: &HttpResponse) -> Result<(), Error> {
    let soap_status = matches!(response.status, 200 | 500);
    if soap_status && looks_like_soap(&response.body, response.content_type.as_deref()) {
        return Ok(());
    }
    let mut body_start = readable_text(&response.body, BODY_START_CHARS);
    if let (300..=399, Some(loc)) = (response.status, &response.location) {
        body_start = format!(
            "redirected to {}{}{body_start}",
            crate::endpoint::mask_query(&redact_userinfo(loc)),
            if body_start.is_empty() { "" } else { ": " }
        );
    }
    if body_start.is_empty() {
        body_start = if response.body.is_empty() { "(empty body)".into() } else { "(no readable text)".into() };
    }
    Err(Error::Http { status: response.status, endpoint: endpoint.to_string(), body_start })
}

/// True when `body` is a SOAP envelope: after an optional byte order mark, whitespace, XML
/// declaration, processing instructions, comments and DOCTYPE, its first element is named
/// `Envelope` (any prefix). The content type is not trusted either way: some servers send
/// faults as `text/html`, and error pages as `text/xml`.
pub fn looks_like_soap(body: &[u8], _content_type: Option<&str>) -> bool {
    let mut rest = skip_ws(body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body));
    // Skip the XML declaration, processing instructions, comments and a DOCTYPE before the
    // first tag.
    loop {
        let end = if rest.starts_with(b"<?") {
            find(rest, b"?>").map(|i| i + 2)
        } else if rest.starts_with(b"<!--") {
            find(rest, b"-->").map(|i| i + 3)
        } else if rest.starts_with(b"<!") {
            doctype_end(rest)
        } else {
            break;
        };
        match end {
            Some(i) => rest = skip_ws(&rest[i..]),
            None => return false,
        }
    }
    let Some(tag) = rest.strip_prefix(b"<") else { return false };
    let name_len = tag.iter().position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/').unwrap_or(tag.len());
    let name = &tag[..name_len];
    let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
    local == b"Envelope"
}

/// Where a `<!DOCTYPE ...>` that starts `b` ends, past an internal subset in `[...]`.
fn doctype_end(b: &[u8]) -> Option<usize> {
    let open = b.iter().position(|&c| c == b'[' || c == b'>')?;
    if b[open] == b'>' {
        return Some(open + 1);
    }
    let close = open + b[open..].iter().position(|&c| c == b']')?;
    b[close..].iter().position(|&c| c == b'>').map(|i| close + i + 1)
}

fn skip_ws(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The first `max` characters of readable text in an HTML or text body: secrets masked,
/// tags, comments, scripts and styles removed, common entities resolved, whitespace collapsed.
/// A `…` marks a cut.
pub fn readable_text(body: &[u8], max: usize) -> String {
    // Only the start matters; bound the work on huge pages.
    let slice = &body[..body.len().min(64 * 1024)];
    let text = crate::trace::mask_secrets(slice);
    let mut out = Text { s: String::new(), chars: 0, space: false };
    let mut rest = text.as_str();
    while !rest.is_empty() && out.chars <= max {
        let Some(lt) = rest.find(['<', '&']) else {
            out.push(rest);
            break;
        };
        out.push(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let semi = rest.as_bytes().iter().take(10).position(|&b| b == b';');
            let rep = semi.and_then(|e| {
                let r = match &rest[1..e] {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" | "#39" => "'",
                    "nbsp" | "#160" => " ",
                    _ => return None,
                };
                Some((r, e + 1))
            });
            let (rep, used) = rep.unwrap_or(("&", 1));
            out.push(rep);
            rest = &rest[used..];
            continue;
        }
        let head = rest.as_bytes().iter().take(8).map(u8::to_ascii_lowercase).collect::<Vec<u8>>();
        let skip_to = if head.starts_with(b"<!--") {
            rest.find("-->").map(|i| i + 3)
        } else if head.starts_with(b"<script") || head.starts_with(b"<style") {
            let close = if head.starts_with(b"<script") { "</script" } else { "</style" };
            rest.to_ascii_lowercase().find(close).map(|i| rest[i..].find('>').map_or(rest.len(), |j| i + j + 1))
        } else {
            rest.find('>').map(|i| i + 1)
        };
        match skip_to {
            Some(i) => {
                out.space = out.chars > 0;
                rest = &rest[i..];
            }
            None => break,
        }
    }
    if out.chars > max {
        let mut s: String = out.s.chars().take(max).collect();
        s.truncate(s.trim_end().len());
        s.push('…');
        return s;
    }
    out.s
}

/// Text with collapsed whitespace.
struct Text {
    s: String,
    chars: usize,
    space: bool,
}

impl Text {
    fn push(&mut self, piece: &str) {
        for c in piece.chars() {
            if c.is_whitespace() {
                self.space = self.chars > 0;
            } else if !c.is_control() {
                if self.space {
                    self.s.push(' ');
                    self.chars += 1;
                    self.space = false;
                }
                self.s.push(c);
                self.chars += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn proxy_by_scheme_with_fallback() {
        let http = Endpoint::parse("http://tt.corp.example").unwrap();
        let https = Endpoint::parse("https://tt.corp.example").unwrap();
        let vars = [("HTTP_PROXY", "http://p1:3128"), ("HTTPS_PROXY", "http://p2:3128"), ("ALL_PROXY", "http://p3:1")];
        assert_eq!(proxy_from_env(&http, env(&vars)).as_deref(), Some("http://p1:3128"));
        assert_eq!(proxy_from_env(&https, env(&vars)).as_deref(), Some("http://p2:3128"));
        let vars = [("ALL_PROXY", "http://p3:1"), ("HTTP_PROXY", " ")];
        assert_eq!(proxy_from_env(&http, env(&vars)).as_deref(), Some("http://p3:1"));
        assert_eq!(proxy_from_env(&http, env(&[])), None);
        // httpoxy: HTTP_PROXY is ignored under CGI, http_proxy is not.
        let vars = [("HTTP_PROXY", "http://evil:1"), ("REQUEST_METHOD", "POST")];
        assert_eq!(proxy_from_env(&http, env(&vars)), None);
    }

    #[test]
    fn no_proxy_rules() {
        let ep = Endpoint::parse("http://tt.corp.example:8080").unwrap();
        for list in
            ["*", "corp.example", ".corp.example", "*.corp.example", "x, tt.corp.example", "tt.corp.example:8080"]
        {
            let vars = [("HTTP_PROXY", "http://p:1"), ("NO_PROXY", list)];
            assert_eq!(proxy_from_env(&ep, env(&vars)), None, "{list}");
        }
        for list in ["other.example", "p.corp.example", "orp.example", "tt.corp.example:80", ""] {
            let vars = [("HTTP_PROXY", "http://p:1"), ("no_proxy", list)];
            assert!(proxy_from_env(&ep, env(&vars)).is_some(), "{list}");
        }
        let v6 = Endpoint::parse("http://[fe80::1]:9/").unwrap();
        let vars = [("HTTP_PROXY", "http://p:1"), ("NO_PROXY", "localhost,fe80::1")];
        assert_eq!(proxy_from_env(&v6, env(&vars)), None);
        assert!(proxy_from_env(&v6, env(&vars[..1])).is_some());
    }

    #[test]
    fn loopback_is_never_proxied() {
        let vars = [("HTTP_PROXY", "http://p:1"), ("ALL_PROXY", "http://p:1")];
        for url in
            ["http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/", "http://127.1.2.3/", "http://a.localhost/"]
        {
            assert_eq!(proxy_from_env(&Endpoint::parse(url).unwrap(), env(&vars)), None, "{url}");
        }
    }

    #[test]
    fn proxy_credentials_are_redacted() {
        assert_eq!(redact_userinfo("http://bob:pw@proxy:3128/x"), "http://***@proxy:3128/x");
        assert_eq!(redact_userinfo("http://proxy:3128"), "http://proxy:3128");
        let d = format!("{:?}", ProxyConfig::Url("http://bob:pw@proxy:3128".into()));
        assert!(!d.contains("pw"), "{d}");
    }

    #[test]
    fn soap_sniffing() {
        assert!(looks_like_soap(b"\xEF\xBB\xBF \n<?xml version=\"1.0\"?><SOAP-ENV:Envelope/>", None));
        assert!(looks_like_soap(b"<!-- x --><Envelope/>", Some("text/xml")));
        assert!(looks_like_soap(b"<?xml version=\"1.0\"?><!DOCTYPE Envelope><Envelope/>", None));
        assert!(!looks_like_soap(b"", None));
        assert!(!looks_like_soap(b"  ", None));
        assert!(!looks_like_soap(b"Internal error", None));
        assert!(!looks_like_soap(b"<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html>", None));
        assert!(!looks_like_soap(b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC><html>", None));
        assert!(!looks_like_soap(b"<HTML><HEAD>", None));
        // The body decides, not the content type.
        assert!(looks_like_soap(b"<Envelope/>", Some("text/html; charset=utf-8")));
        assert!(!looks_like_soap(b"<error>no</error>", Some("text/xml")));
        assert!(!looks_like_soap(b"<?xml version=\"1.0\"?><!-- never closed", None));
        assert!(!looks_like_soap(b"<EnvelopeX/>", None));
        assert!(looks_like_soap(b"<soap:Envelope xmlns:soap=\"x\">", None));
        assert!(looks_like_soap(b"<!DOCTYPE e [<!ENTITY a \"x\">]><Envelope>", None));
    }

    #[test]
    fn readable_text_strips_markup() {
        let page = br#"<!DOCTYPE html><html><head><title>IIS 10.0 Detailed Error - 404.0 - Not Found</title>
            <style type="text/css"><!-- body{margin:0;font-size:.7em;} --></style><script>var x = "<b>";</script></head>
            <body><h1>Server&nbsp;Error</h1><!-- hidden --><p>The resource &amp; you &lt;looked&gt; for</p></body></html>"#;
        let t = readable_text(page, 200);
        assert_eq!(t, "IIS 10.0 Detailed Error - 404.0 - Not Found Server Error The resource & you <looked> for");
        let long = "word ".repeat(100);
        let t = readable_text(long.as_bytes(), 20);
        assert_eq!(t, "word word word word…");
        assert_eq!(readable_text(b"<x><cookie>12345</cookie><password>pw</password></x>", 50), "*** ***");
        assert_eq!(readable_text(b"a & b &bogus; c", 50), "a & b &bogus; c");
    }

    #[test]
    fn status_check() {
        let ep = Endpoint::parse("http://h/").unwrap();
        let r = |status, body: &[u8]| HttpResponse { status, content_type: None, location: None, body: body.to_vec() };
        assert!(check_status(&ep, &r(200, b"<Envelope/>")).is_ok());
        assert!(check_status(&ep, &r(500, b"<Envelope/>")).is_ok());
        match check_status(&ep, &r(404, b"<html><body>Not Found</body></html>")) {
            Err(Error::Http { status: 404, body_start, endpoint }) => {
                assert_eq!(body_start, "Not Found");
                assert_eq!(endpoint, "http://h/scripts/ttsoapcgi.exe");
            }
            other => panic!("{other:?}"),
        }
        match check_status(&ep, &r(200, b"")) {
            Err(Error::Http { status: 200, body_start, .. }) => assert_eq!(body_start, "(empty body)"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(check_status(&ep, &r(403, b"<Envelope/>")), Err(Error::Http { status: 403, .. })));
        let mut redirect = r(302, b"");
        redirect.location = Some("https://h/scripts/ttsoapcgi.exe".into());
        match check_status(&ep, &redirect) {
            Err(Error::Http { body_start, .. }) => {
                assert_eq!(body_start, "redirected to https://h/scripts/ttsoapcgi.exe")
            }
            other => panic!("{other:?}"),
        }
    }
}
