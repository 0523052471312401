//! The standard fields of each record type, in one table per type: display name (also the
//! list column's name), XML element name, kind, getter and setter.
//!
//! The emulator lists the fields marked [`Field::listed`] as the table's columns (besides
//! "Record ID", "Is Locked" and the custom fields) and lets a seed set every field with a
//! setter; `tt-records` shows every field and lets clients set those marked
//! [`Field::client_writable`].

use testtrack::types::{AnyCEvent, CDefect, CReportedByRecord};

use crate::{FieldKind, Value};

mod records;

pub use records::{DEFECT, REQUIREMENT, REQUIREMENT_DOCUMENT, TASK, TEST_CASE, TEST_CONFIG, TEST_RUN};

/// A standard field of the record type `E`.
pub struct Field<E: 'static> {
    /// The display name, also the list column's name ("Date Entered").
    pub name: &'static str,
    /// The XML element name (`dateentered`).
    pub xml: &'static str,
    /// The kind.
    pub kind: FieldKind,
    /// The field's value in a record.
    pub get: fn(&E) -> Value,
    /// Sets the field from a value of its kind; `None` for fields only the server sets.
    pub set: Option<fn(&mut E, Value)>,
    /// True when clients may set it (false for what the server owns or the workflow changes,
    /// which only a seed sets).
    pub client_writable: bool,
    /// True for the columns the server lists for the table (`getColumnsForTable`).
    pub listed: bool,
}

impl<E> std::fmt::Debug for Field<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Field").field("name", &self.name).field("xml", &self.xml).field("kind", &self.kind).finish()
    }
}

/// The field of a table with a display name (ignoring case).
pub fn by_name<E>(fields: &'static [Field<E>], name: &str) -> Option<&'static Field<E>> {
    fields.iter().find(|f| f.name.eq_ignore_ascii_case(name.trim()))
}

/// The field of a table with an XML name (exactly).
pub fn by_xml<E>(fields: &'static [Field<E>], xml: &str) -> Option<&'static Field<E>> {
    fields.iter().find(|f| f.xml == xml)
}

/// A check box the record leaves out reads as unchecked.
pub fn checkbox(b: &Option<bool>) -> Value {
    Value::Bool(b.unwrap_or(false))
}

/// The first found-by report of a defect, created when missing (new files and found-by
/// fields go there, as the real clients do).
pub fn first_report(d: &mut CDefect) -> &mut CReportedByRecord {
    if d.reportedbylist.is_empty() {
        d.reportedbylist.push(CReportedByRecord { showorder: 1, ..Default::default() });
    }
    &mut d.reportedbylist[0]
}

/// "Currently Assigned To": the assignees of the latest event that assigned anyone.
pub fn assigned_to(events: &[AnyCEvent]) -> Value {
    let last = events.iter().rev().find_map(|e| e.assigntolist().filter(|l| !l.is_empty()).cloned());
    last.map_or(Value::Empty, Value::List)
}

/// `rw!(name, xml, Kind, getter, setter)`: a field clients set.
macro_rules! rw {
    ($name:literal, $xml:literal, $kind:ident, $get:expr, $set:expr) => {
        $crate::fields::Field {
            name: $name,
            xml: $xml,
            kind: $crate::FieldKind::$kind,
            get: $get,
            set: Some($set),
            client_writable: true,
            listed: true,
        }
    };
}
/// `seeded!(name, xml, Kind, getter, setter)`: a field the server owns that a seed sets.
macro_rules! seeded {
    ($name:literal, $xml:literal, $kind:ident, $get:expr, $set:expr) => {
        $crate::fields::Field { client_writable: false, ..rw!($name, $xml, $kind, $get, $set) }
    };
}
/// `ro!(name, xml, Kind, getter)`: a field only the server sets.
macro_rules! ro {
    ($name:literal, $xml:literal, $kind:ident, $get:expr) => {
        $crate::fields::Field {
            name: $name,
            xml: $xml,
            kind: $crate::FieldKind::$kind,
            get: $get,
            set: None,
            client_writable: false,
            listed: true,
        }
    };
}
/// `unlisted!(field)`: a field the server does not list as a column.
macro_rules! unlisted {
    ($f:expr) => {
        $crate::fields::Field { listed: false, ..$f }
    };
}
use {ro, rw, seeded, unlisted};
