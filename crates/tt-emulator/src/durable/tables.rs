//! The record tables of the world, as the state file sees them: each table turns its changed
//! (or all) rows into stored rows and reads stored rows back.

use super::codec::{self, Stored};
use crate::store::RecordTable;
use crate::world::{Project, World};

/// Scope of the server-wide tables (users and customers); projects use their index.
pub(crate) const SERVER_SCOPE: i64 = -1;

/// One row to write: present with its number and document, or removed.
#[derive(Debug)]
pub(crate) struct RowChange {
    pub scope: i64,
    pub kind: &'static str,
    pub record_id: i64,
    /// `None` when the record is gone.
    pub row: Option<(i64, String)>,
}

/// A record table of any type.
pub(crate) trait StoredTable {
    /// The `kind` column of its rows.
    fn kind(&self) -> &'static str;
    /// From now on, note changes.
    fn track(&mut self);
    /// True when a change waits to be taken.
    fn has_changes(&self) -> bool;
    /// The changed rows (clearing the notes), or every row.
    fn rows(&mut self, scope: i64, all: bool, out: &mut Vec<RowChange>);
    /// Stores a row read from the file; returns its record id.
    fn load(&mut self, body: &str) -> Result<i64, String>;
    /// Drops every row (before loading).
    fn clear(&mut self);
}

impl<T: Stored> StoredTable for RecordTable<T> {
    fn kind(&self) -> &'static str {
        T::KIND
    }

    fn track(&mut self) {
        self.track_changes();
    }

    fn has_changes(&self) -> bool {
        RecordTable::has_changes(self)
    }

    fn rows(&mut self, scope: i64, all: bool, out: &mut Vec<RowChange>) {
        let ids: Vec<i64> = if all {
            self.take_changed();
            self.iter().map(|r| r.record_id()).collect()
        } else {
            self.take_changed().into_iter().collect()
        };
        for id in ids {
            let row = self.get(id).map(|r| (r.number(), codec::encode(r, &T::TYPE)));
            out.push(RowChange { scope, kind: T::KIND, record_id: id, row });
        }
    }

    fn load(&mut self, body: &str) -> Result<i64, String> {
        let r = codec::decode::<T>(body)?;
        let id = r.record_id();
        self.put(r);
        Ok(id)
    }

    fn clear(&mut self) {
        *self = RecordTable::default();
    }
}

/// The record tables of a project.
pub(crate) fn project_tables(p: &mut Project) -> [&mut dyn StoredTable; 9] {
    [
        &mut p.defects,
        &mut p.test_cases,
        &mut p.test_runs,
        &mut p.requirements,
        &mut p.req_docs,
        &mut p.tasks,
        &mut p.folders,
        &mut p.test_configs,
        &mut p.links,
    ]
}

/// Calls `f` with the scope and every record table of the world.
pub(crate) fn for_each_table(w: &mut World, mut f: impl FnMut(i64, &mut dyn StoredTable)) {
    f(SERVER_SCOPE, &mut w.users);
    for (i, p) in w.projects.iter_mut().enumerate() {
        for t in project_tables(p) {
            f(i as i64, t);
        }
    }
}

/// The record table of `kind` in `scope`, if there is one.
pub(crate) fn table_of<'a>(w: &'a mut World, scope: i64, kind: &str) -> Option<&'a mut dyn StoredTable> {
    if scope == SERVER_SCOPE {
        return (kind == w.users.kind()).then_some(&mut w.users as &mut dyn StoredTable);
    }
    let p = w.projects.get_mut(usize::try_from(scope).ok()?)?;
    project_tables(p).into_iter().find(|t| t.kind() == kind)
}
