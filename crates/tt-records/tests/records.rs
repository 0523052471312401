//! The record layer against the emulator: field typing, queries, locks, workflow, attachments.

use tt_emulator::{Emulator, EmulatorHandle};
use tt_records::{Error, EventInput, FieldType, RecordKey, RecordKind, StateRules, Tracker, Value};

fn setup() -> (EmulatorHandle, Tracker) {
    let emu = Emulator::builder().start().expect("start the emulator");
    let tt = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").expect("log on");
    (emu, tt)
}

#[test]
fn tables_and_schema() {
    let (_emu, tt) = setup();
    assert!(tt.tables().unwrap().iter().any(|t| t == "Requirement Document"));
    assert_eq!(tt.table("test case").unwrap(), "Test Case");
    assert_eq!(tt.table("Defects").unwrap(), "Defect");
    assert_eq!(tt.table("test cases").unwrap(), "Test Case");
    assert_eq!(tt.table("links").unwrap(), "Links");
    assert!(matches!(tt.table("Defectss"), Err(tt_records::Error::UnknownTable { .. })));
    assert_eq!(tt.table("TestRun").unwrap(), "Test Run");
    assert!(
        matches!(tt.table("Bugs"), Err(Error::UnknownTable { known, .. }) if known.contains(&"Defect".to_string()))
    );
    let s = tt.schema("Defect").unwrap();
    assert_eq!(s.kind(), RecordKind::Defect);
    assert_eq!(s.field("Priority").unwrap().ty, FieldType::Dropdown);
    assert_eq!(s.field("Severity Level").unwrap().ty, FieldType::Dropdown);
    assert!(s.field("Severity Level").unwrap().custom);
    assert_eq!(s.field("Platforms").unwrap().ty, FieldType::MultiSelect);
    assert_eq!(s.field("Root Cause").unwrap().ty, FieldType::LongText);
    assert_eq!(s.field("Effort").unwrap().ty, FieldType::Timespan);
    assert_eq!(s.field("state").unwrap().name, "Status");
    assert!(!s.field("Status").unwrap().writable);
    assert_eq!(tt.allowed_values("Defect", "Platforms").unwrap().unwrap(), ["Windows", "Linux", "macOS"]);
    assert_eq!(tt.allowed_values("Defect", "Type").unwrap().unwrap()[0], "Bug");
    assert_eq!(tt.allowed_values("Defect", "Summary").unwrap(), None);
    assert!(matches!(tt.schema("Folder"), Err(Error::Unsupported { .. })));
}

#[test]
fn records_by_display_and_xml_names() {
    let (_emu, tt) = setup();
    let d = tt.get("Defect", 1).unwrap();
    assert_eq!(d.get("Summary").unwrap(), d.get("summary").unwrap());
    assert_eq!(d.get("Status").unwrap(), Value::Text("Assigned".into()));
    assert_eq!(d.get("state").unwrap(), Value::Text("Assigned".into()));
    assert_eq!(d.get("Found By").unwrap(), Value::Text("Customer, Carl".into()));
    assert_eq!(d.get("Severity Level").unwrap(), Value::Text("S1".into()));
    assert_eq!(d.get("Affected Users").unwrap(), Value::Integer(120));
    assert_eq!(d.get("Regression").unwrap(), Value::Bool(true));
    assert_eq!(d.get("Platforms").unwrap(), Value::List(vec!["Windows".into(), "Linux".into()]));
    assert_eq!(d.get("Currently Assigned To").unwrap(), Value::List(vec!["Turing, Alan".into()]));
    assert!(matches!(d.get("Colour"), Err(Error::UnknownField { .. })));
    let by_id = tt.get("Defect", RecordKey::Id(d.record_id())).unwrap();
    assert_eq!(by_id.number(), Some(1));
    assert!(matches!(tt.get("Defect", 77), Err(Error::NotFound { from_server: true, .. })));
    let req = tt.get("Requirement", 1).unwrap();
    assert_eq!(req.get("Risk").unwrap(), Value::Text("High".into()));
    assert_eq!(req.get("enteredBy").unwrap(), Value::Text("Lovelace, Ada".into()));
    let json = d.to_json();
    assert_eq!(json["fields"]["Severity Level"], "S1");
    assert_eq!(json["events"][0]["name"], "Assign");
}

#[test]
fn field_typing_on_edit() {
    let (emu, tt) = setup();
    let mut d = tt.edit("Defect", 3).unwrap();
    assert!(matches!(d.set("Affected Users", "lots"), Err(Error::InvalidValue { .. })));
    assert!(matches!(d.set("Target Date", "7/1/2017"), Err(Error::InvalidValue { .. })));
    match d.set("Severity Level", "S9") {
        Err(Error::NotAllowedValue { field, value, allowed }) => {
            assert_eq!((field.as_str(), value.as_str()), ("Severity Level", "S9"));
            assert_eq!(allowed, ["S1", "S2", "S3"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(d.set("Platforms", "Windows, BeOS"), Err(Error::NotAllowedValue { value, .. }) if value == "BeOS")
    );
    assert!(matches!(d.set("Status", "Closed"), Err(Error::ReadOnly { .. })));
    assert!(matches!(d.set("Number", 9), Err(Error::ReadOnly { .. })));
    d.set("priority", "low").unwrap(); // XML name, any case: stored with the list's spelling
    d.set("Severity Level", "s2").unwrap();
    d.set("Affected Users", 42).unwrap();
    d.set("Regression", "yes").unwrap();
    d.set("Target Date", "2017-08-01").unwrap();
    d.set("Platforms", "linux, macOS").unwrap();
    d.set("Cost", "12.5").unwrap();
    d.set("Description", "Now with a description").unwrap();
    assert_eq!(emu.locks().len(), 1);
    d.save().unwrap();
    assert!(emu.locks().is_empty());
    let r = tt.get("Defect", 3).unwrap();
    assert_eq!(r.get("Priority").unwrap(), Value::Text("Low".into()));
    assert_eq!(r.get("Severity Level").unwrap(), Value::Text("S2".into()));
    assert_eq!(r.get("Affected Users").unwrap(), Value::Integer(42));
    assert_eq!(r.get("Regression").unwrap(), Value::Bool(true));
    assert_eq!(r.get("Target Date").unwrap(), Value::Date("2017-08-01".into()));
    assert_eq!(r.get("Platforms").unwrap(), Value::List(vec!["Linux".into(), "macOS".into()]));
    assert_eq!(r.get("Cost").unwrap(), Value::Decimal(12.5));
    assert_eq!(r.get("Description").unwrap(), Value::Text("Now with a description".into()));

    // Untouched custom fields keep their values when another field is saved.
    tt.update("Defect", 1, [("Priority", "Medium")]).unwrap();
    let one = tt.get("Defect", 1).unwrap();
    assert_eq!(one.get("Affected Users").unwrap(), Value::Integer(120));
    assert_eq!(one.get("Priority").unwrap(), Value::Text("Medium".into()));
}

/// Setting nothing clears a field: the empty value goes out as empty text and comes back as
/// no value (`Value::Empty`), for standard and custom text fields alike.
#[test]
fn setting_nothing_clears_text_fields() {
    let (_emu, tt) = setup();
    tt.update("Defect", 3, [("Reference", "REF-1"), ("Customer Ticket", "first")]).unwrap();
    let r = tt.get("Defect", 3).unwrap();
    assert_eq!(r.get("Reference").unwrap(), Value::Text("REF-1".into()));
    assert_eq!(r.get("Customer Ticket").unwrap(), Value::Text("first".into()));
    tt.update("Defect", 3, [("Reference", ""), ("Customer Ticket", "")]).unwrap();
    let r = tt.get("Defect", 3).unwrap();
    assert_eq!(r.get("Reference").unwrap(), Value::Empty);
    assert_eq!(r.get("Customer Ticket").unwrap(), Value::Empty);
}

#[test]
fn locks_are_exclusive_and_never_leak() {
    let (emu, ada) = setup();
    let alan = Tracker::login(&emu.url(), "Demo", "alan", "alan-secret").unwrap();
    {
        let mut held = ada.edit("Defect", 2).unwrap();
        held.set("Priority", "High").unwrap();
        assert!(matches!(alan.edit("Defect", 2), Err(Error::Locked { .. })));
        assert!(alan.edit("Defect", 2).unwrap_err().is_locked());
        // dropped without save: the lock is cancelled
    }
    assert!(emu.locks().is_empty());
    assert_eq!(ada.get("Defect", 2).unwrap().get("Priority").unwrap(), Value::Text("Low".into()));
    // An error inside the edit does not leak the lock either.
    let r: Result<(), Error> = (|| {
        let mut e = alan.edit("Defect", 2)?;
        e.set("Priority", "Whenever")?;
        e.save()
    })();
    assert!(matches!(r, Err(Error::NotAllowedValue { .. })));
    assert!(emu.locks().is_empty());
    // A panic neither.
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _e = alan.edit("Defect", 2).unwrap();
        panic!("boom");
    }));
    assert!(caught.is_err());
    assert!(emu.locks().is_empty());
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = events.clone();
    ada.on_lock(move |e| seen.lock().unwrap().push(e.clone()));
    ada.update("Defect", 2, [("Priority", "High")]).unwrap();
    assert_eq!(events.lock().unwrap().len(), 2, "taken and released");
}

/// Query text keeps an apostrophe in a double-quoted string and a double quote in a
/// single-quoted one (both readers once swapped every `'` for `"`).
#[test]
fn queries_with_quotes_inside_strings() {
    let (_emu, tt) = setup();
    for summary in ["Ada's crash", r#"The "Save" button"#] {
        let mut new = tt.new_record("Defect").unwrap();
        new.set("Summary", summary).unwrap();
        new.set("Type", "Bug").unwrap();
        new.add().unwrap();
    }
    let rows = tt.records("Defect").columns(["Summary"]).query(r#"{"Summary": "Ada's crash"}"#).collect().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0]["Summary"], "Ada's crash");
    let rows =
        tt.records("Defect").columns(["Summary"]).query(r#"{'Summary': 'The "Save" button'}"#).collect().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0]["Summary"], r#"The "Save" button"#);
}

#[test]
fn queries_filter_columns_and_stream() {
    let (_emu, tt) = setup();
    let rows = tt.records("Defect").filter("Open defects").columns(["Number", "Summary"]).collect().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0]["Number"], "3");
    assert_eq!(rows[0].get("summary"), Some("Installer needs a silent mode"));
    let high = tt.records("Defect").columns(["Number"]).query(r#"{"Priority": "High"}"#).collect().unwrap();
    assert_eq!(high.len(), 1);
    let mut progress = Vec::new();
    let all: Vec<String> = tt
        .records("Defect")
        .columns(["number", "Status"])
        .page_size(1)
        .on_progress(|d, t| progress.push((d, t)))
        .rows()
        .unwrap()
        .map(|r| r.unwrap()["Number"].to_string())
        .collect();
    assert_eq!(all, ["1", "2", "3", "4"]);
    assert_eq!(progress.last(), Some(&(4, 4)));
    assert!(progress.len() >= 4, "one progress report per page: {progress:?}");
    let defaults = tt.records("Test Run").rows().unwrap();
    assert!(defaults.columns().iter().any(|c| c == "Summary"));
    assert!(matches!(tt.records("Defect").columns(["Nope"]).rows(), Err(Error::UnknownField { .. })));
    assert!(matches!(tt.records("Defect").filter("Nope").rows(), Err(Error::NotFound { .. })));
    assert!(matches!(tt.records("Defect").query("not json").rows(), Err(Error::InvalidQuery(_))));
    assert!(matches!(tt.records("Nope").rows(), Err(Error::UnknownTable { .. })));
    let users = tt.records("User").collect().unwrap();
    assert!(users.iter().any(|r| r.get("Last Name") == Some("Lovelace")), "{users:?}");
}

#[test]
fn workflow_by_name() {
    let (emu, tt) = setup();
    let done = tt
        .apply_event("Defect", 3, "fix", EventInput::new().field("Resolution", "configuration").notes("ok").hours(1.0))
        .unwrap();
    assert_eq!(done.event, "Fix");
    assert_eq!(done.from_state.as_deref(), Some("Open"));
    assert_eq!(done.state.as_deref(), Some("Fixed"));
    let r = tt.get("Defect", 3).unwrap();
    let fix = r.events().into_iter().find(|e| e.name == "Fix").unwrap();
    assert_eq!(fix.user.as_deref(), Some("Lovelace, Ada"));
    assert_eq!(fix.resulting_state.as_deref(), Some("Fixed"));
    assert!(fix.fields.contains(&("Resolution".into(), Value::Text("Configuration".into()))));
    let v = tt.apply_event("Defect", 3, "Verify", EventInput::new().resulting_state("Assigned")).unwrap();
    assert_eq!(v.state.as_deref(), Some("Assigned"));
    assert!(matches!(
        tt.apply_event("Defect", 3, "Verify", EventInput::new().resulting_state("Nowhere")),
        Err(Error::InvalidValue { .. })
    ));

    // Unknown event, event fields checked before any lock.
    assert!(matches!(tt.apply_event("Defect", 1, "Teleport", EventInput::new()), Err(Error::UnknownEvent { .. })));
    assert!(matches!(
        tt.apply_event("Defect", 1, "Fix", EventInput::new().field("Resolution", "Magic")),
        Err(Error::NotAllowedValue { .. })
    ));
    assert!(matches!(
        tt.apply_event("Defect", 1, "Fix", EventInput::new().field("Mood", "fine")),
        Err(Error::UnknownField { .. })
    ));

    // Without rules the server refuses; the error keeps its detail.
    match tt.apply_event("Defect", 4, "Fix", EventInput::new()) {
        Err(Error::EventNotAllowed { event, state, rules_known: false, detail: Some(d), allowed }) => {
            assert_eq!((event.as_str(), state.as_str()), ("Fix", "Closed"));
            assert!(d.contains("detail 23"), "{d}");
            assert!(!allowed.contains(&"Fix".to_string()));
        }
        other => panic!("{other:?}"),
    }
    assert!(emu.locks().is_empty());

    // With rules, refused up front with the exact list.
    tt.set_state_rules("Defect", StateRules::new().event("Fix", ["Open", "Assigned"]).event("Re-Open", ["Closed"]));
    match tt.apply_event("Defect", 4, "Fix", EventInput::new()) {
        Err(Error::EventNotAllowed { rules_known: true, detail: None, allowed, .. }) => {
            assert!(allowed.contains(&"Re-Open".to_string()));
            assert!(!allowed.contains(&"Fix".to_string()));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(tt.allowed_events("Defect", "Open").unwrap().unwrap().len(), 8);
    assert!(emu.locks().is_empty());
    let reopened = tt.apply_event("Defect", 4, "Re-Open", EventInput::new()).unwrap();
    assert_eq!(reopened.state.as_deref(), Some("Open"));

    // Test runs have their own workflow.
    let pass = tt.apply_event("Test Run", 1, "Pass", EventInput::new().notes("green")).unwrap();
    assert_eq!(pass.state.as_deref(), Some("Passed"));
    assert!(matches!(tt.apply_event("Task", 1, "Pass", EventInput::new()), Err(Error::Unsupported { .. })));
}

#[test]
fn attachments_and_new_records() {
    let (emu, tt) = setup();
    let a = tt.attach("Defect", 2, "trace.txt", b"stack trace".to_vec()).unwrap();
    assert_eq!(a.file_name, "trace.txt");
    assert!(a.archive_name.is_some());
    let list = tt.attachments("Defect", 2).unwrap();
    assert_eq!(list.len(), 1);
    let (_, data) = tt.download("Defect", 2, "trace.txt").unwrap();
    assert_eq!(data, b"stack trace");
    // Existing files survive a new one.
    tt.attach("Defect", 1, "second.txt", b"2".to_vec()).unwrap();
    let (_, first) = tt.download("Defect", 1, "crash.log").unwrap();
    assert_eq!(first, b"Segmentation fault at 0xdeadbeef\n");
    tt.attach("Test Case", 1, "plan.md", b"# plan".to_vec()).unwrap();
    assert_eq!(tt.download("Test Case", 1, "plan.md").unwrap().1, b"# plan");
    assert!(matches!(tt.download("Defect", 2, "nope"), Err(Error::NotFound { from_server: false, .. })));
    assert!(emu.locks().is_empty());

    let mut n = tt.new_record("Defect").unwrap();
    n.set("Summary", "Added by a test").unwrap();
    n.set("Type", "bug").unwrap();
    n.set("Found By", "Hopper, Grace").unwrap();
    n.set("Steps to Reproduce", "1. run").unwrap();
    n.set("Severity Level", "S3").unwrap();
    assert!(matches!(n.set("Product", "Deluxe"), Err(Error::NotAllowedValue { .. })));
    let d = n.add().unwrap();
    assert_eq!(d.number(), Some(5));
    assert_eq!(d.state(), Some("Open"));
    assert_eq!(d.get("Type").unwrap(), Value::Text("Bug".into()));
    assert_eq!(d.get("Found By").unwrap(), Value::Text("Hopper, Grace".into()));
    assert_eq!(d.get("Severity Level").unwrap(), Value::Text("S3".into()));
    let mut r = tt.new_record("Requirement").unwrap();
    r.set("Summary", "Be fast").unwrap();
    r.set("Type", "Performance").unwrap();
    r.set("Risk", "Low").unwrap();
    assert_eq!(r.add().unwrap().state(), Some("Draft"));
    let mut task = tt.new_record("Task").unwrap();
    task.set("Summary", "Tidy up").unwrap();
    task.set("Status", "Done").unwrap();
    let task = task.add().unwrap();
    assert_eq!(task.key(), RecordKey::Id(task.record_id()));
    assert_eq!(tt.get("Task", task.record_id()).unwrap().get("Status").unwrap(), Value::Text("Done".into()));
    assert!(matches!(tt.new_record("Test Run"), Err(Error::Unsupported { .. })));
    let mut bad = tt.new_record("Defect").unwrap();
    bad.set("Type", "Bug").unwrap();
    assert!(matches!(bad.add(), Err(Error::Rejected { .. })), "no summary: the server refuses (23)");
}

#[test]
fn connection_errors_are_typed() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let e = Tracker::login(&format!("http://127.0.0.1:{port}/"), "Demo", "ada", "x").unwrap_err();
    assert!(e.is_connection(), "{e}");
    let emu = Emulator::builder().start().unwrap();
    let e = Tracker::login(&emu.url(), "Demo", "ada", "wrong").unwrap_err();
    assert_eq!(e.detail_code(), Some(5));
}
