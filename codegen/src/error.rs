//! Errors of the generator: every one names the file, the line of the element at fault where
//! there is one, and the construct that could not be handled.

use std::path::PathBuf;

/// A generator failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CodegenError {
    /// A file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not well-formed XML.
    #[error("{path}{}: not well-formed XML: {message}", at(line))]
    Xml {
        /// The file.
        path: PathBuf,
        /// The line, when the parser reports one.
        line: Option<u64>,
        /// The parser's message.
        message: String,
    },
    /// A reference to a type, element, message, portType or binding that is not declared.
    #[error("{path}{}: {construct} refers to undeclared {what} {name}", at(line))]
    Dangling {
        /// The file.
        path: PathBuf,
        /// The line of the element at fault, when known.
        line: Option<u64>,
        /// Where the reference is (`message getDefectRequest part pDefect`).
        construct: String,
        /// What kind of thing was looked up (`type`, `element`, `message`).
        what: &'static str,
        /// The name that is missing, as `{namespace}local`.
        name: String,
    },
    /// An import or include whose file cannot be found (or would need the network).
    #[error("{path}{}: {construct}: cannot load {location}: {reason}", at(line))]
    Import {
        /// The importing file.
        path: PathBuf,
        /// The line of the element at fault, when known.
        line: Option<u64>,
        /// The import element (`xsd:import namespace=...`).
        construct: String,
        /// The schemaLocation / location.
        location: String,
        /// Why.
        reason: String,
    },
    /// A local import that leads outside the folders imports may read: the main WSDL's folder
    /// and those allowed with `Builder::allow_root` / `LoadOptions::allowed_roots`.
    #[error(
        "{path}{}: {construct}: {location} is outside the folders imports may read ({roots}); \
         allow its folder with Builder::allow_root (or --allow-root) if it is trusted",
        at(line)
    )]
    OutsideRoot {
        /// The importing file.
        path: PathBuf,
        /// The line of the element at fault, when known.
        line: Option<u64>,
        /// The import element.
        construct: String,
        /// The file it would read.
        location: String,
        /// The allowed folders.
        roots: String,
    },
    /// A construct the generator does not support.
    #[error("{path}{}: unsupported construct: {construct}", at(line))]
    Unsupported {
        /// The file.
        path: PathBuf,
        /// The line of the element at fault, when known.
        line: Option<u64>,
        /// What it is and where.
        construct: String,
    },
    /// The document is not a WSDL 1.1 definitions element, or is missing something required.
    #[error("{path}{}: invalid WSDL: {message}", at(line))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The line of the element at fault, when known.
        line: Option<u64>,
        /// What is wrong.
        message: String,
    },
    /// Emitted code did not parse (a generator bug).
    #[error("internal error: generated code does not parse: {0}")]
    Emit(String),
    /// A lock file that cannot be read, or documents that no longer match it.
    #[error("{path}: {message}")]
    Lock {
        /// The lock file.
        path: PathBuf,
        /// What does not match.
        message: String,
    },
    /// Downloading a WSDL or one of its documents failed, or the answer is not one.
    #[error("cannot fetch {url}: {message}")]
    Fetch {
        /// The URL.
        url: String,
        /// Why.
        message: String,
    },
}

/// `:12` after the file name, or nothing.
fn at(line: &Option<u64>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

/// Result alias.
pub type Result<T, E = CodegenError> = std::result::Result<T, E>;
