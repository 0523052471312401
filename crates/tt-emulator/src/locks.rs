//! Edit locks (QUIRKS.md section C).
//!
//! - `edit*` takes an exclusive lock per (table, record id), owned by the session's cookie and
//!   expiring after 15 minutes of emulator time. Editing again from the owning session renews it.
//! - Another session's `edit*` (or delete) while the lock is live faults 22 "Record locked".
//! - `save*` and `cancelSave*` need the caller to hold a live lock; otherwise they fault 7
//!   "Edit record not found". A successful save and any cancel release the lock; a save that
//!   fails validation keeps it (so the client can cancel).
//! - Logoff, and the drop of an idle session, release all of the session's locks.
//! - An expired lock is as good as none: another session may take it, and the former owner's
//!   save faults 7.

use std::collections::HashMap;

use crate::tables::Table;

/// Default lock lifetime: 15 minutes.
pub const DEFAULT_LOCK_TIMEOUT_MS: i64 = 15 * 60 * 1000;

/// One held lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockInfo {
    /// The table.
    pub table: Table,
    /// The record id.
    pub record_id: i64,
    /// Cookie of the owning session.
    pub cookie: i64,
    /// When it was taken (emulator milliseconds).
    pub acquired_ms: i64,
    /// When it expires (emulator milliseconds).
    pub expires_ms: i64,
}

/// Why a lock operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockError {
    /// Another session holds a live lock (22).
    HeldByOther,
    /// The caller does not hold a live lock (7).
    NotHeld,
}

/// The lock table.
#[derive(Debug, Clone)]
pub struct Locks {
    map: HashMap<(Table, i64), LockInfo>,
    /// Lock lifetime in milliseconds.
    pub timeout_ms: i64,
    /// The table changed since the last [`Locks::take_changed`] (for a state file).
    changed: bool,
}

impl Default for Locks {
    fn default() -> Self {
        Locks::new(DEFAULT_LOCK_TIMEOUT_MS)
    }
}

impl Locks {
    /// An empty table.
    pub fn new(timeout_ms: i64) -> Self {
        Locks { map: HashMap::new(), timeout_ms, changed: false }
    }

    /// True when a lock was taken, renewed, released or pruned since the last call; clears
    /// the mark.
    #[cfg(feature = "state")]
    pub fn take_changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }

    /// True when the table changed since the last [`Locks::take_changed`].
    #[cfg(feature = "state")]
    pub fn is_changed(&self) -> bool {
        self.changed
    }

    /// Every lock held, expired or not, in no particular order.
    #[cfg(feature = "state")]
    pub fn entries(&self) -> impl Iterator<Item = &LockInfo> {
        self.map.values()
    }

    /// Puts back a lock read from a state file.
    #[cfg(feature = "state")]
    pub fn restore(&mut self, l: LockInfo) {
        self.map.insert((l.table, l.record_id), l);
    }

    fn live(&self, table: Table, id: i64, now_ms: i64) -> Option<&LockInfo> {
        self.map.get(&(table, id)).filter(|l| l.expires_ms > now_ms)
    }

    /// Takes (or renews) the lock for `cookie`.
    pub fn acquire(&mut self, table: Table, id: i64, cookie: i64, now_ms: i64) -> Result<(), LockError> {
        if let Some(l) = self.live(table, id, now_ms) {
            if l.cookie != cookie {
                return Err(LockError::HeldByOther);
            }
        }
        self.map.insert(
            (table, id),
            LockInfo { table, record_id: id, cookie, acquired_ms: now_ms, expires_ms: now_ms + self.timeout_ms },
        );
        self.changed = true;
        Ok(())
    }

    /// Checks that `cookie` holds a live lock.
    pub fn check_owner(&self, table: Table, id: i64, cookie: i64, now_ms: i64) -> Result<(), LockError> {
        match self.live(table, id, now_ms) {
            Some(l) if l.cookie == cookie => Ok(()),
            _ => Err(LockError::NotHeld),
        }
    }

    /// Checks that no other session holds a live lock (before a delete).
    pub fn check_free_for(&self, table: Table, id: i64, cookie: i64, now_ms: i64) -> Result<(), LockError> {
        match self.live(table, id, now_ms) {
            Some(l) if l.cookie != cookie => Err(LockError::HeldByOther),
            _ => Ok(()),
        }
    }

    /// Releases the lock `cookie` holds.
    pub fn release(&mut self, table: Table, id: i64, cookie: i64, now_ms: i64) -> Result<(), LockError> {
        self.check_owner(table, id, cookie, now_ms)?;
        self.map.remove(&(table, id));
        self.changed = true;
        Ok(())
    }

    /// Drops any lock on a record (after it is deleted).
    pub fn forget(&mut self, table: Table, id: i64) {
        self.changed |= self.map.remove(&(table, id)).is_some();
    }

    /// Releases every lock of a session; returns how many.
    pub fn release_all(&mut self, cookie: i64) -> usize {
        let before = self.map.len();
        self.map.retain(|_, l| l.cookie != cookie);
        self.changed |= self.map.len() != before;
        before - self.map.len()
    }

    /// Cookie of the live lock's owner.
    pub fn holder(&self, table: Table, id: i64, now_ms: i64) -> Option<i64> {
        self.live(table, id, now_ms).map(|l| l.cookie)
    }

    /// Live locks, ordered by table and record id. Expired entries are pruned.
    pub fn list(&mut self, now_ms: i64) -> Vec<LockInfo> {
        let before = self.map.len();
        self.map.retain(|_, l| l.expires_ms > now_ms);
        self.changed |= self.map.len() != before;
        let mut v: Vec<LockInfo> = self.map.values().cloned().collect();
        v.sort_by_key(|l| (l.table, l.record_id));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Table = Table::Defect;

    #[test]
    fn exclusive_until_released() {
        let mut l = Locks::new(1000);
        l.acquire(T, 5, 1, 0).unwrap();
        assert_eq!(l.acquire(T, 5, 2, 10), Err(LockError::HeldByOther));
        assert!(l.acquire(T, 5, 1, 10).is_ok(), "the owner may edit again");
        assert!(l.acquire(T, 6, 2, 10).is_ok(), "other records are free");
        assert!(l.acquire(Table::Task, 5, 2, 10).is_ok(), "same id in another table is free");
        assert_eq!(l.check_owner(T, 5, 2, 10), Err(LockError::NotHeld));
        assert_eq!(l.release(T, 5, 2, 10), Err(LockError::NotHeld));
        l.release(T, 5, 1, 10).unwrap();
        assert_eq!(l.release(T, 5, 1, 10), Err(LockError::NotHeld));
        assert!(l.acquire(T, 5, 2, 11).is_ok());
    }

    #[test]
    fn expiry() {
        let mut l = Locks::new(1000);
        l.acquire(T, 5, 1, 0).unwrap();
        assert_eq!(l.holder(T, 5, 999), Some(1));
        assert_eq!(l.holder(T, 5, 1000), None);
        assert_eq!(l.check_owner(T, 5, 1, 1000), Err(LockError::NotHeld));
        assert!(l.acquire(T, 5, 2, 1000).is_ok());
        assert_eq!(l.list(1001).len(), 1);
        assert!(l.list(5000).is_empty());
    }

    #[test]
    fn release_all_and_delete_check() {
        let mut l = Locks::new(1000);
        l.acquire(T, 1, 7, 0).unwrap();
        l.acquire(T, 2, 7, 0).unwrap();
        l.acquire(T, 3, 8, 0).unwrap();
        assert_eq!(l.check_free_for(T, 3, 7, 0), Err(LockError::HeldByOther));
        assert!(l.check_free_for(T, 3, 8, 0).is_ok());
        assert_eq!(l.release_all(7), 2);
        assert_eq!(l.list(0).len(), 1);
        l.forget(T, 3);
        assert!(l.list(0).is_empty());
    }

    #[cfg(feature = "state")]
    #[test]
    fn changes_are_noted() {
        let mut l = Locks::new(1000);
        assert!(!l.take_changed());
        l.acquire(T, 1, 7, 0).unwrap();
        assert!(l.take_changed());
        assert_eq!(l.acquire(T, 1, 8, 0), Err(LockError::HeldByOther));
        assert_eq!(l.release_all(9), 0);
        l.forget(T, 2);
        assert!(!l.take_changed(), "refusals and no-ops change nothing");
        l.release(T, 1, 7, 0).unwrap();
        assert!(l.take_changed());
        l.acquire(T, 1, 7, 0).unwrap();
        l.take_changed();
        assert_eq!(l.list(5000).len(), 0);
        assert!(l.take_changed(), "pruning an expired lock is a change");
    }
}
