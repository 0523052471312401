//! Errors: one [`Error`] type for everything a call can fail with, [`DecodeError`] for the
//! wire reader, and [`Fault`] for SOAP faults with TestTrack's detail codes mapped.

use std::fmt;

/// Why a response (or request, on the server side) could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes are not well-formed XML (or end early).
    #[error("malformed XML at byte {offset}: {message}")]
    Malformed {
        /// Byte offset where the parser gave up.
        offset: u64,
        /// What the parser reported.
        message: String,
    },
    /// Well-formed XML that is not the SOAP structure expected.
    #[error("unexpected structure at {path}: {message}")]
    Unexpected {
        /// Slash-separated element path.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// A simple value that does not parse as its declared type (a malformed number, an
    /// integer out of range, a bad date).
    #[error("invalid value at {path}: {message}")]
    InvalidValue {
        /// Slash-separated element path.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// An explicit `xsi:type` that contradicts the declared type (`xsd:string` on an
    /// `xsd:long` part), refused in strict mode or with
    /// [`ReadOptions::check_declared_types`](crate::xml::ReadOptions::check_declared_types).
    #[error("type mismatch at {path}: xsi:type {sent} where {declared} was declared")]
    TypeMismatch {
        /// Slash-separated element path.
        path: String,
        /// The declared type's local name.
        declared: String,
        /// The local name of the `xsi:type` sent.
        sent: String,
    },
    /// Following `href` references would decode more than the budget allows
    /// ([`ReadOptions::max_ref_expansion`](crate::xml::ReadOptions::max_ref_expansion)): a
    /// document whose references repeat a large element many times.
    #[error(
        "href references at {path} would decode {total} bytes, over the budget of {budget} bytes \
         (ReadOptions::max_ref_expansion times the document's size)"
    )]
    RefBudgetExceeded {
        /// Path of the reference that went over, with the id it points at.
        path: String,
        /// The budget in bytes.
        budget: u64,
        /// What the references followed would have cost with this one.
        total: u64,
    },
    /// The response is not the one the operation expects: another operation's response
    /// element, or an empty Body.
    #[error("expected <{expected}> in the response Body, found {found}")]
    WrongResponse {
        /// The response element the operation expects.
        expected: String,
        /// What came instead (`<name>` or "nothing").
        found: String,
    },
    /// The response lacks a part its WSDL message declares.
    #[error("the response <{response}> has no <{part}> part")]
    MissingPart {
        /// The response element (or `Body` for a document-style message).
        response: String,
        /// The local name of the missing part.
        part: String,
    },
}

/// Why a value could not be written as XML (a request, or a response on the server side).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot encode {path}: character {} at position {position} is not allowed in XML 1.0", char_name(*.character))]
pub struct EncodeError {
    /// Slash-separated path of the element (with `@name` for an attribute), local names.
    pub path: String,
    /// The first character that XML 1.0 does not allow.
    pub character: char,
    /// Its position in the value, in characters from 0.
    pub position: usize,
}

fn char_name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// A SOAP 1.1 fault returned by the server.
#[derive(Clone, PartialEq, Eq)]
pub struct Fault {
    /// `faultcode`, e.g. `SOAP-ENV:Server`.
    pub code: String,
    /// `faultstring`, the human-readable text.
    pub string: String,
    /// The text of `detail` (TestTrack puts a numeric code there), if any.
    pub detail: Option<String>,
}

impl Fault {
    /// A fault with the given code, text and detail.
    pub fn new(code: impl Into<String>, string: impl Into<String>, detail: Option<String>) -> Self {
        Fault { code: code.into(), string: string.into(), detail }
    }

    /// A `SOAP-ENV:Server` fault carrying a TestTrack detail code.
    pub fn server(string: impl Into<String>, detail_code: i64) -> Self {
        Fault::new("SOAP-ENV:Server", string, Some(detail_code.to_string()))
    }

    /// A `SOAP-ENV:Client` fault (the request itself is wrong).
    pub fn client(string: impl Into<String>) -> Self {
        Fault::new("SOAP-ENV:Client", string, None)
    }

    /// The numeric TestTrack code in `detail`, if it holds one.
    pub fn detail_code(&self) -> Option<i64> {
        self.detail.as_deref().and_then(|d| d.trim().parse().ok())
    }

    /// True for gSOAP's answer to a method it does not have: a `Client` fault "Method
    /// 'getTTVersionInfo' not implemented: method name or namespace not recognized".
    pub fn is_unknown_method(&self) -> bool {
        let text = self.string.to_ascii_lowercase();
        self.kind() == FaultKind::Unclassified
            && self.code.ends_with("Client")
            && (text.contains("not implemented") || text.contains("not recognized"))
    }

    /// True when this is gSOAP's unknown-method fault ([`Fault::is_unknown_method`]) naming
    /// `operation`.
    pub fn is_unknown_operation(&self, operation: &str) -> bool {
        self.is_unknown_method() && self.string.contains(operation)
    }

    /// What the fault means, from its detail code and text.
    pub fn kind(&self) -> FaultKind {
        FaultKind::classify(self.detail_code(), &self.string)
    }
}

impl fmt::Debug for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fault")
            .field("code", &self.code)
            .field("string", &self.string)
            .field("detail", &self.detail)
            .field("kind", &self.kind())
            .finish()
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.string.trim())?;
        if let Some(d) = &self.detail {
            write!(f, " (detail {})", d.trim())?;
        }
        Ok(())
    }
}

/// TestTrack's fault detail codes, as far as they are known (QUIRKS.md section D).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FaultKind {
    /// 0: unknown error.
    UnknownError,
    /// 1: invalid database / project.
    InvalidDatabase,
    /// 2: a required parameter is missing.
    MissingParameter,
    /// 5: the user's security group does not allow this.
    NotAllowed,
    /// 6: no such record.
    NotFound,
    /// 7: save or cancel without an edit lock ("Edit record not found").
    EditRecordNotFound,
    /// 8: user already logged in.
    AlreadyLoggedIn,
    /// 11: invalid parameter.
    InvalidParameter,
    /// 12: database error.
    DatabaseError,
    /// 13: maximum concurrent users reached.
    MaxConcurrentUsers,
    /// 16: general error.
    GeneralError,
    /// 17 or "Session Dropped.": the cookie is unknown or expired.
    SessionDropped,
    /// 19: no license found.
    NoLicense,
    /// 21: license in use.
    LicenseInUse,
    /// 22: the record is locked by another user.
    RecordLocked,
    /// 23: data validation error.
    ValidationError,
    /// 72: too many SOAP users.
    TooManySoapUsers,
    /// 74: more than one record matched.
    MultipleRecordsFound,
    /// 77: no such table.
    InvalidTable,
    /// 86: duplicate name.
    DuplicateName,
    /// 108: inactive user.
    InactiveUser,
    /// 148: password change required.
    PasswordChangeRequired,
    /// 237: workflow not defined.
    WorkflowNotDefined,
    /// "Session busy with prior request": overlapping calls on one cookie.
    SessionBusy,
    /// Another detail code; the number is kept.
    Other(i64),
    /// No numeric detail and no recognised text.
    Unclassified,
}

impl FaultKind {
    /// Classifies a fault by its detail code, falling back to well-known fault strings.
    pub fn classify(code: Option<i64>, text: &str) -> FaultKind {
        let text = text.trim();
        if text.eq_ignore_ascii_case("Session Dropped.") || text.eq_ignore_ascii_case("Session Dropped") {
            return FaultKind::SessionDropped;
        }
        if text.starts_with("Session busy") {
            return FaultKind::SessionBusy;
        }
        match code {
            Some(0) => FaultKind::UnknownError,
            Some(1) => FaultKind::InvalidDatabase,
            Some(2) => FaultKind::MissingParameter,
            Some(5) => FaultKind::NotAllowed,
            Some(6) => FaultKind::NotFound,
            Some(7) => FaultKind::EditRecordNotFound,
            Some(8) => FaultKind::AlreadyLoggedIn,
            Some(11) => FaultKind::InvalidParameter,
            Some(12) => FaultKind::DatabaseError,
            Some(13) => FaultKind::MaxConcurrentUsers,
            Some(16) => FaultKind::GeneralError,
            Some(17) => FaultKind::SessionDropped,
            Some(19) => FaultKind::NoLicense,
            Some(21) => FaultKind::LicenseInUse,
            Some(22) => FaultKind::RecordLocked,
            Some(23) => FaultKind::ValidationError,
            Some(72) => FaultKind::TooManySoapUsers,
            Some(74) => FaultKind::MultipleRecordsFound,
            Some(77) => FaultKind::InvalidTable,
            Some(86) => FaultKind::DuplicateName,
            Some(108) => FaultKind::InactiveUser,
            Some(148) => FaultKind::PasswordChangeRequired,
            Some(237) => FaultKind::WorkflowNotDefined,
            Some(n) => FaultKind::Other(n),
            None => FaultKind::Unclassified,
        }
    }
}

/// Everything a SOAP call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server could not be reached (DNS, refused, TLS handshake, reset).
    #[error("cannot connect to {endpoint}: {message}")]
    Connect {
        /// The endpoint URL (never carries credentials), query values masked.
        endpoint: String,
        /// What failed.
        message: String,
    },
    /// The server's TLS certificate was refused (unknown or self-signed issuer, expired, made
    /// out for another host, ...); the message says what is wrong and what to do. Not
    /// retried: it will not change by itself.
    #[error("the TLS certificate of {endpoint} was refused: {problem}")]
    Tls {
        /// The endpoint URL, query values masked.
        endpoint: String,
        /// What is wrong with the certificate.
        problem: crate::tls::CertProblem,
    },
    /// The server did not answer in time.
    #[error("timed out talking to {endpoint}: {message}")]
    Timeout {
        /// The endpoint URL, query values masked.
        endpoint: String,
        /// Which timeout fired.
        message: String,
    },
    /// An HTTP status that does not carry a SOAP response (an IIS or Apache error page).
    #[error("HTTP {status} from {endpoint}: {body_start}")]
    Http {
        /// The HTTP status code.
        status: u16,
        /// The endpoint URL, query values masked.
        endpoint: String,
        /// The first bytes of the body, as text, for diagnosis.
        body_start: String,
    },
    /// A response larger than the configured limit.
    #[error("response larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit that was exceeded.
        limit: u64,
    },
    /// A response that could not be decoded.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A SOAP fault from the server.
    #[error("SOAP fault: {0}")]
    Fault(Fault),
    /// The endpoint URL or another setting is not usable.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The edit lock was released or lost before the guard could save.
    #[error("the edit lock on {entity} {record_id} is no longer held: {reason}")]
    LockLost {
        /// The entity ("Defect", ...).
        entity: &'static str,
        /// The record id.
        record_id: i64,
        /// Why the lock is gone.
        reason: String,
    },
    /// A `result` code other than 0 from a save/delete/cancel operation.
    #[error("{operation} returned result code {code}")]
    ResultCode {
        /// The operation name.
        operation: &'static str,
        /// The code returned.
        code: i64,
    },
    /// An HTTP 500 whose SOAP envelope holds no Fault: the server failed, but did not say
    /// how, so the call cannot be taken as done.
    #[error("HTTP {status} from {endpoint} without a SOAP Fault (the Body holds {found})")]
    FaultMissing {
        /// The HTTP status code.
        status: u16,
        /// The endpoint URL, query values masked.
        endpoint: String,
        /// What the Body held instead (`<name>` or "nothing").
        found: String,
    },
    /// A value that cannot be written as XML; nothing was sent.
    #[error(transparent)]
    Encode(#[from] EncodeError),
    /// The entity's record id was changed while its edit lock was held: the save would write
    /// to another record (or fail without releasing the lock). Nothing was saved; the lock on
    /// the record that was locked has been cancelled.
    #[error("the {entity} locked for editing is {locked}, but the entity to save is {found}; nothing was saved")]
    RecordIdChanged {
        /// The entity ("Defect", ...).
        entity: &'static str,
        /// The record id the lock is on.
        locked: i64,
        /// The record id the entity carried at save time.
        found: i64,
    },
    /// A call that may have taken or kept an edit lock failed, and releasing the lock
    /// (`cancelSaveX`) failed too: the lock may still be held until it expires or the session
    /// logs off.
    #[error("{error}; the edit lock on {entity} {} may still be held: {release}", record_label(*.record_id))]
    LockMayBeHeld {
        /// The entity ("Defect", ...).
        entity: &'static str,
        /// The record id, when it is known.
        record_id: Option<i64>,
        /// The error of the call itself.
        error: Box<Error>,
        /// Why the lock could not be released.
        release: String,
    },
    /// The server does not have the operation called: gSOAP's `Client` fault "Method '…' not
    /// implemented: method name or namespace not recognized" for the operation sent. Bindings
    /// newer than the server (`ttsoap-codegen diff OLD NEW` lists what differs).
    #[error("the server has no operation {operation} ({server})")]
    UnknownOperation {
        /// The operation sent (`getTTVersionInfo`).
        operation: String,
        /// What is known about the server: its endpoint, and through a
        /// [`Session`](crate::Session) its version too.
        server: String,
    },
}

fn record_label(id: Option<i64>) -> String {
    id.map_or_else(|| "(record id unknown)".to_string(), |i| i.to_string())
}

impl Error {
    /// The fault, when this error is a SOAP fault.
    pub fn fault(&self) -> Option<&Fault> {
        match self {
            Error::Fault(f) => Some(f),
            _ => None,
        }
    }

    /// The fault kind, when this error is a SOAP fault.
    pub fn fault_kind(&self) -> Option<FaultKind> {
        self.fault().map(Fault::kind)
    }

    /// True for a `Session Dropped.` fault (detail 17).
    pub fn is_session_dropped(&self) -> bool {
        self.fault_kind() == Some(FaultKind::SessionDropped)
    }

    /// True when the record is locked by someone else (detail 22).
    pub fn is_record_locked(&self) -> bool {
        self.fault_kind() == Some(FaultKind::RecordLocked)
    }

    /// True when the server does not have the operation called ([`Error::UnknownOperation`]).
    pub fn is_unknown_operation(&self) -> bool {
        matches!(self, Error::UnknownOperation { .. })
    }

    /// True when the record does not exist (detail 6).
    pub fn is_not_found(&self) -> bool {
        self.fault_kind() == Some(FaultKind::NotFound)
    }

    /// This error with every secret in `secrets` (a request's password and cookie, see
    /// [`crate::trace::secret_values`]) cut out of its text, as [`crate::trace::redact`]
    /// does: for a server that quotes the request back in a fault or an error page.
    pub fn redact(self, secrets: &[String]) -> Error {
        if secrets.is_empty() {
            return self;
        }
        let r = |s: String| match crate::trace::redact(&s, secrets) {
            std::borrow::Cow::Borrowed(_) => s,
            std::borrow::Cow::Owned(o) => o,
        };
        match self {
            Error::Connect { endpoint, message } => Error::Connect { endpoint, message: r(message) },
            Error::Timeout { endpoint, message } => Error::Timeout { endpoint, message: r(message) },
            Error::Http { status, endpoint, body_start } => Error::Http { status, endpoint, body_start: r(body_start) },
            Error::Decode(d) => Error::Decode(match d {
                DecodeError::Malformed { offset, message } => DecodeError::Malformed { offset, message: r(message) },
                DecodeError::Unexpected { path, message } => DecodeError::Unexpected { path, message: r(message) },
                DecodeError::InvalidValue { path, message } => DecodeError::InvalidValue { path, message: r(message) },
                DecodeError::WrongResponse { expected, found } => {
                    DecodeError::WrongResponse { expected, found: r(found) }
                }
                other @ (DecodeError::RefBudgetExceeded { .. }
                | DecodeError::MissingPart { .. }
                | DecodeError::TypeMismatch { .. }) => other,
            }),
            Error::Fault(f) => Error::Fault(Fault { code: r(f.code), string: r(f.string), detail: f.detail.map(r) }),
            Error::Config(m) => Error::Config(r(m)),
            Error::LockLost { entity, record_id, reason } => Error::LockLost { entity, record_id, reason: r(reason) },
            Error::FaultMissing { status, endpoint, found } => {
                Error::FaultMissing { status, endpoint, found: r(found) }
            }
            Error::LockMayBeHeld { entity, record_id, error, release } => {
                Error::LockMayBeHeld { entity, record_id, error: Box::new(error.redact(secrets)), release: r(release) }
            }
            other @ (Error::TooLarge { .. }
            | Error::Tls { .. }
            | Error::ResultCode { .. }
            | Error::Encode(_)
            | Error::RecordIdChanged { .. }
            | Error::UnknownOperation { .. }) => other,
        }
    }
}

impl From<Fault> for Error {
    fn from(f: Fault) -> Self {
        Error::Fault(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_known_codes_and_texts() {
        assert_eq!(Fault::server("Session Dropped.", 17).kind(), FaultKind::SessionDropped);
        assert_eq!(Fault::new("SOAP-ENV:Server", "Session Dropped.", None).kind(), FaultKind::SessionDropped);
        assert_eq!(Fault::server("locked", 22).kind(), FaultKind::RecordLocked);
        assert_eq!(Fault::new("x", "y", Some(" 22 ".into())).kind(), FaultKind::RecordLocked);
        assert_eq!(Fault::server("x", 6).kind(), FaultKind::NotFound);
        assert_eq!(Fault::server("x", 7).kind(), FaultKind::EditRecordNotFound);
        assert_eq!(Fault::server("x", 72).kind(), FaultKind::TooManySoapUsers);
        assert_eq!(Fault::server("x", 9999).kind(), FaultKind::Other(9999));
        assert_eq!(Fault::new("x", "y", Some("text".into())).kind(), FaultKind::Unclassified);
        assert_eq!(Fault::client("Session busy with prior request").kind(), FaultKind::SessionBusy);
    }

    #[test]
    fn recognises_gsoaps_unknown_method_fault_for_the_operation_sent() {
        let f = Fault::client("Method 'getTTVersionInfo' not implemented: method name or namespace not recognized");
        assert!(f.is_unknown_method());
        assert!(f.is_unknown_operation("getTTVersionInfo"));
        assert!(!f.is_unknown_operation("getDefect"), "another operation's name");
        assert!(!Fault::client("Validation constraint violation: tag name").is_unknown_method());
        assert!(!Fault::server("not implemented", 9001).is_unknown_method(), "a TestTrack fault with a code");
        assert!(!crate::server::not_implemented("getX").is_unknown_method(), "a known operation not served");
        let e = Error::UnknownOperation { operation: "getTTVersionInfo".into(), server: "at http://h/x".into() };
        assert_eq!(e.to_string(), "the server has no operation getTTVersionInfo (at http://h/x)");
        assert!(e.is_unknown_operation() && e.fault().is_none());
        assert_eq!(
            e.redact(&["secret".into()]).to_string(),
            "the server has no operation getTTVersionInfo (at http://h/x)"
        );
    }

    #[test]
    fn display_names_code_and_detail() {
        let f = Fault::server("Record locked", 22);
        assert_eq!(f.to_string(), "SOAP-ENV:Server: Record locked (detail 22)");
    }
}
