//! Which failures leave it open whether a call changed data.
//!
//! A SOAP fault is the server's verdict: the call did not happen (or happened, for the few
//! faults that say so). A lost connection, a timeout, an HTTP error page, an answer that
//! cannot be read or "Session busy with prior request" say nothing: a data-changing call may
//! or may not have reached the server. Callers reconcile those by reading the state again
//! before doing the call a second time, never by repeating it blindly. Counting a failure as
//! ambiguous only costs a read, so doubtful cases (a lost edit lock after a failed save) count.

use ttsoap::FaultKind;

use crate::error::Error;

/// True when `e` does not tell whether the call reached the server (no fault, or a busy
/// session).
pub fn is_ambiguous(e: &ttsoap::Error) -> bool {
    match e.fault_kind() {
        None => match e {
            ttsoap::Error::LockMayBeHeld { error, .. } => is_ambiguous(error),
            ttsoap::Error::Config(_)
            | ttsoap::Error::Encode(_)
            | ttsoap::Error::UnknownOperation { .. }
            | ttsoap::Error::RecordIdChanged { .. }
            | ttsoap::Error::ResultCode { .. } => false,
            // A save whose answer was lost, after which the lock was gone: the save may well
            // have happened.
            ttsoap::Error::LockLost { .. } => true,
            _ => true,
        },
        Some(k) => matches!(k, FaultKind::SessionBusy),
    }
}

/// [`is_ambiguous`] for the record layer's errors.
pub fn is_ambiguous_error(e: &Error) -> bool {
    match e {
        Error::Soap(s) => is_ambiguous(s),
        _ => false,
    }
}

/// Runs a call that only reads, again after an ambiguous failure (up to `times` more, waiting
/// 100 ms, then 200 ms, ...): repeating a read is always safe. Returns the result and how
/// many times it was repeated.
pub fn read_again<T>(times: u32, mut f: impl FnMut() -> crate::Result<T>) -> (crate::Result<T>, u32) {
    let mut n = 0;
    loop {
        match f() {
            Err(e) if n < times && is_ambiguous_error(&e) => {
                log::debug!("reading again after: {e}");
                std::thread::sleep(std::time::Duration::from_millis(100) * 2u32.saturating_pow(n));
                n += 1;
            }
            r => return (r, n),
        }
    }
}
