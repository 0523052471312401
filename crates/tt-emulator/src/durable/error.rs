//! [`StateError`]: why a state file could not be opened or written.

use std::path::{Path, PathBuf};

/// Why the emulator could not use its state file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StateError {
    /// The file could not be opened or created (a missing directory, no permission).
    Open {
        /// The state file.
        path: PathBuf,
        /// What the operating system or SQLite said.
        reason: String,
    },
    /// The file is not an emulator state file: not SQLite at all, or a SQLite database of
    /// something else.
    NotAState {
        /// The state file.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// A state file written by a newer (or older, incompatible) emulator.
    Version {
        /// The state file.
        path: PathBuf,
        /// Its format version.
        found: String,
        /// The version this emulator reads.
        expected: u32,
    },
    /// Another emulator has the file open.
    InUse {
        /// The state file.
        path: PathBuf,
    },
    /// The file is an emulator state file but its content is damaged.
    Corrupt {
        /// The state file.
        path: PathBuf,
        /// What is wrong, naming the part.
        reason: String,
    },
    /// The seed the file was created from no longer builds a world.
    Seed {
        /// The state file.
        path: PathBuf,
        /// The seed error.
        reason: String,
    },
    /// Writing failed (disk full, I/O error).
    Write {
        /// The state file.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
}

impl StateError {
    /// The state file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StateError::Open { path, .. }
            | StateError::NotAState { path, .. }
            | StateError::Version { path, .. }
            | StateError::InUse { path }
            | StateError::Corrupt { path, .. }
            | StateError::Seed { path, .. }
            | StateError::Write { path, .. } => path,
        }
    }
}

impl std::fmt::Display for StateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StateError::Open { path, reason } => write!(f, "cannot open the state file {}: {reason}", path.display()),
            StateError::NotAState { path, reason } => {
                write!(f, "{} is not a tt-emulator state file: {reason}", path.display())
            }
            StateError::Version { path, found, expected } => write!(
                f,
                "the state file {} has format version {found}; this emulator reads version {expected}",
                path.display()
            ),
            StateError::InUse { path } => {
                write!(f, "the state file {} is in use by another emulator", path.display())
            }
            StateError::Corrupt { path, reason } => {
                write!(f, "the state file {} is damaged: {reason}", path.display())
            }
            StateError::Seed { path, reason } => {
                write!(f, "the seed stored in the state file {} is not valid: {reason}", path.display())
            }
            StateError::Write { path, reason } => {
                write!(f, "cannot write the state file {}: {reason}", path.display())
            }
        }
    }
}

impl std::error::Error for StateError {}

/// Classifies a SQLite error met while opening `path`.
pub(crate) fn classify(path: &Path, e: &rusqlite::Error) -> StateError {
    use rusqlite::ErrorCode as C;
    let path = path.to_path_buf();
    let reason = e.to_string();
    match e.sqlite_error_code() {
        Some(C::NotADatabase) => StateError::NotAState { path, reason },
        Some(C::DatabaseBusy | C::DatabaseLocked) => StateError::InUse { path },
        Some(C::DatabaseCorrupt) => StateError::Corrupt { path, reason },
        Some(C::CannotOpen | C::PermissionDenied | C::ReadOnly) => StateError::Open { path, reason },
        _ => StateError::Corrupt { path, reason },
    }
}
