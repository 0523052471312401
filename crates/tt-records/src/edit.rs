//! [`RecordEdit`] (a record under an edit lock) and [`NewRecord`] (a record being added).

use std::fmt;
use std::ops::Deref;

use crate::entity::Entity;
use crate::error::{record_error, Error, Result};
use crate::guard::Guard;
use crate::record::{Record, RecordKey};
use crate::tracker::{LockEvent, Tracker};
use crate::value::Value;

/// A record under this session's edit lock. Derefs to [`Record`]; [`RecordEdit::set`]
/// checks each change. [`RecordEdit::save`] writes and unlocks, [`RecordEdit::cancel`]
/// unlocks; dropping it without either cancels the lock too.
pub struct RecordEdit<'t> {
    pub(crate) tracker: &'t Tracker,
    pub(crate) record: Record,
    pub(crate) guard: Option<Guard<'t>>,
    pub(crate) key: RecordKey,
}

impl fmt::Debug for RecordEdit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordEdit").field("table", &self.record.table()).field("key", &self.key).finish()
    }
}

impl Deref for RecordEdit<'_> {
    type Target = Record;
    fn deref(&self) -> &Record {
        &self.record
    }
}

impl RecordEdit<'_> {
    /// Sets a field by display or XML name. The value is converted to the field's type
    /// ([`Error::InvalidValue`]) and checked against the field's list of values
    /// ([`Error::NotAllowedValue`]); read-only fields are [`Error::ReadOnly`].
    pub fn set(&mut self, field: &str, value: impl Into<Value>) -> Result<()> {
        self.tracker.set_field(&mut self.record, field, value.into())
    }

    /// The record under edit, for changes the dynamic view does not cover.
    pub fn record_mut(&mut self) -> &mut Record {
        &mut self.record
    }

    /// Saves the changes, which releases the lock. A failed save releases it too.
    pub fn save(mut self) -> Result<()> {
        let mut guard = self.guard.take().expect("the guard is held until save or cancel");
        guard.put(self.record.entity_for_save());
        let kind = self.record.kind();
        let id = guard.record_id();
        let r = guard.save();
        self.tracker.notify(LockEvent::Released { kind, record_id: id });
        r.map_err(|e| match e {
            e @ ttsoap::Error::LockLost { .. } => Error::Soap(e),
            e => record_error(e, self.record.table(), &self.key.to_string()),
        })
    }

    /// Releases the lock without saving.
    pub fn cancel(mut self) -> Result<()> {
        let guard = self.guard.take().expect("the guard is held until save or cancel");
        let id = guard.record_id();
        let r = guard.cancel();
        self.tracker.notify(LockEvent::Released { kind: self.record.kind(), record_id: id });
        Ok(r?)
    }
}

impl Drop for RecordEdit<'_> {
    fn drop(&mut self) {
        if let Some(g) = self.guard.take() {
            let id = g.record_id();
            drop(g); // the guard cancels the lock
            self.tracker.notify(LockEvent::Released { kind: self.record.kind(), record_id: id });
        }
    }
}

/// A record being created. Derefs to [`Record`]; [`NewRecord::set`] checks each value;
/// [`NewRecord::add`] creates it (`addX`).
pub struct NewRecord<'t> {
    pub(crate) tracker: &'t Tracker,
    pub(crate) record: Record,
}

impl fmt::Debug for NewRecord<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewRecord").field("table", &self.record.table()).finish()
    }
}

impl Deref for NewRecord<'_> {
    type Target = Record;
    fn deref(&self) -> &Record {
        &self.record
    }
}

impl NewRecord<'_> {
    /// Sets a field, checked like [`RecordEdit::set`].
    pub fn set(&mut self, field: &str, value: impl Into<Value>) -> Result<()> {
        self.tracker.set_field(&mut self.record, field, value.into())
    }

    /// The record being built, for changes the dynamic view does not cover.
    pub fn record_mut(&mut self) -> &mut Record {
        &mut self.record
    }

    /// Creates the record and returns it as the server stored it (number, state, ...).
    pub fn add(self) -> Result<Record> {
        let tracker = self.tracker;
        let table = self.record.table().to_string();
        let id = self.add_id()?;
        tracker.get(&table, RecordKey::Id(id))
    }

    /// Creates the record and returns its record id, without reading it back.
    pub fn add_id(self) -> Result<i64> {
        let s = self.tracker.session();
        let table = self.record.table().to_string();
        let id = match self.record.entity_for_save() {
            Entity::Defect(x) => s.add_defect(x),
            Entity::TestCase(x) => s.add_test_case(x),
            Entity::TestRun(_) => unreachable!("refused by new_record"),
            Entity::Requirement(x) => s.add_requirement(x),
            Entity::RequirementDocument(x) => s.add_requirement_document(x),
            Entity::Task(x) => s.add_task(x),
            Entity::TestConfig(x) => s.add_test_config(x),
        }
        .map_err(|e| record_error(e, &table, "(new)"))?;
        Ok(id)
    }
}
