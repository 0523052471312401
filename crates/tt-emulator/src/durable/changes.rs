//! What a state file must write: the changes noted in the world since the last write, or (for
//! a new file) everything.

use super::parts::{self, Part};
use super::tables::{for_each_table, RowChange, SERVER_SCOPE};
use crate::locks::LockInfo;
use crate::world::World;

/// The writes of one transaction.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// Records put or removed.
    pub rows: Vec<RowChange>,
    /// Parts replaced, with their scope.
    pub parts: Vec<(i64, Part)>,
    /// The whole lock table, when it changed.
    pub locks: Option<Vec<LockInfo>>,
    /// The record-id counter, when it moved.
    pub next_id: Option<i64>,
}

impl Batch {
    /// True when there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.parts.is_empty() && self.locks.is_none() && self.next_id.is_none()
    }
}

/// True when [`collect`] would find something to write; changes nothing.
pub(crate) fn pending(w: &mut World, written_next_id: i64) -> bool {
    let mut rows = false;
    for_each_table(w, |_, t| rows |= t.has_changes());
    rows || w.projects.iter().any(parts::project_changed)
        || w.auth.is_changed()
        || w.locks.is_changed()
        || w.ids.peek() != written_next_id
}

/// Takes the changes noted since the last call (`all`: every row and part instead). The
/// counter is written when it differs from `written_next_id`.
pub(crate) fn collect(w: &mut World, all: bool, written_next_id: i64) -> Batch {
    let mut b = Batch::default();
    for_each_table(w, |scope, t| {
        if all || t.has_changes() {
            t.rows(scope, all, &mut b.rows);
        }
    });
    for (i, p) in w.projects.iter_mut().enumerate() {
        if all || parts::project_changed(p) {
            b.parts.extend(parts::project_parts(p, all).into_iter().map(|part| (i as i64, part)));
        }
    }
    if w.auth.take_changed() || all {
        b.parts.push((SERVER_SCOPE, parts::auth_part(&w.auth)));
    }
    if w.locks.take_changed() || all {
        let mut v: Vec<LockInfo> = w.locks.entries().cloned().collect();
        v.sort_by_key(|l| (l.table, l.record_id));
        b.locks = Some(v);
    }
    let next = w.ids.peek();
    if next != written_next_id || all {
        b.next_id = Some(next);
    }
    b
}
