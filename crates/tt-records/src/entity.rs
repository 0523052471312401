//! The entity types behind records ([`Entity`], [`RecordKind`]) and their standard fields,
//! by display name and XML name.

use testtrack::types::{
    AnyCEvent, AnyCField, CDefect, CFileAttachment, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase,
    CTestRun,
};

use tt_domain::fields::{self, Field};
use tt_domain::Table;

use crate::value::{FieldType, Value as V};

/// The kinds of records this crate can read and write (the tables with `get`/`edit`/`save`
/// operations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordKind {
    /// `Defect` (`CDefect`).
    Defect,
    /// `Test Case` (`CTestCase`).
    TestCase,
    /// `Test Run` (`CTestRun`).
    TestRun,
    /// `Requirement` (`CRequirement`).
    Requirement,
    /// `Requirement Document` (`CRequirementDocument`).
    RequirementDocument,
    /// `Task` (`CTask`; no number: addressed by record id).
    Task,
    /// `Test Config` (`CSystem`; no number: addressed by record id).
    TestConfig,
}

impl RecordKind {
    /// Every kind.
    pub const ALL: [RecordKind; 7] = [
        RecordKind::Defect,
        RecordKind::TestCase,
        RecordKind::TestRun,
        RecordKind::Requirement,
        RecordKind::RequirementDocument,
        RecordKind::Task,
        RecordKind::TestConfig,
    ];

    /// The table the records are in.
    pub fn table(self) -> Table {
        match self {
            RecordKind::Defect => Table::Defect,
            RecordKind::TestCase => Table::TestCase,
            RecordKind::TestRun => Table::TestRun,
            RecordKind::Requirement => Table::Requirement,
            RecordKind::RequirementDocument => Table::RequirementDocument,
            RecordKind::Task => Table::Task,
            RecordKind::TestConfig => Table::TestConfig,
        }
    }

    /// The table name the server uses.
    pub fn table_name(self) -> &'static str {
        self.table().name()
    }

    /// The kind for a table name (ignoring case and surrounding blanks).
    pub fn from_table(name: &str) -> Option<RecordKind> {
        let t = Table::parse(name)?;
        RecordKind::ALL.iter().copied().find(|k| k.table() == t)
    }

    /// True when records carry a user-visible number (otherwise they are addressed by record id).
    pub fn has_numbers(self) -> bool {
        self.table().has_numbers()
    }

    /// True when records go through a workflow (events and states).
    pub fn has_workflow(self) -> bool {
        self.table().has_workflow()
    }
}

/// The first found-by report of a defect, created when missing.
pub(crate) use tt_domain::fields::first_report;

/// What every entity type provides to the generic record code.
pub(crate) trait Kind: Sized + Clone + 'static {
    const KIND: RecordKind;
    fn specs() -> &'static [Field<Self>];
    fn record_id(&self) -> i64;
    fn number(&self) -> Option<i64> {
        None
    }
    fn state(&self) -> Option<&str> {
        None
    }
    fn events(&self) -> &[AnyCEvent] {
        &[]
    }
    fn events_mut(&mut self) -> Option<&mut Vec<AnyCEvent>> {
        None
    }
    fn custom(&self) -> &[AnyCField] {
        &[]
    }
    fn custom_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
        None
    }
    /// Attachments with where they sit (`None`: on the record or its first report).
    fn attachments(&self) -> Vec<&CFileAttachment> {
        Vec::new()
    }
    /// The list new files go to.
    fn attachments_mut(&mut self) -> Option<&mut Vec<CFileAttachment>> {
        None
    }
}

impl Kind for CDefect {
    const KIND: RecordKind = RecordKind::Defect;
    fn specs() -> &'static [Field<Self>] {
        fields::DEFECT
    }
    fn record_id(&self) -> i64 {
        self.recordid
    }
    fn number(&self) -> Option<i64> {
        self.defectnumber
    }
    fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }
    fn events(&self) -> &[AnyCEvent] {
        &self.eventlist
    }
    fn events_mut(&mut self) -> Option<&mut Vec<AnyCEvent>> {
        Some(&mut self.eventlist)
    }
    fn custom(&self) -> &[AnyCField] {
        &self.custom_field_list
    }
    fn custom_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
        Some(&mut self.custom_field_list)
    }
    fn attachments(&self) -> Vec<&CFileAttachment> {
        self.reportedbylist.iter().flat_map(|r| r.attachmentlist.iter()).collect()
    }
    fn attachments_mut(&mut self) -> Option<&mut Vec<CFileAttachment>> {
        Some(&mut first_report(self).attachmentlist)
    }
}

macro_rules! workflow_kind {
    ($ty:ty, $kind:ident, $specs:ident, $number:ident, $events:ident, $attach:ident) => {
        impl Kind for $ty {
            const KIND: RecordKind = RecordKind::$kind;
            fn specs() -> &'static [Field<Self>] {
                fields::$specs
            }
            fn record_id(&self) -> i64 {
                self.recordid
            }
            fn number(&self) -> Option<i64> {
                self.$number
            }
            fn state(&self) -> Option<&str> {
                self.state.as_deref()
            }
            fn events(&self) -> &[AnyCEvent] {
                &self.$events
            }
            fn events_mut(&mut self) -> Option<&mut Vec<AnyCEvent>> {
                Some(&mut self.$events)
            }
            fn custom(&self) -> &[AnyCField] {
                &self.custom_field_list
            }
            fn custom_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
                Some(&mut self.custom_field_list)
            }
            fn attachments(&self) -> Vec<&CFileAttachment> {
                self.$attach.iter().collect()
            }
            fn attachments_mut(&mut self) -> Option<&mut Vec<CFileAttachment>> {
                Some(&mut self.$attach)
            }
        }
    };
}

workflow_kind!(CTestCase, TestCase, TEST_CASE, testcasenumber, eventlist, attachmentlist);
workflow_kind!(CTestRun, TestRun, TEST_RUN, testrunnumber, eventlist, attachmentlist);
workflow_kind!(CRequirement, Requirement, REQUIREMENT, number, event_list, attachment_list);
workflow_kind!(CRequirementDocument, RequirementDocument, REQUIREMENT_DOCUMENT, number, event_list, attachment_list);

impl Kind for CTask {
    const KIND: RecordKind = RecordKind::Task;
    fn specs() -> &'static [Field<Self>] {
        fields::TASK
    }
    fn record_id(&self) -> i64 {
        self.recordid
    }
}

impl Kind for CSystem {
    const KIND: RecordKind = RecordKind::TestConfig;
    fn specs() -> &'static [Field<Self>] {
        fields::TEST_CONFIG
    }
    fn record_id(&self) -> i64 {
        self.recordid
    }
}

/// One record's data, as the generated type of its table.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Entity {
    /// A defect.
    Defect(CDefect),
    /// A test case.
    TestCase(CTestCase),
    /// A test run.
    TestRun(CTestRun),
    /// A requirement.
    Requirement(CRequirement),
    /// A requirement document.
    RequirementDocument(CRequirementDocument),
    /// A task.
    Task(CTask),
    /// A test configuration.
    TestConfig(CSystem),
}

/// Runs `$body` with `$x` bound to the value inside, whatever the record type, for any enum
/// with one variant per record type (`Entity`, the tracker's edit guards).
macro_rules! each_kind {
    ($enum:ident, $value:expr, $x:ident => $body:expr) => {
        match $value {
            $enum::Defect($x) => $body,
            $enum::TestCase($x) => $body,
            $enum::TestRun($x) => $body,
            $enum::Requirement($x) => $body,
            $enum::RequirementDocument($x) => $body,
            $enum::Task($x) => $body,
            $enum::TestConfig($x) => $body,
        }
    };
}
pub(crate) use each_kind;

/// Runs `$body` with `$e` bound to the entity inside, whatever its type.
macro_rules! each {
    ($self:expr, $e:ident => $body:expr) => {
        each_kind!(Entity, $self, $e => $body)
    };
}

fn specs_of<E: Kind>(_: &E) -> &'static [Field<E>] {
    E::specs()
}

/// The standard fields of a kind: (display name, XML name, type, writable), "Record ID"
/// first.
pub(crate) fn standard_fields(kind: RecordKind) -> Vec<(&'static str, &'static str, FieldType, bool)> {
    fn list<E: Kind>() -> Vec<(&'static str, &'static str, FieldType, bool)> {
        let mut v = vec![("Record ID", RECORD_ID, FieldType::Integer, false)];
        v.extend(E::specs().iter().map(|s| (s.name, s.xml, s.kind, s.set.is_some() && s.client_writable)));
        v
    }
    match kind {
        RecordKind::Defect => list::<CDefect>(),
        RecordKind::TestCase => list::<CTestCase>(),
        RecordKind::TestRun => list::<CTestRun>(),
        RecordKind::Requirement => list::<CRequirement>(),
        RecordKind::RequirementDocument => list::<CRequirementDocument>(),
        RecordKind::Task => list::<CTask>(),
        RecordKind::TestConfig => list::<CSystem>(),
    }
}

/// The XML name of the record id, which every record type has.
const RECORD_ID: &str = "recordid";

impl Entity {
    /// An empty entity of a kind (for adding records).
    pub fn new(kind: RecordKind) -> Entity {
        match kind {
            RecordKind::Defect => Entity::Defect(CDefect::default()),
            RecordKind::TestCase => Entity::TestCase(CTestCase::default()),
            RecordKind::TestRun => Entity::TestRun(CTestRun::default()),
            RecordKind::Requirement => Entity::Requirement(CRequirement::default()),
            RecordKind::RequirementDocument => Entity::RequirementDocument(CRequirementDocument::default()),
            RecordKind::Task => Entity::Task(CTask::default()),
            RecordKind::TestConfig => Entity::TestConfig(CSystem::default()),
        }
    }

    /// The record's kind.
    pub fn kind(&self) -> RecordKind {
        fn k<E: Kind>(_: &E) -> RecordKind {
            E::KIND
        }
        each!(self, e => k(e))
    }

    /// The record id.
    pub fn record_id(&self) -> i64 {
        each!(self, e => e.record_id())
    }

    /// The user-visible number, for tables that have one.
    pub fn number(&self) -> Option<i64> {
        each!(self, e => e.number())
    }

    /// The workflow state, for tables that have one.
    pub fn state(&self) -> Option<&str> {
        each!(self, e => e.state())
    }

    /// The workflow events.
    pub fn events(&self) -> &[AnyCEvent] {
        each!(self, e => e.events())
    }

    pub(crate) fn events_mut(&mut self) -> Option<&mut Vec<AnyCEvent>> {
        each!(self, e => e.events_mut())
    }

    /// The custom fields, as the server sent them.
    pub fn custom_fields(&self) -> &[AnyCField] {
        each!(self, e => e.custom())
    }

    pub(crate) fn custom_fields_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
        each!(self, e => e.custom_mut())
    }

    pub(crate) fn attachments(&self) -> Vec<&CFileAttachment> {
        each!(self, e => e.attachments())
    }

    pub(crate) fn attachments_mut(&mut self) -> Option<&mut Vec<CFileAttachment>> {
        each!(self, e => e.attachments_mut())
    }

    /// A standard field's value by XML name.
    pub(crate) fn get_standard(&self, xml: &str) -> Option<V> {
        if xml == RECORD_ID {
            return Some(V::Integer(self.record_id()));
        }
        each!(self, e => fields::by_xml(specs_of(e), xml).map(|s| (s.get)(e)))
    }

    /// Sets a standard field by XML name; false when it has no setter.
    pub(crate) fn set_standard(&mut self, xml: &str, v: V) -> bool {
        each!(self, e => {
            match fields::by_xml(specs_of(e), xml).filter(|s| s.client_writable).and_then(|s| s.set) {
                Some(set) => {
                    set(e, v);
                    true
                }
                None => false,
            }
        })
    }
}
