//! Local copies of remote documents, so that a WSDL whose schemas import URLs generates
//! offline: a folder laid out by host and path, or a JSON file mapping each URL to a file.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::error::{CodegenError, Result};

/// Where the local copy of a URL is found.
#[derive(Debug, Clone)]
pub(crate) enum Catalog {
    /// `DIR/host/path`: `http://schemas.example.com/a/b.xsd` is `DIR/schemas.example.com/a/b.xsd`.
    Dir(PathBuf),
    /// A JSON object `{ "URL": "file" }`; relative files are relative to the JSON file's folder.
    Map {
        /// The JSON file.
        file: PathBuf,
        /// URL -> file.
        entries: BTreeMap<String, PathBuf>,
    },
}

impl Catalog {
    /// Opens a catalog: a folder, or a JSON mapping file.
    pub(crate) fn open(path: &Path) -> Result<Catalog> {
        if path.is_dir() {
            return Ok(Catalog::Dir(path.to_path_buf()));
        }
        let text = std::fs::read_to_string(path).map_err(|source| CodegenError::Io { path: path.into(), source })?;
        let raw: BTreeMap<String, String> = serde_json::from_str(&text).map_err(|e| CodegenError::Invalid {
            line: None,
            path: path.into(),
            message: format!("a catalog file is a JSON object mapping each URL to a local file: {e}"),
        })?;
        let dir = path.parent().unwrap_or_else(|| Path::new(""));
        let entries = raw.into_iter().map(|(url, file)| (url, dir.join(file))).collect();
        Ok(Catalog::Map { file: path.to_path_buf(), entries })
    }

    /// The local file for `url`, if the catalog names one (it may not exist in a folder).
    pub(crate) fn file_for(&self, url: &str) -> Option<PathBuf> {
        match self {
            Catalog::Map { entries, .. } => entries.get(url).cloned(),
            Catalog::Dir(dir) => dir_layout(url).map(|rel| dir.join(rel)),
        }
    }

    /// Where the catalog looked for `url`, for error messages.
    pub(crate) fn describe(&self, url: &str) -> String {
        match (self, self.file_for(url)) {
            (_, Some(file)) => format!("the catalog has no file {}", file.display()),
            (Catalog::Dir(dir), None) => {
                format!("the catalog folder {} cannot hold it (only host/path URLs without a query)", dir.display())
            }
            (Catalog::Map { file, .. }, None) => format!("the catalog {} does not list it", file.display()),
        }
    }
}

/// `http://host:port/a/b.xsd` -> `host/a/b.xsd`. `None` for a URL without a host or a path,
/// with a query, or with a `..` segment.
fn dir_layout(url: &str) -> Option<PathBuf> {
    let rest = &url[url.find("://")? + 3..];
    let rest = rest.split('#').next().unwrap_or(rest);
    if rest.contains('?') {
        return None;
    }
    let (authority, path) = rest.split_once('/')?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    if host.is_empty() || path.is_empty() || path.ends_with('/') {
        return None;
    }
    let rel = Path::new(host).join(path);
    rel.components().all(|c| matches!(c, Component::Normal(_))).then_some(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_laid_out_by_host_and_path() {
        assert_eq!(dir_layout("http://h.example:8080/a/b.xsd"), Some(PathBuf::from("h.example/a/b.xsd")));
        assert_eq!(dir_layout("https://h/x.xsd#frag"), Some(PathBuf::from("h/x.xsd")));
        assert_eq!(dir_layout("http://h/x?xsd=1"), None);
        assert_eq!(dir_layout("http://h/"), None);
        assert_eq!(dir_layout("http://h/../../etc/passwd"), None);
        assert_eq!(dir_layout("urn:x"), None);
    }
}
