//! The faults the emulator answers, with TestTrack's detail codes (QUIRKS.md section D).
//!
//! Every fault is `SOAP-ENV:Server` with the numeric code as plain text in `detail`, as the
//! real server writes it, except request-decoding failures and unknown operations, which gSOAP
//! answers as `SOAP-ENV:Client` faults without a detail.

use ttsoap::Fault;

/// Detail codes used by the emulator.
pub mod codes {
    /// Unknown error: only answered if the emulator itself fails (a bug caught by the
    /// handler's safety net).
    pub const UNKNOWN_ERROR: i64 = 0;
    /// Unknown project (database) at logon, or a project the user may not open.
    pub const INVALID_DATABASE: i64 = 1;
    /// A required parameter is missing or empty.
    pub const MISSING_PARAMETER: i64 = 2;
    /// Security: bad credentials, no "Allow Login Via SOAP" right, no License Server rights,
    /// or an operation the rules forbid.
    pub const NOT_ALLOWED: i64 = 5;
    /// No such record (also: no such saved filter).
    pub const RECORD_NOT_FOUND: i64 = 6;
    /// Save or cancel without holding the edit lock.
    pub const EDIT_RECORD_NOT_FOUND: i64 = 7;
    /// Invalid parameter: an unknown column or field, a malformed query, a bad value.
    pub const INVALID_PARAMETER: i64 = 11;
    /// "Session busy with prior request" (the real server's number for it is not known).
    pub const SESSION_BUSY: i64 = 16;
    /// "Session Dropped.": the cookie is unknown, logged off or idle for too long.
    pub const SESSION_DROPPED: i64 = 17;
    /// The record is locked by another session's edit.
    pub const RECORD_LOCKED: i64 = 22;
    /// Data validation error (a value that is not allowed, an event not valid in the state).
    pub const VALIDATION: i64 = 23;
    /// The maximum number of SOAP sessions is reached.
    pub const MAX_SOAP_USERS: i64 = 72;
    /// A lookup by summary or name matched more than one record.
    pub const MULTIPLE_RECORDS: i64 = 74;
    /// Unknown table name.
    pub const INVALID_TABLE: i64 = 77;
    /// A name that must be unique is taken.
    pub const DUPLICATE_NAME: i64 = 86;
    /// The user is inactive.
    pub const INACTIVE_USER: i64 = 108;
    /// An event name the table's workflow does not define.
    pub const WORKFLOW_NOT_DEFINED: i64 = 237;
    /// The operation is not supported by the emulator: the emulator's own code, outside the
    /// real server's range, so that a client can tell the emulator's gap from a server fault.
    pub const NOT_SUPPORTED: i64 = 9001;
}

/// Every detail code the emulator can answer, for documentation and tests.
pub const ALL_CODES: &[i64] = &[
    codes::UNKNOWN_ERROR,
    codes::INVALID_DATABASE,
    codes::MISSING_PARAMETER,
    codes::NOT_ALLOWED,
    codes::RECORD_NOT_FOUND,
    codes::EDIT_RECORD_NOT_FOUND,
    codes::INVALID_PARAMETER,
    codes::SESSION_BUSY,
    codes::SESSION_DROPPED,
    codes::RECORD_LOCKED,
    codes::VALIDATION,
    codes::MAX_SOAP_USERS,
    codes::MULTIPLE_RECORDS,
    codes::INVALID_TABLE,
    codes::DUPLICATE_NAME,
    codes::INACTIVE_USER,
    codes::WORKFLOW_NOT_DEFINED,
    codes::NOT_SUPPORTED,
];

/// `Session Dropped.` (17).
pub fn session_dropped() -> Fault {
    Fault::server("Session Dropped.", codes::SESSION_DROPPED)
}

/// `Session busy with prior request` (16).
pub fn session_busy() -> Fault {
    Fault::server("Session busy with prior request", codes::SESSION_BUSY)
}

/// The record does not exist (6), in the real server's words.
pub fn not_found() -> Fault {
    Fault::server("The specified record does not exist in the database.", codes::RECORD_NOT_FOUND)
}

/// A fault with a detail code and text.
pub fn fault(code: i64, text: impl Into<String>) -> Fault {
    Fault::server(text, code)
}

/// Unknown table (77).
pub fn invalid_table(name: &str) -> Fault {
    Fault::server(format!("Invalid table name: '{name}'."), codes::INVALID_TABLE)
}

/// Record locked by another session (22).
pub fn record_locked() -> Fault {
    Fault::server("The record is locked: it is being edited by another user. Try again later.", codes::RECORD_LOCKED)
}

/// Save or cancel without the edit lock (7).
pub fn edit_record_not_found() -> Fault {
    Fault::server(
        "Edit record not found: the record was not retrieved for editing, or its edit lock was released or expired.",
        codes::EDIT_RECORD_NOT_FOUND,
    )
}

/// Data validation error (23).
pub fn validation(text: impl Into<String>) -> Fault {
    Fault::server(text, codes::VALIDATION)
}

/// Invalid parameter (11).
pub fn invalid_parameter(text: impl Into<String>) -> Fault {
    Fault::server(text, codes::INVALID_PARAMETER)
}

/// Missing parameter (2).
pub fn missing_parameter(name: &str) -> Fault {
    Fault::server(format!("Missing parameter: {name}."), codes::MISSING_PARAMETER)
}

/// More than one record matched (74).
pub fn multiple_records(what: &str) -> Fault {
    Fault::server(format!("Multiple records found matching {what}."), codes::MULTIPLE_RECORDS)
}

/// The License Server refuses the caller (5), in the real server's words.
pub fn license_server_clearance() -> Fault {
    Fault::server(
        "You do not have sufficient License Server security clearance to perform this function.",
        codes::NOT_ALLOWED,
    )
}

/// The fault for an operation the emulator does not support (9001).
pub fn not_supported(op: &str) -> Fault {
    Fault::server(format!("The operation {op} is not supported by the TestTrack emulator."), codes::NOT_SUPPORTED)
}
