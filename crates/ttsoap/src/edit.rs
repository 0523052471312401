//! Edit locks. TestTrack's `editX` takes a server-side lock on a record (for 15 minutes) that
//! only `saveX` or `cancelSaveX` releases. The types here make a leaked lock hard to write:
//!
//! - [`EditGuard`] derefs to the entity; [`EditGuard::save`] and [`EditGuard::cancel`]
//!   consume it, and dropping it without either (an early `return`, a `?`, a panic) cancels.
//!   A failed save cancels too; the error is [`Error::LockLost`] only when that cancel
//!   answers that the lock is gone (detail 7). The record id is the lock's: a guard whose
//!   entity carries another `recordid` refuses to save ([`Error::RecordIdChanged`]) and
//!   cancels the record it locked.
//! - [`begin_edit`] wraps the `editX` call: when its answer is lost after the request may
//!   have reached the server, it cancels the lock the server may have taken.
//! - [`with_edit`] runs a closure on the entity: `Ok` saves, `Err` or a panic cancels.
//! - [`try_with_edit`] and [`EditAttempt`] turn "locked by another user" (detail 22) into an
//!   outcome to check instead of an error.
//!
//! Generated code implements [`Editable`] on a marker type for each `editX`/`saveX`/
//! `cancelSaveX` triple and calls `editX` itself.
//!
//! ```no_run
//! use ttsoap::edit::{try_with_edit, with_edit, EditGuard, EditOutcome, Editable};
//! use ttsoap::{Error, Session};
//!
//! # #[derive(Default)] struct Defect { recordid: i64, summary: String }
//! struct DefectEdit; // generated
//! impl Editable for DefectEdit {
//!     type Entity = Defect;
//!     const ENTITY: &'static str = "Defect";
//!     fn record_id(d: &Defect) -> i64 { d.recordid }
//!     fn save(_s: &Session, _d: &Defect) -> Result<(), Error> { Ok(()) } // saveDefect
//!     fn cancel(_s: &Session, _id: i64) -> Result<(), Error> { Ok(()) } // cancelSaveDefect
//! }
//! # fn edit_defect(_: &Session, _: i64) -> Result<Defect, Error> { Ok(Defect::default()) }
//! # fn demo(session: &Session) -> Result<(), Error> {
//! // Guard: save explicitly; any other way out cancels the lock.
//! let mut defect = EditGuard::<DefectEdit>::new(session, edit_defect(session, 42)?);
//! defect.summary.push_str(" (triaged)");
//! defect.save()?;
//!
//! // Closure: Ok saves, Err or panic cancels.
//! let old = with_edit::<DefectEdit, _, Error>(session, |s| edit_defect(s, 42), |d| {
//!     Ok(std::mem::replace(&mut d.summary, "New summary".into()))
//! })?;
//!
//! // Someone else holding the lock is an outcome, not an error.
//! match try_with_edit::<DefectEdit, _, Error>(session, |s| edit_defect(s, 42), |d| Ok(d.recordid)) {
//!     EditOutcome::Saved(id) => println!("saved {id}"),
//!     EditOutcome::LockedElsewhere(fault) => println!("busy: {fault}"),
//!     other => return other.into_result().map(|_| ()),
//! }
//! # let _ = old; Ok(()) }
//! ```

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::error::{Error, Fault, FaultKind};
use crate::session::Session;

/// One editable entity's `saveX`/`cancelSaveX` pair. Implemented by generated code on a
/// marker type; the implementations check the `result` code themselves.
pub trait Editable {
    /// The entity type (`CDefect`).
    type Entity;
    /// The entity's name, for messages (`"Defect"`).
    const ENTITY: &'static str;
    /// The record id the lock is on.
    fn record_id(entity: &Self::Entity) -> i64;
    /// Saves the entity, which releases the lock (`saveX`).
    fn save(session: &Session, entity: &Self::Entity) -> Result<(), Error>;
    /// Releases the lock without saving (`cancelSaveX`).
    fn cancel(session: &Session, record_id: i64) -> Result<(), Error>;

    /// What `saveX` needs besides the entity, taken when the lock is obtained, before the
    /// caller changes anything: TestTrack's `saveUser` and `saveCustomer` repeat the record's
    /// original first name, middle initials and last name. Most entities need nothing.
    fn save_key(entity: &Self::Entity) -> Vec<String> {
        let _ = entity;
        Vec::new()
    }

    /// Saves with the key taken by [`save_key`](Self::save_key); by default the key is not needed.
    fn save_keyed(session: &Session, key: &[String], entity: &Self::Entity) -> Result<(), Error> {
        let _ = key;
        Self::save(session, entity)
    }
}

/// The lock half of a guard: cancels on drop while it is held.
struct Lock<'s, E: Editable> {
    session: &'s Session,
    record_id: i64,
    held: bool,
    _entity: PhantomData<fn() -> E>,
}

impl<E: Editable> Lock<'_, E> {
    /// Cancels after a failure: errors are logged, not returned.
    fn release_quietly(&mut self, why: &str) {
        self.held = false;
        let outcome = catch_unwind(AssertUnwindSafe(|| E::cancel(self.session, self.record_id)));
        match outcome {
            Ok(Ok(())) => log::debug!("released the edit lock on {} {} ({why})", E::ENTITY, self.record_id),
            Ok(Err(e)) if lock_is_gone(&e) => {
                log::debug!("the edit lock on {} {} was already gone ({why}): {e}", E::ENTITY, self.record_id)
            }
            Ok(Err(e)) => {
                log::warn!("cannot release the edit lock on {} {} ({why}): {e}", E::ENTITY, self.record_id)
            }
            Err(_) => log::warn!("releasing the edit lock on {} {} panicked ({why})", E::ENTITY, self.record_id),
        }
    }

    /// Cancels after `error` ended the edit (a failed save, a refused record id) and says
    /// what became of the lock: released, `error` is returned as is; the cancel answers
    /// "Edit record not found" (detail 7), the lock was gone before, [`Error::LockLost`]; the
    /// cancel fails otherwise, [`Error::LockMayBeHeld`].
    fn release_after(&mut self, error: Error) -> Error {
        self.held = false;
        match E::cancel(self.session, self.record_id) {
            Ok(()) => {
                log::debug!("released the edit lock on {} {} after: {error}", E::ENTITY, self.record_id);
                error
            }
            Err(Error::Fault(f)) if f.kind() == FaultKind::EditRecordNotFound => Error::LockLost {
                entity: E::ENTITY,
                record_id: self.record_id,
                reason: format!("{error}; cancelSave{}: {f}", E::ENTITY),
            },
            // The server ended the session, and its locks with it.
            Err(e) if e.is_session_dropped() => error,
            Err(e) => Error::LockMayBeHeld {
                entity: E::ENTITY,
                record_id: Some(self.record_id),
                error: Box::new(error),
                release: e.to_string(),
            },
        }
    }
}

/// True when a cancel's error shows that no lock is left to release: "Edit record not
/// found" (detail 7), or the session (and with it its locks) is gone.
fn lock_is_gone(e: &Error) -> bool {
    matches!(e.fault_kind(), Some(FaultKind::EditRecordNotFound | FaultKind::SessionDropped))
}

impl<E: Editable> Drop for Lock<'_, E> {
    fn drop(&mut self) {
        if self.held {
            let why = if std::thread::panicking() { "dropped during a panic" } else { "dropped without save" };
            self.release_quietly(why);
        }
    }
}

/// An entity whose edit lock this guard holds. Derefs to the entity. [`EditGuard::save`] or
/// [`EditGuard::cancel`] ends it; dropping it any other way cancels the lock (errors are
/// logged at `warn`, never panic).
#[must_use = "dropping the guard cancels the edit; call save() to keep the changes"]
pub struct EditGuard<'s, E: Editable> {
    entity: E::Entity,
    key: Vec<String>,
    lock: Lock<'s, E>,
}

impl<'s, E: Editable> EditGuard<'s, E> {
    /// Takes charge of the lock on `entity`, which `editX` has just returned on `session`.
    pub fn new(session: &'s Session, entity: E::Entity) -> Self {
        let record_id = E::record_id(&entity);
        let key = E::save_key(&entity);
        EditGuard { entity, key, lock: Lock { session, record_id, held: true, _entity: PhantomData } }
    }

    /// Takes the result of an `editX` call: the entity becomes [`EditAttempt::Locked`], a
    /// "record locked" fault (detail 22) becomes [`EditAttempt::LockedElsewhere`], and other
    /// errors are returned.
    pub fn try_new(session: &'s Session, edit_result: Result<E::Entity, Error>) -> Result<EditAttempt<'s, E>, Error> {
        match edit_result {
            Ok(entity) => Ok(EditAttempt::Locked(EditGuard::new(session, entity))),
            Err(Error::Fault(f)) if f.kind() == FaultKind::RecordLocked => Ok(EditAttempt::LockedElsewhere(f)),
            Err(e) => Err(e),
        }
    }

    /// The locked record's id.
    pub fn record_id(&self) -> i64 {
        self.lock.record_id
    }

    /// The session holding the lock.
    pub fn session(&self) -> &'s Session {
        self.lock.session
    }

    /// Saves the entity, which releases the lock.
    ///
    /// The record id is the lock's: an entity whose `recordid` was changed (or which was
    /// replaced by another record) is not saved; the lock is cancelled and the error is
    /// [`Error::RecordIdChanged`]. Put the id back to save.
    ///
    /// If the save fails, the lock is cancelled and the save's error returned. Only when the
    /// cancel answers "Edit record not found" (detail 7: the lock expired, was cancelled, or a
    /// save whose answer was lost released it) is the error [`Error::LockLost`]; when the
    /// cancel fails otherwise it is [`Error::LockMayBeHeld`].
    pub fn save(self) -> Result<(), Error> {
        let EditGuard { entity, key, mut lock } = self;
        let found = E::record_id(&entity);
        if found != lock.record_id {
            let refused = Error::RecordIdChanged { entity: E::ENTITY, locked: lock.record_id, found };
            return Err(lock.release_after(refused));
        }
        match E::save_keyed(lock.session, &key, &entity) {
            Ok(()) => {
                lock.held = false;
                Ok(())
            }
            Err(e) => Err(lock.release_after(e)),
        }
    }

    /// Releases the lock without saving. A lock that is already gone (detail 7) is not an
    /// error: the goal, no lock, is reached.
    pub fn cancel(self) -> Result<(), Error> {
        let EditGuard { mut lock, .. } = self;
        lock.held = false;
        match E::cancel(lock.session, lock.record_id) {
            Err(Error::Fault(f)) if f.kind() == FaultKind::EditRecordNotFound => {
                log::debug!("cancel: the edit lock on {} {} was already gone: {f}", E::ENTITY, lock.record_id);
                Ok(())
            }
            other => other,
        }
    }

    /// Returns the entity and leaves the lock held on the server, for code that saves or
    /// cancels it some other way (another process resuming the session). Until then other
    /// users cannot edit the record (for up to 15 minutes).
    pub fn leak_lock(self) -> E::Entity {
        let EditGuard { entity, mut lock, .. } = self;
        lock.held = false;
        entity
    }
}

impl<E: Editable> Deref for EditGuard<'_, E> {
    type Target = E::Entity;
    fn deref(&self) -> &E::Entity {
        &self.entity
    }
}

impl<E: Editable> DerefMut for EditGuard<'_, E> {
    fn deref_mut(&mut self) -> &mut E::Entity {
        &mut self.entity
    }
}

impl<E: Editable> fmt::Debug for EditGuard<'_, E>
where
    E::Entity: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EditGuard")
            .field("entity_type", &E::ENTITY)
            .field("record_id", &self.lock.record_id)
            .field("entity", &self.entity)
            .finish()
    }
}

/// The result of trying to take an edit lock: see [`EditGuard::try_new`].
#[must_use]
pub enum EditAttempt<'s, E: Editable> {
    /// The lock is ours.
    Locked(EditGuard<'s, E>),
    /// Another user holds the lock (detail 22).
    LockedElsewhere(Fault),
}

impl<'s, E: Editable> EditAttempt<'s, E> {
    /// True when another user holds the lock.
    pub fn lock_failed(&self) -> bool {
        matches!(self, EditAttempt::LockedElsewhere(_))
    }

    /// The guard, if the lock is ours.
    pub fn into_guard(self) -> Option<EditGuard<'s, E>> {
        match self {
            EditAttempt::Locked(g) => Some(g),
            EditAttempt::LockedElsewhere(_) => None,
        }
    }

    /// The guard, or the "record locked" fault as an error.
    pub fn into_result(self) -> Result<EditGuard<'s, E>, Error> {
        match self {
            EditAttempt::Locked(g) => Ok(g),
            EditAttempt::LockedElsewhere(f) => Err(Error::Fault(f)),
        }
    }
}

impl<E: Editable> fmt::Debug for EditAttempt<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditAttempt::Locked(g) => write!(f, "Locked({} {})", E::ENTITY, g.record_id()),
            EditAttempt::LockedElsewhere(fault) => f.debug_tuple("LockedElsewhere").field(fault).finish(),
        }
    }
}

/// Edits one record: `edit` takes the lock (calls `editX`), `f` changes the entity; `Ok`
/// saves and returns `f`'s value, `Err` cancels and returns the error, a panic cancels and
/// goes on unwinding. If the save fails the lock is cancelled and the save's error returned
/// ([`Error::LockLost`] when the lock was gone).
pub fn with_edit<E, T, Er>(
    session: &Session,
    edit: impl FnOnce(&Session) -> Result<E::Entity, Error>,
    f: impl FnOnce(&mut E::Entity) -> Result<T, Er>,
) -> Result<T, Er>
where
    E: Editable,
    Er: From<Error>,
{
    let entity = edit(session)?;
    let mut guard = EditGuard::<E>::new(session, entity);
    match f(&mut guard) {
        Ok(value) => {
            guard.save()?;
            Ok(value)
        }
        Err(e) => {
            if let Err(cancel) = guard.cancel() {
                log::warn!("cannot release the edit lock on {}: {cancel}", E::ENTITY);
            }
            Err(e)
        }
    }
}

/// `Ok` when an operation's `result` code is 0 (TestTrack's success), else
/// [`Error::ResultCode`]. Generated `save`/`cancel` implementations use it.
pub fn check_result(operation: &'static str, code: i32) -> Result<(), Error> {
    if code == 0 {
        Ok(())
    } else {
        Err(Error::ResultCode { operation, code: i64::from(code) })
    }
}

/// How [`try_with_edit`] ended.
#[must_use]
#[derive(Debug)]
pub enum EditOutcome<T, Er = Error> {
    /// The closure returned `Ok` and the entity was saved.
    Saved(T),
    /// The closure returned this error; the lock was cancelled (a failure to cancel is
    /// logged).
    Cancelled(Er),
    /// Another user holds the lock (detail 22); nothing was changed.
    LockedElsewhere(Fault),
    /// The edit call failed for another reason; no lock was taken.
    Failed(Error),
    /// The lock was taken and the closure succeeded, but saving failed; the lock was
    /// cancelled (or was already gone: [`Error::LockLost`]).
    SaveFailed(Error),
}

impl<T, Er> EditOutcome<T, Er> {
    /// True when the entity was saved.
    pub fn was_saved(&self) -> bool {
        matches!(self, EditOutcome::Saved(_))
    }

    /// True when the lock could not be had because another user holds it.
    pub fn lock_failed(&self) -> bool {
        matches!(self, EditOutcome::LockedElsewhere(_))
    }

    /// True when the lock was obtained at some point (saved, cancelled, or save failed).
    pub fn has_lock(&self) -> bool {
        matches!(self, EditOutcome::Saved(_) | EditOutcome::Cancelled(_) | EditOutcome::SaveFailed(_))
    }

    /// True when the edit ended on an error other than a lock held elsewhere: the closure
    /// failed, the edit call failed, or saving failed (python-testtrackpro's `hasErrored`).
    pub fn has_errored(&self) -> bool {
        matches!(self, EditOutcome::Cancelled(_) | EditOutcome::Failed(_) | EditOutcome::SaveFailed(_))
    }

    /// The saved value, if any.
    pub fn saved(self) -> Option<T> {
        match self {
            EditOutcome::Saved(v) => Some(v),
            _ => None,
        }
    }

    /// `Ok` for [`EditOutcome::Saved`]; every other outcome as an error (a lock held
    /// elsewhere as its [`Error::Fault`]).
    pub fn into_result(self) -> Result<T, Er>
    where
        Er: From<Error>,
    {
        match self {
            EditOutcome::Saved(v) => Ok(v),
            EditOutcome::Cancelled(e) => Err(e),
            EditOutcome::LockedElsewhere(f) => Err(Error::Fault(f).into()),
            EditOutcome::Failed(e) | EditOutcome::SaveFailed(e) => Err(e.into()),
        }
    }
}

/// Like [`with_edit`], but reports how it ended instead of failing: a lock held by another
/// user is [`EditOutcome::LockedElsewhere`] (like python-testtrackpro's
/// `ignoreEditLockError`). A panic in `f` still cancels the lock and unwinds.
pub fn try_with_edit<E, T, Er>(
    session: &Session,
    edit: impl FnOnce(&Session) -> Result<E::Entity, Error>,
    f: impl FnOnce(&mut E::Entity) -> Result<T, Er>,
) -> EditOutcome<T, Er>
where
    E: Editable,
{
    let mut guard = match EditGuard::<E>::try_new(session, edit(session)) {
        Ok(EditAttempt::Locked(g)) => g,
        Ok(EditAttempt::LockedElsewhere(f)) => return EditOutcome::LockedElsewhere(f),
        Err(e) => return EditOutcome::Failed(e),
    };
    match f(&mut guard) {
        Ok(value) => match guard.save() {
            Ok(()) => EditOutcome::Saved(value),
            Err(e) => EditOutcome::SaveFailed(e),
        },
        Err(e) => {
            if let Err(cancel) = guard.cancel() {
                log::warn!("cannot release the edit lock on {}: {cancel}", E::ENTITY);
            }
            EditOutcome::Cancelled(e)
        }
    }
}

/// Finds the record id of the record an `editX` call names (`getX` with the same arguments).
pub type FindRecordId<'a> = Box<dyn FnOnce(&Session) -> Result<i64, Error> + 'a>;

/// The record an `editX` call asks to lock, so that a lock whose answer was lost can be
/// released. Generated code picks it from the call's arguments.
pub enum EditTarget<'a> {
    /// The call names the record id (`editXByRecordID`, `editLink`).
    RecordId(i64),
    /// The call names the record some other way (number, summary, name); this finds its id
    /// (`getX` with the same arguments).
    Lookup(FindRecordId<'a>),
    /// No way to find the record id is known.
    Unknown,
}

impl fmt::Debug for EditTarget<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditTarget::RecordId(id) => f.debug_tuple("RecordId").field(id).finish(),
            EditTarget::Lookup(_) => f.write_str("Lookup(..)"),
            EditTarget::Unknown => f.write_str("Unknown"),
        }
    }
}

/// Calls `editX` (`edit`). When the call fails after the request may have reached the server
/// (an answer that cannot be decoded, is cut off, too large or late, an error page), the
/// server may have taken the lock: it is cancelled for `target` before the error is
/// returned. A fault answer ("locked by another user", detail 22; no such record) means no
/// lock was taken, and a request that was never sent (connection refused, bad URL) cannot
/// have taken one: those errors are returned at once.
///
/// If the lock cannot be released (the record id cannot be found, the cancel fails), the
/// error is [`Error::LockMayBeHeld`] wrapping the edit's error.
pub fn begin_edit<E: Editable>(
    session: &Session,
    target: EditTarget<'_>,
    edit: impl FnOnce(&Session) -> Result<E::Entity, Error>,
) -> Result<E::Entity, Error> {
    let error = match edit(session) {
        Ok(entity) => return Ok(entity),
        Err(e) => e,
    };
    if !may_have_reached_server(&error) {
        return Err(error);
    }
    let unknown = |error: Error, why: String| Error::LockMayBeHeld {
        entity: E::ENTITY,
        record_id: None,
        error: Box::new(error),
        release: why,
    };
    let record_id = match target {
        EditTarget::RecordId(id) => id,
        EditTarget::Lookup(find) => match find(session) {
            Ok(id) => id,
            // No such record, or no session: no lock can be held.
            Err(e) if e.is_not_found() || e.is_session_dropped() => return Err(error),
            Err(e) => return Err(unknown(error, format!("its record id cannot be found: {e}"))),
        },
        EditTarget::Unknown => return Err(unknown(error, "the call does not tell its record id".into())),
    };
    match E::cancel(session, record_id) {
        Ok(()) => {
            log::info!("the answer to an edit of {} {record_id} was lost ({error}); released its lock", E::ENTITY);
            Err(error)
        }
        Err(e) if lock_is_gone(&e) => {
            log::debug!("the answer to an edit of {} {record_id} was lost; no lock was held: {e}", E::ENTITY);
            Err(error)
        }
        Err(e) => Err(Error::LockMayBeHeld {
            entity: E::ENTITY,
            record_id: Some(record_id),
            error: Box::new(error),
            release: e.to_string(),
        }),
    }
}

/// False when `e` shows that the request never reached the server: a fault (the server
/// answered), a configuration error, or a connection that could not be opened (refused, DNS,
/// TLS handshake, proxy refused). Everything else (a lost, cut, undecodable or late answer,
/// an error page) may have been processed.
fn may_have_reached_server(e: &Error) -> bool {
    match e {
        Error::Fault(_) | Error::Config(_) | Error::Tls { .. } => false,
        // The messages of the failures before a request is written (`transport`); the test
        // below pins them.
        Error::Connect { message, .. } => !["connection refused", "host not found", "TLS:", "the proxy refused"]
            .iter()
            .any(|p| message.starts_with(p)),
        Error::LockLost { .. } | Error::ResultCode { .. } | Error::RecordIdChanged { .. } => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Endpoint;
    use crate::transport::{ProxyConfig, Transport, TransportConfig};
    use crate::DecodeError;

    fn transport(url: &str) -> Transport {
        let config = TransportConfig { proxy: ProxyConfig::None, ..TransportConfig::default() };
        Transport::new(Endpoint::parse(url).unwrap(), config).unwrap()
    }

    #[test]
    fn requests_that_never_left_are_told_apart() {
        // A port nothing listens on: connection refused, before anything was sent.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let t = transport(&format!("http://127.0.0.1:{port}/x"));
        let refused = t.post("a", b"<x/>").unwrap_err();
        assert!(matches!(refused, Error::Connect { .. }), "{refused:?}");
        assert!(!may_have_reached_server(&refused), "{refused}");
        assert!(!may_have_reached_server(&Error::Fault(crate::Fault::server("locked", 22))));
        assert!(!may_have_reached_server(&Error::Config("bad".into())));

        // A server that reads the request and closes without an answer: it may have acted.
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        let server = std::thread::spawn(move || {
            use std::io::Read;
            let (mut c, _) = l.accept().unwrap();
            let mut buf = [0u8; 4096];
            let _ = c.read(&mut buf);
        });
        let t = transport(&format!("http://{addr}/x"));
        let cut = t.post("a", b"<x/>").unwrap_err();
        server.join().unwrap();
        assert!(may_have_reached_server(&cut), "{cut}");
        let decode = Error::Decode(DecodeError::Malformed { offset: 1, message: "x".into() });
        assert!(may_have_reached_server(&decode));
        assert!(may_have_reached_server(&Error::TooLarge { limit: 1 }));
    }
}
