//! Record storage: one [`RecordTable`] per TestTrack table, keyed by record id.
//!
//! Numbering rules:
//! - record ids are unique across all tables of the emulator (they come from one counter
//!   starting at 1001, so a record id is never mistaken for a number in tests);
//! - numbers (defect number, test case number, ...) are per table: a new record gets the
//!   highest number in use plus one, starting at 1; a seed may give explicit numbers.
//!
//! Rows are indexed by record id and by (number, record id), so lookups by number, the next
//! number and number order cost a logarithm, not a scan.
//!
//! With a state file, a table also notes which record ids were put, changed (borrowed with
//! [`RecordTable::get_mut`]) or removed since the last write ([`RecordTable::track_changes`],
//! [`RecordTable::take_changed`]); in memory nothing is noted.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::{Deref, DerefMut};

/// A stored record: something with a record id and (for numbered tables) a number.
pub trait Keyed {
    /// The record id.
    fn record_id(&self) -> i64;
    /// The user-visible number, 0 for tables without numbers.
    fn number(&self) -> i64 {
        0
    }
}

/// Hands out record ids.
#[derive(Debug, Clone)]
pub struct IdAllocator {
    next: i64,
}

/// First record id handed out.
pub const FIRST_RECORD_ID: i64 = 1001;

impl Default for IdAllocator {
    fn default() -> Self {
        IdAllocator { next: FIRST_RECORD_ID }
    }
}

impl IdAllocator {
    /// The record id [`IdAllocator::next_id`] hands out next.
    #[cfg(feature = "state")]
    pub fn peek(&self) -> i64 {
        self.next
    }

    /// Continues the sequence at `next` (from a state file).
    #[cfg(feature = "state")]
    pub fn resume_at(&mut self, next: i64) {
        self.next = next;
    }

    /// The next record id.
    pub fn next_id(&mut self) -> i64 {
        let id = self.next;
        self.next += 1;
        id
    }
}

/// What a lookup by number or summary found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one record, by id.
    One(i64),
    /// None (6).
    None,
    /// More than one (74).
    Many,
}

/// The records of one table.
#[derive(Clone)]
pub struct RecordTable<T> {
    rows: BTreeMap<i64, T>,
    /// (number, record id) of every row.
    numbers: BTreeSet<(i64, i64)>,
    /// Record ids touched since the last [`RecordTable::take_changed`]; `None` when nothing
    /// is tracked (in memory).
    changed: Option<BTreeSet<i64>>,
}

impl<T> Default for RecordTable<T> {
    fn default() -> Self {
        RecordTable { rows: BTreeMap::new(), numbers: BTreeSet::new(), changed: None }
    }
}

/// The rows in number order (what the table holds, not what it tracks).
impl<T: std::fmt::Debug> std::fmt::Debug for RecordTable<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.numbers.iter().filter_map(|(_, id)| self.rows.get(id))).finish()
    }
}

/// A row borrowed for changing; the number index follows a changed number when it drops.
#[derive(Debug)]
pub struct RowMut<'a, T: Keyed> {
    row: &'a mut T,
    numbers: &'a mut BTreeSet<(i64, i64)>,
    number: i64,
}

impl<T: Keyed> Deref for RowMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.row
    }
}

impl<T: Keyed> DerefMut for RowMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.row
    }
}

impl<T: Keyed> Drop for RowMut<'_, T> {
    fn drop(&mut self) {
        let now = self.row.number();
        if now != self.number {
            let id = self.row.record_id();
            self.numbers.remove(&(self.number, id));
            self.numbers.insert((now, id));
        }
    }
}

impl<T> RecordTable<T> {
    /// From now on, notes the record ids that are put, borrowed for changing or removed.
    #[cfg(feature = "state")]
    pub fn track_changes(&mut self) {
        self.changed.get_or_insert_with(BTreeSet::new);
    }

    /// The record ids noted since the last call (empty when nothing is tracked).
    #[cfg(feature = "state")]
    pub fn take_changed(&mut self) -> BTreeSet<i64> {
        self.changed.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// True when a tracked change waits to be taken.
    #[cfg(feature = "state")]
    pub fn has_changes(&self) -> bool {
        self.changed.as_ref().is_some_and(|c| !c.is_empty())
    }

    #[inline]
    fn note(&mut self, id: i64) {
        if let Some(c) = &mut self.changed {
            c.insert(id);
        }
    }
}

impl<T: Keyed> RecordTable<T> {
    /// Stores (or replaces) a record under its record id.
    pub fn put(&mut self, r: T) {
        let (id, number) = (r.record_id(), r.number());
        self.note(id);
        if let Some(old) = self.rows.insert(id, r) {
            self.numbers.remove(&(old.number(), id));
        }
        self.numbers.insert((number, id));
    }

    /// A record by id.
    pub fn get(&self, id: i64) -> Option<&T> {
        self.rows.get(&id)
    }

    /// A record by id, for changing it.
    pub fn get_mut(&mut self, id: i64) -> Option<RowMut<'_, T>> {
        let row = self.rows.get_mut(&id)?;
        if let Some(c) = &mut self.changed {
            c.insert(id);
        }
        let number = row.number();
        Some(RowMut { row, numbers: &mut self.numbers, number })
    }

    /// Removes a record.
    pub fn remove(&mut self, id: i64) -> Option<T> {
        let old = self.rows.remove(&id)?;
        self.note(id);
        self.numbers.remove(&(old.number(), id));
        Some(old)
    }

    /// True when a record with that id exists.
    pub fn contains(&self, id: i64) -> bool {
        self.rows.contains_key(&id)
    }

    /// The record with a number.
    pub fn by_number(&self, n: i64) -> Option<&T> {
        let (_, id) = self.numbers.range((n, i64::MIN)..=(n, i64::MAX)).next()?;
        self.rows.get(id)
    }

    /// The number a new record gets.
    pub fn next_number(&self) -> i64 {
        self.numbers.last().map_or(0, |(n, _)| *n).max(0) + 1
    }

    /// Finds one record: by number when `number > 0`, otherwise by `matches` (a summary or
    /// name test).
    pub fn lookup(&self, number: i64, matches: impl Fn(&T) -> bool) -> Lookup {
        if number > 0 {
            return self.by_number(number).map_or(Lookup::None, |r| Lookup::One(r.record_id()));
        }
        self.lookup_by(matches)
    }

    /// Finds the one record passing `matches`.
    pub fn lookup_by(&self, matches: impl Fn(&T) -> bool) -> Lookup {
        let mut found = self.rows.values().filter(|r| matches(r));
        match (found.next(), found.next()) {
            (None, _) => Lookup::None,
            (Some(r), None) => Lookup::One(r.record_id()),
            _ => Lookup::Many,
        }
    }

    /// All records, in number order (then record-id order).
    pub fn sorted(&self) -> Vec<&T> {
        self.numbers.iter().filter_map(|(_, id)| self.rows.get(id)).collect()
    }

    /// All records in record-id order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.rows.values()
    }

    /// Number of records.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.rows.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone)]
    struct R(i64, i64, &'static str);
    impl Keyed for R {
        fn record_id(&self) -> i64 {
            self.0
        }
        fn number(&self) -> i64 {
            self.1
        }
    }

    #[test]
    fn numbering_and_lookup() {
        let mut ids = IdAllocator::default();
        let mut t = RecordTable::default();
        assert_eq!(t.next_number(), 1);
        let a = ids.next_id();
        assert_eq!(a, FIRST_RECORD_ID);
        t.put(R(a, 7, "crash"));
        t.put(R(ids.next_id(), 2, "crash"));
        t.put(R(ids.next_id(), 3, "hang"));
        assert_eq!(t.next_number(), 8);
        assert_eq!(t.lookup(7, |_| false), Lookup::One(a));
        assert_eq!(t.lookup(9, |_| true), Lookup::None);
        assert_eq!(t.lookup(0, |r| r.2 == "hang"), Lookup::One(a + 2));
        assert_eq!(t.lookup(0, |r| r.2 == "crash"), Lookup::Many);
        assert_eq!(t.lookup(0, |r| r.2 == "none"), Lookup::None);
        assert_eq!(t.sorted().iter().map(|r| r.1).collect::<Vec<_>>(), vec![2, 3, 7]);
        assert!(t.remove(a).is_some());
        assert_eq!(t.len(), 2);
        assert_eq!(t.lookup(7, |_| true), Lookup::None, "a removed number is gone");
        assert_eq!(t.next_number(), 4);
        // A number changed in place moves in the index.
        t.get_mut(a + 1).unwrap().1 = 9;
        assert_eq!(t.lookup(9, |_| false), Lookup::One(a + 1));
        assert_eq!(t.lookup(2, |_| true), Lookup::None);
        assert_eq!(t.next_number(), 10);
        // Replacing a row re-indexes it.
        t.put(R(a + 2, 5, "hang"));
        assert_eq!(t.sorted().iter().map(|r| r.1).collect::<Vec<_>>(), vec![5, 9]);
        assert_eq!(t.lookup(3, |_| true), Lookup::None);
        assert!(t.changed.is_none(), "nothing is tracked until asked");
    }

    #[cfg(feature = "state")]
    #[test]
    fn tracked_changes() {
        let mut t = RecordTable::default();
        t.put(R(1, 1, "a"));
        t.track_changes();
        assert!(!t.has_changes());
        t.put(R(2, 2, "b"));
        t.get_mut(1).unwrap().2 = "c";
        assert!(t.get_mut(9).is_none(), "a missing row is not noted");
        assert!(t.has_changes());
        assert_eq!(t.take_changed().into_iter().collect::<Vec<_>>(), vec![1, 2]);
        assert!(!t.has_changes());
        t.remove(2);
        assert!(t.remove(7).is_none());
        assert_eq!(t.take_changed().into_iter().collect::<Vec<_>>(), vec![2]);
    }
}
