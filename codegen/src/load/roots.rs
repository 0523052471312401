//! The folders local imports may read: the main WSDL's folder and any the caller allows.
//!
//! A `schemaLocation` or `location` is written by whoever wrote the WSDL; without this check an
//! absolute path, a `file:` URL or `../../..` would let it read any file on the machine into
//! the generated code (or probe which files exist).

use std::path::{Component, Path, PathBuf};

/// One allowed folder, as given (made absolute, `..` removed) and with symlinks resolved.
struct Root {
    lexical: PathBuf,
    canonical: Option<PathBuf>,
}

/// The allowed folders.
pub(crate) struct Roots(Vec<Root>);

impl Roots {
    /// The folder of `main` plus `allowed`.
    pub(crate) fn new(main: &Path, allowed: &[PathBuf]) -> Self {
        let main_dir = main.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let roots = std::iter::once(main_dir)
            .chain(allowed.iter().map(PathBuf::as_path))
            .map(|d| Root { lexical: normalize(d), canonical: std::fs::canonicalize(d).ok() })
            .collect();
        Roots(roots)
    }

    /// True when `file` is under one of the folders: by its path as written (with `..`
    /// resolved), and, when it exists, by its real path (so a symlink cannot lead out).
    pub(crate) fn contain(&self, file: &Path) -> bool {
        let lexical = normalize(file);
        let by_text = self
            .0
            .iter()
            .any(|r| lexical.starts_with(&r.lexical) || r.canonical.as_ref().is_some_and(|c| lexical.starts_with(c)));
        if !by_text {
            return false;
        }
        match std::fs::canonicalize(file) {
            Ok(real) => self.0.iter().filter_map(|r| r.canonical.as_ref()).any(|c| real.starts_with(c)),
            // Missing: reading it fails with its own error.
            Err(_) => true,
        }
    }

    /// The folders, for error messages.
    pub(crate) fn describe(&self) -> String {
        let names: Vec<String> =
            self.0.iter().map(|r| r.canonical.as_ref().unwrap_or(&r.lexical).display().to_string()).collect();
        names.join(", ")
    }
}

/// `p` made absolute with `.` and `..` removed, without touching the file system (beyond the
/// current directory).
fn normalize(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_removes_dots() {
        assert_eq!(normalize(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
        assert_eq!(normalize(Path::new("/a/../../..")), PathBuf::from("/"));
    }

    #[test]
    fn containment_is_by_whole_components() {
        let roots = Roots::new(Path::new("/nonexistent-root/svc/main.wsdl"), &[]);
        assert!(roots.contain(Path::new("/nonexistent-root/svc/sub/t.xsd")));
        assert!(roots.contain(Path::new("/nonexistent-root/svc/sub/../t.xsd")));
        assert!(!roots.contain(Path::new("/nonexistent-root/svc2/t.xsd")));
        assert!(!roots.contain(Path::new("/nonexistent-root/svc/../t.xsd")));
        assert!(!roots.contain(Path::new("/etc/passwd")));
    }
}
