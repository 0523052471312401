//! The field tables of the record types both the emulator and `tt-records` handle, in the
//! order the server lists them.

use testtrack::types::{
    CDefect, CReportedByRecord, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase, CTestRun,
};

use super::{assigned_to, checkbox, first_report, ro, rw, seeded, unlisted, Field};
use crate::Value as V;

/// A value of a defect's first found-by report ([`V::Empty`] without one).
fn rep(d: &CDefect, f: impl Fn(&CReportedByRecord) -> V) -> V {
    d.reportedbylist.first().map(f).unwrap_or_default()
}

/// Defects (`CDefect`); the found-by fields are those of the first found-by report.
pub const DEFECT: &[Field<CDefect>] = &[
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
    rw!("Found By", "foundby", User, |e| rep(e, |r| V::opt_text(&r.foundby)), |e, v| first_report(e).foundby =
        v.into_text()),
    rw!("Date Found", "datefound", Date, |e| rep(e, |r| V::opt_date(&r.datefound)), |e, v| first_report(e).datefound =
        v.into_date()),
    rw!("Found In Version", "foundinversion", Text, |e| rep(e, |r| V::opt_text(&r.foundinversion)), |e, v| {
        first_report(e).foundinversion = v.into_text()
    }),
    rw!("Description", "comments", LongText, |e| rep(e, |r| V::opt_text(&r.comments)), |e, v| first_report(e)
        .comments =
        v.into_text()),
    rw!("Steps to Reproduce", "reproducedsteps", LongText, |e| rep(e, |r| V::opt_text(&r.reproducedsteps)), |e, v| {
        first_report(e).reproducedsteps = v.into_text()
    }),
    rw!("Reproduced", "reproduced", Text, |e| rep(e, |r| V::opt_text(&r.reproduced)), |e, v| first_report(e)
        .reproduced =
        v.into_text()),
    unlisted!(rw!("Contact Info", "contactinfo", Text, |e| rep(e, |r| V::opt_text(&r.contactinfo)), |e, v| {
        first_report(e).contactinfo = v.into_text()
    })),
    ro!("Currently Assigned To", "assigntolist", Users, |e| assigned_to(&e.eventlist)),
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

/// Test cases (`CTestCase`).
pub const TEST_CASE: &[Field<CTestCase>] = &[
    ro!("Number", "testcasenumber", Integer, |e| V::opt_int(&e.testcasenumber)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    rw!("Is Automated", "isautomated", Boolean, |e| checkbox(&e.isautomated), |e, v| e.isautomated = v.into_bool()),
    rw!("Estimated Time", "estimatedtime", Text, |e| V::opt_text(&e.estimatedtime), |e, v| e.estimatedtime =
        v.into_text()),
    rw!("Test Run Steps Mode", "testrunstepsmode", Text, |e| V::opt_text(&e.testrunstepsmode), |e, v| e
        .testrunstepsmode =
        v.into_text()),
    rw!("Steps", "steps", LongText, |e| V::opt_text(&e.steps), |e, v| e.steps = v.into_text()),
    seeded!("Created By", "createdbyuser", User, |e| V::opt_text(&e.createdbyuser), |e, v| e.createdbyuser =
        v.into_text()),
    ro!("Date Created", "datetimecreated", DateTime, |e| V::opt_datetime(&e.datetimecreated)),
    ro!("Modified By", "modifiedbyuser", User, |e| V::opt_text(&e.modifiedbyuser)),
    ro!("Date Modified", "datetimemodified", DateTime, |e| V::opt_datetime(&e.datetimemodified)),
    unlisted!(ro!("Location Added From", "locationaddedfrom", Text, |e| V::opt_text(&e.locationaddedfrom))),
    rw!("Actual Hours", "actualhours", Decimal, |e| V::opt_dec(&e.actualhours), |e, v| e.actualhours = v.into_dec()),
    rw!("Estimated Hours", "estimatedhours", Decimal, |e| V::opt_dec(&e.estimatedhours), |e, v| e.estimatedhours =
        v.into_dec()),
    unlisted!(rw!("Remaining Hours", "remaininghours", Decimal, |e| V::opt_dec(&e.remaininghours), |e, v| e
        .remaininghours =
        v.into_dec())),
    unlisted!(rw!("Story Points", "storypoints", Integer, |e| V::opt_int(&e.storypoints), |e, v| e.storypoints =
        v.into_int())),
    unlisted!(rw!("Percent Done", "percentdone", Integer, |e| V::opt_int(&e.percentdone), |e, v| e.percentdone =
        v.into_int())),
];

/// Test runs (`CTestRun`).
pub const TEST_RUN: &[Field<CTestRun>] = &[
    ro!("Number", "testrunnumber", Integer, |e| V::opt_int(&e.testrunnumber)),
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    rw!("Type", "type", Text, |e| V::opt_text(&e.type_), |e, v| e.type_ = v.into_text()),
    seeded!("Test Case Number", "testcasenumber", Integer, |e| V::opt_int(&e.testcasenumber), |e, v| e
        .testcasenumber =
        v.into_int()),
    rw!("Test Run Set", "testrunset", Text, |e| V::opt_text(&e.testrunset), |e, v| e.testrunset = v.into_text()),
    rw!("Is Automated", "isautomated", Boolean, |e| checkbox(&e.isautomated), |e, v| e.isautomated = v.into_bool()),
    rw!("Problem Statement", "problemstatement", LongText, |e| V::opt_text(&e.problemstatement), |e, v| e
        .problemstatement =
        v.into_text()),
    rw!("Steps", "steps", LongText, |e| V::opt_text(&e.steps), |e, v| e.steps = v.into_text()),
    seeded!("Created By", "createdbyuser", User, |e| V::opt_text(&e.createdbyuser), |e, v| e.createdbyuser =
        v.into_text()),
    ro!("Date Created", "datetimecreated", DateTime, |e| V::opt_datetime(&e.datetimecreated)),
    ro!("Modified By", "modifiedbyuser", User, |e| V::opt_text(&e.modifiedbyuser)),
    ro!("Date Modified", "datetimemodified", DateTime, |e| V::opt_datetime(&e.datetimemodified)),
    unlisted!(rw!("Actual Hours", "actualhours", Decimal, |e| V::opt_dec(&e.actualhours), |e, v| e.actualhours =
        v.into_dec())),
    unlisted!(rw!("Estimated Hours", "estimatedhours", Decimal, |e| V::opt_dec(&e.estimatedhours), |e, v| e
        .estimatedhours =
        v.into_dec())),
];

/// Requirements (`CRequirement`).
pub const REQUIREMENT: &[Field<CRequirement>] = &[
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
    unlisted!(rw!("Actual Hours", "actualHours", Decimal, |e| V::opt_dec(&e.actual_hours), |e, v| e.actual_hours =
        v.into_dec())),
    unlisted!(rw!("Estimated Hours", "estimatedHours", Decimal, |e| V::opt_dec(&e.estimated_hours), |e, v| e
        .estimated_hours =
        v.into_dec())),
    unlisted!(rw!("Story Points", "storyPoints", Integer, |e| V::opt_int(&e.story_points), |e, v| e.story_points =
        v.into_int())),
];

/// Requirement documents (`CRequirementDocument`).
pub const REQUIREMENT_DOCUMENT: &[Field<CRequirementDocument>] = &[
    ro!("Number", "number", Integer, |e| V::opt_int(&e.number)),
    rw!("Name", "name", Text, |e| V::opt_text(&e.name), |e, v| e.name = v.into_text()),
    rw!("Description", "description", LongText, |e| V::opt_text(&e.description), |e, v| e.description = v.into_text()),
    ro!("Status", "state", Text, |e| V::opt_text(&e.state)),
    ro!("Created By", "createdByUser", User, |e| V::opt_text(&e.created_by_user)),
    ro!("Date Created", "dateTimeCreated", DateTime, |e| V::opt_datetime(&e.date_time_created)),
    ro!("Modified By", "modifiedByUser", User, |e| V::opt_text(&e.modified_by_user)),
    ro!("Date Modified", "dateTimeModified", DateTime, |e| V::opt_datetime(&e.date_time_modified)),
];

/// Tasks (`CTask`; no number, no workflow).
pub const TASK: &[Field<CTask>] = &[
    rw!("Summary", "summary", Text, |e| V::opt_text(&e.summary), |e, v| e.summary = v.into_text()),
    rw!("Status", "status", Text, |e| V::opt_text(&e.status), |e, v| e.status = v.into_text()),
    rw!("Priority", "priority", Text, |e| V::opt_text(&e.priority), |e, v| e.priority = v.into_text()),
    rw!("Description", "description", LongText, |e| V::opt_text(&e.description), |e, v| e.description = v.into_text()),
    rw!("Due Date", "datedue", Date, |e| V::opt_date(&e.datedue), |e, v| e.datedue = v.into_date()),
    rw!("Assign Date", "dateassigned", Date, |e| V::opt_date(&e.dateassigned), |e, v| e.dateassigned = v.into_date()),
    rw!("Version Due", "versiondue", Text, |e| V::opt_text(&e.versiondue), |e, v| e.versiondue = v.into_text()),
    rw!("Assigned To", "assignedto", User, |e| V::opt_text(&e.assignedto), |e, v| e.assignedto = v.into_text()),
    rw!("Assigned By", "assignedby", User, |e| V::opt_text(&e.assignedby), |e, v| e.assignedby = v.into_text()),
    rw!("Assigned Defect", "assigneddefect", Integer, |e| V::opt_int(&e.assigneddefect), |e, v| e.assigneddefect =
        v.into_int()),
];

/// Test configs (`CSystem`; no number, no workflow).
pub const TEST_CONFIG: &[Field<CSystem>] = &[
    rw!("Name", "systemname", Text, |e| V::opt_text(&e.systemname), |e, v| e.systemname = v.into_text()),
    rw!("OS Name", "osname", Text, |e| V::opt_text(&e.osname), |e, v| e.osname = v.into_text()),
    rw!("OS Version", "osversion", Text, |e| V::opt_text(&e.osversion), |e, v| e.osversion = v.into_text()),
    rw!("Computer Brand", "computerbrand", Text, |e| V::opt_text(&e.computerbrand), |e, v| e.computerbrand =
        v.into_text()),
    unlisted!(rw!("Computer Model", "computermodel", Text, |e| V::opt_text(&e.computermodel), |e, v| e
        .computermodel =
        v.into_text())),
    rw!("CPU Type", "cputype", Text, |e| V::opt_text(&e.cputype), |e, v| e.cputype = v.into_text()),
    unlisted!(rw!("CPU Speed", "cpuspeed", Text, |e| V::opt_text(&e.cpuspeed), |e, v| e.cpuspeed = v.into_text())),
    rw!("RAM Size", "ramsize", Text, |e| V::opt_text(&e.ramsize), |e, v| e.ramsize = v.into_text()),
    unlisted!(rw!("Other Hardware", "otherhardware", LongText, |e| V::opt_text(&e.otherhardware), |e, v| e
        .otherhardware =
        v.into_text())),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{by_name, by_xml};

    #[test]
    fn one_lookup_by_name_or_xml() {
        let mut d = CDefect::default();
        let f = by_name(DEFECT, "found by").unwrap();
        (f.set.unwrap())(&mut d, V::Text("Lovelace, Ada".into()));
        assert_eq!(d.reportedbylist[0].foundby.as_deref(), Some("Lovelace, Ada"));
        assert_eq!((by_xml(DEFECT, "foundby").unwrap().get)(&d), V::Text("Lovelace, Ada".into()));
        assert!(by_name(DEFECT, "Status").unwrap().set.is_none());
        assert!(!by_name(TEST_RUN, "Test Case Number").unwrap().client_writable);
        assert!(!by_name(DEFECT, "Contact Info").unwrap().listed);
        assert_eq!((by_name(TEST_CASE, "Is Automated").unwrap().get)(&CTestCase::default()), V::Bool(false));
        for names in [
            DEFECT.iter().map(|f| f.name).collect::<Vec<_>>(),
            TASK.iter().map(|f| f.name).collect(),
            TEST_CONFIG.iter().map(|f| f.name).collect(),
        ] {
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "no name twice: {names:?}");
        }
    }
}
