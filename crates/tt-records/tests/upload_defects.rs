//! Defects for failed tests, filed and updated by an upload into the emulator (real HTTP on
//! 127.0.0.1): one defect per failing test, found again by its link (or key field) on every
//! later upload, updated when the test fails in another run set, never filed twice.

use std::path::PathBuf;

use tt_emulator::{Emulator, EmulatorHandle};
use tt_records::results::{DefectConfig, JunitReader, TestResult, Upload, UploadMap, UploadReport};
use tt_records::{Error, EventInput, RecordKey, Tracker};

const FAILING: &str = "tests.test_api.TestLogin.test_bad_password[REQ-2]";

fn pytest() -> Vec<TestResult> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/junit/pytest.xml");
    JunitReader::open(p).unwrap().collect::<Result<_, _>>().unwrap()
}

fn setup() -> (EmulatorHandle, Tracker) {
    let emu = Emulator::builder().start().expect("start the emulator");
    let tt = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").expect("log on");
    (emu, tt)
}

fn upload(tt: &Tracker, set: &str, d: &DefectConfig) -> UploadReport {
    let r = Upload::new(tt).run_set(set).file_defects(d.clone()).run(pytest().into_iter().map(Ok)).unwrap();
    assert!(r.is_complete(), "{r:?}");
    assert!(r.warnings.iter().all(|w| w.contains("no link definition given")), "{r:?}");
    r
}

fn defect_ids(tt: &Tracker) -> Vec<i64> {
    tt.records("Defect")
        .columns(["Record ID"])
        .collect()
        .unwrap()
        .iter()
        .map(|r| r["Record ID"].parse().unwrap())
        .collect()
}

/// The record ids of the `Peer` link children of a defect, in one table.
fn linked(tt: &Tracker, defect: i64, table: &str) -> Vec<i64> {
    let links = tt.session().get_links_for_item("Defect", defect).unwrap();
    links
        .iter()
        .filter(|l| l.link_definition_name.as_deref() == Some("Peer"))
        .filter(|l| l.linkparent.as_ref().is_some_and(|p| p.entity_id == defect))
        .flat_map(|l| l.child_list.iter())
        .filter(|c| c.tablename.as_deref() == Some(table))
        .map(|c| c.entity_id)
        .collect()
}

fn case_and_run(tt: &Tracker, set: &str) -> (i64, i64) {
    let c = tt_records::results::find_test_cases(tt, "Summary", &[FAILING.into()]).unwrap()[FAILING].clone();
    let run = tt_records::results::find_runs(tt, set, &[c.number]).unwrap()[&c.number].record_id;
    (c.record_id, run)
}

#[test]
fn a_failed_test_files_one_defect_then_updates_it_and_never_files_twice() {
    let (_emu, tt) = setup();
    let before = defect_ids(&tt);
    let cfg = DefectConfig::new("peer");

    // First failure: one defect, from the run, linked to the test case and the run.
    let r = upload(&tt, "Build 41", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated, r.defects_found), (1, 0, 0), "{r:?}");
    let new: Vec<i64> = defect_ids(&tt).into_iter().filter(|i| !before.contains(i)).collect();
    assert_eq!(new.len(), 1, "one defect for the one failing test");
    let d = new[0];
    let (case, run41) = case_and_run(&tt, "Build 41");
    assert_eq!(linked(&tt, d, "Test Case"), [case]);
    assert_eq!(linked(&tt, d, "Test Run"), [run41]);
    let defect = tt.get("Defect", RecordKey::Id(d)).unwrap();
    assert_eq!(defect.get("Summary").unwrap().to_string(), FAILING);
    assert_eq!(defect.state(), Some("Open"));
    let json = defect.to_json().to_string();
    assert!(json.contains("AssertionError: assert 401 == 200") && json.contains("Build 41"), "{json}");

    // The same run set again: found, nothing changes.
    let r = upload(&tt, "Build 41", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated, r.defects_found), (0, 0, 1), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before.len() + 1);
    let events = tt.get("Defect", RecordKey::Id(d)).unwrap().events().len();

    // Fails again in a new run set: the open defect gets a comment and the new run.
    let r = upload(&tt, "Build 42", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated, r.defects_found), (0, 1, 0), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before.len() + 1, "updated, not filed again");
    let (_, run42) = case_and_run(&tt, "Build 42");
    let mut runs = linked(&tt, d, "Test Run");
    runs.sort_unstable();
    assert_eq!(runs, [run41, run42]);
    let defect = tt.get("Defect", RecordKey::Id(d)).unwrap();
    let evs = defect.events();
    assert_eq!(evs.len(), events + 1);
    let c = evs.iter().find(|e| e.name == "Comment").expect("a Comment event");
    assert!(c.notes.as_deref().unwrap().starts_with("Failed again in test run set 'Build 42'"), "{c:?}");

    // Build 42 again: the comment is not repeated.
    let r = upload(&tt, "Build 42", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated, r.defects_found), (0, 0, 1), "{r:?}");
    assert_eq!(tt.get("Defect", RecordKey::Id(d)).unwrap().events().len(), events + 1);

    // A closed defect is not reopened: the next failure files a new one.
    tt.apply_event("Defect", RecordKey::Id(d), "Close", EventInput::new()).unwrap();
    let r = upload(&tt, "Build 43", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated), (1, 0), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before.len() + 2);
}

#[test]
fn a_defect_cut_off_before_its_links_is_found_by_its_key_field() {
    let (_emu, tt) = setup();
    // The first upload records the runs, no defects.
    let r = Upload::new(&tt).run_set("Build 51").run(pytest().into_iter().map(Ok)).unwrap();
    assert!(r.is_complete(), "{r:?}");
    // A defect added for the test whose links were never made (a kill after addDefect).
    let mut new = tt.new_record("Defect").unwrap();
    new.set("Summary", "login fails").unwrap();
    new.set("Customer Ticket", FAILING).unwrap();
    let d = new.add_id().unwrap();
    let before = defect_ids(&tt).len();

    let cfg = DefectConfig { key_field: Some("customer ticket".into()), ..DefectConfig::new("Peer") };
    let r = upload(&tt, "Build 51", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated), (0, 1), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before);
    let (_, run) = case_and_run(&tt, "Build 51");
    assert_eq!(linked(&tt, d, "Test Run"), [run]);

    // A new defect gets the key in the field.
    tt.apply_event("Defect", RecordKey::Id(d), "Close", EventInput::new()).unwrap();
    let r = upload(&tt, "Build 52", &cfg);
    assert_eq!(r.defects_filed, 1, "{r:?}");
    let q = serde_json::json!({ "Customer Ticket": FAILING }).to_string();
    assert_eq!(tt.records("Defect").columns(["Record ID"]).query(&q).collect().unwrap().len(), 2);
}

#[test]
fn a_defect_cut_off_before_its_links_is_found_again_without_a_key_field() {
    let (emu, tt) = setup();
    let cfg = DefectConfig::new("Peer");
    let before = defect_ids(&tt);
    // The upload stops between addDefect and the link to the test case.
    emu.inject_fault("addLink", tt_emulator::faults::fault(16, "General error"), 1);
    let r = Upload::new(&tt).run_set("Build 61").file_defects(cfg.clone()).run(pytest().into_iter().map(Ok)).unwrap();
    assert_eq!(r.defects_filed, 0, "{r:?}");
    assert!(r.warnings.iter().any(|w| w.contains("no defect filed")), "{r:?}");
    let orphans: Vec<i64> = defect_ids(&tt).into_iter().filter(|d| !before.contains(d)).collect();
    assert_eq!(orphans.len(), 1, "the defect was added");
    let d = orphans[0];
    assert!(linked(&tt, d, "Test Case").is_empty(), "and not linked");

    // The next upload of the same results finds it, links it and files nothing.
    let r = upload(&tt, "Build 61", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated, r.defects_found), (0, 0, 1), "{r:?}");
    let (case, run) = case_and_run(&tt, "Build 61");
    assert_eq!((linked(&tt, d, "Test Case"), linked(&tt, d, "Test Run")), (vec![case], vec![run]));
    // A failure in another run set updates that defect.
    let r = upload(&tt, "Build 62", &cfg);
    assert_eq!((r.defects_filed, r.defects_updated), (0, 1), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before.len() + 1, "one defect in all");
}

#[test]
fn defects_are_off_by_default_planned_in_a_dry_run_and_checked_before_anything_changes() {
    let (_emu, tt) = setup();
    let before = defect_ids(&tt).len();
    let r = Upload::new(&tt).run_set("Build 61").run(pytest().into_iter().map(Ok)).unwrap();
    assert_eq!((r.failed, r.defects_filed), (1, 0), "{r:?}");
    let map = UploadMap::from_toml("[defects]\nlink_definition = \"Peer\"\n").unwrap();
    let r = Upload::new(&tt).run_set("Build 61").map(&map).dry_run(true).run(pytest().into_iter().map(Ok)).unwrap();
    let want = format!("file a defect for '{FAILING}' unless one is open (Peer)");
    assert!(r.planned.contains(&want), "{r:?}");
    assert_eq!(defect_ids(&tt).len(), before);

    let e = Upload::new(&tt).run_set("B").file_defects(DefectConfig::new("Blocks")).run(Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::NotAllowedValue { allowed, .. } if allowed.contains(&"Peer".to_string())), "{e}");
    let bad = DefectConfig { update_event: "Shout".into(), ..DefectConfig::new("Peer") };
    let e = Upload::new(&tt).run_set("B").file_defects(bad).run(Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::UnknownEvent { known, .. } if known.contains(&"Comment".to_string())), "{e}");
    let bad = DefectConfig { key_field: Some("Nope".into()), ..DefectConfig::new("Peer") };
    let e = Upload::new(&tt).run_set("B").file_defects(bad).run(Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::UnknownField { .. }), "{e}");
    assert!(UploadMap::from_toml("[defects]\nlink = \"Peer\"\n").is_err());
}
