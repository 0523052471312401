//! Downloading a site's WSDL and every document it imports into a folder, keeping their
//! relative layout and rewriting nothing, with a [`Lock`] of each document's URL and SHA-256.
//! The generator itself stays offline: fetch once, then generate from the files.
//!
//! ```no_run
//! use ttsoap::transport::TransportConfig;
//! let lock = ttsoap_codegen::fetch::fetch("https://tt.example.com/", "wsdl/site".as_ref(), TransportConfig::default())?;
//! println!("{} documents; generate from wsdl/site/{}", lock.documents.len(), lock.root);
//! # Ok::<(), ttsoap_codegen::CodegenError>(())
//! ```

use std::collections::VecDeque;
use std::path::Path;

use ttsoap::endpoint::Endpoint;
use ttsoap::transport::{Transport, TransportConfig};

use crate::error::{CodegenError, Result};
use crate::load::dom::{attr, children};
use crate::load::tree::Element;
use crate::lock::{sha256_hex, Lock, LockedDocument, LOCK_FILE};

const WSDL_NS: &str = "http://schemas.xmlsoap.org/wsdl/";
const XSD_NS: &str = crate::model::XSD_NS;

/// The WSDL URL for what a user gives: a URL ending in `.wsdl` (or with a `?wsdl` query) is
/// taken as it is; any other form the client accepts (base URL, CGI URL, `host:port`) means
/// the `ttsoapcgi.wsdl` that TestTrack serves from the web root of that server.
pub fn wsdl_url(input: &str) -> Result<String> {
    let given = input.trim();
    let with_scheme = if given.contains("://") { given.to_string() } else { format!("http://{given}") };
    let path = with_scheme.split(['#']).next().unwrap_or_default();
    if path.to_ascii_lowercase().ends_with(".wsdl") || path.to_ascii_lowercase().ends_with("?wsdl") {
        return Ok(path.to_string());
    }
    let endpoint = Endpoint::parse(given).map_err(|e| fetch_error(given, e.to_string()))?;
    let url = endpoint.as_str();
    let host_end = url.find("://").map(|i| i + 3).and_then(|s| url[s..].find('/').map(|j| s + j)).unwrap_or(url.len());
    Ok(format!("{}/ttsoapcgi.wsdl", &url[..host_end]))
}

/// Fetches the WSDL for `input` (see [`wsdl_url`]) and everything it imports or includes into
/// `dir`, and writes `dir/wsdl.lock.json`. Documents must lie in the WSDL's folder or below it
/// (their relative layout is kept, so the files load as they are); an answer that is not a
/// WSDL (an HTML login page, an error) is refused.
pub fn fetch(input: &str, dir: &Path, config: TransportConfig) -> Result<Lock> {
    let root_url = wsdl_url(input)?;
    let endpoint = Endpoint::exact(&root_url).map_err(|e| fetch_error(&root_url, e.to_string()))?;
    let transport = Transport::new(endpoint, config).map_err(|e| fetch_error(&root_url, e.to_string()))?;
    let base = &root_url[..root_url.rfind('/').map_or(root_url.len(), |i| i + 1)];
    let root_name = root_url[base.len()..].split('?').next().unwrap_or_default();
    let root_path = if root_name.is_empty() { "service.wsdl".to_string() } else { root_name.to_string() };

    let mut documents: Vec<LockedDocument> = Vec::new();
    let mut queue = VecDeque::from([(root_url.clone(), root_path.clone())]);
    while let Some((url, rel)) = queue.pop_front() {
        if documents.iter().any(|d| d.path == rel) {
            continue;
        }
        let bytes = download(&transport, &url)?;
        let root = parse(&url, &bytes, documents.is_empty())?;
        // The SOAP-ENC, XSD and WSDL schemas are built into the loader: never downloaded.
        let wanted = imports(&root).into_iter().filter(|l| !crate::load::location::is_well_known_location(l));
        for location in wanted {
            let target = resolve(&url, &location).ok_or_else(|| {
                fetch_error(&url, format!("imports {location:?}, which is neither a relative path nor an http(s) URL"))
            })?;
            let target_rel = target.strip_prefix(base).filter(|r| !r.contains('?') && !r.is_empty()).ok_or_else(|| {
                fetch_error(
                    &url,
                    format!("imports {target}, which is not in the WSDL's folder {base}; fetch keeps the layout of that folder only"),
                )
            })?;
            queue.push_back((target.clone(), target_rel.to_string()));
        }
        let file = dir.join(&rel);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|source| CodegenError::Io { path: parent.into(), source })?;
        }
        std::fs::write(&file, &bytes).map_err(|source| CodegenError::Io { path: file.clone(), source })?;
        documents.push(LockedDocument { path: rel, url, sha256: sha256_hex(&bytes) });
    }
    let lock = Lock { source: root_url, root: root_path, documents };
    lock.write(&dir.join(LOCK_FILE))?;
    Ok(lock)
}

/// A [`Resolver`](crate::load::Resolver) that downloads each URL import with the runtime's
/// transport, as [`fetch`] does (what `Builder::allow_network(true)` and `--allow-network` use).
/// A document must answer HTTP 200 and be UTF-8.
pub fn network_resolver(config: TransportConfig) -> Box<crate::load::Resolver> {
    Box::new(move |url: &str| {
        let endpoint = Endpoint::exact(url).map_err(|e| e.to_string())?;
        let transport = Transport::new(endpoint, config.clone()).map_err(|e| e.to_string())?;
        let bytes = download(&transport, url).map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|_| format!("{url} is not UTF-8"))
    })
}

fn fetch_error(url: &str, message: String) -> CodegenError {
    CodegenError::Fetch { url: url.to_string(), message }
}

fn download(transport: &Transport, url: &str) -> Result<Vec<u8>> {
    let response = transport.get(url).map_err(|e| fetch_error(url, e.to_string()))?;
    if response.status != 200 {
        let start = ttsoap::transport::readable_text(&response.body, 200);
        return Err(fetch_error(url, format!("HTTP {}: {start}", response.status)));
    }
    Ok(response.body)
}

/// Parses a fetched document and checks it is a WSDL (or, for an import, a WSDL or a schema).
fn parse(url: &str, bytes: &[u8], is_root: bool) -> Result<Element> {
    let not_wsdl = |what: String| {
        let start = ttsoap::transport::readable_text(bytes, 120);
        fetch_error(url, format!("the answer is not a WSDL ({what}); it starts with: {start}"))
    };
    let root = crate::load::xmlfile::parse(url.as_ref(), bytes).map_err(|e| not_wsdl(format!("not XML: {e}")))?;
    let ns = root.namespace.as_deref().unwrap_or("");
    let ok = (root.name == "definitions" && ns == WSDL_NS) || (!is_root && root.name == "schema" && ns == XSD_NS);
    if !ok {
        return Err(not_wsdl(format!("its root element is <{}> in namespace {ns:?}", root.name)));
    }
    Ok(root)
}

/// The `location` of `wsdl:import` and the `schemaLocation` of `xsd:import`, `include` and
/// `redefine`, anywhere in the document, in document order.
fn imports(root: &Element) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(el) = stack.pop() {
        let ns = el.namespace.as_deref().unwrap_or("");
        let attr = match (ns, el.name.as_str()) {
            (WSDL_NS, "import") => attr(el, "location"),
            (XSD_NS, "import" | "include" | "redefine") => attr(el, "schemaLocation"),
            _ => None,
        };
        out.extend(attr.filter(|l| !l.trim().is_empty()).map(|l| l.trim().to_string()));
        let children: Vec<&Element> = children(el).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// `location` resolved against `base` by the loader's joiner
/// ([`crate::load::location::join_url`]), for fetching: only http(s) results, and no
/// scheme-relative `//host` references (fetch keeps one server's folder).
fn resolve(base: &str, location: &str) -> Option<String> {
    if location.trim().starts_with("//") {
        return None;
    }
    let joined = crate::load::location::join_url(base, location)?;
    let lower = joined.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_endpoint_form_names_the_wsdl_in_the_web_root() {
        let cases = [
            ("http://tt.example.com", "http://tt.example.com/ttsoapcgi.wsdl"),
            ("http://tt.example.com/scripts/ttsoapcgi.exe", "http://tt.example.com/ttsoapcgi.wsdl"),
            ("https://tt.example.com:8443/cgi-bin/ttsoapcgi.exe", "https://tt.example.com:8443/ttsoapcgi.wsdl"),
            ("127.0.0.1:4000", "http://127.0.0.1:4000/ttsoapcgi.wsdl"),
            ("http://h/x/site.WSDL", "http://h/x/site.WSDL"),
            ("http://h/svc?wsdl", "http://h/svc?wsdl"),
        ];
        for (given, want) in cases {
            assert_eq!(wsdl_url(given).unwrap(), want, "{given}");
        }
        assert!(wsdl_url("http://user:pw@h/").unwrap_err().to_string().contains("cannot fetch"));
    }

    #[test]
    fn locations_resolve_like_a_browser() {
        let base = "http://h:1/a/b/svc.wsdl";
        assert_eq!(resolve(base, "types.xsd").unwrap(), "http://h:1/a/b/types.xsd");
        assert_eq!(resolve(base, "./x/../common/t.xsd").unwrap(), "http://h:1/a/b/common/t.xsd");
        assert_eq!(resolve(base, "../up.xsd").unwrap(), "http://h:1/a/up.xsd");
        assert_eq!(resolve(base, "/root.xsd").unwrap(), "http://h:1/root.xsd");
        assert_eq!(resolve(base, "HTTPS://other/x.xsd").unwrap(), "HTTPS://other/x.xsd");
        assert_eq!(resolve(base, "svc?xsd=1").unwrap(), "http://h:1/a/b/svc?xsd=1");
        assert!(resolve(base, "ftp://h/x.xsd").is_none());
        assert!(resolve(base, "//cdn/x.xsd").is_none());
    }
}
