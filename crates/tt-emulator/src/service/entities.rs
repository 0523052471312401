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
use super::{Cx, Key, Kind};
use crate::clock;
use crate::faults;
use crate::lists::ColumnKind;
use crate::store::RecordTable;
use crate::tables::Table;
use crate::value::Value;
use crate::world::{display_name, Auth, World};
use crate::Profile;

use ColumnKind::{Bool as B, Date as D, DateTime as DT, Float as F, Int as I, List as L, Text as T};

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

/// The kind of a standard column (for converting seed values).
pub(crate) fn column_kind<K: Kind>(name: &str) -> Option<ColumnKind> {
    K::columns().iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, k)| *k)
}

fn unknown(name: &str) -> Result<(), String> {
    Err(format!("unknown or read-only field '{name}'"))
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Number", I),
            ("Summary", T),
            ("Status", T),
            ("Type", T),
            ("Priority", T),
            ("Severity", T),
            ("Product", T),
            ("Component", T),
            ("Disposition", T),
            ("Reference", T),
            ("Entered By", T),
            ("Date Entered", D),
            ("Workaround", T),
            ("Found By", T),
            ("Date Found", D),
            ("Found In Version", T),
            ("Description", T),
            ("Steps to Reproduce", T),
            ("Reproduced", T),
            ("Currently Assigned To", L),
            ("Created By", T),
            ("Date Created", DT),
            ("Modified By", T),
            ("Date Modified", DT),
            ("Location Added From", T),
            ("Actual Hours", F),
            ("Estimated Hours", F),
            ("Remaining Hours", F),
            ("Variance", F),
            ("Story Points", I),
            ("Percent Done", I),
        ]
    }

    fn column(r: &CDefect, name: &str) -> Value {
        let rep = r.reportedbylist.first();
        let rs = |f: fn(&CReportedByRecord) -> &Option<String>| rep.map_or(Value::Empty, |x| Value::opt_text(f(x)));
        match name {
            "Number" => v_int(&r.defectnumber),
            "Summary" => Value::opt_text(&r.summary),
            "Status" => Value::opt_text(&r.state),
            "Type" => Value::opt_text(&r.type_),
            "Priority" => Value::opt_text(&r.priority),
            "Severity" => Value::opt_text(&r.severity),
            "Product" => Value::opt_text(&r.product),
            "Component" => Value::opt_text(&r.component),
            "Disposition" => Value::opt_text(&r.disposition),
            "Reference" => Value::opt_text(&r.reference),
            "Entered By" => Value::opt_text(&r.enteredby),
            "Date Entered" => v_date(&r.dateentered),
            "Workaround" => Value::opt_text(&r.workaround),
            "Found By" => rs(|x| &x.foundby),
            "Date Found" => rep.map_or(Value::Empty, |x| v_date(&x.datefound)),
            "Found In Version" => rs(|x| &x.foundinversion),
            "Description" => rs(|x| &x.comments),
            "Steps to Reproduce" => rs(|x| &x.reproducedsteps),
            "Reproduced" => rs(|x| &x.reproduced),
            "Currently Assigned To" => Value::List(assigned_to(&r.eventlist)),
            "Created By" => Value::opt_text(&r.createdbyuser),
            "Date Created" => v_datetime(&r.datetimecreated),
            "Modified By" => Value::opt_text(&r.modifiedbyuser),
            "Date Modified" => v_datetime(&r.datetimemodified),
            "Location Added From" => Value::opt_text(&r.locationaddedfrom),
            "Actual Hours" => v_float(&r.actualhourstofix),
            "Estimated Hours" => v_float(&r.estimatedhours),
            "Remaining Hours" => v_float(&r.remaininghours),
            "Variance" => v_float(&r.variance),
            "Story Points" => v_int(&r.storypoints),
            "Percent Done" => v_int(&r.percentdone),
            _ => Value::Empty,
        }
    }

    fn custom(r: &CDefect) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CDefect, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Summary" => r.summary = text(v),
            "Type" => r.type_ = text(v),
            "Priority" => r.priority = text(v),
            "Severity" => r.severity = text(v),
            "Product" => r.product = text(v),
            "Component" => r.component = text(v),
            "Disposition" => r.disposition = text(v),
            "Reference" => r.reference = text(v),
            "Entered By" => r.enteredby = text(v),
            "Date Entered" => r.dateentered = value_date(&v),
            "Workaround" => r.workaround = text(v),
            "Found By" => first_report(r).foundby = text(v),
            "Date Found" => first_report(r).datefound = value_date(&v),
            "Found In Version" => first_report(r).foundinversion = text(v),
            "Description" => first_report(r).comments = text(v),
            "Steps to Reproduce" => first_report(r).reproducedsteps = text(v),
            "Reproduced" => first_report(r).reproduced = text(v),
            "Actual Hours" => r.actualhourstofix = float(&v)?,
            "Estimated Hours" => r.estimatedhours = float(&v)?,
            "Remaining Hours" => r.remaininghours = float(&v)?,
            "Variance" => r.variance = float(&v)?,
            "Story Points" => r.storypoints = int(&v)?,
            "Percent Done" => r.percentdone = int(&v)?,
            _ => return unknown(name),
        }
        Ok(())
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Number", I),
            ("Summary", T),
            ("Status", T),
            ("Type", T),
            ("Is Automated", B),
            ("Estimated Time", T),
            ("Test Run Steps Mode", T),
            ("Steps", T),
            ("Created By", T),
            ("Date Created", DT),
            ("Modified By", T),
            ("Date Modified", DT),
            ("Actual Hours", F),
            ("Estimated Hours", F),
        ]
    }

    fn column(r: &CTestCase, name: &str) -> Value {
        match name {
            "Number" => v_int(&r.testcasenumber),
            "Summary" => Value::opt_text(&r.summary),
            "Status" => Value::opt_text(&r.state),
            "Type" => Value::opt_text(&r.type_),
            "Is Automated" => v_bool(&r.isautomated),
            "Estimated Time" => Value::opt_text(&r.estimatedtime),
            "Test Run Steps Mode" => Value::opt_text(&r.testrunstepsmode),
            "Steps" => Value::opt_text(&r.steps),
            "Created By" => Value::opt_text(&r.createdbyuser),
            "Date Created" => v_datetime(&r.datetimecreated),
            "Modified By" => Value::opt_text(&r.modifiedbyuser),
            "Date Modified" => v_datetime(&r.datetimemodified),
            "Actual Hours" => v_float(&r.actualhours),
            "Estimated Hours" => v_float(&r.estimatedhours),
            _ => Value::Empty,
        }
    }

    fn custom(r: &CTestCase) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CTestCase, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Summary" => r.summary = text(v),
            "Type" => r.type_ = text(v),
            "Is Automated" => r.isautomated = boolean(&v)?,
            "Estimated Time" => r.estimatedtime = text(v),
            "Test Run Steps Mode" => r.testrunstepsmode = text(v),
            "Steps" => r.steps = text(v),
            "Created By" => r.createdbyuser = text(v),
            "Actual Hours" => r.actualhours = float(&v)?,
            "Estimated Hours" => r.estimatedhours = float(&v)?,
            _ => return unknown(name),
        }
        Ok(())
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Number", I),
            ("Summary", T),
            ("Status", T),
            ("Type", T),
            ("Test Case Number", I),
            ("Test Run Set", T),
            ("Is Automated", B),
            ("Problem Statement", T),
            ("Steps", T),
            ("Created By", T),
            ("Date Created", DT),
            ("Modified By", T),
            ("Date Modified", DT),
        ]
    }

    fn column(r: &CTestRun, name: &str) -> Value {
        match name {
            "Number" => v_int(&r.testrunnumber),
            "Summary" => Value::opt_text(&r.summary),
            "Status" => Value::opt_text(&r.state),
            "Type" => Value::opt_text(&r.type_),
            "Test Case Number" => v_int(&r.testcasenumber),
            "Test Run Set" => Value::opt_text(&r.testrunset),
            "Is Automated" => v_bool(&r.isautomated),
            "Problem Statement" => Value::opt_text(&r.problemstatement),
            "Steps" => Value::opt_text(&r.steps),
            "Created By" => Value::opt_text(&r.createdbyuser),
            "Date Created" => v_datetime(&r.datetimecreated),
            "Modified By" => Value::opt_text(&r.modifiedbyuser),
            "Date Modified" => v_datetime(&r.datetimemodified),
            _ => Value::Empty,
        }
    }

    fn custom(r: &CTestRun) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CTestRun, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Summary" => r.summary = text(v),
            "Type" => r.type_ = text(v),
            "Test Case Number" => r.testcasenumber = int(&v)?,
            "Test Run Set" => r.testrunset = text(v),
            "Is Automated" => r.isautomated = boolean(&v)?,
            "Problem Statement" => r.problemstatement = text(v),
            "Steps" => r.steps = text(v),
            "Created By" => r.createdbyuser = text(v),
            _ => return unknown(name),
        }
        Ok(())
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Number", I),
            ("Summary", T),
            ("Type", T),
            ("Tag", T),
            ("Status", T),
            ("Importance", T),
            ("Description", T),
            ("Entered By", T),
            ("Date Entered", D),
            ("Created By", T),
            ("Date Created", DT),
            ("Modified By", T),
            ("Date Modified", DT),
        ]
    }

    fn column(r: &CRequirement, name: &str) -> Value {
        match name {
            "Number" => v_int(&r.number),
            "Summary" => Value::opt_text(&r.summary),
            "Type" => Value::opt_text(&r.type_),
            "Tag" => Value::opt_text(&r.tag),
            "Status" => Value::opt_text(&r.state),
            "Importance" => Value::opt_text(&r.importance),
            "Description" => Value::opt_text(&r.description),
            "Entered By" => Value::opt_text(&r.entered_by),
            "Date Entered" => v_date(&r.date_entered),
            "Created By" => Value::opt_text(&r.created_by_user),
            "Date Created" => v_datetime(&r.date_time_created),
            "Modified By" => Value::opt_text(&r.modified_by_user),
            "Date Modified" => v_datetime(&r.date_time_modified),
            _ => Value::Empty,
        }
    }

    fn custom(r: &CRequirement) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CRequirement, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Summary" => r.summary = text(v),
            "Type" => r.type_ = text(v),
            "Tag" => r.tag = text(v),
            "Importance" => r.importance = text(v),
            "Description" => r.description = text(v),
            "Entered By" => r.entered_by = text(v),
            "Date Entered" => r.date_entered = value_date(&v),
            _ => return unknown(name),
        }
        Ok(())
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Number", I),
            ("Name", T),
            ("Description", T),
            ("Status", T),
            ("Created By", T),
            ("Date Created", DT),
            ("Modified By", T),
            ("Date Modified", DT),
        ]
    }

    fn column(r: &CRequirementDocument, name: &str) -> Value {
        match name {
            "Number" => v_int(&r.number),
            "Name" => Value::opt_text(&r.name),
            "Description" => Value::opt_text(&r.description),
            "Status" => Value::opt_text(&r.state),
            "Created By" => Value::opt_text(&r.created_by_user),
            "Date Created" => v_datetime(&r.date_time_created),
            "Modified By" => Value::opt_text(&r.modified_by_user),
            "Date Modified" => v_datetime(&r.date_time_modified),
            _ => Value::Empty,
        }
    }

    fn custom(r: &CRequirementDocument) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CRequirementDocument, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Name" => r.name = text(v),
            "Description" => r.description = text(v),
            _ => return unknown(name),
        }
        Ok(())
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[
            ("Summary", T),
            ("Status", T),
            ("Priority", T),
            ("Description", T),
            ("Due Date", D),
            ("Assign Date", D),
            ("Version Due", T),
            ("Assigned To", T),
            ("Assigned By", T),
            ("Assigned Defect", I),
        ]
    }

    fn column(r: &CTask, name: &str) -> Value {
        match name {
            "Summary" => Value::opt_text(&r.summary),
            "Status" => Value::opt_text(&r.status),
            "Priority" => Value::opt_text(&r.priority),
            "Description" => Value::opt_text(&r.description),
            "Due Date" => v_date(&r.datedue),
            "Assign Date" => v_date(&r.dateassigned),
            "Version Due" => Value::opt_text(&r.versiondue),
            "Assigned To" => Value::opt_text(&r.assignedto),
            "Assigned By" => Value::opt_text(&r.assignedby),
            "Assigned Defect" => v_int(&r.assigneddefect),
            _ => Value::Empty,
        }
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CTask, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Summary" => r.summary = text(v),
            "Status" => r.status = text(v),
            "Priority" => r.priority = text(v),
            "Description" => r.description = text(v),
            "Due Date" => r.datedue = value_date(&v),
            "Assign Date" => r.dateassigned = value_date(&v),
            "Version Due" => r.versiondue = text(v),
            "Assigned To" => r.assignedto = text(v),
            "Assigned By" => r.assignedby = text(v),
            "Assigned Defect" => r.assigneddefect = int(&v)?,
            _ => return unknown(name),
        }
        Ok(())
    }
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

fn person_columns() -> &'static [(&'static str, ColumnKind)] {
    &[
        ("Name", T),
        ("First Name", T),
        ("Middle Initials", T),
        ("Last Name", T),
        ("Login Name", T),
        ("Security Group", T),
        ("Company", T),
        ("Division", T),
        ("Department", T),
        ("Email", T),
        ("Email Type", T),
        ("Active", B),
        ("Global", B),
    ]
}

fn person_column(r: &CUser, name: &str) -> Value {
    match name {
        "Name" => Value::text(display_name(r)),
        "First Name" => Value::opt_text(&r.firstname),
        "Middle Initials" => Value::opt_text(&r.middleinitials),
        "Last Name" => Value::opt_text(&r.lastname),
        "Login Name" => Value::opt_text(&r.loginname),
        "Security Group" => Value::opt_text(&r.usergroupname),
        "Company" => Value::opt_text(&r.company),
        "Division" => Value::opt_text(&r.division),
        "Department" => Value::opt_text(&r.department),
        "Email" => Value::opt_text(&r.emailaddress),
        "Email Type" => Value::opt_text(&r.emailtype),
        "Active" => v_bool(&r.isactive),
        "Global" => v_bool(&r.isglobal),
        _ => Value::Empty,
    }
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
            fn columns() -> &'static [(&'static str, ColumnKind)] {
                person_columns()
            }
            fn column(r: &CUser, name: &str) -> Value {
                person_column(r, name)
            }
            fn seed_field(_cx: &mut Cx<'_>, _r: &mut CUser, name: &str, _v: Value) -> Result<(), String> {
                unknown(name)
            }
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[("Name", T), ("OS Name", T), ("OS Version", T), ("Computer Brand", T), ("CPU Type", T), ("RAM Size", T)]
    }

    fn column(r: &CSystem, name: &str) -> Value {
        match name {
            "Name" => Value::opt_text(&r.systemname),
            "OS Name" => Value::opt_text(&r.osname),
            "OS Version" => Value::opt_text(&r.osversion),
            "Computer Brand" => Value::opt_text(&r.computerbrand),
            "CPU Type" => Value::opt_text(&r.cputype),
            "RAM Size" => Value::opt_text(&r.ramsize),
            _ => Value::Empty,
        }
    }

    fn seed_field(_cx: &mut Cx<'_>, r: &mut CSystem, name: &str, v: Value) -> Result<(), String> {
        match name {
            "Name" => r.systemname = text(v),
            "OS Name" => r.osname = text(v),
            "OS Version" => r.osversion = text(v),
            "Computer Brand" => r.computerbrand = text(v),
            "CPU Type" => r.cputype = text(v),
            "RAM Size" => r.ramsize = text(v),
            _ => return unknown(name),
        }
        Ok(())
    }
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

    fn columns() -> &'static [(&'static str, ColumnKind)] {
        &[("Link Definition", T), ("Comment", T), ("Parent Item", T), ("Child Items", L)]
    }

    fn column(r: &CLink, name: &str) -> Value {
        let item = |i: &CLinkedItem| {
            format!("{} {}", s(&i.tablename), i.number.clone().unwrap_or_else(|| i.entity_id.to_string()))
        };
        match name {
            "Link Definition" => Value::opt_text(&r.link_definition_name),
            "Comment" => Value::opt_text(&r.comment),
            "Parent Item" => r.linkparent.as_ref().map_or(Value::Empty, |p| Value::text(item(p))),
            "Child Items" => Value::List(r.child_list.iter().map(item).collect()),
            _ => Value::Empty,
        }
    }

    fn seed_field(_cx: &mut Cx<'_>, _r: &mut CLink, name: &str, _v: Value) -> Result<(), String> {
        unknown(name)
    }
}
