//! The record kinds: where each is stored, its list columns, and its add/save rules.
//!
//! Common rules (see the crate docs for the full list):
//! - the server owns record ids, numbers, the workflow state, the created/modified stamps and
//!   the location added from; client values for them are ignored;
//! - on save, an optional field the client leaves out keeps its stored value; an empty array
//!   (event list, reports, custom fields, attachments) keeps the stored items;
//! - user-valued fields must name a user or customer ("Last, First"), dropdown fields a value
//!   of their list (fault 23 otherwise).

use testtrack::types::{
    AnyCEvent, AnyCField, AnyCVersionInfo, CDefect, CFileAttachment, CLink, CLinkHistoryItem, CLinkedItem,
    CReportedByRecord, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase, CTestRun, CUser, CVersionInfo,
};
use ttsoap::Fault;

use super::common::{
    assigned_to, check_dropdown, check_user, days_date, keep, merge_attachments, merge_fields, outgoing_events,
    process_events, require, s, secs_datetime, strip, v_bool, v_date, v_datetime, v_float, v_int, value_date,
    value_text,
};
use super::{column, Column, Cx, Key, Kind};
use crate::clock;
use crate::faults;
use crate::store::RecordTable;
use crate::tables::Table;
use crate::value::Value;
use crate::world::{display_name, Auth, World};
use crate::Profile;

/// Where a record was added from.
const LOCATION: &str = "SOAP";

fn text_matches(v: &Option<String>, key: &Key) -> bool {
    match key {
        Key::Text(t) => s(v).trim().eq_ignore_ascii_case(t.trim()),
        _ => false,
    }
}

/// The initial state of a table's workflow, if it has one.
fn initial_state(cx: &Cx<'_>, t: Table) -> Option<String> {
    cx.proj().workflows.get(&t).map(|w| w.initial_state.clone())
}

/// Runs the events of an added record through the workflow (from the initial state).
fn add_events(cx: &mut Cx<'_>, t: Table, state: &mut Option<String>, events: &mut Vec<AnyCEvent>) -> Result<(), Fault> {
    let incoming = std::mem::take(events);
    match initial_state(cx, t) {
        Some(init) => {
            let mut st = init;
            *events = process_events(cx, t, &mut st, &[], &incoming)?;
            *state = Some(st);
        }
        None if incoming.is_empty() => {}
        None => {
            return Err(faults::fault(faults::codes::WORKFLOW_NOT_DEFINED, format!("Workflow not defined for {t}.")))
        }
    }
    Ok(())
}

/// Runs the events of a saved record through the workflow (from the stored state).
fn save_events(
    cx: &mut Cx<'_>,
    t: Table,
    stored_state: &Option<String>,
    stored: &[AnyCEvent],
    state: &mut Option<String>,
    events: &mut Vec<AnyCEvent>,
) -> Result<(), Fault> {
    let incoming = std::mem::take(events);
    if cx.proj().workflows.contains_key(&t) {
        let mut st = stored_state.clone().unwrap_or_default();
        *events = process_events(cx, t, &mut st, stored, &incoming)?;
        *state = Some(st);
    } else {
        *events = process_events(cx, t, &mut String::new(), stored, &incoming)?;
        if state.is_none() {
            state.clone_from(stored_state);
        }
    }
    Ok(())
}

fn custom_for(cx: &Cx<'_>, t: Table, stored: &[AnyCField], incoming: &[AnyCField]) -> Result<Vec<AnyCField>, Fault> {
    let defs = cx.proj().custom_defs(t).to_vec();
    merge_fields(&defs, stored, incoming, t.name())
}

fn now_dt(cx: &Cx<'_>) -> Option<ttsoap::DateTime> {
    Some(secs_datetime(cx.now))
}

fn text(v: Value) -> Option<String> {
    value_text(v)
}

fn float(v: &Value) -> Result<Option<f64>, String> {
    match v {
        Value::Empty => Ok(None),
        Value::Float(f) => Ok(Some(*f)),
        Value::Int(i) => Ok(Some(*i as f64)),
        other => Err(format!("{other:?} is not a number")),
    }
}

fn int(v: &Value) -> Result<Option<i64>, String> {
    match v {
        Value::Empty => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        other => Err(format!("{other:?} is not a whole number")),
    }
}

fn boolean(v: &Value) -> Result<Option<bool>, String> {
    match v {
        Value::Empty => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        other => Err(format!("{other:?} is not true or false")),
    }
}

// ---------------------------------------------------------------------------------------------
// Defect

/// Defects (issues).
pub(crate) struct DefectK;

fn check_report(cx: &mut Cx<'_>, r: &mut CReportedByRecord) -> Result<(), Fault> {
    check_user(cx, "foundby", &mut r.foundby)?;
    check_dropdown(cx, Table::Defect, "Reproduced", &mut r.reproduced)
}

/// Merges found-by reports: a non-empty list replaces the stored one; items with a stored
/// record id keep the stored values of what they leave out and their attachments merge.
fn merge_reports(
    cx: &mut Cx<'_>,
    stored: &[CReportedByRecord],
    incoming: Vec<CReportedByRecord>,
) -> Result<Vec<CReportedByRecord>, Fault> {
    if incoming.is_empty() {
        return Ok(stored.to_vec());
    }
    let mut out = Vec::with_capacity(incoming.len());
    for (i, mut r) in incoming.into_iter().enumerate() {
        let old = stored.iter().find(|o| r.recordid != 0 && o.recordid == r.recordid).cloned();
        match &old {
            Some(o) => {
                keep!(r, o; foundby, datefound, contactinfo, foundinversion, comments, reproduced, reproducedsteps,
                    standardtestconfig, otherhardwaresoftware, testconfigtype);
            }
            None => r.recordid = cx.next_id(),
        }
        let empty = CReportedByRecord::default();
        let o = old.as_ref().unwrap_or(&empty);
        r.attachmentlist = merge_attachments(cx, &o.attachmentlist, &r.attachmentlist);
        r.comments_inline_attach_list =
            merge_attachments(cx, &o.comments_inline_attach_list, &r.comments_inline_attach_list);
        r.repro_steps_inline_attach_list =
            merge_attachments(cx, &o.repro_steps_inline_attach_list, &r.repro_steps_inline_attach_list);
        r.other_hwsw_inline_attach_list =
            merge_attachments(cx, &o.other_hwsw_inline_attach_list, &r.other_hwsw_inline_attach_list);
        check_report(cx, &mut r)?;
        r.showorder = i16::try_from(i + 1).unwrap_or(i16::MAX);
        out.push(r);
    }
    Ok(out)
}

fn check_defect(cx: &mut Cx<'_>, r: &mut CDefect) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    let t = Table::Defect;
    check_dropdown(cx, t, "Type", &mut r.type_)?;
    check_dropdown(cx, t, "Priority", &mut r.priority)?;
    check_dropdown(cx, t, "Product", &mut r.product)?;
    check_dropdown(cx, t, "Component", &mut r.component)?;
    check_dropdown(cx, t, "Severity", &mut r.severity)?;
    check_dropdown(cx, t, "Disposition", &mut r.disposition)?;
    check_user(cx, "enteredby", &mut r.enteredby)
}

fn first_report(r: &mut CDefect) -> &mut CReportedByRecord {
    if r.reportedbylist.is_empty() {
        r.reportedbylist.push(CReportedByRecord { showorder: 1, ..Default::default() });
    }
    &mut r.reportedbylist[0]
}

impl Kind for DefectK {
    type W = CDefect;
    const TABLE: Table = Table::Defect;

    fn store(w: &World, p: usize) -> &RecordTable<CDefect> {
        &w.projects[p].defects
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CDefect> {
        &mut w.projects[p].defects
    }
    fn matches(r: &CDefect, key: &Key) -> bool {
        text_matches(&r.summary, key)
    }
    fn set_ids(r: &mut CDefect, id: i64, number: i64) {
        r.recordid = id;
        r.defectnumber = Some(number);
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CDefect) -> Result<(), Fault> {
        check_defect(cx, r)?;
        if s(&r.enteredby).is_empty() {
            r.enteredby = Some(cx.user_name.clone());
        }
        if r.dateentered.is_none() {
            r.dateentered = Some(days_date(cx.now.div_euclid(86_400)));
        }
        let reports = std::mem::take(&mut r.reportedbylist);
        r.reportedbylist = merge_reports(cx, &[], reports)?;
        add_events(cx, Table::Defect, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::Defect, &[], &r.custom_field_list)?;
        r.workaround_inline_attach_list = merge_attachments(cx, &[], &r.workaround_inline_attach_list);
        r.datetimecreated = now_dt(cx);
        r.datetimemodified = now_dt(cx);
        r.createdbyuser = Some(cx.user_name.clone());
        r.modifiedbyuser = Some(cx.user_name.clone());
        r.locationaddedfrom = Some(LOCATION.into());
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CDefect, r: &mut CDefect) -> Result<(), Fault> {
        keep!(r, old; summary, disposition, type_, priority, product, component, reference, severity, enteredby,
            workaround, dateentered, actualhourstofix, estimatedhours, remaininghours, variance, storypoints,
            percentdone);
        check_defect(cx, r)?;
        let reports = std::mem::take(&mut r.reportedbylist);
        r.reportedbylist = merge_reports(cx, &old.reportedbylist, reports)?;
        save_events(cx, Table::Defect, &old.state, &old.eventlist, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::Defect, &old.custom_field_list, &r.custom_field_list)?;
        r.workaround_inline_attach_list =
            merge_attachments(cx, &old.workaround_inline_attach_list, &r.workaround_inline_attach_list);
        if r.p_scc_file_list.is_empty() {
            r.p_scc_file_list.clone_from(&old.p_scc_file_list);
        }
        r.datetimecreated.clone_from(&old.datetimecreated);
        r.createdbyuser.clone_from(&old.createdbyuser);
        r.locationaddedfrom.clone_from(&old.locationaddedfrom);
        r.datetimemodified = now_dt(cx);
        r.modifiedbyuser = Some(cx.user_name.clone());
        Ok(())
    }

    fn outgoing(cx: &Cx<'_>, r: &mut CDefect, download: bool) {
        if !download {
            strip(&mut r.workaround_inline_attach_list);
            for rep in &mut r.reportedbylist {
                strip(&mut rep.attachmentlist);
                strip(&mut rep.comments_inline_attach_list);
                strip(&mut rep.repro_steps_inline_attach_list);
                strip(&mut rep.other_hwsw_inline_attach_list);
            }
        }
        outgoing_events(cx.profile, &mut r.eventlist, download);
        if cx.profile == Profile::V2013 {
            // CDefect.dateentered does not exist in the 2013 interface.
            r.dateentered = None;
        }
    }

    const COLUMNS: &'static [Column<CDefect>] = &[
        column!("Number", Int, |r| v_int(&r.defectnumber)),
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Type", Text, |r| Value::opt_text(&r.type_), |r, v| r.type_ = text(v)),
        column!("Priority", Text, |r| Value::opt_text(&r.priority), |r, v| r.priority = text(v)),
        column!("Severity", Text, |r| Value::opt_text(&r.severity), |r, v| r.severity = text(v)),
        column!("Product", Text, |r| Value::opt_text(&r.product), |r, v| r.product = text(v)),
        column!("Component", Text, |r| Value::opt_text(&r.component), |r, v| r.component = text(v)),
        column!("Disposition", Text, |r| Value::opt_text(&r.disposition), |r, v| r.disposition = text(v)),
        column!("Reference", Text, |r| Value::opt_text(&r.reference), |r, v| r.reference = text(v)),
        column!("Entered By", Text, |r| Value::opt_text(&r.enteredby), |r, v| r.enteredby = text(v)),
        column!("Date Entered", Date, |r| v_date(&r.dateentered), |r, v| r.dateentered = value_date(&v)),
        column!("Workaround", Text, |r| Value::opt_text(&r.workaround), |r, v| r.workaround = text(v)),
        column!("Found By", Text, |r| report_text(r, |x| &x.foundby), |r, v| first_report(r).foundby = text(v)),
        column!(
            "Date Found",
            Date,
            |r| r.reportedbylist.first().map_or(Value::Empty, |x| v_date(&x.datefound)),
            |r, v| first_report(r).datefound = value_date(&v)
        ),
        column!("Found In Version", Text, |r| report_text(r, |x| &x.foundinversion), |r, v| first_report(r)
            .foundinversion =
            text(v)),
        column!("Description", Text, |r| report_text(r, |x| &x.comments), |r, v| first_report(r).comments = text(v)),
        column!("Steps to Reproduce", Text, |r| report_text(r, |x| &x.reproducedsteps), |r, v| first_report(r)
            .reproducedsteps =
            text(v)),
        column!("Reproduced", Text, |r| report_text(r, |x| &x.reproduced), |r, v| first_report(r).reproduced = text(v)),
        column!("Currently Assigned To", List, |r| Value::List(assigned_to(&r.eventlist))),
        column!("Created By", Text, |r| Value::opt_text(&r.createdbyuser)),
        column!("Date Created", DateTime, |r| v_datetime(&r.datetimecreated)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modifiedbyuser)),
        column!("Date Modified", DateTime, |r| v_datetime(&r.datetimemodified)),
        column!("Location Added From", Text, |r| Value::opt_text(&r.locationaddedfrom)),
        column!("Actual Hours", Float, |r| v_float(&r.actualhourstofix), |r, v| r.actualhourstofix = float(&v)?),
        column!("Estimated Hours", Float, |r| v_float(&r.estimatedhours), |r, v| r.estimatedhours = float(&v)?),
        column!("Remaining Hours", Float, |r| v_float(&r.remaininghours), |r, v| r.remaininghours = float(&v)?),
        column!("Variance", Float, |r| v_float(&r.variance), |r, v| r.variance = float(&v)?),
        column!("Story Points", Int, |r| v_int(&r.storypoints), |r, v| r.storypoints = int(&v)?),
        column!("Percent Done", Int, |r| v_int(&r.percentdone), |r, v| r.percentdone = int(&v)?),
    ];

    fn custom(r: &CDefect) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CDefect, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_attachments(r: &mut CDefect, files: Vec<CFileAttachment>) -> Result<(), String> {
        first_report(r).attachmentlist.extend(files);
        Ok(())
    }

    fn seed_events(r: &mut CDefect, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.eventlist = events;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Test case and test run

/// Test cases.
pub(crate) struct TestCaseK;

impl Kind for TestCaseK {
    type W = CTestCase;
    const TABLE: Table = Table::TestCase;

    fn store(w: &World, p: usize) -> &RecordTable<CTestCase> {
        &w.projects[p].test_cases
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CTestCase> {
        &mut w.projects[p].test_cases
    }
    fn matches(r: &CTestCase, key: &Key) -> bool {
        text_matches(&r.summary, key)
    }
    fn set_ids(r: &mut CTestCase, id: i64, number: i64) {
        r.recordid = id;
        r.testcasenumber = Some(number);
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CTestCase) -> Result<(), Fault> {
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestCase, "Type", &mut r.type_)?;
        add_events(cx, Table::TestCase, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestCase, &[], &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &[], &r.attachmentlist);
        if s(&r.createdbyuser).is_empty() {
            r.createdbyuser = Some(cx.user_name.clone());
        } else {
            check_user(cx, "createdbyuser", &mut r.createdbyuser)?;
        }
        r.datetimecreated = now_dt(cx);
        r.datetimemodified = now_dt(cx);
        r.modifiedbyuser = Some(cx.user_name.clone());
        r.locationaddedfrom = Some(LOCATION.into());
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CTestCase, r: &mut CTestCase) -> Result<(), Fault> {
        keep!(r, old; summary, actualhours, estimatedhours, remaininghours, variance, storypoints, percentdone, type_,
            testrunstepsmode, isautomated, estimatedtime, steps);
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestCase, "Type", &mut r.type_)?;
        save_events(cx, Table::TestCase, &old.state, &old.eventlist, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestCase, &old.custom_field_list, &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &old.attachmentlist, &r.attachmentlist);
        if r.test_variants.is_empty() {
            r.test_variants.clone_from(&old.test_variants);
        }
        if r.scc_file_list.is_empty() {
            r.scc_file_list.clone_from(&old.scc_file_list);
        }
        r.createdbyuser.clone_from(&old.createdbyuser);
        r.datetimecreated.clone_from(&old.datetimecreated);
        r.locationaddedfrom.clone_from(&old.locationaddedfrom);
        r.datetimemodified = now_dt(cx);
        r.modifiedbyuser = Some(cx.user_name.clone());
        Ok(())
    }

    fn outgoing(cx: &Cx<'_>, r: &mut CTestCase, download: bool) {
        if !download {
            strip(&mut r.attachmentlist);
        }
        outgoing_events(cx.profile, &mut r.eventlist, download);
    }

    const COLUMNS: &'static [Column<CTestCase>] = &[
        column!("Number", Int, |r| v_int(&r.testcasenumber)),
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Type", Text, |r| Value::opt_text(&r.type_), |r, v| r.type_ = text(v)),
        column!("Is Automated", Bool, |r| v_bool(&r.isautomated), |r, v| r.isautomated = boolean(&v)?),
        column!("Estimated Time", Text, |r| Value::opt_text(&r.estimatedtime), |r, v| r.estimatedtime = text(v)),
        column!("Test Run Steps Mode", Text, |r| Value::opt_text(&r.testrunstepsmode), |r, v| r.testrunstepsmode =
            text(v)),
        column!("Steps", Text, |r| Value::opt_text(&r.steps), |r, v| r.steps = text(v)),
        column!("Created By", Text, |r| Value::opt_text(&r.createdbyuser), |r, v| r.createdbyuser = text(v)),
        column!("Date Created", DateTime, |r| v_datetime(&r.datetimecreated)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modifiedbyuser)),
        column!("Date Modified", DateTime, |r| v_datetime(&r.datetimemodified)),
        column!("Actual Hours", Float, |r| v_float(&r.actualhours), |r, v| r.actualhours = float(&v)?),
        column!("Estimated Hours", Float, |r| v_float(&r.estimatedhours), |r, v| r.estimatedhours = float(&v)?),
    ];

    fn custom(r: &CTestCase) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CTestCase, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_attachments(r: &mut CTestCase, files: Vec<CFileAttachment>) -> Result<(), String> {
        r.attachmentlist.extend(files);
        Ok(())
    }

    fn seed_events(r: &mut CTestCase, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.eventlist = events;
        Ok(())
    }
}

/// Test runs.
pub(crate) struct TestRunK;

impl Kind for TestRunK {
    type W = CTestRun;
    const TABLE: Table = Table::TestRun;

    fn store(w: &World, p: usize) -> &RecordTable<CTestRun> {
        &w.projects[p].test_runs
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CTestRun> {
        &mut w.projects[p].test_runs
    }
    fn matches(r: &CTestRun, key: &Key) -> bool {
        text_matches(&r.summary, key)
    }
    fn set_ids(r: &mut CTestRun, id: i64, number: i64) {
        r.recordid = id;
        r.testrunnumber = Some(number);
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CTestRun) -> Result<(), Fault> {
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestRun, "Type", &mut r.type_)?;
        if let Some(n) = r.testcasenumber.filter(|n| *n > 0) {
            let tc = cx.proj().test_cases.by_number(n).ok_or_else(|| faults::validation("No such test case."))?;
            r.testcaserecordid = Some(tc.recordid);
        }
        add_events(cx, Table::TestRun, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestRun, &[], &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &[], &r.attachmentlist);
        if s(&r.createdbyuser).is_empty() {
            r.createdbyuser = Some(cx.user_name.clone());
        } else {
            check_user(cx, "createdbyuser", &mut r.createdbyuser)?;
        }
        r.datetimecreated = now_dt(cx);
        r.datetimemodified = now_dt(cx);
        r.modifiedbyuser = Some(cx.user_name.clone());
        r.locationaddedfrom = Some(LOCATION.into());
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CTestRun, r: &mut CTestRun) -> Result<(), Fault> {
        keep!(r, old; summary, actualhours, estimatedhours, remaininghours, variance, storypoints, percentdone, type_,
            testrunset, isautomated, estimatedtime, steps, problemstatement, stepsmode);
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestRun, "Type", &mut r.type_)?;
        save_events(cx, Table::TestRun, &old.state, &old.eventlist, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestRun, &old.custom_field_list, &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &old.attachmentlist, &r.attachmentlist);
        if r.test_variants.is_empty() {
            r.test_variants.clone_from(&old.test_variants);
        }
        if r.scc_file_list.is_empty() {
            r.scc_file_list.clone_from(&old.scc_file_list);
        }
        r.testcasenumber = old.testcasenumber;
        r.testcaserecordid = old.testcaserecordid;
        r.createdbyuser.clone_from(&old.createdbyuser);
        r.datetimecreated.clone_from(&old.datetimecreated);
        r.locationaddedfrom.clone_from(&old.locationaddedfrom);
        r.datetimemodified = now_dt(cx);
        r.modifiedbyuser = Some(cx.user_name.clone());
        Ok(())
    }

    fn outgoing(cx: &Cx<'_>, r: &mut CTestRun, download: bool) {
        if !download {
            strip(&mut r.attachmentlist);
        }
        outgoing_events(cx.profile, &mut r.eventlist, download);
    }

    const COLUMNS: &'static [Column<CTestRun>] = &[
        column!("Number", Int, |r| v_int(&r.testrunnumber)),
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Type", Text, |r| Value::opt_text(&r.type_), |r, v| r.type_ = text(v)),
        column!("Test Case Number", Int, |r| v_int(&r.testcasenumber), |r, v| r.testcasenumber = int(&v)?),
        column!("Test Run Set", Text, |r| Value::opt_text(&r.testrunset), |r, v| r.testrunset = text(v)),
        column!("Is Automated", Bool, |r| v_bool(&r.isautomated), |r, v| r.isautomated = boolean(&v)?),
        column!("Problem Statement", Text, |r| Value::opt_text(&r.problemstatement), |r, v| r.problemstatement =
            text(v)),
        column!("Steps", Text, |r| Value::opt_text(&r.steps), |r, v| r.steps = text(v)),
        column!("Created By", Text, |r| Value::opt_text(&r.createdbyuser), |r, v| r.createdbyuser = text(v)),
        column!("Date Created", DateTime, |r| v_datetime(&r.datetimecreated)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modifiedbyuser)),
        column!("Date Modified", DateTime, |r| v_datetime(&r.datetimemodified)),
    ];

    fn custom(r: &CTestRun) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CTestRun, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_attachments(r: &mut CTestRun, files: Vec<CFileAttachment>) -> Result<(), String> {
        r.attachmentlist.extend(files);
        Ok(())
    }

    fn seed_events(r: &mut CTestRun, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.eventlist = events;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Requirement and requirement document

/// Requirements.
pub(crate) struct RequirementK;

fn check_requirement(cx: &mut Cx<'_>, r: &mut CRequirement) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    require(&r.type_, "The requirement type")?;
    check_dropdown(cx, Table::Requirement, "Type", &mut r.type_)?;
    check_dropdown(cx, Table::Requirement, "Importance", &mut r.importance)?;
    check_user(cx, "enteredBy", &mut r.entered_by)
}

fn version(cx: &Cx<'_>, n: usize) -> AnyCVersionInfo {
    AnyCVersionInfo::CVersionInfo(CVersionInfo {
        version_number: Some(n as i64),
        created_by_user: Some(cx.user_name.clone()),
        date_time_created: Some(clock::format_locale_datetime(cx.now)),
    })
}

impl Kind for RequirementK {
    type W = CRequirement;
    const TABLE: Table = Table::Requirement;

    fn store(w: &World, p: usize) -> &RecordTable<CRequirement> {
        &w.projects[p].requirements
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CRequirement> {
        &mut w.projects[p].requirements
    }
    fn matches(r: &CRequirement, key: &Key) -> bool {
        text_matches(&r.summary, key)
    }
    fn set_ids(r: &mut CRequirement, id: i64, number: i64) {
        r.recordid = id;
        r.number = Some(number);
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CRequirement) -> Result<(), Fault> {
        check_requirement(cx, r)?;
        if s(&r.entered_by).is_empty() {
            r.entered_by = Some(cx.user_name.clone());
        }
        if r.date_entered.is_none() {
            r.date_entered = Some(days_date(cx.now.div_euclid(86_400)));
        }
        add_events(cx, Table::Requirement, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::Requirement, &[], &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &[], &r.attachment_list);
        r.description_inline_attach_list = merge_attachments(cx, &[], &r.description_inline_attach_list);
        r.version_list = vec![version(cx, 1)];
        r.date_time_created = now_dt(cx);
        r.date_time_modified = now_dt(cx);
        r.created_by_user = Some(cx.user_name.clone());
        r.modified_by_user = Some(cx.user_name.clone());
        r.location_added_from = Some(LOCATION.into());
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CRequirement, r: &mut CRequirement) -> Result<(), Fault> {
        keep!(r, old; type_, summary, tag, date_entered, entered_by, importance, description, actual_hours,
            estimated_hours, remaining_hours, variance, story_points, percent_done);
        check_requirement(cx, r)?;
        save_events(cx, Table::Requirement, &old.state, &old.event_list, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::Requirement, &old.custom_field_list, &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &old.attachment_list, &r.attachment_list);
        r.description_inline_attach_list =
            merge_attachments(cx, &old.description_inline_attach_list, &r.description_inline_attach_list);
        if r.scc_file_list.is_empty() {
            r.scc_file_list.clone_from(&old.scc_file_list);
        }
        r.version_list.clone_from(&old.version_list);
        let n = r.version_list.len() + 1;
        r.version_list.push(version(cx, n));
        r.date_time_created.clone_from(&old.date_time_created);
        r.created_by_user.clone_from(&old.created_by_user);
        r.location_added_from.clone_from(&old.location_added_from);
        r.date_time_modified = now_dt(cx);
        r.modified_by_user = Some(cx.user_name.clone());
        Ok(())
    }

    fn outgoing(cx: &Cx<'_>, r: &mut CRequirement, download: bool) {
        if !download {
            strip(&mut r.attachment_list);
            strip(&mut r.description_inline_attach_list);
        }
        outgoing_events(cx.profile, &mut r.event_list, download);
    }

    const COLUMNS: &'static [Column<CRequirement>] = &[
        column!("Number", Int, |r| v_int(&r.number)),
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Type", Text, |r| Value::opt_text(&r.type_), |r, v| r.type_ = text(v)),
        column!("Tag", Text, |r| Value::opt_text(&r.tag), |r, v| r.tag = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Importance", Text, |r| Value::opt_text(&r.importance), |r, v| r.importance = text(v)),
        column!("Description", Text, |r| Value::opt_text(&r.description), |r, v| r.description = text(v)),
        column!("Entered By", Text, |r| Value::opt_text(&r.entered_by), |r, v| r.entered_by = text(v)),
        column!("Date Entered", Date, |r| v_date(&r.date_entered), |r, v| r.date_entered = value_date(&v)),
        column!("Created By", Text, |r| Value::opt_text(&r.created_by_user)),
        column!("Date Created", DateTime, |r| v_datetime(&r.date_time_created)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modified_by_user)),
        column!("Date Modified", DateTime, |r| v_datetime(&r.date_time_modified)),
    ];

    fn custom(r: &CRequirement) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CRequirement, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_attachments(r: &mut CRequirement, files: Vec<CFileAttachment>) -> Result<(), String> {
        r.attachment_list.extend(files);
        Ok(())
    }

    fn seed_events(r: &mut CRequirement, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.event_list = events;
        Ok(())
    }

    fn on_delete(cx: &mut Cx<'_>, r: &CRequirement) -> Result<(), Fault> {
        for members in cx.proj_mut().doc_members.values_mut() {
            members.retain(|m| m.requirement != r.recordid);
            for m in members.iter_mut() {
                if m.parent == r.recordid {
                    m.parent = 0;
                }
            }
        }
        Ok(())
    }
}

/// Requirement documents.
pub(crate) struct RequirementDocumentK;

impl Kind for RequirementDocumentK {
    type W = CRequirementDocument;
    const TABLE: Table = Table::RequirementDocument;

    fn store(w: &World, p: usize) -> &RecordTable<CRequirementDocument> {
        &w.projects[p].req_docs
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CRequirementDocument> {
        &mut w.projects[p].req_docs
    }
    fn matches(r: &CRequirementDocument, key: &Key) -> bool {
        text_matches(&r.name, key)
    }
    fn set_ids(r: &mut CRequirementDocument, id: i64, number: i64) {
        r.recordid = id;
        r.number = Some(number);
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CRequirementDocument) -> Result<(), Fault> {
        require(&r.name, "Name")?;
        add_events(cx, Table::RequirementDocument, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::RequirementDocument, &[], &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &[], &r.attachment_list);
        r.description_inline_attach_list = merge_attachments(cx, &[], &r.description_inline_attach_list);
        r.snapshot_list.clear();
        r.date_time_created = now_dt(cx);
        r.date_time_modified = now_dt(cx);
        r.created_by_user = Some(cx.user_name.clone());
        r.modified_by_user = Some(cx.user_name.clone());
        r.location_added_from = Some(LOCATION.into());
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CRequirementDocument, r: &mut CRequirementDocument) -> Result<(), Fault> {
        keep!(r, old; name, description, actual_hours, estimated_hours, remaining_hours, variance, story_points,
            percent_done);
        require(&r.name, "Name")?;
        save_events(cx, Table::RequirementDocument, &old.state, &old.event_list, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::RequirementDocument, &old.custom_field_list, &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &old.attachment_list, &r.attachment_list);
        r.description_inline_attach_list =
            merge_attachments(cx, &old.description_inline_attach_list, &r.description_inline_attach_list);
        if r.scc_file_list.is_empty() {
            r.scc_file_list.clone_from(&old.scc_file_list);
        }
        r.snapshot_list.clone_from(&old.snapshot_list);
        r.date_time_created.clone_from(&old.date_time_created);
        r.created_by_user.clone_from(&old.created_by_user);
        r.location_added_from.clone_from(&old.location_added_from);
        r.date_time_modified = now_dt(cx);
        r.modified_by_user = Some(cx.user_name.clone());
        Ok(())
    }

    fn outgoing(cx: &Cx<'_>, r: &mut CRequirementDocument, download: bool) {
        if !download {
            strip(&mut r.attachment_list);
            strip(&mut r.description_inline_attach_list);
        }
        outgoing_events(cx.profile, &mut r.event_list, download);
    }

    fn on_delete(cx: &mut Cx<'_>, r: &CRequirementDocument) -> Result<(), Fault> {
        cx.proj_mut().doc_members.remove(&r.recordid);
        Ok(())
    }

    const COLUMNS: &'static [Column<CRequirementDocument>] = &[
        column!("Number", Int, |r| v_int(&r.number)),
        column!("Name", Text, |r| Value::opt_text(&r.name), |r, v| r.name = text(v)),
        column!("Description", Text, |r| Value::opt_text(&r.description), |r, v| r.description = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Created By", Text, |r| Value::opt_text(&r.created_by_user)),
        column!("Date Created", DateTime, |r| v_datetime(&r.date_time_created)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modified_by_user)),
        column!("Date Modified", DateTime, |r| v_datetime(&r.date_time_modified)),
    ];

    fn custom(r: &CRequirementDocument) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CRequirementDocument, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_events(r: &mut CRequirementDocument, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.event_list = events;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Task

/// Tasks (no number, no workflow; identified by summary).
pub(crate) struct TaskK;

fn check_task(cx: &mut Cx<'_>, r: &mut CTask) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    check_dropdown(cx, Table::Task, "Status", &mut r.status)?;
    check_dropdown(cx, Table::Task, "Priority", &mut r.priority)?;
    check_user(cx, "assignedto", &mut r.assignedto)?;
    check_user(cx, "assignedby", &mut r.assignedby)
}

impl Kind for TaskK {
    type W = CTask;
    const TABLE: Table = Table::Task;

    fn store(w: &World, p: usize) -> &RecordTable<CTask> {
        &w.projects[p].tasks
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CTask> {
        &mut w.projects[p].tasks
    }
    fn matches(r: &CTask, key: &Key) -> bool {
        text_matches(&r.summary, key)
    }
    fn set_ids(r: &mut CTask, id: i64, _number: i64) {
        r.recordid = id;
    }

    fn on_add(cx: &mut Cx<'_>, r: &mut CTask) -> Result<(), Fault> {
        check_task(cx, r)?;
        if !s(&r.assignedto).is_empty() && r.dateassigned.is_none() {
            r.dateassigned = Some(days_date(cx.now.div_euclid(86_400)));
        }
        Ok(())
    }

    fn on_save(cx: &mut Cx<'_>, old: &CTask, r: &mut CTask) -> Result<(), Fault> {
        keep!(r, old; status, priority, summary, description, datedue, dateassigned, versiondue, assignedto,
            assignedby, assigneddefect);
        check_task(cx, r)
    }

    fn outgoing(_cx: &Cx<'_>, _r: &mut CTask, _download: bool) {}

    const COLUMNS: &'static [Column<CTask>] = &[
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.status), |r, v| r.status = text(v)),
        column!("Priority", Text, |r| Value::opt_text(&r.priority), |r, v| r.priority = text(v)),
        column!("Description", Text, |r| Value::opt_text(&r.description), |r, v| r.description = text(v)),
        column!("Due Date", Date, |r| v_date(&r.datedue), |r, v| r.datedue = value_date(&v)),
        column!("Assign Date", Date, |r| v_date(&r.dateassigned), |r, v| r.dateassigned = value_date(&v)),
        column!("Version Due", Text, |r| Value::opt_text(&r.versiondue), |r, v| r.versiondue = text(v)),
        column!("Assigned To", Text, |r| Value::opt_text(&r.assignedto), |r, v| r.assignedto = text(v)),
        column!("Assigned By", Text, |r| Value::opt_text(&r.assignedby), |r, v| r.assignedby = text(v)),
        column!("Assigned Defect", Int, |r| v_int(&r.assigneddefect), |r, v| r.assigneddefect = int(&v)?),
    ];
}

// ---------------------------------------------------------------------------------------------
// Users and customers

/// Users (not customers).
pub(crate) struct UserK;
/// Customers (`CUser` with `iscustomer`).
pub(crate) struct CustomerK;

fn person_matches(r: &CUser, key: &Key) -> bool {
    match key {
        Key::Person(first, mi, last) => {
            let eq = |a: &Option<String>, b: &str| s(a).trim().eq_ignore_ascii_case(b.trim());
            eq(&r.firstname, first) && eq(&r.lastname, last) && (mi.trim().is_empty() || eq(&r.middleinitials, mi))
        }
        Key::Text(t) => display_name(r).eq_ignore_ascii_case(t.trim()),
        _ => false,
    }
}

fn check_person(cx: &mut Cx<'_>, r: &mut CUser, table: Table, own_id: i64) -> Result<(), Fault> {
    require(&r.firstname, "First name")?;
    require(&r.lastname, "Last name")?;
    let me = display_name(r);
    if cx.w.users.iter().any(|u| u.recordid != own_id && display_name(u).eq_ignore_ascii_case(&me)) {
        return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("A user named '{me}' already exists.")));
    }
    if let Some(login) = r.loginname.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if cx.w.users.iter().any(|u| {
            u.recordid != own_id && u.loginname.as_deref().is_some_and(|x| x.trim().eq_ignore_ascii_case(login))
        }) {
            return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("The login name '{login}' is in use.")));
        }
    }
    if table == Table::User {
        check_dropdown(cx, table, "Security Group", &mut r.usergroupname)?;
    }
    check_dropdown(cx, table, "Email Type", &mut r.emailtype)
}

fn person_add(cx: &mut Cx<'_>, r: &mut CUser, customer: bool) -> Result<(), Fault> {
    let table = if customer { Table::Customer } else { Table::User };
    check_person(cx, r, table, r.recordid)?;
    r.iscustomer = Some(customer);
    r.isactive.get_or_insert(true);
    r.isglobal.get_or_insert(false);
    let password = r.password.take().map(|p| p.expose().to_string()).unwrap_or_default();
    cx.w.auth.insert(r.recordid, Auth { password, soap: !customer, license_admin: false, projects: None });
    Ok(())
}

fn person_save(cx: &mut Cx<'_>, old: &CUser, r: &mut CUser, customer: bool) -> Result<(), Fault> {
    keep!(r, old; firstname, middleinitials, lastname, usergroupname, company, division, department, emailtype,
        emailaddress, isactive, isglobal, isactiveglobal, user_license, user_license_tcm, user_license_rm,
        user_license_rm_reviewer, user_license_suite, loginname, phoneone, phonetwo, notes, betasite, address,
        testconfig);
    let table = if customer { Table::Customer } else { Table::User };
    check_person(cx, r, table, old.recordid)?;
    r.iscustomer = Some(customer);
    if let Some(p) = r.password.take().filter(|p| !p.expose().is_empty()) {
        cx.w.auth.entry(old.recordid).or_default().password = p.expose().to_string();
    }
    Ok(())
}

/// The columns of users and customers.
const PERSON_COLUMNS: &[Column<CUser>] = &[
    column!("Name", Text, |r| Value::text(display_name(r))),
    column!("First Name", Text, |r| Value::opt_text(&r.firstname)),
    column!("Middle Initials", Text, |r| Value::opt_text(&r.middleinitials)),
    column!("Last Name", Text, |r| Value::opt_text(&r.lastname)),
    column!("Login Name", Text, |r| Value::opt_text(&r.loginname)),
    column!("Security Group", Text, |r| Value::opt_text(&r.usergroupname)),
    column!("Company", Text, |r| Value::opt_text(&r.company)),
    column!("Division", Text, |r| Value::opt_text(&r.division)),
    column!("Department", Text, |r| Value::opt_text(&r.department)),
    column!("Email", Text, |r| Value::opt_text(&r.emailaddress)),
    column!("Email Type", Text, |r| Value::opt_text(&r.emailtype)),
    column!("Active", Bool, |r| v_bool(&r.isactive)),
    column!("Global", Bool, |r| v_bool(&r.isglobal)),
];

/// A defect's first found-by report's text field.
fn report_text(r: &CDefect, f: fn(&CReportedByRecord) -> &Option<String>) -> Value {
    r.reportedbylist.first().map_or(Value::Empty, |x| Value::opt_text(f(x)))
}

/// A linked item as the link list shows it: "Table number".
fn linked_item(i: &CLinkedItem) -> String {
    format!("{} {}", s(&i.tablename), i.number.clone().unwrap_or_else(|| i.entity_id.to_string()))
}

macro_rules! person_kind {
    ($k:ident, $table:expr, $customer:expr) => {
        impl Kind for $k {
            type W = CUser;
            const TABLE: Table = $table;

            fn store(w: &World, _p: usize) -> &RecordTable<CUser> {
                &w.users
            }
            fn store_mut(w: &mut World, _p: usize) -> &mut RecordTable<CUser> {
                &mut w.users
            }
            fn visible(r: &CUser) -> bool {
                r.iscustomer.unwrap_or(false) == $customer
            }
            fn matches(r: &CUser, key: &Key) -> bool {
                person_matches(r, key)
            }
            fn set_ids(r: &mut CUser, id: i64, _number: i64) {
                r.recordid = id;
            }
            fn on_add(cx: &mut Cx<'_>, r: &mut CUser) -> Result<(), Fault> {
                person_add(cx, r, $customer)
            }
            fn on_save(cx: &mut Cx<'_>, old: &CUser, r: &mut CUser) -> Result<(), Fault> {
                person_save(cx, old, r, $customer)
            }
            fn outgoing(_cx: &Cx<'_>, r: &mut CUser, _download: bool) {
                r.password = None;
            }
            fn on_delete(cx: &mut Cx<'_>, r: &CUser) -> Result<(), Fault> {
                if r.recordid == cx.user_id {
                    return Err(faults::fault(faults::codes::NOT_ALLOWED, "You cannot delete yourself."));
                }
                cx.w.auth.remove(&r.recordid);
                Ok(())
            }
            const COLUMNS: &'static [Column<CUser>] = PERSON_COLUMNS;
        }
    };
}

person_kind!(UserK, Table::User, false);
person_kind!(CustomerK, Table::Customer, true);

// ---------------------------------------------------------------------------------------------
// Test config

/// Test configs (`CSystem`), identified by name.
pub(crate) struct TestConfigK;

fn check_config(cx: &Cx<'_>, r: &CSystem) -> Result<(), Fault> {
    require(&r.systemname, "The test config name")?;
    let name = s(&r.systemname).trim();
    if cx
        .proj()
        .test_configs
        .iter()
        .any(|c| c.recordid != r.recordid && s(&c.systemname).trim().eq_ignore_ascii_case(name))
    {
        return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("A test config named '{name}' exists.")));
    }
    Ok(())
}

impl Kind for TestConfigK {
    type W = CSystem;
    const TABLE: Table = Table::TestConfig;

    fn store(w: &World, p: usize) -> &RecordTable<CSystem> {
        &w.projects[p].test_configs
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CSystem> {
        &mut w.projects[p].test_configs
    }
    fn matches(r: &CSystem, key: &Key) -> bool {
        text_matches(&r.systemname, key)
    }
    fn set_ids(r: &mut CSystem, id: i64, _number: i64) {
        r.recordid = id;
    }
    fn on_add(cx: &mut Cx<'_>, r: &mut CSystem) -> Result<(), Fault> {
        check_config(cx, r)
    }
    fn on_save(cx: &mut Cx<'_>, old: &CSystem, r: &mut CSystem) -> Result<(), Fault> {
        keep!(r, old; systemname, computermodel, computerbrand, cputype, cpuspeed, harddisktype, harddisksize, ramsize,
            romsize, osname, osversion, videoname, hascdrom, cdrommodel, hasscanner, scannermodel, hasmodem,
            modemmodel, hasprinter, printermodel, otherhardware, hasmultiplemonitors);
        check_config(cx, r)
    }
    fn outgoing(_cx: &Cx<'_>, _r: &mut CSystem, _download: bool) {}

    const COLUMNS: &'static [Column<CSystem>] = &[
        column!("Name", Text, |r| Value::opt_text(&r.systemname), |r, v| r.systemname = text(v)),
        column!("OS Name", Text, |r| Value::opt_text(&r.osname), |r, v| r.osname = text(v)),
        column!("OS Version", Text, |r| Value::opt_text(&r.osversion), |r, v| r.osversion = text(v)),
        column!("Computer Brand", Text, |r| Value::opt_text(&r.computerbrand), |r, v| r.computerbrand = text(v)),
        column!("CPU Type", Text, |r| Value::opt_text(&r.cputype), |r, v| r.cputype = text(v)),
        column!("RAM Size", Text, |r| Value::opt_text(&r.ramsize), |r, v| r.ramsize = text(v)),
    ];
}

// ---------------------------------------------------------------------------------------------
// Link

/// Links between records.
pub(crate) struct LinkK;

/// Fills a linked item's table spelling, number, summary and state from the record it names.
/// `None` when the record does not exist.
pub(crate) fn describe_item(cx: &Cx<'_>, item: &CLinkedItem) -> Option<CLinkedItem> {
    let t = item.tablename.as_deref().and_then(Table::parse)?;
    let (number, summary, state) = cx.proj().describe(t, item.entity_id)?;
    let mut out = item.clone();
    out.tablename = Some(t.name().to_string());
    out.number = if number > 0 { Some(number.to_string()) } else { None };
    out.summary = Some(summary);
    out.state = Some(state.clone());
    out.status = Some(state);
    Some(out)
}

fn check_link(cx: &mut Cx<'_>, r: &mut CLink) -> Result<(), Fault> {
    let def = s(&r.link_definition_name).trim().to_string();
    let canon = cx
        .proj()
        .link_defs
        .iter()
        .find(|d| d.eq_ignore_ascii_case(&def))
        .cloned()
        .ok_or_else(|| faults::validation(format!("'{def}' is not a link definition.")))?;
    r.link_definition_name = Some(canon);
    let parent = r.linkparent.as_ref().ok_or_else(|| faults::validation("A link needs a parent item."))?;
    let parent =
        describe_item(cx, parent).ok_or_else(|| faults::validation("The link's parent item does not exist."))?;
    r.linkparent = Some(parent);
    let mut children = Vec::new();
    for (i, c) in r.child_list.iter().enumerate() {
        let mut c = describe_item(cx, c).ok_or_else(|| faults::validation("A linked child item does not exist."))?;
        c.order = i as i64 + 1;
        children.push(c);
    }
    r.child_list = children;
    Ok(())
}

fn history(cx: &mut Cx<'_>, r: &mut CLink, text: &str) {
    let (first, last) =
        cx.w.users.get(cx.user_id).map(|u| (u.firstname.clone(), u.lastname.clone())).unwrap_or((None, None));
    let id = cx.next_id();
    let order = r.history_list.len() as i64 + 1;
    r.history_list.push(CLinkHistoryItem {
        recordid: id,
        order,
        date: Some(secs_datetime(cx.now)),
        firstname: first,
        lastname: last,
        history: Some(text.to_string()),
    });
}

impl Kind for LinkK {
    type W = CLink;
    const TABLE: Table = Table::Links;

    fn store(w: &World, p: usize) -> &RecordTable<CLink> {
        &w.projects[p].links
    }
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<CLink> {
        &mut w.projects[p].links
    }
    fn matches(_r: &CLink, _key: &Key) -> bool {
        false
    }
    fn set_ids(r: &mut CLink, id: i64, _number: i64) {
        r.recordid = id;
    }
    fn on_add(cx: &mut Cx<'_>, r: &mut CLink) -> Result<(), Fault> {
        check_link(cx, r)?;
        r.linkbroken.get_or_insert(false);
        r.history_list.clear();
        history(cx, r, "Link created.");
        Ok(())
    }
    fn on_save(cx: &mut Cx<'_>, old: &CLink, r: &mut CLink) -> Result<(), Fault> {
        keep!(r, old; link_definition_name, comment, linkbroken, linkparent);
        if r.child_list.is_empty() {
            r.child_list.clone_from(&old.child_list);
        }
        check_link(cx, r)?;
        r.history_list.clone_from(&old.history_list);
        history(cx, r, "Link modified.");
        Ok(())
    }
    fn outgoing(cx: &Cx<'_>, r: &mut CLink, _download: bool) {
        if let Some(p) = r.linkparent.as_ref().and_then(|p| describe_item(cx, p)) {
            r.linkparent = Some(p);
        }
        let children: Vec<CLinkedItem> =
            r.child_list.iter().map(|c| describe_item(cx, c).unwrap_or_else(|| c.clone())).collect();
        r.child_list = children;
        if cx.profile == Profile::V2013 {
            for h in &mut r.history_list {
                if let Some(d) = &h.date {
                    h.date = ttsoap::DateTime::parse(&clock::iso_date(d.to_unix().div_euclid(86_400))).ok();
                }
            }
        }
    }

    const COLUMNS: &'static [Column<CLink>] = &[
        column!("Link Definition", Text, |r| Value::opt_text(&r.link_definition_name)),
        column!("Comment", Text, |r| Value::opt_text(&r.comment)),
        column!("Parent Item", Text, |r| r.linkparent.as_ref().map_or(Value::Empty, |p| Value::text(linked_item(p)))),
        column!("Child Items", List, |r| Value::List(r.child_list.iter().map(linked_item).collect())),
    ];
}
