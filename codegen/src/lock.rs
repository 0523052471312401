//! The lock file `ttsoap-codegen fetch` writes beside the documents it downloads: each
//! document's path, the URL it came from and its SHA-256. A build script that names the lock
//! ([`Builder::lock_file`](crate::Builder::lock_file)) refuses a WSDL or schema that changed on
//! disk since it was fetched, instead of silently generating different bindings.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{CodegenError, Result};

/// The lock file's name in the fetch directory.
pub const LOCK_FILE: &str = "wsdl.lock.json";

/// What was fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// The URL the WSDL was fetched from.
    pub source: String,
    /// The WSDL's path in the directory (the file to generate from).
    pub root: String,
    /// Every document: the WSDL first, then what it imports, in the order found.
    pub documents: Vec<LockedDocument>,
}

/// One fetched document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedDocument {
    /// Path relative to the directory, with `/` separators.
    pub path: String,
    /// The URL it was downloaded from.
    pub url: String,
    /// SHA-256 of its bytes, lower-case hex.
    pub sha256: String,
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl Lock {
    /// Reads a lock file.
    pub fn read(path: &Path) -> Result<Lock> {
        let text = std::fs::read_to_string(path).map_err(|source| CodegenError::Io { path: path.into(), source })?;
        serde_json::from_str(&text).map_err(|e| lock_error(path, format!("not a valid lock file: {e}")))
    }

    /// Writes the lock file as pretty JSON.
    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| lock_error(path, e.to_string()))? + "\n";
        std::fs::write(path, text).map_err(|source| CodegenError::Io { path: path.into(), source })
    }

    /// Checks that every locked document is on disk (relative to the lock's folder) with the
    /// locked SHA-256, and that `wsdl` is one of them.
    pub fn verify(lock_path: &Path, wsdl: &Path) -> Result<Lock> {
        let lock = Lock::read(lock_path)?;
        let dir = lock_path.parent().unwrap_or(Path::new("."));
        let refetch =
            format!("fetch it again (ttsoap-codegen fetch {} -o {}) to renew the lock", lock.source, dir.display());
        let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        let mut listed = false;
        for d in &lock.documents {
            let file: PathBuf = dir.join(&d.path);
            let bytes = std::fs::read(&file).map_err(|source| CodegenError::Io { path: file.clone(), source })?;
            if sha256_hex(&bytes) != d.sha256 {
                let why =
                    format!("{} changed since it was fetched from {} (SHA-256 differs); {refetch}", d.path, d.url);
                return Err(lock_error(lock_path, why));
            }
            listed |= canonical(&file) == canonical(wsdl);
        }
        if !listed {
            return Err(lock_error(lock_path, format!("{} is not one of the locked documents", wsdl.display())));
        }
        Ok(lock)
    }
}

fn lock_error(path: &Path, message: String) -> CodegenError {
    CodegenError::Lock { path: path.to_path_buf(), message }
}
