//! The entity types behind records ([`Entity`], [`RecordKind`]) and their standard fields,
//! by display name and XML name.

use testtrack::types::{
    AnyCEvent, AnyCField, CDefect, CFileAttachment, CReportedByRecord, CRequirement, CRequirementDocument, CSystem,
    CTask, CTestCase, CTestRun,
};

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

/// A standard field of an entity type: names, type, accessors.
pub(crate) struct Spec<E: 'static> {
    pub name: &'static str,
    pub xml: &'static str,
    pub ty: FieldType,
    pub get: fn(&E) -> V,
    pub set: Option<fn(&mut E, V)>,
}

macro_rules! rw {
    ($name:literal, $xml:literal, $ty:ident, $get:expr, $set:expr) => {
        Spec { name: $name, xml: $xml, ty: FieldType::$ty, get: $get, set: Some($set) }
    };
}
macro_rules! ro {
    ($name:literal, $xml:literal, $ty:ident, $get:expr) => {
        Spec { name: $name, xml: $xml, ty: FieldType::$ty, get: $get, set: None }
    };
}

/// The first found-by report of a defect, created when missing (new files and found-by
/// fields go there, as the real clients do).
pub(crate) fn first_report(d: &mut CDefect) -> &mut CReportedByRecord {
    if d.reportedbylist.is_empty() {
        d.reportedbylist.push(CReportedByRecord { showorder: 1, ..Default::default() });
    }
    &mut d.reportedbylist[0]
}

fn rep<T>(d: &CDefect, f: impl Fn(&CReportedByRecord) -> T) -> Option<T> {
    d.reportedbylist.first().map(f)
}

fn assigned(events: &[AnyCEvent]) -> V {
    let last = events.iter().rev().find_map(|e| e.assigntolist().filter(|l| !l.is_empty()).cloned());
    last.map_or(V::Empty, V::List)
}

static DEFECT: &[Spec<CDefect>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    ro!("Number", "defectnumber", Integer, |e| V::opt_int(&e.defectnumber)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    rw!("Priority", "priority", Text, |e| V::opt_text(&e.priority), |e, v| e.priority = v.into_text()),
    rw!("Severity", "severity", Text, |e| V::opt_text(&e.severity), |e, v| e.severity = v.into_text()),
    rw!("Product", "product", Text, |e| V::opt_text(&e.product), |e, v| e.product = v.into_text()),
    rw!("Component", "component", Text, |e| V::opt_text(&e.component), |e, v| e.component = v.into_text()),
    rw!("Disposition", "disposition", Text, |e| V::opt_text(&e.disposition), |e, v| e.disposition = v.into_text()),
    rw!("Reference", "reference", Text, |e| V::opt_text(&e.reference), |e, v| e.reference = v.into_text()),
    rw!("Entered By", "enteredby", User, |e| V::opt_text(&e.enteredby), |e, v| e.enteredby = v.into_text()),
    rw!("Date Entered", "dateentered", Date, |e| V::opt_date(&e.dateentered), |e, v| e.dateentered = v.into_date()),
    rw!("Workaround", "workaround", LongText, |e| V::opt_text(&e.workaround), |e, v| e.workaround = v.into_text()),
    rw!("Found By", "foundby", User, |e| rep(e, |r| V::opt_text(&r.foundby)).unwrap_or_default(), |e, v| {
        first_report(e).foundby = v.into_text()
    }),
    rw!("Date Found", "datefound", Date, |e| rep(e, |r| V::opt_date(&r.datefound)).unwrap_or_default(), |e, v| {
        first_report(e).datefound = v.into_date()
    }),
    rw!(
        "Found In Version",
        "foundinversion",
        Text,
        |e| rep(e, |r| V::opt_text(&r.foundinversion)).unwrap_or_default(),
        |e, v| first_report(e).foundinversion = v.into_text()
    ),
    rw!("Description", "comments", LongText, |e| rep(e, |r| V::opt_text(&r.comments)).unwrap_or_default(), |e, v| {
        first_report(e).comments = v.into_text()
    }),
    rw!(
        "Steps to Reproduce",
        "reproducedsteps",
        LongText,
        |e| rep(e, |r| V::opt_text(&r.reproducedsteps)).unwrap_or_default(),
        |e, v| first_report(e).reproducedsteps = v.into_text()
    ),
    rw!("Reproduced", "reproduced", Text, |e| rep(e, |r| V::opt_text(&r.reproduced)).unwrap_or_default(), |e, v| {
        first_report(e).reproduced = v.into_text()
    }),
    rw!(
        "Contact Info",
        "contactinfo",
        Text,
        |e| rep(e, |r| V::opt_text(&r.contactinfo)).unwrap_or_default(),
        |e, v| first_report(e).contactinfo = v.into_text()
    ),
    ro!("Currently Assigned To", "assigntolist", Users, |e| assigned(&e.eventlist)),
    ro!("Created By", "createdbyuser", User, |e| V::opt_text(&e.createdbyuser)),
    ro!("Date Created", "datetimecreated", DateTime, |e| V::opt_datetime(&e.datetimecreated)),
    ro!("Modified By", "modifiedbyuser", User, |e| V::opt_text(&e.modifiedbyuser)),
    ro!("Date Modified", "datetimemodified", DateTime, |e| V::opt_datetime(&e.datetimemodified)),
    ro!("Location Added From", "locationaddedfrom", Text, |e| V::opt_text(&e.locationaddedfrom)),
    rw!("Actual Hours", "actualhourstofix", Decimal, |e| V::opt_dec(&e.actualhourstofix), |e, v| e.actualhourstofix =
        v.into_dec()),
    rw!("Estimated Hours", "estimatedhours", Decimal, |e| V::opt_dec(&e.estimatedhours), |e, v| e.estimatedhours =
        v.into_dec()),
    rw!("Remaining Hours", "remaininghours", Decimal, |e| V::opt_dec(&e.remaininghours), |e, v| e.remaininghours =
        v.into_dec()),
    rw!("Variance", "variance", Decimal, |e| V::opt_dec(&e.variance), |e, v| e.variance = v.into_dec()),
    rw!("Story Points", "storypoints", Integer, |e| V::opt_int(&e.storypoints), |e, v| e.storypoints = v.into_int()),
    rw!("Percent Done", "percentdone", Integer, |e| V::opt_int(&e.percentdone), |e, v| e.percentdone = v.into_int()),
];

static TEST_CASE: &[Spec<CTestCase>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    ro!("Number", "testcasenumber", Integer, |e| V::opt_int(&e.testcasenumber)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    rw!("Is Automated", "isautomated", Boolean, |e| V::opt_bool(&e.isautomated), |e, v| e.isautomated = v.into_bool()),
    rw!("Estimated Time", "estimatedtime", Text, |e| V::opt_text(&e.estimatedtime), |e, v| e.estimatedtime =
        v.into_text()),
    rw!("Test Run Steps Mode", "testrunstepsmode", Text, |e| V::opt_text(&e.testrunstepsmode), |e, v| e
        .testrunstepsmode =
        v.into_text()),
    rw!("Steps", "steps", LongText, |e| V::opt_text(&e.steps), |e, v| e.steps = v.into_text()),
    ro!("Created By", "createdbyuser", User, |e| V::opt_text(&e.createdbyuser)),
    ro!("Date Created", "datetimecreated", DateTime, |e| V::opt_datetime(&e.datetimecreated)),
    ro!("Modified By", "modifiedbyuser", User, |e| V::opt_text(&e.modifiedbyuser)),
    ro!("Date Modified", "datetimemodified", DateTime, |e| V::opt_datetime(&e.datetimemodified)),
    ro!("Location Added From", "locationaddedfrom", Text, |e| V::opt_text(&e.locationaddedfrom)),
    rw!("Actual Hours", "actualhours", Decimal, |e| V::opt_dec(&e.actualhours), |e, v| e.actualhours = v.into_dec()),
    rw!("Estimated Hours", "estimatedhours", Decimal, |e| V::opt_dec(&e.estimatedhours), |e, v| e.estimatedhours =
        v.into_dec()),
    rw!("Remaining Hours", "remaininghours", Decimal, |e| V::opt_dec(&e.remaininghours), |e, v| e.remaininghours =
        v.into_dec()),
    rw!("Story Points", "storypoints", Integer, |e| V::opt_int(&e.storypoints), |e, v| e.storypoints = v.into_int()),
    rw!("Percent Done", "percentdone", Integer, |e| V::opt_int(&e.percentdone), |e, v| e.percentdone = v.into_int()),
];

static TEST_RUN: &[Spec<CTestRun>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    ro!("Number", "testrunnumber", Integer, |e| V::opt_int(&e.testrunnumber)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    ro!("Test Case Number", "testcasenumber", Integer, |e| V::opt_int(&e.testcasenumber)),
    rw!("Test Run Set", "testrunset", Text, |e| V::opt_text(&e.testrunset), |e, v| e.testrunset = v.into_text()),
    rw!("Is Automated", "isautomated", Boolean, |e| V::opt_bool(&e.isautomated), |e, v| e.isautomated = v.into_bool()),
    rw!("Problem Statement", "problemstatement", LongText, |e| V::opt_text(&e.problemstatement), |e, v| e
        .problemstatement =
        v.into_text()),
    rw!("Steps", "steps", LongText, |e| V::opt_text(&e.steps), |e, v| e.steps = v.into_text()),
    ro!("Created By", "createdbyuser", User, |e| V::opt_text(&e.createdbyuser)),
    ro!("Date Created", "datetimecreated", DateTime, |e| V::opt_datetime(&e.datetimecreated)),
    ro!("Modified By", "modifiedbyuser", User, |e| V::opt_text(&e.modifiedbyuser)),
    ro!("Date Modified", "datetimemodified", DateTime, |e| V::opt_datetime(&e.datetimemodified)),
    rw!("Actual Hours", "actualhours", Decimal, |e| V::opt_dec(&e.actualhours), |e, v| e.actualhours = v.into_dec()),
    rw!("Estimated Hours", "estimatedhours", Decimal, |e| V::opt_dec(&e.estimatedhours), |e, v| e.estimatedhours =
        v.into_dec()),
];

static REQUIREMENT: &[Spec<CRequirement>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    ro!("Number", "number", Integer, |e| V::opt_int(&e.number)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    rw!("Tag", "tag", Text, |e| V::opt_text(&e.tag), |e, v| e.tag = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Importance", "importance", Text, |e| V::opt_text(&e.importance), |e, v| e.importance = v.into_text()),
    rw!("Description", "description", LongText, |e| V::opt_text(&e.description), |e, v| e.description = v.into_text()),
    rw!("Entered By", "enteredBy", User, |e| V::opt_text(&e.entered_by), |e, v| e.entered_by = v.into_text()),
    rw!("Date Entered", "dateEntered", Date, |e| V::opt_date(&e.date_entered), |e, v| e.date_entered = v.into_date()),
    ro!("Created By", "createdByUser", User, |e| V::opt_text(&e.created_by_user)),
    ro!("Date Created", "dateTimeCreated", DateTime, |e| V::opt_datetime(&e.date_time_created)),
    ro!("Modified By", "modifiedByUser", User, |e| V::opt_text(&e.modified_by_user)),
    ro!("Date Modified", "dateTimeModified", DateTime, |e| V::opt_datetime(&e.date_time_modified)),
    rw!("Actual Hours", "actualHours", Decimal, |e| V::opt_dec(&e.actual_hours), |e, v| e.actual_hours = v.into_dec()),
    rw!("Estimated Hours", "estimatedHours", Decimal, |e| V::opt_dec(&e.estimated_hours), |e, v| e.estimated_hours =
        v.into_dec()),
    rw!("Story Points", "storyPoints", Integer, |e| V::opt_int(&e.story_points), |e, v| e.story_points = v.into_int()),
];

static REQUIREMENT_DOCUMENT: &[Spec<CRequirementDocument>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    ro!("Number", "number", Integer, |e| V::opt_int(&e.number)),
    rw!("Name", "name", Text, |e| V::opt_text(&e.name), |e, v| e.name = v.into_text()),
    rw!("Description", "description", LongText, |e| V::opt_text(&e.description), |e, v| e.description = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    ro!("Created By", "createdByUser", User, |e| V::opt_text(&e.created_by_user)),
    ro!("Date Created", "dateTimeCreated", DateTime, |e| V::opt_datetime(&e.date_time_created)),
    ro!("Modified By", "modifiedByUser", User, |e| V::opt_text(&e.modified_by_user)),
    ro!("Date Modified", "dateTimeModified", DateTime, |e| V::opt_datetime(&e.date_time_modified)),
];

static TASK: &[Spec<CTask>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    rw!("Status", "status", Text, |e| V::opt_text(&e.status), |e, v| e.status = v.into_text()),
    rw!("Priority", "priority", Text, |e| V::opt_text(&e.priority), |e, v| e.priority = v.into_text()),
    rw!("Description", "description", LongText, |e| V::opt_text(&e.description), |e, v| e.description = v.into_text()),
    rw!("Due Date", "datedue", Date, |e| V::opt_date(&e.datedue), |e, v| e.datedue = v.into_date()),
    rw!("Date Assigned", "dateassigned", Date, |e| V::opt_date(&e.dateassigned), |e, v| e.dateassigned = v.into_date()),
    rw!("Version Due", "versiondue", Text, |e| V::opt_text(&e.versiondue), |e, v| e.versiondue = v.into_text()),
    rw!("Assigned To", "assignedto", User, |e| V::opt_text(&e.assignedto), |e, v| e.assignedto = v.into_text()),
    rw!("Assigned By", "assignedby", User, |e| V::opt_text(&e.assignedby), |e, v| e.assignedby = v.into_text()),
    rw!("Assigned Defect", "assigneddefect", Integer, |e| V::opt_int(&e.assigneddefect), |e, v| e.assigneddefect =
        v.into_int()),
];

static TEST_CONFIG: &[Spec<CSystem>] = &[
    ro!("Record ID", "recordid", Integer, |e| V::Integer(e.recordid)),
    rw!("Name", "systemname", Text, |e| V::opt_text(&e.systemname), |e, v| e.systemname = v.into_text()),
    rw!("OS Name", "osname", Text, |e| V::opt_text(&e.osname), |e, v| e.osname = v.into_text()),
    rw!("OS Version", "osversion", Text, |e| V::opt_text(&e.osversion), |e, v| e.osversion = v.into_text()),
    rw!("Computer Brand", "computerbrand", Text, |e| V::opt_text(&e.computerbrand), |e, v| e.computerbrand =
        v.into_text()),
    rw!("Computer Model", "computermodel", Text, |e| V::opt_text(&e.computermodel), |e, v| e.computermodel =
        v.into_text()),
    rw!("CPU Type", "cputype", Text, |e| V::opt_text(&e.cputype), |e, v| e.cputype = v.into_text()),
    rw!("CPU Speed", "cpuspeed", Text, |e| V::opt_text(&e.cpuspeed), |e, v| e.cpuspeed = v.into_text()),
    rw!("RAM Size", "ramsize", Text, |e| V::opt_text(&e.ramsize), |e, v| e.ramsize = v.into_text()),
    rw!("Other Hardware", "otherhardware", LongText, |e| V::opt_text(&e.otherhardware), |e, v| e.otherhardware =
        v.into_text()),
];

/// What every entity type provides to the generic record code.
pub(crate) trait Kind: Sized + Clone + 'static {
    const KIND: RecordKind;
    fn specs() -> &'static [Spec<Self>];
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
    fn specs() -> &'static [Spec<Self>] {
        DEFECT
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
            fn specs() -> &'static [Spec<Self>] {
                $specs
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
    fn specs() -> &'static [Spec<Self>] {
        TASK
    }
    fn record_id(&self) -> i64 {
        self.recordid
    }
}

impl Kind for CSystem {
    const KIND: RecordKind = RecordKind::TestConfig;
    fn specs() -> &'static [Spec<Self>] {
        TEST_CONFIG
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

fn specs_of<E: Kind>(_: &E) -> &'static [Spec<E>] {
    E::specs()
}

/// The standard fields of a kind: (display name, XML name, type, writable).
pub(crate) fn standard_fields(kind: RecordKind) -> Vec<(&'static str, &'static str, FieldType, bool)> {
    fn list<E: Kind>() -> Vec<(&'static str, &'static str, FieldType, bool)> {
        E::specs().iter().map(|s| (s.name, s.xml, s.ty, s.set.is_some())).collect()
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
        each!(self, e => specs_of(e).iter().find(|s| s.xml == xml).map(|s| (s.get)(e)))
    }

    /// Sets a standard field by XML name; false when it has no setter.
    pub(crate) fn set_standard(&mut self, xml: &str, v: V) -> bool {
        each!(self, e => {
            match specs_of(e).iter().find(|s| s.xml == xml).and_then(|s| s.set) {
                Some(set) => {
                    set(e, v);
                    true
                }
                None => false,
            }
        })
    }
}
