//! Endpoint URLs: whatever a user pastes (the server's base URL, the CGI URL or the WSDL URL)
//! becomes the URL of the `ttsoapcgi.exe` CGI that answers SOAP requests.
//!
//! | given | endpoint |
//! |---|---|
//! | `http://host`, `http://host/` | `http://host/scripts/ttsoapcgi.exe` (the default CGI path) |
//! | `http://host/scripts/ttsoapcgi.exe`, `.../cgi-bin/ttsoapcgi.exe` (any case) | unchanged |
//! | `http://host/ttsoapcgi.wsdl` | `http://host/scripts/ttsoapcgi.exe` |
//! | `http://host/cgi-bin/ttsoapcgi.wsdl` | `http://host/cgi-bin/ttsoapcgi.exe` |
//! | `http://host/scripts`, `http://host/cgi-bin/` | that folder + `/ttsoapcgi.exe` |
//! | `http://host/tt/` (another folder) | `http://host/tt/scripts/ttsoapcgi.exe` |
//! | `http://host/soap/other.cgi` (a file with an extension) | unchanged |
//! | `host:8080` (no scheme) | `http://host:8080/scripts/ttsoapcgi.exe` |
//!
//! There is no way to tell from a bare host whether the server runs under IIS
//! (`/scripts/ttsoapcgi.exe`, the installer's and Helix documentation's default) or Apache
//! (`/cgi-bin/ttsoapcgi.exe`), so a bare host gets [`DEFAULT_CGI_PATH`]; pass another default
//! with [`Endpoint::parse_with_default_path`] (or the client builder's `default_cgi_path`), or
//! give the full CGI URL. Query strings and fragments are dropped (`...ttsoapcgi.exe?wsdl`
//! is the CGI), the scheme and host are lower-cased, and a default port is removed.
//! [`Endpoint::exact`] (other services) keeps the path and the query string as given.
//!
//! URLs with credentials (`http://user:password@host/`) are refused: TestTrack credentials
//! go to `ProjectLogon`, and a password in a URL ends up in logs. The error never repeats it.

use std::borrow::Cow;
use std::fmt;

use crate::error::Error;

/// The CGI path used when the URL names only the server: IIS's `/scripts/ttsoapcgi.exe`.
pub const DEFAULT_CGI_PATH: &str = "/scripts/ttsoapcgi.exe";

/// The CGI's file name.
const CGI_NAME: &str = "ttsoapcgi.exe";

/// A normalised endpoint URL: `http` or `https`, no credentials, no fragment; a query only
/// when it was taken [exactly](Endpoint::exact).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Endpoint {
    url: String,
    https: bool,
    host: String,
    port: u16,
}

impl Endpoint {
    /// Normalises `input` to the CGI endpoint, using [`DEFAULT_CGI_PATH`] for a bare host.
    ///
    /// ```
    /// use ttsoap::endpoint::Endpoint;
    /// let e = Endpoint::parse("http://tt.example.com/ttsoapcgi.wsdl").unwrap();
    /// assert_eq!(e.as_str(), "http://tt.example.com/scripts/ttsoapcgi.exe");
    /// ```
    pub fn parse(input: &str) -> Result<Endpoint, Error> {
        Self::parse_with_default_path(input, DEFAULT_CGI_PATH)
    }

    /// Normalises `input`, using `default_path` (e.g. `/cgi-bin/ttsoapcgi.exe`) for a bare
    /// host or a WSDL URL in the web root.
    pub fn parse_with_default_path(input: &str, default_path: &str) -> Result<Endpoint, Error> {
        let parts = split(input)?;
        let default_path = normalise_default_path(default_path)?;
        let path = cgi_path(parts.path, &default_path);
        Ok(parts.build(&path))
    }

    /// Takes `input` as the exact endpoint: it is checked (scheme, host, no credentials) but
    /// its path and query string are kept as given (a fragment is never sent), for services
    /// that are not TestTrack and servers that publish the CGI under another name.
    ///
    /// ```
    /// use ttsoap::endpoint::Endpoint;
    /// let e = Endpoint::exact("http://h/soap.php?api=2#top").unwrap();
    /// assert_eq!(e.as_str(), "http://h/soap.php?api=2");
    /// ```
    pub fn exact(input: &str) -> Result<Endpoint, Error> {
        let parts = split(input)?;
        let path = if parts.path.is_empty() { "/" } else { parts.path };
        Ok(parts.build(&format!("{path}{}", parts.query)))
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// True for `https`.
    pub fn is_https(&self) -> bool {
        self.https
    }

    /// The host name or address (IPv6 in brackets), lower-cased.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, with the scheme's default filled in.
    pub fn port(&self) -> u16 {
        self.port
    }
}

/// Shows the URL with the values of its query string masked (`?key=***`): a query may carry
/// an API key or a token, and Display/Debug end up in logs. [`Endpoint::as_str`] is the URL
/// sent.
impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mask_query(&self.url))
    }
}

/// `url` with the value of every query parameter replaced by `***` (`?key=***&flag`).
pub(crate) fn mask_query(url: &str) -> Cow<'_, str> {
    let Some((path, query)) = url.split_once('?') else {
        return Cow::Borrowed(url);
    };
    let mut out = format!("{path}?");
    for (i, pair) in query.split('&').enumerate() {
        if i > 0 {
            out.push('&');
        }
        match pair.split_once('=') {
            Some((name, _)) => {
                out.push_str(name);
                out.push_str("=***");
            }
            None => out.push_str(pair),
        }
    }
    Cow::Owned(out)
}

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Endpoint({:?})", self.to_string())
    }
}

impl std::str::FromStr for Endpoint {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::parse(s)
    }
}

struct Parts<'a> {
    https: bool,
    host: String,
    port: u16,
    explicit_port: bool,
    path: &'a str,
    /// The query string with its `?`, or empty.
    query: &'a str,
}

impl Parts<'_> {
    fn build(&self, path: &str) -> Endpoint {
        let scheme = if self.https { "https" } else { "http" };
        let default_port = if self.https { 443 } else { 80 };
        let url = if self.explicit_port && self.port != default_port {
            format!("{scheme}://{}:{}{path}", self.host, self.port)
        } else {
            format!("{scheme}://{}{path}", self.host)
        };
        Endpoint { url, https: self.https, host: self.host.clone(), port: self.port }
    }
}

fn config(msg: impl Into<String>) -> Error {
    Error::Config(msg.into())
}

/// Splits a URL into scheme, host, port and path. Never echoes the authority when it
/// carries credentials.
fn split(input: &str) -> Result<Parts<'_>, Error> {
    let s = input.trim();
    if s.is_empty() {
        return Err(config("the endpoint URL is empty"));
    }
    let (scheme, rest) = match s.find("://") {
        Some(i) => (&s[..i], &s[i + 3..]),
        None => ("http", s),
    };
    // The authority ends at the first '/', '?' or '#'.
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..auth_end];
    if authority.contains('@') {
        return Err(config(
            "the endpoint URL must not contain credentials (user:password@); \
             give the TestTrack user and password to the logon call instead",
        ));
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(config(format!("the endpoint URL {s:?} contains whitespace or control characters")));
    }
    let https = if scheme.eq_ignore_ascii_case("http") {
        false
    } else if scheme.eq_ignore_ascii_case("https") {
        true
    } else {
        return Err(config(format!("the endpoint URL must be http or https, not {scheme:?}")));
    };
    let (host, port) = split_host_port(authority)
        .ok_or_else(|| config(format!("the endpoint URL {s:?} has no valid host and port")))?;
    let explicit_port = port.is_some();
    let port = port.unwrap_or(if https { 443 } else { 80 });
    // Path, then the query, without the fragment.
    let after = &rest[auth_end..];
    let after = &after[..after.find('#').unwrap_or(after.len())];
    let path_end = after.find('?').unwrap_or(after.len());
    let (path, query) = after.split_at(path_end);
    Ok(Parts { https, host: host.to_ascii_lowercase(), port, explicit_port, path, query })
}

fn split_host_port(authority: &str) -> Option<(&str, Option<u16>)> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let close = rest.find(']')?;
        let host = &authority[..close + 2];
        let after = &rest[close + 1..];
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (host, port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    let valid_host = !host.is_empty()
        && (host.starts_with('[')
            || host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '%')));
    if !valid_host {
        return None;
    }
    let port = match port {
        None | Some("") => None,
        Some(p) => Some(p.parse::<u16>().ok().filter(|&p| p != 0)?),
    };
    Some((host, port))
}

fn normalise_default_path(p: &str) -> Result<String, Error> {
    let p = p.trim();
    if p.is_empty() || p.contains(['?', '#']) || p.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(config(format!("the default CGI path {p:?} is not a URL path")));
    }
    let p = p.trim_end_matches('/');
    Ok(if p.starts_with('/') { p.to_string() } else { format!("/{p}") })
}

/// Maps the path given to the CGI path.
fn cgi_path(path: &str, default_path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return default_path.to_string();
    }
    let (dir, last) = trimmed.rsplit_once('/').unwrap_or(("", trimmed));
    let lower = last.to_ascii_lowercase();
    if lower == CGI_NAME {
        return trimmed.to_string();
    }
    if lower.ends_with(".wsdl") {
        // The WSDL sits in the web root (or next to the CGI): the CGI is beside it.
        return folder_to_cgi(dir, default_path);
    }
    if last.contains('.') {
        // Some other script or file: taken as the endpoint itself.
        return trimmed.to_string();
    }
    folder_to_cgi(trimmed, default_path)
}

/// The CGI inside `dir`: `scripts`/`cgi-bin` folders hold it directly; any other folder is a
/// prefix (a reverse proxy's sub-path) in front of the default path.
fn folder_to_cgi(dir: &str, default_path: &str) -> String {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() {
        return default_path.to_string();
    }
    let last = dir.rsplit('/').next().unwrap_or(dir);
    if last.eq_ignore_ascii_case("scripts") || last.eq_ignore_ascii_case("cgi-bin") {
        format!("{dir}/{CGI_NAME}")
    } else {
        format!("{dir}{default_path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        Endpoint::parse(s).unwrap().as_str().to_string()
    }

    #[test]
    fn bare_hosts_get_the_default_path() {
        assert_eq!(n("http://tt.example.com"), "http://tt.example.com/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://tt.example.com/"), "http://tt.example.com/scripts/ttsoapcgi.exe");
        assert_eq!(n("  HTTP://TT.Example.com:80/ "), "http://tt.example.com/scripts/ttsoapcgi.exe");
        assert_eq!(n("https://tt:8443"), "https://tt:8443/scripts/ttsoapcgi.exe");
        assert_eq!(n("https://tt:443/"), "https://tt/scripts/ttsoapcgi.exe");
        assert_eq!(n("tt.example.com:8080"), "http://tt.example.com:8080/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://127.0.0.1:9000"), "http://127.0.0.1:9000/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://[::1]:9000/"), "http://[::1]:9000/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://[::1]"), "http://[::1]/scripts/ttsoapcgi.exe");
    }

    #[test]
    fn cgi_urls_are_kept_in_any_case() {
        assert_eq!(n("http://h/scripts/ttsoapcgi.exe"), "http://h/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/cgi-bin/ttsoapcgi.exe"), "http://h/cgi-bin/ttsoapcgi.exe");
        assert_eq!(n("https://h:443/Scripts/TTSOAPCGI.EXE"), "https://h/Scripts/TTSOAPCGI.EXE");
        assert_eq!(n("http://h/scripts/ttsoapcgi.exe?wsdl"), "http://h/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/cgi-bin/ttsoapcgi.exe#x"), "http://h/cgi-bin/ttsoapcgi.exe");
    }

    #[test]
    fn wsdl_urls_point_at_the_cgi() {
        assert_eq!(n("http://h/ttsoapcgi.wsdl"), "http://h/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/TTSOAPCGI.WSDL?x=1"), "http://h/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/cgi-bin/ttsoapcgi.wsdl"), "http://h/cgi-bin/ttsoapcgi.exe");
        assert_eq!(n("http://h/tt/ttsoapcgi.wsdl"), "http://h/tt/scripts/ttsoapcgi.exe");
    }

    #[test]
    fn folders_and_other_scripts() {
        assert_eq!(n("http://h/scripts"), "http://h/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/cgi-bin/"), "http://h/cgi-bin/ttsoapcgi.exe");
        assert_eq!(n("http://h/tt/"), "http://h/tt/scripts/ttsoapcgi.exe");
        assert_eq!(n("http://h/soap/other.cgi"), "http://h/soap/other.cgi");
    }

    #[test]
    fn default_path_is_configurable() {
        let e = Endpoint::parse_with_default_path("http://h/", "cgi-bin/ttsoapcgi.exe").unwrap();
        assert_eq!(e.as_str(), "http://h/cgi-bin/ttsoapcgi.exe");
        let e = Endpoint::parse_with_default_path("http://h/ttsoapcgi.wsdl", "/cgi-bin/ttsoapcgi.exe").unwrap();
        assert_eq!(e.as_str(), "http://h/cgi-bin/ttsoapcgi.exe");
        assert!(Endpoint::parse_with_default_path("http://h/", "").is_err());
    }

    #[test]
    fn exact_keeps_the_path_and_the_query() {
        assert_eq!(Endpoint::exact("http://h:81/soap?q").unwrap().as_str(), "http://h:81/soap?q");
        assert_eq!(Endpoint::exact("http://h").unwrap().as_str(), "http://h/");
        assert_eq!(Endpoint::exact("http://h?wsdl").unwrap().as_str(), "http://h/?wsdl");
        assert_eq!(
            Endpoint::exact("https://H/api/soap.php?ver=2&x=a%20b#frag").unwrap().as_str(),
            "https://h/api/soap.php?ver=2&x=a%20b"
        );
        assert_eq!(Endpoint::exact("http://h/soap#a?b").unwrap().as_str(), "http://h/soap");
        // The TestTrack rules still drop it: `...ttsoapcgi.exe?wsdl` is the CGI.
        assert_eq!(n("http://h/soap/other.cgi?x=1"), "http://h/soap/other.cgi");
    }

    #[test]
    fn display_and_debug_mask_the_query_values() {
        let e = Endpoint::exact("http://h/soap.php?api_key=s3cr3t&v=2&flag").unwrap();
        assert_eq!(e.as_str(), "http://h/soap.php?api_key=s3cr3t&v=2&flag");
        assert_eq!(e.to_string(), "http://h/soap.php?api_key=***&v=***&flag");
        assert_eq!(format!("{e:?}"), "Endpoint(\"http://h/soap.php?api_key=***&v=***&flag\")");
        let plain = Endpoint::exact("http://h/soap.php").unwrap();
        assert_eq!(plain.to_string(), plain.as_str());
    }

    #[test]
    fn parts_are_exposed() {
        let e = Endpoint::parse("https://Tt.Example.com/").unwrap();
        assert!(e.is_https());
        assert_eq!(e.host(), "tt.example.com");
        assert_eq!(e.port(), 443);
        assert_eq!(Endpoint::parse("http://h:8080").unwrap().port(), 8080);
    }

    #[test]
    fn refuses_other_schemes_and_bad_hosts() {
        for bad in ["ftp://h/", "file:///etc/passwd", "", "http://", "http://h:99999/", "http://h:x/", "http://a b/"] {
            let e = Endpoint::parse(bad).unwrap_err();
            assert!(matches!(e, Error::Config(_)), "{bad}: {e:?}");
        }
    }

    #[test]
    fn refuses_credentials_without_echoing_them() {
        for bad in ["http://bob:hunter2@h/", "https://hunter2@h", "ftp://bob:hunter2@h/", "bob:hunter2@h:80"] {
            let e = Endpoint::parse(bad).unwrap_err();
            assert!(matches!(e, Error::Config(_)));
            assert!(!e.to_string().contains("hunter2"), "{e}");
            assert!(!format!("{e:?}").contains("hunter2"));
        }
    }
}
