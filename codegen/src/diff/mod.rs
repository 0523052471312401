//! Comparing two models, i.e. two versions of a service's WSDL (a TestTrack server before and
//! after an upgrade): what changed, and for each change whether it breaks Rust source that uses
//! the bindings, breaks the wire with a server of the other version, or neither.
//!
//! ```no_run
//! use std::path::Path;
//! use ttsoap_codegen::{diff, load, LoadOptions};
//!
//! let old = load(Path::new("old/ttsoapcgi.wsdl"), &LoadOptions::default())?;
//! let new = load(Path::new("new/ttsoapcgi.wsdl"), &LoadOptions::default())?;
//! let d = diff::diff(&old, &new, "old", "new")?;
//! print!("{}", d.render(diff::Format::Text));
//! std::process::exit(if d.breaks_source() { 1 } else { 0 });
//! # Ok::<(), ttsoap_codegen::CodegenError>(())
//! ```

mod compare;
mod render;

use serde::Serialize;

use crate::error::Result;
use crate::model::Model;

pub use render::Format;

/// What kind of change a [`Change`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// An operation only the new version has.
    OperationAdded,
    /// An operation only the old version has.
    OperationRemoved,
    /// The `soapAction` an operation declares changed.
    SoapActionChanged,
    /// A message part only the new version has.
    PartAdded,
    /// A message part only the old version has.
    PartRemoved,
    /// A part at the same position with another name.
    PartRenamed,
    /// A part whose type changed.
    PartRetyped,
    /// A `soap:header` only the new version's operation declares.
    HeaderAdded,
    /// A `soap:header` only the old version's operation declares.
    HeaderRemoved,
    /// A type only the new version declares.
    TypeAdded,
    /// A type only the old version declares.
    TypeRemoved,
    /// A type that became another kind (struct, array, enumeration, simple), or whose array
    /// item or simple base changed.
    TypeKindChanged,
    /// A struct whose base type changed.
    BaseChanged,
    /// A field only the new version has.
    FieldAdded,
    /// A field only the old version has.
    FieldRemoved,
    /// A field whose type or repetition changed.
    FieldRetyped,
    /// Fields both versions have, in another order.
    FieldsReordered,
    /// A field's `minOccurs` changed between 0 and at least 1.
    FieldOptionality,
    /// A field's `nillable` changed.
    FieldNillability,
    /// An enumeration value only the new version allows.
    EnumValueAdded,
    /// An enumeration value only the old version allows.
    EnumValueRemoved,
    /// A polymorphic family (a base and its subtypes) gained a member.
    FamilyMemberAdded,
    /// A polymorphic family lost a member.
    FamilyMemberRemoved,
}

impl ChangeKind {
    /// `+` for additions, `-` for removals, `~` for changes.
    pub fn sign(self) -> char {
        use ChangeKind::*;
        match self {
            OperationAdded | PartAdded | HeaderAdded | TypeAdded | FieldAdded | EnumValueAdded | FamilyMemberAdded => {
                '+'
            }
            OperationRemoved | PartRemoved | HeaderRemoved | TypeRemoved | FieldRemoved | EnumValueRemoved
            | FamilyMemberRemoved => '-',
            _ => '~',
        }
    }

    /// The section of a report the change belongs to.
    pub fn section(self) -> &'static str {
        use ChangeKind::*;
        match self {
            OperationAdded | OperationRemoved | SoapActionChanged => "Operations",
            PartAdded | PartRemoved | PartRenamed | PartRetyped => "Message parts",
            HeaderAdded | HeaderRemoved => "Headers",
            TypeAdded | TypeRemoved | TypeKindChanged | BaseChanged => "Types",
            FieldAdded | FieldRemoved | FieldRetyped | FieldsReordered | FieldOptionality | FieldNillability => {
                "Fields"
            }
            EnumValueAdded | EnumValueRemoved => "Enumerations",
            FamilyMemberAdded | FamilyMemberRemoved => "Polymorphic families",
        }
    }
}

/// One difference between the two models.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind of change.
    pub kind: ChangeKind,
    /// What changed: `getTTVersionInfo`, `promoteUser(in).password`, `CDefect.dateentered`.
    pub subject: String,
    /// The change in words (`xsd:dateTime -> xsd:date`, `inserted after workaroundInlineAttachList`).
    pub detail: String,
    /// Code that compiled against the old bindings may not compile against the new ones (a
    /// changed Rust type, a removed item, a new field in a struct literal, a new enum variant in
    /// an exhaustive `match`).
    pub breaks_source: bool,
    /// Bindings of one version talking to a server of the other fail or lose data even in
    /// lenient mode (an operation or part the server lacks, a value typed differently, which
    /// gSOAP refuses as a type mismatch, an enumeration value the other side rejects).
    pub breaks_wire: bool,
}

impl Change {
    /// `breaks source, wire`, `breaks source`, `breaks wire` or `compatible`.
    pub fn impact(&self) -> &'static str {
        match (self.breaks_source, self.breaks_wire) {
            (true, true) => "breaks source, wire",
            (true, false) => "breaks source",
            (false, true) => "breaks wire",
            (false, false) => "compatible",
        }
    }
}

/// The differences between two models, in report order (by section, then as declared).
#[derive(Debug, Clone, Serialize)]
pub struct ModelDiff {
    /// A label for the old model (usually its file name).
    pub old: String,
    /// A label for the new model.
    pub new: String,
    /// Every change.
    pub changes: Vec<Change>,
}

impl ModelDiff {
    /// True when any change breaks source that uses the bindings (the CLI's exit code 1).
    pub fn breaks_source(&self) -> bool {
        self.changes.iter().any(|c| c.breaks_source)
    }

    /// True when any change breaks the wire with a server of the other version.
    pub fn breaks_wire(&self) -> bool {
        self.changes.iter().any(|c| c.breaks_wire)
    }

    /// The changes of one kind.
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kind == kind)
    }

    /// The report in the given format.
    pub fn render(&self, format: Format) -> String {
        render::render(self, format)
    }
}

/// Compares `old` with `new`. Types are matched by qualified name, operations (of each model's
/// primary binding) by name, fields and parts by name.
pub fn diff(old: &Model, new: &Model, old_label: &str, new_label: &str) -> Result<ModelDiff> {
    let mut changes = compare::changes(old, new)?;
    changes.sort_by_key(|c| section_rank(c.kind));
    Ok(ModelDiff { old: old_label.to_string(), new: new_label.to_string(), changes })
}

fn section_rank(kind: ChangeKind) -> usize {
    const ORDER: [&str; 6] = ["Operations", "Message parts", "Types", "Fields", "Enumerations", "Polymorphic families"];
    ORDER.iter().position(|s| *s == kind.section()).unwrap_or(ORDER.len())
}
