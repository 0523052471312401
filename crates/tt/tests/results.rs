//! `tt results upload`, `tt link`, `tt delete` and `tt generate-runs` against the emulator.

mod support;

use support::{documented_shape, emulator, fails, json, ok, scratch, text, tt};

fn fixture(name: &str) -> String {
    format!("{}/../tt-records/tests/fixtures/junit/{name}.xml", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn upload_dry_run_upload_and_again() {
    let emu = emulator();
    let u = emu.url();
    let (py, sf) = (fixture("pytest"), fixture("surefire"));
    let base = ["results", "upload", &py, &sf, "--run-set", "Build 1", "--link-definition", "Tested By"];

    let dry = ok(&tt(&u, &[&base[..], &["--dry-run"]].concat()));
    assert!(dry.contains("would create test case 'tests.test_api.TestLogin.test_ok'"), "{dry}");
    assert!(dry.contains("would upload 8 results"), "{dry}");
    let runs = json(&tt(&u, &["list", "Test Run", "--format", "json"]));
    assert_eq!(runs.as_array().unwrap().len(), 1, "the dry run generated nothing");

    let first = json(&tt(&u, &[&base[..], &["--json", "--sessions", "2"]].concat()));
    assert_eq!(first["results"], 8);
    assert_eq!(first["created"], 8);
    assert_eq!(first["runs"], 8);
    assert_eq!(first["linked"], 2);
    assert_eq!(first["sessions"], 2);
    assert_eq!(first["not_recorded"].as_array().unwrap().len(), 0);

    let again = json(&tt(&u, &[&base[..], &["--format", "json"]].concat()));
    assert_eq!(
        (again["created"].as_u64(), again["runs"].as_u64(), again["events"].as_u64()),
        (Some(0), Some(0), Some(0))
    );
    assert_eq!(again["found"], 8);
    let runs = json(&tt(&u, &["list", "Test Run", "--format", "json"]));
    assert_eq!(runs.as_array().unwrap().len(), 9);
}

#[test]
fn a_malformed_report_exits_8_after_uploading_what_came_before() {
    let emu = emulator();
    let u = emu.url();
    let full = std::fs::read_to_string(fixture("surefire")).unwrap();
    let cut = &full[..full.find("<testcase name=\"parses\"").unwrap() + 10];
    let path = scratch("malformed").join("cut.xml");
    std::fs::write(&path, cut).unwrap();
    let o = tt(&u, &["results", "upload", path.to_str().unwrap(), "--run-set", "Build 2"]);
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(8), "{out}\n{err}");
    assert!(out.contains("uploaded 2 results"), "{out}");
    assert!(err.contains("reading stopped: line "), "{err}");

    let missing = tt(&u, &["results", "upload", "/nonexistent/junit.xml", "--run-set", "B"]);
    fails(&missing, 2, "/nonexistent/junit.xml");
    let bad_map = scratch("malformed").join("map.toml");
    std::fs::write(&bad_map, "[events]\npassed = \"Passed!\"\n").unwrap();
    let o = tt(&u, &["results", "upload", &fixture("pytest"), "--run-set", "B", "--map", bad_map.to_str().unwrap()]);
    let err = fails(&o, 7, "Passed!");
    assert!(err.contains("Pass"), "{err}");
}

#[test]
fn single_items_link_delete_and_generate_runs() {
    let emu = emulator();
    let u = emu.url();
    let err = fails(&tt(&u, &["add", "Test Run", "--set", "Summary=x"]), 7, "not supported");
    assert!(err.contains("tt generate-runs") && err.contains("tt results upload"), "{err}");

    let g = json(&tt(&u, &["generate-runs", "1", "--run-set", "Build 3", "--format", "json"]));
    documented_shape("generate-runs", &g);
    let id = g["record_ids"][0].as_i64().unwrap();
    let show = ok(&tt(&u, &["show", "Test Run", &format!("id:{id}")]));
    assert!(show.contains("Build 3"), "{show}");

    let l = json(&tt(&u, &["link", "Tested By", "Requirement", "1", "Test Case", "2", "--format", "json"]));
    assert_eq!(l["created"], true);
    documented_shape("link", &l);
    let again = ok(&tt(&u, &["link", "tested by", "Requirement", "1", "Test Case", "2"]));
    assert!(again.starts_with("already linked"), "{again}");
    fails(&tt(&u, &["link", "Blocks", "Requirement", "1", "Test Case", "2"]), 7, "Tested By");

    let d = ok(&tt(&u, &["delete", "Test Run", &format!("id:{id}")]));
    assert!(d.starts_with("deleted Test Run"), "{d}");
    let g = json(&tt(&u, &["generate-runs", "1", "--run-set", "Build 4", "--format", "json"]));
    let id = g["record_ids"][0].as_i64().unwrap();
    let d = json(&tt(&u, &["delete", "Test Run", &format!("id:{id}"), "--format", "json"]));
    assert_eq!(d["record_id"], id);
    documented_shape("delete", &d);
    fails(&tt(&u, &["show", "Test Run", &format!("id:{id}")]), 5, "");
}

#[test]
fn ctrl_c_during_an_upload_logs_every_session_off_and_releases_the_locks() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let emu = emulator();
    let mut xml = String::from("<testsuite name=\"s\">");
    for i in 0..60 {
        xml.push_str(&format!("<testcase classname=\"a.B\" name=\"t{i}\"/>"));
    }
    xml.push_str("</testsuite>");
    let path = scratch("ctrl-c").join("many.xml");
    std::fs::write(&path, xml).unwrap();
    // Saves are slow: the sessions hold run locks when Ctrl-C comes.
    emu.inject_delay("saveTestRun", Duration::from_millis(700), 1000);
    let child = support::tt_cmd(
        &emu.url(),
        &["results", "upload", path.to_str().unwrap(), "--run-set", "B", "--sessions", "3"],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let started = Instant::now();
    while (emu.sessions().len() < 3 || emu.locks().is_empty()) && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(emu.sessions().len(), 3, "the upload runs on three sessions");
    let s = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(s.success());
    let o = child.wait_with_output().unwrap();
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(130), "{err}");
    assert!(emu.sessions().is_empty(), "{:?}", emu.sessions());
    assert!(emu.locks().is_empty(), "{:?}", emu.locks());
}

#[test]
fn keys_by_a_custom_pattern_and_a_csv_key_map_link_test_cases() {
    let emu = emulator();
    let u = emu.url();
    let dir = scratch("keys");
    let xml = dir.join("keys.xml");
    std::fs::write(
        &xml,
        r#"<testsuite name="s"><testcase classname="app.Login" name="works for #2"/><testcase classname="app.Login" name="plain"/></testsuite>"#,
    )
    .unwrap();
    let csv = dir.join("keys.csv");
    std::fs::write(&csv, "test,keys\napp.Login.plain,REQ1\n").unwrap();
    let (x, c) = (xml.to_str().unwrap(), csv.to_str().unwrap());
    let base = ["results", "upload", x, "--run-set", "K1", "--link-definition", "Tested By", "--json"];
    let r = json(&tt(
        &u,
        &[&base[..], &["--link-pattern", r"#(\d+)", "--link-table", "Requirement", "--link-map", c]].concat(),
    ));
    assert_eq!(r["linked"], 2, "{r}");
    documented_shape("results upload", &r);
    assert_eq!(r["warnings"].as_array().unwrap().len(), 0, "{r}");
    // Without a table a bare number is a warning, not a link; the default pattern finds no key.
    let r = json(&tt(&u, &[&base[..], &["--link-pattern", r"#(\d+)"]].concat()));
    assert_eq!(r["linked"], 0, "{r}");
    assert!(r["warnings"].to_string().contains("no prefix"), "{r}");

    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "app.Login.plain\n").unwrap();
    fails(&tt(&u, &[&base[..], &["--link-map", bad.to_str().unwrap()]].concat()), 2, "has no keys");
    fails(&tt(&u, &[&base[..], &["--link-map", "/nonexistent/keys.csv"]].concat()), 2, "key map");
}

#[test]
fn failed_tests_file_a_defect_once_and_update_it_on_the_next_run_set() {
    let emu = emulator();
    let u = emu.url();
    let py = fixture("pytest");
    let up = |set: &str| {
        json(&tt(
            &u,
            &["results", "upload", &py, "--run-set", set, "--file-defects", "--defect-link", "Peer", "--json"],
        ))
    };
    let defects = || json(&tt(&u, &["list", "Defect", "--format", "json"])).as_array().unwrap().len();
    let before = defects();
    let r = up("D1");
    assert_eq!((r["defects_filed"].as_u64(), r["defects_found"].as_u64()), (Some(1), Some(0)), "{r}");
    let r = up("D1");
    assert_eq!((r["defects_filed"].as_u64(), r["defects_found"].as_u64()), (Some(0), Some(1)), "{r}");
    let r = up("D2");
    assert_eq!((r["defects_filed"].as_u64(), r["defects_updated"].as_u64()), (Some(0), Some(1)), "{r}");
    assert_eq!(defects(), before + 1);
    let text = ok(&tt(&u, &["results", "upload", &py, "--run-set", "D2", "--file-defects", "--defect-link", "Peer"]));
    assert!(text.contains("defects 0 filed, 0 updated, 1 found"), "{text}");

    fails(&tt(&u, &["results", "upload", &py, "--run-set", "D3", "--file-defects"]), 2, "--defect-link");
    fails(&tt(&u, &["results", "upload", &py, "--run-set", "D3", "--defect-link", "Peer"]), 2, "--file-defects");
    fails(
        &tt(&u, &["results", "upload", &py, "--run-set", "D3", "--file-defects", "--defect-link", "Nope"]),
        7,
        "Peer",
    );
}
