//! Test results uploaded into the emulator over real HTTP: each producer's JUnit report,
//! repeated uploads, interrupted uploads, locks, links, dry runs and bad input.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use tt_emulator::{Emulator, EmulatorHandle};
use tt_records::results::{
    EventMap, JunitError, JunitReader, LinkConfig, Outcome, TestResult, Upload, UploadMap, UploadReport,
};
use tt_records::{Error, RecordKey, Tracker};

const PRODUCERS: &[&str] = &["surefire", "pytest", "jest", "gotestsum", "nextest", "xunit"];

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/junit").join(format!("{name}.xml"))
}

fn read(name: &str) -> Vec<TestResult> {
    JunitReader::open(fixture(name)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn setup() -> (EmulatorHandle, Tracker) {
    let emu = Emulator::builder().start().expect("start the emulator");
    let tt = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").expect("log on");
    (emu, tt)
}

fn login(emu: &EmulatorHandle) -> impl Fn() -> tt_records::Result<Tracker> + Send + Sync + 'static {
    let url = emu.url();
    move || Tracker::login(&url, "Demo", "ada", "ada-secret")
}

fn links() -> LinkConfig {
    LinkConfig { definition: Some("Tested By".into()), ..Default::default() }
}

fn upload(emu: &EmulatorHandle, tt: &Tracker, set: &str, results: Vec<TestResult>) -> UploadReport {
    Upload::new(tt)
        .run_set(set)
        .links(links())
        .sessions(3, login(emu))
        .batch_size(2)
        .run(results.into_iter().map(Ok))
        .unwrap()
}

/// Runs in a set, by test case number: how many each has, and their states.
fn runs_in(tt: &Tracker, set: &str) -> HashMap<String, Vec<String>> {
    let q = serde_json::json!({ "Test Run Set": set }).to_string();
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for row in tt.records("Test Run").columns(["Test Case Number", "Status"]).query(&q).collect().unwrap() {
        out.entry(row["Test Case Number"].to_string()).or_default().push(row["Status"].to_string());
    }
    out
}

fn count(tt: &Tracker, table: &str) -> usize {
    tt.records(table).columns(["Record ID"]).collect().unwrap().len()
}

#[test]
fn every_producer_parses_as_written() {
    let expect: &[(&str, usize, usize, usize, usize)] = &[
        // (producer, passed, failed, errors, skipped)
        ("surefire", 2, 1, 1, 1),
        ("pytest", 1, 1, 0, 1),
        ("jest", 2, 1, 0, 0),
        ("gotestsum", 1, 1, 0, 1),
        ("nextest", 2, 1, 0, 0),
        ("xunit", 1, 1, 0, 1),
    ];
    for &(p, passed, failed, errors, skipped) in expect {
        let rs = read(p);
        let n = |f: fn(&Outcome) -> bool| rs.iter().filter(|r| f(&r.outcome)).count();
        assert_eq!(n(|o| matches!(o, Outcome::Passed)), passed, "{p} passed");
        assert_eq!(n(|o| matches!(o, Outcome::Failed(_))), failed, "{p} failed");
        assert_eq!(n(|o| matches!(o, Outcome::Errored(_))), errors, "{p} errors");
        assert_eq!(n(|o| matches!(o, Outcome::Skipped { .. })), skipped, "{p} skipped");
    }
    assert_eq!(read("xunit")[0].key(), "Shop.Tests.CartTests.AddsItem");
    assert_eq!(read("jest")[0].key(), "Cart adds items");
    assert_eq!(read("jest")[2].suites, ["Checkout"]);
    assert_eq!(read("pytest")[1].hostname.as_deref(), Some("ci-runner-1"));
    assert_eq!(read("surefire")[4].reruns.len(), 1);
    assert!(read("nextest")[1].system_err.as_deref().unwrap().contains("RUST_BACKTRACE"));
}

#[test]
fn every_producer_uploads_and_a_second_upload_changes_nothing() {
    let (emu, tt) = setup();
    for p in PRODUCERS {
        let set = format!("Build {p}");
        let rs = read(p);
        let first = upload(&emu, &tt, &set, rs.clone());
        assert!(first.is_complete(), "{p}: {first:?}");
        assert_eq!(first.results as usize, rs.len(), "{p}");
        assert_eq!(first.created as usize, rs.len(), "{p}: one test case per test");
        assert_eq!(first.runs as usize, rs.len(), "{p}: one run per test");
        let with_event = rs.iter().filter(|r| !matches!(r.outcome, Outcome::Skipped { .. })).count();
        assert_eq!(first.events as usize, with_event, "{p}");
        let before = runs_in(&tt, &set);
        assert_eq!(before.len(), rs.len(), "{p}: {before:?}");
        assert!(before.values().all(|v| v.len() == 1), "{p}: {before:?}");
        let cases = count(&tt, "Test Case");

        let again = upload(&emu, &tt, &set, rs.clone());
        assert!(again.is_complete(), "{p}: {again:?}");
        assert_eq!((again.created, again.runs, again.events, again.linked), (0, 0, 0, 0), "{p}: {again:?}");
        assert_eq!(again.found as usize, rs.len(), "{p}");
        assert_eq!(again.unchanged as usize, with_event, "{p}");
        assert_eq!(runs_in(&tt, &set), before, "{p}");
        assert_eq!(count(&tt, "Test Case"), cases, "{p}");
    }
    // Outcomes as states, notes and attachments.
    let rs = read("nextest");
    let found = tt_records::results::find_test_cases(&tt, "Summary", &[rs[1].key()]).unwrap();
    let case = &found[&rs[1].key()];
    let runs = tt_records::results::find_runs(&tt, "Build nextest", &[case.number]).unwrap();
    let run = tt.get("Test Run", RecordKey::Id(runs[&case.number].record_id)).unwrap();
    assert_eq!(run.state(), Some("Failed"));
    let ev = run.events().into_iter().find(|e| e.name == "Fail").expect("a Fail event");
    assert!(ev.notes.as_deref().unwrap().contains("assertion `left == right` failed"), "{ev:?}");
    let names: Vec<String> = run.attachments().into_iter().map(|a| a.file_name).collect();
    assert!(
        names.contains(&"system-out.txt".to_string()) && names.contains(&"system-err.txt".to_string()),
        "{names:?}"
    );
    // Folders: /Public/CI/<package>/<class> for Surefire.
    let f = tt.folder("/Public/CI/com.example/CalculatorTest").unwrap().expect("the class folder");
    assert!(f.public);
}

#[test]
fn a_run_set_holds_one_run_per_test_case_also_across_runs_of_the_same_test() {
    let (emu, tt) = setup();
    let mut rs = read("surefire");
    let mut twice = rs[0].clone();
    twice.outcome = Outcome::Failed(Default::default());
    rs.push(twice);
    let r = upload(&emu, &tt, "Build 7", rs);
    assert!(r.is_complete(), "{r:?}");
    assert_eq!(r.runs, 5);
    let runs = runs_in(&tt, "Build 7");
    assert!(runs.values().all(|v| v.len() == 1), "{runs:?}");
    assert!(runs.values().any(|v| v == &["Failed".to_string()]));
}

#[test]
fn an_interrupted_upload_run_again_ends_complete_without_duplicates() {
    let (_emu, tt) = setup();
    let full = std::fs::read_to_string(fixture("surefire")).unwrap();
    let cut = &full[..full.find("<testcase name=\"overflows\"").unwrap() + 30];
    let dir = std::env::temp_dir().join(format!("tt-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cut.xml");
    std::fs::write(&path, cut).unwrap();
    let first = Upload::new(&tt).run_set("Build 9").run(JunitReader::open(&path).unwrap()).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let err = first.input_error.clone().expect("the cut report is an error");
    assert!(err.contains("line "), "{err}");
    assert!(!first.is_complete());
    assert_eq!(first.runs, 3, "{first:?}");
    assert_eq!(runs_in(&tt, "Build 9").len(), 3);

    let second = Upload::new(&tt).run_set("Build 9").run(JunitReader::open(fixture("surefire")).unwrap()).unwrap();
    assert!(second.is_complete(), "{second:?}");
    assert_eq!((second.found, second.created, second.runs_found, second.runs), (3, 2, 3, 2), "{second:?}");
    let runs = runs_in(&tt, "Build 9");
    assert_eq!(runs.len(), 5);
    assert!(runs.values().all(|v| v.len() == 1), "{runs:?}");
}

#[test]
fn an_iterator_error_stops_after_what_was_read() {
    let (_emu, tt) = setup();
    let rs = read("pytest");
    let items: Vec<Result<TestResult, JunitError>> = vec![
        Ok(rs[0].clone()),
        Err(JunitError::Invalid { line: 3, message: "a test case without a name".into() }),
        Ok(rs[1].clone()),
        Err(JunitError::Syntax { line: 9, message: "unexpected end".into() }),
        Ok(rs[2].clone()),
    ];
    let r = Upload::new(&tt).run_set("Build 11").run(items).unwrap();
    assert_eq!(r.results, 2);
    assert_eq!(r.runs, 2);
    assert_eq!(r.not_recorded.len(), 1);
    assert_eq!(r.not_recorded[0].line, 3);
    assert!(r.input_error.as_deref().unwrap().contains("line 9"));
}

#[test]
fn a_locked_run_is_retried_then_reported_and_recorded_once_free() {
    let (emu, tt) = setup();
    let rs = read("pytest");
    let skipped: Vec<TestResult> =
        rs.iter().filter(|r| matches!(r.outcome, Outcome::Skipped { .. })).cloned().collect();
    let r = upload(&emu, &tt, "Build 13", skipped.clone());
    assert_eq!((r.runs, r.events), (1, 0));
    let run_id = *runs_in_ids(&tt, "Build 13").first().unwrap();

    let other = Tracker::login(&emu.url(), "Demo", "alan", "alan-secret").unwrap();
    let held = other.edit("Test Run", RecordKey::Id(run_id)).unwrap();
    let block = EventMap { skipped: Some("Block".into()), ..Default::default() };
    let r = Upload::new(&tt)
        .run_set("Build 13")
        .events(block.clone())
        .lock_retries(2, Duration::from_millis(5))
        .run(skipped.clone().into_iter().map(Ok))
        .unwrap();
    assert_eq!(r.retried, 2, "{r:?}");
    assert_eq!(r.not_recorded.len(), 1, "{r:?}");
    assert!(r.not_recorded[0].reason.contains("locked"), "{r:?}");
    assert_eq!(tt.get("Test Run", RecordKey::Id(run_id)).unwrap().state(), Some("Not Run"));

    held.cancel().unwrap();
    let r = Upload::new(&tt).run_set("Build 13").events(block).run(skipped.into_iter().map(Ok)).unwrap();
    assert!(r.is_complete(), "{r:?}");
    assert_eq!(r.events, 1);
    assert_eq!(tt.get("Test Run", RecordKey::Id(run_id)).unwrap().state(), Some("Blocked"));
}

fn runs_in_ids(tt: &Tracker, set: &str) -> Vec<i64> {
    let q = serde_json::json!({ "Test Run Set": set }).to_string();
    tt.records("Test Run")
        .columns(["Record ID"])
        .query(&q)
        .collect()
        .unwrap()
        .iter()
        .map(|r| r["Record ID"].parse().unwrap())
        .collect()
}

#[test]
fn keys_in_names_link_test_cases_to_requirements_once() {
    let (emu, tt) = setup();
    let r = upload(&emu, &tt, "Build 15", read("pytest"));
    assert_eq!(r.linked, 1, "{r:?}");
    let r = upload(&emu, &tt, "Build 16", read("pytest"));
    assert_eq!((r.linked, r.links_found), (0, 1), "{r:?}");
    let req = tt.get("Requirement", 2).unwrap();
    let links = tt.session().get_links_for_item("Requirement", req.record_id()).unwrap();
    let tested_by: Vec<_> = links.iter().filter(|l| l.link_definition_name.as_deref() == Some("Tested By")).collect();
    assert_eq!(tested_by.len(), 1);
    assert_eq!(tested_by[0].child_list[0].tablename.as_deref(), Some("Test Case"));
    assert_eq!(
        tested_by[0].child_list[0].summary.as_deref(),
        Some("tests.test_api.TestLogin.test_bad_password[REQ-2]")
    );

    // A mapping file's keys, and a key without a known prefix is a warning.
    let map = UploadMap::from_toml(
        r#"
        [links]
        definition = "Tested By"
        tests = { "tests.test_api.TestLogin.test_ok" = ["REQ-1", "ZZ-4"] }
        "#,
    )
    .unwrap();
    let r = Upload::new(&tt).run_set("Build 17").map(&map).run(read("pytest").into_iter().map(Ok)).unwrap();
    assert_eq!(r.linked, 1, "{r:?}");
    assert!(r.warnings.iter().any(|w| w.contains("unknown prefix 'ZZ'")), "{r:?}");
}

#[test]
fn a_dry_run_changes_nothing_and_says_what_it_would_do() {
    let (_emu, tt) = setup();
    let (cases, runs) = (count(&tt, "Test Case"), count(&tt, "Test Run"));
    let r = Upload::new(&tt)
        .run_set("Build 19")
        .links(links())
        .dry_run(true)
        .run(read("surefire").into_iter().map(Ok))
        .unwrap();
    assert!(r.dry_run);
    assert_eq!((r.created, r.runs, r.events), (5, 5, 4), "{r:?}");
    assert!(r.planned.iter().any(|p| p.starts_with("create folder /Public/CI/com.example/CalculatorTest")), "{r:?}");
    assert!(r.planned.iter().any(|p| p.contains("link 'com.example.CalculatorTest.adds [REQ-1]' to REQ-1")), "{r:?}");
    assert_eq!((count(&tt, "Test Case"), count(&tt, "Test Run")), (cases, runs));
    assert!(tt.folder("/Public/CI").unwrap().is_none());
    let json = r.to_json();
    assert_eq!(json["created"], 5);
    assert_eq!(json["run_set"], "Build 19");
}

#[test]
fn setup_mistakes_fail_before_anything_changes() {
    let (_emu, tt) = setup();
    let bad = EventMap { passed: Some("Passed!".into()), ..Default::default() };
    match Upload::new(&tt).run_set("B").events(bad).run(Vec::new()) {
        Err(Error::UnknownEvent { event, known, .. }) => {
            assert_eq!(event, "Passed!");
            assert!(known.contains(&"Pass".to_string()) && known.contains(&"Block".to_string()), "{known:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(Upload::new(&tt).run(Vec::new()), Err(Error::InvalidValue { .. })));
    assert!(matches!(Upload::new(&tt).run_set("B").key_field("Nope").run(Vec::new()), Err(Error::UnknownField { .. })));
    let l = LinkConfig { definition: Some("Blocks".into()), ..Default::default() };
    assert!(matches!(
        Upload::new(&tt).run_set("B").links(l).run(Vec::new()),
        Err(Error::NotAllowedValue { allowed, .. }) if allowed.contains(&"Tested By".to_string())
    ));
    let l = LinkConfig { pattern: Some("([".into()), ..Default::default() };
    assert!(matches!(Upload::new(&tt).run_set("B").links(l).run(Vec::new()), Err(Error::InvalidValue { .. })));
}

#[test]
fn a_custom_key_field_finds_test_cases_by_it() {
    let (_emu, tt) = setup();
    let rs = read("gotestsum");
    let r =
        Upload::new(&tt).run_set("Build 21").key_field("Automation Id").run(rs.clone().into_iter().map(Ok)).unwrap();
    assert_eq!(r.created, 3, "{r:?}");
    let r = Upload::new(&tt).run_set("Build 22").key_field("Automation Id").run(rs.into_iter().map(Ok)).unwrap();
    assert_eq!((r.created, r.found, r.runs), (0, 3, 3), "{r:?}");
}

#[test]
fn helpers_delete_and_generate() {
    let (_emu, tt) = setup();
    let (f, created) = tt.ensure_folder("/Public/CI/a/b").unwrap();
    assert_eq!(created, 3);
    assert_eq!(f.path, "/Public/CI/a/b");
    assert_eq!(tt.ensure_folder("/Public/CI/a/b").unwrap().1, 0);
    assert!(tt.ensure_folder("/Nowhere/x").is_err());
    let runs = tt.generate_runs(1, "Release 2.0").unwrap();
    assert_eq!(runs.len(), 1);
    let run = tt.get("Test Run", RecordKey::Id(runs[0])).unwrap();
    assert_eq!(run.get("Test Run Set").unwrap().to_string(), "Release 2.0");
    tt.delete("Test Run", RecordKey::Id(runs[0]), false).unwrap();
    assert!(tt.get("Test Run", RecordKey::Id(runs[0])).unwrap_err().is_not_found());
    let l = tt
        .link("Tested By", &tt_records::ItemRef::new("Requirement", 1), &tt_records::ItemRef::new("Test Case", 2))
        .unwrap();
    assert!(l.created);
    let again = tt
        .link("tested by", &tt_records::ItemRef::new("Requirement", 1), &tt_records::ItemRef::new("Test Case", 2))
        .unwrap();
    assert_eq!(again, tt_records::Linked { link_id: l.link_id, created: false });
}

#[test]
fn event_fields_are_filled_from_the_result() {
    // The demo seed, with fields on the Test Run workflow's Pass and Fail events.
    let mut seed: serde_json::Value = serde_json::from_str(include_str!("../../tt-emulator/seeds/demo.json")).unwrap();
    for p in seed["projects"].as_array_mut().unwrap() {
        let Some(events) = p.pointer_mut("/workflows/Test Run/events").and_then(|e| e.as_array_mut()) else {
            continue;
        };
        for e in events.iter_mut().filter(|e| e["name"] == "Pass" || e["name"] == "Fail") {
            e["fields"] = serde_json::json!([
                { "name": "Run Time", "type": "decimal" },
                { "name": "Agent", "type": "string" }
            ]);
        }
    }
    let seed = tt_emulator::Seed::from_json(&seed.to_string()).unwrap();
    let emu = Emulator::builder().seed(seed).start().unwrap();
    let tt = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap();
    let map = UploadMap::from_toml("[fields]\n\"Run Time\" = \"duration\"\nAgent = \"hostname\"\n").unwrap();
    let r = Upload::new(&tt).run_set("Build 23").map(&map).run(read("pytest").into_iter().map(Ok)).unwrap();
    assert!(r.is_complete(), "{r:?}");
    let found =
        tt_records::results::find_test_cases(&tt, "Summary", &["tests.test_api.TestLogin.test_ok".into()]).unwrap();
    let n = found["tests.test_api.TestLogin.test_ok"].number;
    let run = tt_records::results::find_runs(&tt, "Build 23", &[n]).unwrap()[&n].record_id;
    let ev = tt.get("Test Run", RecordKey::Id(run)).unwrap().events().into_iter().find(|e| e.name == "Pass").unwrap();
    let field = |name: &str| ev.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.to_string());
    assert_eq!(field("Agent").as_deref(), Some("ci-runner-1"), "{ev:?}");
    assert_eq!(field("Run Time").as_deref(), Some("0.01"), "{ev:?}");

    // A field the events do not have, or an unknown source, fails before anything changes.
    let e = Upload::new(&tt).run_set("B").field("Nope", "duration").run(Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::UnknownField { known, .. } if known.contains(&"Agent".to_string())), "{e}");
    let e = Upload::new(&tt).run_set("B").field("Agent", "colour").run(Vec::new()).unwrap_err();
    assert!(e.to_string().contains("property:NAME"), "{e}");
}

#[test]
fn files_named_in_the_output_are_attached() {
    let (_emu, tt) = setup();
    let dir = std::env::temp_dir().join(format!("tt-upload-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("shot.png"), b"\x89PNG fake").unwrap();
    let mut r = read("pytest")[0].clone();
    r.system_out = Some("saved [[ATTACHMENT|shot.png]]\nand [[ATTACHMENT|missing.txt]]\n".into());
    let rep = Upload::new(&tt).run_set("Build 25").files_dir(&dir).run([Ok(r.clone())]).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(rep.is_complete(), "{rep:?}");
    assert_eq!(rep.attachments, 2, "system-out.txt and shot.png: {rep:?}");
    assert!(rep.warnings.iter().any(|w| w.contains("missing.txt")), "{rep:?}");
    let found = tt_records::results::find_test_cases(&tt, "Summary", &[r.key()]).unwrap();
    let n = found[&r.key()].number;
    let run = tt_records::results::find_runs(&tt, "Build 25", &[n]).unwrap()[&n].record_id;
    let (_, data) = tt.download("Test Run", RecordKey::Id(run), "shot.png").unwrap();
    assert_eq!(data, b"\x89PNG fake");
}

#[test]
fn a_2013_server_without_list_queries_is_served_from_whole_lists() {
    let emu = Emulator::builder().profile(tt_emulator::Profile::V2013).start().unwrap();
    let tt = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap();
    let rs = read("surefire");
    let first = Upload::new(&tt).run_set("Build 27").run(rs.clone().into_iter().map(Ok)).unwrap();
    assert!(first.is_complete(), "{first:?}");
    assert_eq!((first.created, first.runs), (5, 5));
    let again = Upload::new(&tt).run_set("Build 27").run(rs.into_iter().map(Ok)).unwrap();
    assert_eq!((again.created, again.found, again.runs, again.events), (0, 5, 0, 0), "{again:?}");
}

#[test]
fn a_test_case_whose_filing_was_cut_is_put_in_its_folder_on_the_next_upload() {
    let (_emu, tt) = setup();
    let r = read("pytest")[0].clone();
    // The cut: the test case exists (as the upload creates it) but addEntityToFolder never ran.
    let mut new = tt.new_record("Test Case").unwrap();
    new.set("Summary", r.key().as_str()).unwrap();
    let id = new.add_id().unwrap();
    let path = tt_records::results::folder_for("/Public/CI", &r);

    let dry = Upload::new(&tt).run_set("Build 31").dry_run(true).run([Ok(r.clone())]).unwrap();
    assert_eq!(dry.refiled, 1, "{dry:?}");
    assert!(dry.planned.iter().any(|p| p.starts_with("put test case ") && p.ends_with(&path)), "{dry:?}");

    let first = Upload::new(&tt).run_set("Build 31").run([Ok(r.clone())]).unwrap();
    assert!(first.is_complete(), "{first:?}");
    assert_eq!((first.created, first.found, first.refiled), (0, 1, 1), "{first:?}");
    let folder = tt.folder(&path).unwrap().expect("the folder");
    assert_eq!(tt.folder_items(&folder, "Test Case").unwrap(), [id]);
    let same = tt_records::results::find_test_cases(&tt, "Summary", &[r.key()]).unwrap();
    assert_eq!(same[&r.key()].record_id, id);
    let q = serde_json::json!({ "Summary": r.key() }).to_string();
    assert_eq!(tt.records("Test Case").columns(["Record ID"]).query(&q).collect().unwrap().len(), 1);

    // Filed now: the next upload changes nothing.
    let again = Upload::new(&tt).run_set("Build 32").run([Ok(r)]).unwrap();
    assert_eq!((again.created, again.refiled), (0, 0), "{again:?}");
    assert_eq!(tt.folder_items(&folder, "Test Case").unwrap(), [id]);
}
