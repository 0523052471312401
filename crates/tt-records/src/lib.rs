//! The record and workflow layer for TestTrack / Helix ALM, on top of the generated
//! `testtrack` bindings: what older TestTrack interfaces gave scripts, by name.
//!
//! - **Tables by name** as `getTableList` reports them ([`Tracker::tables`],
//!   [`Tracker::table`] accepts `test case` for `Test Case`).
//! - **Records** of any kind ([`RecordKind`]: Defect, Test Case, Test Run, Requirement,
//!   Requirement Document, Task, Test Config) as a dynamic [`Record`]: fields by display name
//!   (`"Summary"`, `"Status"`) or XML name (`summary`, `state`), custom fields by their name,
//!   typed ([`FieldType`], [`Value`]). Changes go through [`RecordEdit`] (under the edit lock;
//!   dropping it cancels the lock) or [`NewRecord`], which check each value's type and, for
//!   dropdowns, the allowed values ([`Error::NotAllowedValue`] names them).
//! - **Queries**: `tracker.records("Defect").filter("Open defects").columns(["Number",
//!   "Summary"]).query("{'Priority': 'High'}").rows()?` streams [`Row`]s indexed by column name
//!   (`&row["Summary"]`), page by page for large lists ([`Query`]).
//! - **Workflow by name**: [`Tracker::apply_event`] looks the event up in
//!   `getEventDefinitionList`, checks it against the record's state ([`StateRules`] when known,
//!   the server's verdict otherwise), fills it (the session's user from
//!   `getUserForCurrentSession` as "Last, First", now, the resulting state, the event's custom
//!   fields) and saves it under an edit lock. A refusal is [`Error::EventNotAllowed`] listing
//!   the allowed events.
//! - **Attachments**: [`Tracker::attach`] (to a defect's first found-by report, as the real
//!   clients do), [`Record::attachments`], [`Tracker::download`] (`getAttachment`).
//!
//! Errors are one [`Error`] enum with variants to match: `UnknownTable`, `UnknownField`,
//! `ReadOnly`, `InvalidValue`, `NotAllowedValue`, `UnknownEvent`, `EventNotAllowed`,
//! `Locked` (detail 22), `NotFound` (detail 6), `Rejected` (another server refusal, e.g.
//! detail 23), `InvalidQuery`, `Unsupported` and `Soap` (connection, timeout, other faults).
//!
//! ```no_run
//! use tt_records::{Error, EventInput, Tracker};
//!
//! # fn main() -> Result<(), Error> {
//! let tt = Tracker::login("http://127.0.0.1:8080/", "Demo", "ada", "ada-secret")?;
//! let mut new = tt.new_record("Defect")?;
//! new.set("Summary", "Crash on start")?;
//! new.set("Type", "Bug")?;
//! new.set("Severity Level", "S2")?; // custom dropdown
//! let defect = new.add()?;
//! let n = defect.number().unwrap_or_default();
//!
//! match tt.edit("Defect", n) {
//!     Ok(mut d) => {
//!         d.set("Priority", "High")?;
//!         d.save()?;
//!     }
//!     Err(Error::Locked { .. }) => println!("someone else is editing it"),
//!     Err(e) => return Err(e),
//! }
//! let done = tt.apply_event("Defect", n, "Fix", EventInput::new().field("Resolution", "Code Change"))?;
//! println!("{} -> {:?}", done.event, done.state);
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod custom;
mod delete;
mod edit;
mod entity;
mod error;
mod folders;
mod guard;
mod links;
mod query;
mod record;
pub mod results;
pub mod retry;
mod runs;
mod tracker;
mod value;
pub mod worker;
mod workflow;

pub use edit::{NewRecord, RecordEdit};
pub use entity::{Entity, RecordKind};
pub use error::{Error, Result};
pub use folders::{folder_name, Folder};
pub use links::{ItemRef, Linked};
pub use query::{Query, Row, Rows};
pub use record::{Attachment, EventEntry, FieldInfo, Record, RecordKey, Schema};
pub use tracker::{projects, LockEvent, ProjectInfo, Tracker};
pub use tt_domain::{CoerceError, Table};
pub use value::{FieldType, Value};
pub use workflow::{EventApplied, EventDefinition, EventInput, StateRules};
