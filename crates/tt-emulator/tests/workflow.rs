//! Workflow: events appended on save change the state; invalid events fault 237 or 23.

mod common;

use common::*;
use testtrack::types::{AnyCEvent, AnyCField, CBooleanField, CDropdownField, CEvent, CVersionField};
use tt_emulator::NO_STATE_CHANGE;

fn event(name: &str) -> CEvent {
    CEvent {
        name: Some(name.into()),
        notes: Some(format!("{name} via SOAP")),
        generatedeventtype: Some("User".into()),
        totaltimespent: Some(-1.0),
        ..Default::default()
    }
}

fn names(events: &[AnyCEvent]) -> Vec<String> {
    events
        .iter()
        .map(|e| match e {
            AnyCEvent::CEvent(e) => e.name.clone().unwrap_or_default(),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

fn last(events: &[AnyCEvent]) -> CEvent {
    match events.last() {
        Some(AnyCEvent::CEvent(e)) => e.clone(),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn fix_event_with_fields_moves_the_state_ue_style() {
    let h = start();
    let s = alan(&h);
    let before = s.get_defect(1, "", false).unwrap();
    assert_eq!(before.state.as_deref(), Some("Assigned"));
    assert_eq!(names(&before.eventlist), ["Assign"]);
    let mut d = s.edit_defect(1, "", false).unwrap();
    d.state = Some("Fixed".into()); // ignored: the event decides
    let mut fix = event("Fix");
    fix.user = Some("Turing, Alan".into());
    fix.hours = Some(2.5);
    fix.date = Some(ttsoap::DateTime::parse("2017-06-01T10:00:00").unwrap());
    fix.fieldlist = vec![
        AnyCField::CBooleanField(CBooleanField {
            name: Some("Affects Documentation".into()),
            value: true,
            ..Default::default()
        }),
        AnyCField::CDropdownField(CDropdownField {
            name: Some("Resolution".into()),
            value: Some("code change".into()),
            ..Default::default()
        }),
        AnyCField::CVersionField(CVersionField {
            name: Some("Changelist".into()),
            value: Some("12345".into()),
            ..Default::default()
        }),
    ];
    d.eventlist.push(AnyCEvent::CEvent(fix));
    d.save().unwrap();
    let after = s.get_defect(1, "", false).unwrap();
    assert_eq!(after.state.as_deref(), Some("Fixed"));
    assert_eq!(names(&after.eventlist), ["Assign", "Fix"]);
    let f = last(&after.eventlist);
    assert!(f.recordid > 0);
    assert_eq!(f.eventaddorder, 2);
    assert_eq!(f.resultingstate.as_deref(), Some("Fixed"));
    assert_eq!(f.date.unwrap().as_str(), "2017-06-01T10:00:00", "the client's date is kept");
    assert_eq!(f.hours, Some(2.5));
    // The event keeps one item per defined field, values normalised.
    let resolution = f.fieldlist.iter().find_map(|x| match x {
        AnyCField::CDropdownField(d) if d.name.as_deref() == Some("Resolution") => d.value.clone(),
        _ => None,
    });
    assert_eq!(resolution.as_deref(), Some("Code Change"));
    assert_eq!(f.fieldlist.len(), 4);
}

#[test]
fn events_sent_back_are_kept_and_only_new_ones_apply() {
    let h = start();
    let s = ada(&h);
    // Client A: copies every event back and appends a comment (jmecosta, UE, Cisco).
    let mut d = s.edit_defect(2, "", false).unwrap();
    assert_eq!(d.state.as_deref(), Some("Fixed"));
    let mut c = event("Comment");
    c.resultingstate = Some(NO_STATE_CHANGE.into());
    d.eventlist.push(AnyCEvent::CEvent(c));
    d.save().unwrap();
    let got = s.get_defect(2, "", false).unwrap();
    assert_eq!(names(&got.eventlist), ["Fix", "Comment"]);
    assert_eq!(got.state.as_deref(), Some("Fixed"));
    let comment = last(&got.eventlist);
    assert_eq!(comment.user.as_deref(), Some("Lovelace, Ada"), "the session's user by default");
    assert_eq!(comment.resultingstate.as_deref(), Some("Fixed"));
    assert!(comment.date.is_some());

    // Client B: sends only the new event (Sempra); stored events stay.
    let mut d = s.edit_defect(2, "", false).unwrap();
    d.eventlist = vec![AnyCEvent::CEvent(event("Verify"))];
    d.save().unwrap();
    let got = s.get_defect(2, "", false).unwrap();
    assert_eq!(names(&got.eventlist), ["Fix", "Comment", "Verify"]);
    assert_eq!(got.state.as_deref(), Some("Closed (Verified)"));

    // Re-Open with the resulting state jmecosta sends.
    let mut d = s.edit_defect(2, "", false).unwrap();
    let mut reopen = event("Re-Open");
    reopen.resultingstate = Some("Open".into());
    d.eventlist.push(AnyCEvent::CEvent(reopen));
    d.save().unwrap();
    assert_eq!(s.get_defect(2, "", false).unwrap().state.as_deref(), Some("Open"));

    // Saving without any change to the events leaves them alone.
    let d = s.edit_defect(2, "", false).unwrap();
    d.save().unwrap();
    assert_eq!(names(&s.get_defect(2, "", false).unwrap().eventlist), ["Fix", "Comment", "Verify", "Re-Open"]);
}

#[test]
fn assign_sets_currently_assigned_to() {
    let h = start();
    let s = ada(&h);
    let mut d = s.edit_defect(3, "", false).unwrap();
    let mut a = event("Assign");
    a.assigntolist = vec!["hopper, grace".into()];
    d.eventlist.push(AnyCEvent::CEvent(a));
    d.save().unwrap();
    let got = s.get_defect(3, "", false).unwrap();
    assert_eq!(got.state.as_deref(), Some("Assigned"));
    assert_eq!(last(&got.eventlist).assigntolist, ["Hopper, Grace"]);
    let cols = vec![
        testtrack::types::CTableColumn { name: Some("Number".into()) },
        testtrack::types::CTableColumn { name: Some("Currently Assigned To".into()) },
    ];
    let list = s.get_record_list_for_table_with_query("Defect", "", "{'Number': 3}", cols).unwrap();
    assert_eq!(list.records[0].row[1].value.as_deref(), Some("Hopper, Grace"));
}

#[test]
fn invalid_events_fault() {
    let h = start();
    let s = ada(&h);
    let save_with = |number: i64, ev: CEvent| -> i64 {
        let d = s.edit_defect(number, "", false).unwrap();
        let mut raw = (*d).clone();
        raw.eventlist.push(AnyCEvent::CEvent(ev));
        let r = fault_code(s.save_defect(raw));
        d.cancel().unwrap();
        r
    };
    assert_eq!(save_with(4, event("Teleport")), 237, "unknown event: Workflow not defined");
    assert_eq!(save_with(4, event("Fix")), 23, "Fix is not allowed in Closed");
    let mut v = event("Verify");
    v.resultingstate = Some("Closed".into());
    assert_eq!(save_with(2, v), 23, "Verify cannot lead to Closed");
    let mut c = event("Comment");
    c.user = Some("Nobody, Nemo".into());
    assert_eq!(save_with(1, c), 23, "unknown event user");
    let mut a = event("Assign");
    a.assigntolist = vec!["Nobody, Nemo".into()];
    assert_eq!(save_with(1, a), 23, "unknown assignee");
    let mut f = event("Fix");
    f.fieldlist = vec![AnyCField::CDropdownField(CDropdownField {
        name: Some("Resolution".into()),
        value: Some("Magic".into()),
        ..Default::default()
    })];
    assert_eq!(save_with(1, f), 23, "invalid event field value");
    let mut e = event("Comment");
    e.name = None;
    assert_eq!(save_with(1, e), 23, "an event needs a name");
    // Nothing changed and no lock is left.
    assert!(h.locks().is_empty());
    assert_eq!(s.get_defect(4, "", false).unwrap().state.as_deref(), Some("Closed"));
}

#[test]
fn events_outside_the_workflow_fault_237() {
    let h = start();
    let s = ada(&h);
    let sb = client(&h).login("Sandbox", "ada", "ada-secret").unwrap();
    // The Sandbox defect workflow has no Fix event.
    let d = sb.edit_defect(1, "", false).unwrap();
    let mut raw = (*d).clone();
    raw.eventlist.push(AnyCEvent::CEvent(event("Fix")));
    assert_eq!(fault_code(sb.save_defect(raw)), 237);
    d.cancel().unwrap();
    assert!(s.get_event_definition_list("Task").unwrap().is_empty());
}

#[test]
fn event_definitions() {
    let h = start();
    let s = ada(&h);
    let defs = s.get_event_definition_list("Defect").unwrap();
    let fix = defs
        .iter()
        .find_map(|d| match d {
            testtrack::types::AnyCEventDefinition::CEventDefinition(d) if d.name.as_deref() == Some("Fix") => Some(d),
            _ => None,
        })
        .expect("Fix is defined");
    assert_eq!(fix.resulting_state, Some(true));
    assert_eq!(fix.resulting_state_values[0].value.as_deref(), Some("Fixed"));
    assert_eq!(fix.time_tracking, Some(true));
    let resolution = fix
        .custom_fields
        .iter()
        .find_map(|f| match f {
            AnyCField::CDropdownField(d) if d.name.as_deref() == Some("Resolution") => Some(d),
            _ => None,
        })
        .unwrap();
    assert_eq!(resolution.dropdown_values.len(), 3, "UE reads the allowed values from here");
    let old = s.get_defect_event_definition_list().unwrap();
    assert_eq!(old.len(), defs.len());
    assert!(old.iter().any(|d| d.name.as_deref() == Some("SCM Update")));
    assert_eq!(fault_code(s.get_event_definition_list("Bugs")), 77);
}

#[test]
fn test_runs_pass_and_fail() {
    let h = start();
    let s = ada(&h);
    let tc = s.get_test_case(1, "", false).unwrap();
    let runs = s.generate_test_runs(tc.recordid, vec![], "Nightly").unwrap();
    assert_eq!(runs.len(), 1);
    let run_id = match &runs[0] {
        testtrack::types::AnyCItemToTrack::CTestRun(r) => {
            assert_eq!(r.state.as_deref(), Some("Not Run"));
            assert_eq!(r.testcaserecordid, Some(tc.recordid));
            assert_eq!(r.testrunset.as_deref(), Some("Nightly"));
            assert_eq!(r.summary, tc.summary);
            r.recordid
        }
        other => panic!("{other:?}"),
    };
    let mut r = s.edit_test_run_by_record_id(run_id, false).unwrap();
    let mut pass = event("Pass");
    pass.resultingstate = Some("Passed".into());
    pass.user = Some("Lovelace, Ada".into());
    r.eventlist = vec![AnyCEvent::CEvent(pass)];
    r.save().unwrap();
    let got = s.get_test_run_by_record_id(run_id, false).unwrap();
    assert_eq!(got.state.as_deref(), Some("Passed"));
    let mut r = s.edit_test_run_by_record_id(run_id, false).unwrap();
    r.eventlist.push(AnyCEvent::CEvent(event("Fail")));
    r.save().unwrap();
    assert_eq!(s.get_test_run_by_record_id(run_id, false).unwrap().state.as_deref(), Some("Failed"));
    let filtered = s
        .get_record_list_for_table(
            "Test Run",
            "Failed runs",
            vec![testtrack::types::CTableColumn { name: Some("Record ID".into()) }],
        )
        .unwrap();
    assert_eq!(filtered.records.len(), 2, "the seeded failed run and this one");
}

#[test]
fn a_table_without_workflow_faults_237_on_events() {
    let seed = tt_emulator::Seed::from_json(
        r#"{"users":[{"first_name":"A","last_name":"B","login":"a","password":"p"}],
            "projects":[{"name":"P","records":[{"table":"Defect","fields":{"Summary":"x"}}]}]}"#,
    )
    .unwrap();
    let h = builder().seed(seed).start().unwrap();
    let s = client(&h).login("P", "a", "p").unwrap();
    let d = s.edit_defect(1, "", false).unwrap();
    assert_eq!(d.state, None, "no workflow, no state");
    let mut raw = (*d).clone();
    raw.eventlist.push(AnyCEvent::CEvent(event("Comment")));
    let e = s.save_defect(raw).unwrap_err();
    assert_eq!(code(&e), 237);
    assert!(e.fault().unwrap().string.contains("Workflow not defined"));
    d.cancel().unwrap();
}
