//! Retrying calls that failed for a passing reason: [`RetryPolicy`], set on a client with
//! [`ClientBuilder::retry`](crate::ClientBuilder::retry) or [`Client::with_retry`](crate::Client::with_retry),
//! and used by every call made through it ([`Client::call`](crate::Client::call),
//! [`Session::call`](crate::Session::call), logon and logoff).
//!
//! A call is repeated only when repeating it cannot do the same work twice:
//!
//! - the connection failed **before the request was sent** (connection refused, DNS,
//!   connect timeout, a TLS handshake failure other than a certificate problem, a proxy
//!   refusing the tunnel): any operation;
//! - **HTTP 503** (a busy IIS, Apache or proxy turned the request away before the SOAP CGI
//!   ran): any operation;
//! - TestTrack's fault **"Session busy with prior request"** (the server refused the call;
//!   it did not run) and fault detail **72, too many SOAP users** (a logon refused): any
//!   operation;
//! - HTTP 502 or 504, or a connection lost or timed out after the request went out: only a
//!   **read-only** operation ([`RetryPolicy::is_read_only`]), because a data-changing one may
//!   have run on the server. Such a failure is returned to the caller, who can read the
//!   record to find out (that is what an uploader reconciles with).
//!
//! A certificate problem ([`Error::Tls`]), a fault other than the two above, a decode error
//! or a configuration error is never retried.
//!
//! Waits grow exponentially with full jitter (a random wait between zero and
//! `base_delay * 2^(retry - 1)`, capped at `max_delay`), never shorter than a `Retry-After`
//! the server sent (in seconds), and no attempt starts after the policy's total deadline (a
//! `Retry-After` beyond it ends the retries at once). Each retry logs one line at `WARN` under the target
//! `ttsoap::retry` (operation, reason, attempt, wait; never a request's content) and counts
//! in [`Client::retry_count`](crate::Client::retry_count).
//!
//! The default policy ([`RetryPolicy::default`]) makes at most 3 attempts within 30 s: a busy
//! proxy's 503 should not fail a command, and what is retried is safe by the rules above.
//! [`RetryPolicy::none`] makes one attempt.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, FaultKind};

/// The `log` target of the retry lines.
pub const LOG_TARGET: &str = "ttsoap::retry";
/// The default number of attempts (the first one included).
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
/// The default total deadline: no attempt starts later than this after the first.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
/// The default first wait (before jitter).
pub const DEFAULT_BASE_DELAY: Duration = Duration::from_millis(250);
/// The default longest wait between two attempts.
pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(5);

type ReadOnlyRule = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// When and how often a failed call is repeated; see the [module docs](self).
#[derive(Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    deadline: Duration,
    base_delay: Duration,
    max_delay: Duration,
    read_only: Option<ReadOnlyRule>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("deadline", &self.deadline)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .field("custom_read_only_rule", &self.read_only.is_some())
            .finish()
    }
}

impl Default for RetryPolicy {
    /// 3 attempts, a 30 s deadline, waits from 250 ms up to 5 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            deadline: DEFAULT_DEADLINE,
            base_delay: DEFAULT_BASE_DELAY,
            max_delay: DEFAULT_MAX_DELAY,
            read_only: None,
        }
    }
}

impl RetryPolicy {
    /// One attempt: nothing is retried.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..Self::default() }
    }

    /// The default policy with `retries` retries after the first attempt (0 = none).
    pub fn retries(retries: u32) -> Self {
        Self::default().max_attempts(retries.saturating_add(1))
    }

    /// At most `n` attempts, the first included (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// No attempt starts later than `d` after the first one started. A running attempt is
    /// bounded by the transport's timeouts, not by this.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = d;
        self
    }

    /// The first wait's upper bound; each further retry doubles it.
    pub fn base_delay(mut self, d: Duration) -> Self {
        self.base_delay = d;
        self
    }

    /// The longest wait between two attempts.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    /// Replaces the rule that says which operations only read ([`is_read_only_operation`]),
    /// e.g. for another WSDL's naming, or to treat an operation as data-changing.
    pub fn read_only_when(mut self, rule: impl Fn(&str) -> bool + Send + Sync + 'static) -> Self {
        self.read_only = Some(Arc::new(rule));
        self
    }

    /// The most attempts made, the first included.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The total deadline.
    pub fn total_deadline(&self) -> Duration {
        self.deadline
    }

    /// True when `operation` only reads, by this policy's rule.
    pub fn is_read_only(&self, operation: &str) -> bool {
        match &self.read_only {
            Some(rule) => rule(operation),
            None => is_read_only_operation(operation),
        }
    }

    /// Why a call of `operation` that failed with `error` may be repeated, or `None`.
    /// `sent` is false when the failure happened before the request left this machine.
    pub fn retry_reason(&self, operation: &str, error: &Error, sent: bool) -> Option<&'static str> {
        if matches!(error, Error::Tls { .. }) {
            return None;
        }
        if !sent && matches!(error, Error::Connect { .. } | Error::Timeout { .. }) {
            return Some("the connection failed before the request was sent");
        }
        match error {
            Error::Http { status: 503, .. } => Some("HTTP 503 (service unavailable)"),
            Error::Fault(f) => match f.kind() {
                FaultKind::SessionBusy => Some("the session was busy with a prior request"),
                FaultKind::TooManySoapUsers => Some("too many SOAP users (detail 72)"),
                _ => None,
            },
            Error::Http { status: 502 | 504, .. } if self.is_read_only(operation) => {
                Some("HTTP 502/504 from a gateway (read-only operation)")
            }
            Error::Connect { .. } | Error::Timeout { .. } if self.is_read_only(operation) => {
                Some("the connection failed (read-only operation)")
            }
            _ => None,
        }
    }

    /// The wait before retry number `retry` (1 for the first retry): a random duration
    /// between zero and `min(max_delay, base_delay * 2^(retry - 1))` ("full jitter").
    pub fn delay(&self, retry: u32) -> Duration {
        let cap = self.base_delay.saturating_mul(1u32 << retry.saturating_sub(1).min(20)).min(self.max_delay);
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// The default read-only rule, from the TestTrack operation list: an operation only reads
/// when its name starts with `get` (any case: `getDefect`, `GetLinkDefinitionValues`,
/// `getReportRunResultsByName`), `list`, `query` or `find`, or is `formattedTextSupport`.
/// Everything else changes data or server state: `add*`, `save*`, `edit*` (takes a lock),
/// `cancelSave*`, `delete*`, `generateTestRuns`, `createDefectForTestRun`, `promote*`, the
/// logons (take a licence) and `DatabaseLogoff`.
pub fn is_read_only_operation(name: &str) -> bool {
    let l = name.to_ascii_lowercase();
    ["get", "list", "query", "find"].iter().any(|p| l.starts_with(p)) || l == "formattedtextsupport"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Fault;

    fn http(status: u16) -> Error {
        Error::Http { status, endpoint: "http://h/".into(), body_start: String::new() }
    }

    fn connect() -> Error {
        Error::Connect { endpoint: "http://h/".into(), message: "reset".into() }
    }

    #[test]
    fn read_only_rule_follows_the_operation_list() {
        for op in ["getDefect", "GetLinkDefinitionValues", "getRecordListForTable", "formattedTextSupport"] {
            assert!(is_read_only_operation(op), "{op}");
        }
        for op in ["addDefect", "saveDefect", "editDefect", "cancelSaveDefect", "generateTestRuns", "ProjectLogon"] {
            assert!(!is_read_only_operation(op), "{op}");
        }
        let p = RetryPolicy::default().read_only_when(|op| op == "addDefect");
        assert!(p.is_read_only("addDefect") && !p.is_read_only("getDefect"));
    }

    #[test]
    fn only_safe_failures_are_retried() {
        let p = RetryPolicy::default();
        assert!(p.retry_reason("addDefect", &connect(), false).is_some());
        assert!(p.retry_reason("addDefect", &connect(), true).is_none());
        assert!(p.retry_reason("getDefect", &connect(), true).is_some());
        assert!(p.retry_reason("addDefect", &http(503), true).is_some());
        assert!(p.retry_reason("addDefect", &http(502), true).is_none());
        assert!(p.retry_reason("getDefect", &http(504), true).is_some());
        assert!(p.retry_reason("getDefect", &http(500), true).is_none());
        let busy = Error::Fault(Fault::server("Session busy with prior request", 0));
        assert!(p.retry_reason("saveDefect", &busy, true).is_some());
        let many = Error::Fault(Fault::server("Too many SOAP users", 72));
        assert!(p.retry_reason("ProjectLogon", &many, true).is_some());
        let locked = Error::Fault(Fault::server("locked", 22));
        assert!(p.retry_reason("editDefect", &locked, true).is_none());
    }

    #[test]
    fn delays_stay_under_the_exponential_cap() {
        let p = RetryPolicy::default().base_delay(Duration::from_millis(100)).max_delay(Duration::from_millis(300));
        for _ in 0..200 {
            assert!(p.delay(1) <= Duration::from_millis(100));
            assert!(p.delay(2) <= Duration::from_millis(200));
            assert!(p.delay(30) <= Duration::from_millis(300));
        }
        assert_eq!(RetryPolicy::none().attempts(), 1);
        assert_eq!(RetryPolicy::retries(4).attempts(), 5);
    }
}
