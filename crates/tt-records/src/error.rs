//! [`Error`]: everything the record layer can fail with, in variants a program can match.

use ttsoap::{Fault, FaultKind};

/// Joins names for a message, shortening very long lists.
pub(crate) fn list(names: &[String]) -> String {
    const MAX: usize = 40;
    if names.is_empty() {
        return "none".to_string();
    }
    if names.len() <= MAX {
        return names.join(", ");
    }
    format!("{}, … ({} more)", names[..MAX].join(", "), names.len() - MAX)
}

/// An error of the record layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The table is not one the server lists for this project.
    #[error("unknown table '{name}' (tables: {})", list(.known))]
    UnknownTable {
        /// The name asked for.
        name: String,
        /// The tables `getTableList` reports.
        known: Vec<String>,
    },
    /// The table exists, but this operation is not available for it.
    #[error("{operation} is not supported for the table '{table}'")]
    Unsupported {
        /// The table.
        table: String,
        /// What was attempted.
        operation: String,
    },
    /// No field (standard or custom) of that display or XML name.
    #[error("unknown field '{name}' (fields: {})", list(.known))]
    UnknownField {
        /// The name asked for.
        name: String,
        /// The fields that exist.
        known: Vec<String>,
    },
    /// The field cannot be set (server-owned, or changed only through workflow events).
    #[error("the field '{field}' is read-only{}", hint.as_deref().map(|h| format!(" ({h})")).unwrap_or_default())]
    ReadOnly {
        /// The field.
        field: String,
        /// How it can be changed, if at all.
        hint: Option<String>,
    },
    /// A value that does not fit the field's type.
    #[error("invalid value '{value}' for {field}: expected {expected}")]
    InvalidValue {
        /// The field.
        field: String,
        /// The value given.
        value: String,
        /// What the field takes.
        expected: String,
    },
    /// A dropdown (or multi-select) value that is not in the field's list.
    #[error("'{value}' is not an allowed value for {field} (allowed: {})", list(.allowed))]
    NotAllowedValue {
        /// The field.
        field: String,
        /// The value given.
        value: String,
        /// The values the list allows.
        allowed: Vec<String>,
    },
    /// The table's workflow has no event of that name.
    #[error("the workflow of {table} has no event '{event}' (events: {})", list(.known))]
    UnknownEvent {
        /// The table.
        table: String,
        /// The event asked for.
        event: String,
        /// The events `getEventDefinitionList` reports.
        known: Vec<String>,
    },
    /// The event is not allowed in the record's current state.
    #[error(
        "the event '{event}' is not allowed in the state '{state}' ({}: {}){}",
        if *rules_known { "allowed" } else { "the server does not say which events each state allows; defined events" },
        list(.allowed),
        detail.as_deref().map(|d| format!("; server: {d}")).unwrap_or_default()
    )]
    EventNotAllowed {
        /// The event.
        event: String,
        /// The record's state.
        state: String,
        /// The events allowed in that state when the rules are known (`rules_known`);
        /// otherwise the other events the table defines.
        allowed: Vec<String>,
        /// True when `allowed` comes from state rules (see `Tracker::set_state_rules`).
        rules_known: bool,
        /// The server's refusal, when it was the server that refused.
        detail: Option<String>,
    },
    /// Another user holds the edit lock on the record (TestTrack detail 22).
    #[error("{table} {record} is locked by another user (detail 22)")]
    Locked {
        /// The table.
        table: String,
        /// The record, as asked for (`5` or `id:1001`).
        record: String,
    },
    /// No such record (TestTrack detail 6), or no such attachment.
    #[error("{table} {record} not found{}", if *from_server { " (detail 6)" } else { "" })]
    NotFound {
        /// The table.
        table: String,
        /// The record (or attachment) asked for.
        record: String,
        /// True when the server said so (detail 6).
        from_server: bool,
    },
    /// The server refused the change (validation, detail 23, or another fault).
    #[error("the server rejected the change to {table} {record}: {fault}")]
    Rejected {
        /// The table.
        table: String,
        /// The record.
        record: String,
        /// The server's fault.
        fault: Fault,
    },
    /// A query or filter problem found before calling the server.
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    /// Any other SOAP-level error (connection, timeout, fault, decoding).
    #[error(transparent)]
    Soap(#[from] ttsoap::Error),
}

impl Error {
    /// The TestTrack fault detail code behind this error, if any.
    pub fn detail_code(&self) -> Option<i64> {
        match self {
            Error::Locked { .. } => Some(22),
            Error::NotFound { from_server: true, .. } => Some(6),
            Error::Rejected { fault, .. } => fault.detail_code(),
            Error::Soap(e) => e.fault().and_then(Fault::detail_code),
            _ => None,
        }
    }

    /// True for errors that mean the server could not be reached or did not answer.
    pub fn is_connection(&self) -> bool {
        matches!(
            self,
            Error::Soap(ttsoap::Error::Connect { .. } | ttsoap::Error::Timeout { .. } | ttsoap::Error::Http { .. })
        )
    }

    /// True when another user holds the record's lock.
    pub fn is_locked(&self) -> bool {
        matches!(self, Error::Locked { .. })
    }

    /// True when the record does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound { .. })
    }
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Maps a SOAP error from an operation on one record to the matching variant.
pub(crate) fn record_error(e: ttsoap::Error, table: &str, record: &str) -> Error {
    match e.fault_kind() {
        Some(FaultKind::RecordLocked) => Error::Locked { table: table.into(), record: record.into() },
        Some(FaultKind::NotFound) => Error::NotFound { table: table.into(), record: record.into(), from_server: true },
        Some(FaultKind::ValidationError | FaultKind::InvalidParameter | FaultKind::WorkflowNotDefined) => match e {
            ttsoap::Error::Fault(fault) => Error::Rejected { table: table.into(), record: record.into(), fault },
            other => Error::Soap(other),
        },
        _ => Error::Soap(e),
    }
}
