//! TestTrack's domain model, shared by the emulator (`tt-emulator`) and the record layer
//! (`tt-records`), so that both speak of the same tables, field kinds and values:
//!
//! - [`Table`]: the 13 tables, their names as the server spells them, their SOAP entity type,
//!   whether their records carry numbers and go through a workflow;
//! - [`FieldKind`]: the kind of a field (standard or custom), with the `CField` subtype that
//!   carries it;
//! - [`Value`]: a field's value, with one rule for "no value" (see its docs);
//! - [`fields`]: the standard fields of each record type (names, kind, getter, setter);
//! - [`custom`]: reading and building `CField` items (`AnyCField`) from a [`Value`];
//! - [`query`]: the reader of the JSON query language (`getRecordListForTableWithQuery`,
//!   saved filters), which accepts single- and double-quoted strings as real clients write them.

#![warn(missing_docs)]

pub mod custom;
pub mod fields;
mod kind;
pub mod query;
mod table;
mod value;

pub use kind::FieldKind;
pub use table::Table;
pub use value::{CoerceError, Value};
