//! Exit codes (the table is `help-exit-codes.txt`, shown by `tt --help`) and the mapping of
//! errors to them.

use std::io;

use crate::config::Usage;

/// Exit codes.
pub mod code {
    /// Success.
    pub const OK: u8 = 0;
    /// Any other error.
    pub const ERROR: u8 = 1;
    /// Usage or configuration.
    pub const USAGE: u8 = 2;
    /// Authentication refused.
    pub const AUTH: u8 = 3;
    /// Transient: the server is not reachable or busy; retry later.
    pub const TRANSIENT: u8 = 4;
    /// Table, record, filter or attachment not found.
    pub const NOT_FOUND: u8 = 5;
    /// Record locked by another user.
    pub const LOCKED: u8 = 6;
    /// Invalid field, value or event, or a rejected change.
    pub const INVALID: u8 = 7;
    /// `results upload`: some results could not be recorded (listed on stderr).
    pub const INCOMPLETE: u8 = 8;
    /// Interrupted (Ctrl-C).
    pub const INTERRUPTED: i32 = 130;
}

/// A logon failure (classified as authentication unless it is transient).
#[derive(Debug)]
pub struct LogonFailed(pub ttsoap::Error);

impl std::fmt::Display for LogonFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "logon failed: {}", self.0)
    }
}

impl std::error::Error for LogonFailed {}

/// An error of the records layer with a hint appended (the hint is part of the message; the
/// exit code is the error's).
#[derive(Debug)]
pub struct Hinted {
    /// The error.
    pub error: tt_records::Error,
    /// What to do about it.
    pub hint: String,
}

impl std::fmt::Display for Hinted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.error, self.hint)
    }
}

impl std::error::Error for Hinted {}

fn soap_code(e: &ttsoap::Error) -> u8 {
    use ttsoap::FaultKind as K;
    match e {
        ttsoap::Error::Connect { .. } | ttsoap::Error::Timeout { .. } | ttsoap::Error::Http { .. } => code::TRANSIENT,
        // A refused certificate is fixed by configuration (--ca-bundle), not by waiting.
        ttsoap::Error::Tls { .. } => code::USAGE,
        _ => match e.fault_kind() {
            Some(K::TooManySoapUsers | K::MaxConcurrentUsers | K::LicenseInUse | K::SessionBusy) => code::TRANSIENT,
            Some(K::RecordLocked) => code::LOCKED,
            Some(K::NotFound | K::InvalidTable) => code::NOT_FOUND,
            Some(K::ValidationError | K::InvalidParameter) => code::INVALID,
            _ => code::ERROR,
        },
    }
}

fn records_code(r: &tt_records::Error) -> u8 {
    use tt_records::Error as E;
    match r {
        E::Locked { .. } => code::LOCKED,
        E::NotFound { .. } | E::UnknownTable { .. } => code::NOT_FOUND,
        E::Soap(s) => soap_code(s),
        E::UnknownField { .. }
        | E::ReadOnly { .. }
        | E::InvalidValue { .. }
        | E::NotAllowedValue { .. }
        | E::UnknownEvent { .. }
        | E::EventNotAllowed { .. }
        | E::Rejected { .. }
        | E::InvalidQuery(_)
        | E::Unsupported { .. } => code::INVALID,
        _ => code::ERROR,
    }
}

/// True when `e` comes from writing to a pipe whose reader has gone (`tt … | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

/// The exit code for `e`: the first cause in its chain that has one decides.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    for cause in e.chain() {
        if cause.downcast_ref::<crate::commands::results::Incomplete>().is_some() {
            return code::INCOMPLETE;
        }
        if cause.downcast_ref::<Usage>().is_some() {
            return code::USAGE;
        }
        if let Some(LogonFailed(s)) = cause.downcast_ref::<LogonFailed>() {
            return match soap_code(s) {
                c @ (code::TRANSIENT | code::USAGE) => c,
                _ => code::AUTH,
            };
        }
        if let Some(h) = cause.downcast_ref::<Hinted>() {
            return records_code(&h.error);
        }
        if let Some(r) = cause.downcast_ref::<tt_records::Error>() {
            return records_code(r);
        }
        if let Some(s) = cause.downcast_ref::<ttsoap::Error>() {
            return soap_code(s);
        }
    }
    code::ERROR
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(detail: i64) -> ttsoap::Error {
        ttsoap::Error::Fault(ttsoap::Fault::server("x", detail))
    }

    #[test]
    fn busy_servers_are_transient_even_at_logon() {
        assert_eq!(exit_code(&anyhow::Error::new(LogonFailed(fault(72)))), code::TRANSIENT);
        assert_eq!(exit_code(&anyhow::Error::new(LogonFailed(fault(5)))), code::AUTH);
        assert_eq!(exit_code(&anyhow::Error::new(fault(72))), code::TRANSIENT);
        assert_eq!(exit_code(&anyhow::Error::new(fault(77))), code::NOT_FOUND);
    }

    #[test]
    fn an_untrusted_certificate_is_a_configuration_problem() {
        let tls =
            || ttsoap::Error::Tls { endpoint: "https://h/".into(), problem: ttsoap::tls::CertProblem::UnknownIssuer };
        assert_eq!(exit_code(&anyhow::Error::new(LogonFailed(tls()))), code::USAGE);
        assert_eq!(exit_code(&anyhow::Error::new(tls())), code::USAGE);
    }

    #[test]
    fn broken_pipes_are_recognised_through_context() {
        let e = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe)).context("writing");
        assert!(is_broken_pipe(&e));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }
}
