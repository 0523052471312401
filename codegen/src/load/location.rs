//! Where an imported document lives: a local file (relative to the importing file) or a URL,
//! and which namespaces are known without reading anything.

use std::path::{Path, PathBuf};

use crate::model::{SOAP12_ENC_NS, SOAP_ENC_NS, XSD_NS};

use super::dom::{SOAP11_NS, SOAP12_NS, SOAP_ENV_NS, WSDL_NS, XML_NS};

/// A document's location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Location {
    /// A local file.
    File(PathBuf),
    /// Anything with a URL scheme other than `file:`.
    Url(String),
}

impl Location {
    /// The path used in error messages (a URL is kept as written).
    pub(crate) fn display_path(&self) -> PathBuf {
        match self {
            Location::File(p) => p.clone(),
            Location::Url(u) => PathBuf::from(u),
        }
    }

    /// A key that identifies the document (canonical path when the file exists).
    pub(crate) fn key(&self) -> String {
        match self {
            Location::File(p) => std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()).to_string_lossy().into_owned(),
            Location::Url(u) => u.clone(),
        }
    }

    /// Resolves `reference` (a `location` / `schemaLocation` value) against this document.
    pub(crate) fn join(&self, reference: &str) -> Location {
        let reference = reference.trim();
        if let Some(rest) = strip_scheme(reference, "file") {
            return Location::File(PathBuf::from(file_url_path(rest)));
        }
        if has_scheme(reference) {
            return Location::Url(reference.to_string());
        }
        match self {
            Location::File(p) => {
                let dir = p.parent().unwrap_or_else(|| Path::new(""));
                Location::File(dir.join(reference))
            }
            Location::Url(base) => Location::Url(join_url(base, reference).unwrap_or_else(|| reference.to_string())),
        }
    }
}

/// True for `scheme:...` where the scheme is at least two characters (so `C:\x` is a path).
fn has_scheme(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

fn strip_scheme<'a>(s: &'a str, scheme: &str) -> Option<&'a str> {
    let (head, rest) = s.split_once(':')?;
    head.eq_ignore_ascii_case(scheme).then_some(rest)
}

/// `file:///tmp/x.xsd` -> `/tmp/x.xsd`, `file:x.xsd` -> `x.xsd`.
fn file_url_path(rest: &str) -> &str {
    match rest.strip_prefix("//") {
        Some(after) => match after.find('/') {
            Some(i) => &after[i..],
            None => after,
        },
        None => rest,
    }
}

/// Resolves `reference` against the absolute URL `base`, as RFC 3986 §5.2 does for the forms
/// WSDLs use: a URL with a scheme (taken as written), a scheme-relative `//host/path`, a
/// host-absolute `/path`, a `?query`, and a relative path with `.` and `..` segments. The one
/// joiner of the crate: imports read while loading and documents downloaded by `fetch` both
/// use it. `None` when `base` is not a `scheme://authority...` URL.
///
/// Written here, not with the `url` crate: it is not otherwise in the dependency tree, and its
/// IDNA tables are a heavy build for these few forms (nothing here needs host normalisation).
pub(crate) fn join_url(base: &str, reference: &str) -> Option<String> {
    let reference = reference.trim();
    if has_scheme(reference) {
        return Some(reference.to_string());
    }
    let (reference, fragment) = match reference.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (reference, None),
    };
    let scheme_end = base.find("://")?;
    let authority_start = scheme_end + 3;
    let base = base.split(['#', '?']).next().unwrap_or(base);
    let authority_end = base[authority_start..].find('/').map_or(base.len(), |i| authority_start + i);
    let (origin, base_path) = base.split_at(authority_end);
    let mut out = if let Some(rest) = reference.strip_prefix("//") {
        let (authority, path) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
        format!("{}//{authority}{}", &base[..scheme_end + 1], with_dots_removed(path))
    } else if reference.starts_with('/') {
        format!("{origin}{}", with_dots_removed(reference))
    } else if reference.is_empty() || reference.starts_with('?') {
        format!("{origin}{}{reference}", if base_path.is_empty() { "/" } else { base_path })
    } else {
        // Merge (§5.2.3): the base path up to its last `/`, then the reference.
        let dir = &base_path[..base_path.rfind('/').map_or(0, |i| i + 1)];
        format!("{origin}{}", with_dots_removed(&format!("/{}{reference}", dir.trim_start_matches('/'))))
    };
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    Some(out)
}

/// `path?query` with the `.` and `..` segments of the path removed (RFC 3986 §5.2.4); the
/// query is kept as written.
fn with_dots_removed(path_and_query: &str) -> String {
    let (path, query) = path_and_query.split_at(path_and_query.find('?').unwrap_or(path_and_query.len()));
    if path.is_empty() {
        return format!("{path}{query}");
    }
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    for (i, seg) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match *seg {
            "." | ".." => {
                if *seg == ".." {
                    segments.pop();
                }
                if last {
                    segments.push("");
                }
            }
            s => segments.push(s),
        }
    }
    format!("/{}{query}", segments.join("/"))
}

/// The namespaces whose schemas are built in (SOAP-ENC, WSDL, XSD and friends): importing
/// them needs no file.
pub(crate) fn is_well_known_namespace(ns: &str) -> bool {
    let ns = ns.trim().trim_end_matches('/');
    [XSD_NS, SOAP_ENC_NS, SOAP12_ENC_NS, WSDL_NS, SOAP11_NS, SOAP12_NS, SOAP_ENV_NS, XML_NS]
        .iter()
        .any(|k| k.trim_end_matches('/') == ns)
}

/// True when a schemaLocation points at one of the well-known namespaces' own schema
/// (`http://schemas.xmlsoap.org/soap/encoding/`, `http://www.w3.org/2001/XMLSchema.xsd`, ...).
pub(crate) fn is_well_known_location(location: &str) -> bool {
    let l = location.trim();
    let l = l.strip_suffix(".xsd").unwrap_or(l);
    let l = l.strip_prefix("https://").map(|r| format!("http://{r}")).unwrap_or_else(|| l.to_string());
    is_well_known_namespace(&l) || l == "http://www.w3.org/2001/xml" || l == "http://www.w3.org/2001/03/xml"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_follow_the_importer() {
        let base = Location::File(PathBuf::from("/a/b/main.wsdl"));
        assert_eq!(base.join("types.xsd"), Location::File(PathBuf::from("/a/b/types.xsd")));
        assert_eq!(base.join("sub/t.xsd"), Location::File(PathBuf::from("/a/b/sub/t.xsd")));
        assert_eq!(base.join("file:///x/y.xsd"), Location::File(PathBuf::from("/x/y.xsd")));
        assert_eq!(base.join("http://h/x.xsd"), Location::Url("http://h/x.xsd".into()));
    }

    #[test]
    fn relative_urls_follow_the_importer() {
        let base = Location::Url("http://h/dir/svc.wsdl".into());
        assert_eq!(base.join("t.xsd"), Location::Url("http://h/dir/t.xsd".into()));
        assert_eq!(base.join("/t.xsd"), Location::Url("http://h/t.xsd".into()));
        let host_only = Location::Url("http://h".into());
        assert_eq!(host_only.join("t.xsd"), Location::Url("http://h/t.xsd".into()));
        assert_eq!(base.join("../up/t.xsd"), Location::Url("http://h/up/t.xsd".into()));
        assert_eq!(base.join("./a/./b/../t.xsd"), Location::Url("http://h/dir/a/t.xsd".into()));
    }

    #[test]
    fn url_joining_follows_rfc_3986() {
        // The normal examples of RFC 3986 §5.4.1 that WSDL imports can take.
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("g#s", "http://a/b/c/g#s"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            // A one-letter scheme is read as a Windows drive (`C:`) elsewhere, so two letters here.
            ("gg:h", "gg:h"),
        ];
        for (reference, want) in cases {
            assert_eq!(join_url(base, reference).as_deref(), Some(want), "{reference}");
        }
        assert_eq!(join_url("http://h/svc?wsdl=a/b", "t.xsd").as_deref(), Some("http://h/t.xsd"));
        assert_eq!(join_url("urn:x", "t.xsd"), None);
    }

    #[test]
    fn well_known_namespaces_and_locations() {
        assert!(is_well_known_namespace("http://schemas.xmlsoap.org/soap/encoding/"));
        assert!(is_well_known_namespace("http://schemas.xmlsoap.org/soap/encoding"));
        assert!(is_well_known_namespace("http://schemas.xmlsoap.org/wsdl/"));
        assert!(!is_well_known_namespace("urn:testtrack-interface"));
        assert!(is_well_known_location("http://schemas.xmlsoap.org/soap/encoding/"));
        assert!(is_well_known_location("http://www.w3.org/2001/XMLSchema.xsd"));
        assert!(!is_well_known_location("http://example.com/types.xsd"));
        assert!(!has_scheme("C:\\x.xsd"));
        assert!(has_scheme("urn:x"));
    }
}
