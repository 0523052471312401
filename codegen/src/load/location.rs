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
            Location::Url(base) => Location::Url(join_url(base, reference)),
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

/// Joins a relative reference to a base URL (enough for sibling and sub-directory files).
fn join_url(base: &str, reference: &str) -> String {
    let authority_end = base
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| base[start..].find('/').map(|j| start + j).or(Some(base.len())));
    if let Some(abs) = reference.strip_prefix('/') {
        let origin = authority_end.map(|e| &base[..e]).unwrap_or(base);
        return format!("{origin}/{abs}");
    }
    let dir_end = match (base.rfind('/'), authority_end) {
        (Some(i), Some(e)) if i >= e => i + 1,
        (Some(i), None) => i + 1,
        _ => return format!("{base}/{reference}"),
    };
    format!("{}{}", &base[..dir_end], reference)
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
