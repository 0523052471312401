//! The documented contract of `tt`: exit codes, JSON and CSV shapes, configuration and
//! workflow-file errors, usage errors, `tt server` and `tt wsdl fetch` against the emulator in
//! both server profiles.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use tt_emulator::{Emulator, Profile};

mod support;
use support::{emulator, fails, json, ok, text, tt, tt_cmd, TT};

/// A scratch directory emptied first.
fn scratch(name: &str) -> PathBuf {
    let d = support::scratch(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn too_many_soap_users_is_transient_and_unknown_tables_are_not_found() {
    let emu = Emulator::builder().max_sessions(0).start().unwrap();
    fails(&tt(&emu.url(), &["tables"]), 4, "detail 72");
    let emu = emulator();
    fails(&tt(&emu.url(), &["list", "Nope"]), 5, "unknown table 'Nope'");
    fails(&tt(&emu.url(), &["fields", "Nope"]), 5, "unknown table 'Nope'");
}

#[test]
fn configuration_problems_are_usage_errors() {
    let emu = emulator();
    let u = emu.url();
    let dir = scratch("config");
    let mut c = tt_cmd(&u, &["--password-file", dir.join("missing").to_str().unwrap(), "tables"]);
    c.env_remove("TT_PASSWORD");
    fails(&c.output().unwrap(), 2, "cannot read the password file");
    let cfg = dir.join("config.toml");
    std::fs::write(&cfg, "[profiles.emu]\npassword = \"ada-secret\"\n").unwrap();
    fails(&tt(&u, &["--config", cfg.to_str().unwrap(), "--profile", "emu", "tables"]), 2, "passwords are not kept");
    std::fs::write(&cfg, format!("[profiles.emu]\nurl = \"{u}\"\nusr = \"ada\"\n")).unwrap();
    fails(&tt(&u, &["--config", cfg.to_str().unwrap(), "--profile", "emu", "tables"]), 2, "unknown field 'usr'");
    std::fs::write(&cfg, "[profile.emu]\n[servers.x]\n").unwrap();
    fails(&tt(&u, &["--config", cfg.to_str().unwrap(), "tables"]), 2, "unknown field 'servers'");
    let missing = dir.join("no-rules.json");
    fails(&tt(&u, &["--workflow", missing.to_str().unwrap(), "tables"]), 2, "cannot read it");
    assert!(emu.sessions().is_empty(), "every tt run logged off");
}

#[test]
fn workflow_files_name_every_event_and_only_known_ones() {
    let emu = emulator();
    let u = emu.url();
    let dir = scratch("workflow");
    let rules = dir.join("rules.json");
    std::fs::write(&rules, r#"{"Defect": {"Fix": ["Open", "Assigned"]}}"#).unwrap();
    let e = fails(&tt(&u, &["--workflow", rules.to_str().unwrap(), "event", "Defect", "4", "Comment"]), 2, "Assign");
    assert!(e.contains("do not say when") && e.contains("SCM Update") && !e.contains("Fix,"), "{e}");
    std::fs::write(&rules, r#"{"Defect": {"Fixx": ["Open"]}}"#).unwrap();
    fails(&tt(&u, &["--workflow", rules.to_str().unwrap(), "tables"]), 2, "Defect has no event 'Fixx'");
    std::fs::write(&rules, r#"{"Defekt": {}}"#).unwrap();
    fails(&tt(&u, &["--workflow", rules.to_str().unwrap(), "tables"]), 2, "unknown table 'Defekt'");
    assert!(emu.sessions().is_empty());
}

#[test]
fn numberless_tables_hint_at_record_ids() {
    let emu = emulator();
    let e = fails(&tt(&emu.url(), &["show", "Task", "1"]), 5, "not found");
    assert!(e.contains("id:N") && e.contains("Record ID"), "{e}");
    let e = fails(&tt(&emu.url(), &["show", "Defect", "99"]), 5, "not found");
    assert!(!e.contains("id:N"), "numbered tables get no hint: {e}");
}

#[test]
fn usage_errors_keep_clap_details() {
    let e = fails(&Command::new(TT).arg("lst").output().unwrap(), 2, "unrecognized subcommand 'lst'");
    assert!(e.contains("'list'"), "did-you-mean kept: {e}");
    fails(&Command::new(TT).args(["show", "Defect"]).env_remove("TT_URL").output().unwrap(), 2, "<RECORD>");
}

#[test]
fn json_and_csv_shapes_are_the_documented_ones() {
    let emu = emulator();
    let u = emu.url();
    let f = json(&tt(&u, &["fields", "Defect", "--format", "json"]));
    let sev = f.as_array().unwrap().iter().find(|x| x["name"] == "Severity Level").unwrap();
    assert_eq!(sev["xml_name"], serde_json::Value::Null);
    assert_eq!(sev["writable"], true);
    assert_eq!(sev["allowed_values"], serde_json::json!(["S1", "S2", "S3"]));
    let status = f.as_array().unwrap().iter().find(|x| x["name"] == "Status").unwrap();
    assert_eq!(status["writable"], false);
    assert!(status["type"].is_string());
    let ev = json(&tt(&u, &["events", "Defect", "--format", "json"]));
    let verify = ev.as_array().unwrap().iter().find(|x| x["name"] == "Verify").unwrap();
    assert_eq!(verify["resulting_states"], serde_json::json!(["Closed (Verified)", "Assigned"]));
    let fix = ev.as_array().unwrap().iter().find(|x| x["name"] == "Fix").unwrap();
    assert!(fix["fields"].as_array().unwrap().iter().any(|x| x["name"] == "Resolution" && x["type"].is_string()));

    let dir = scratch("shapes");
    let file = dir.join("a.txt");
    std::fs::write(&file, b"abc").unwrap();
    let a = json(&tt(&u, &["attach", "Defect", "2", file.to_str().unwrap(), "--format", "json"]));
    let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["archive_name", "attachment_id", "file_name", "record", "size", "table"]);
    assert_eq!(a["record"], "2");

    let add = ok(&tt(&u, &["add", "Defect", "--set", "Summary=x, y", "--set", "Type=Bug", "--format", "csv"]));
    let lines: Vec<&str> = add.lines().collect();
    assert_eq!(lines[0], "table,record_id,number,state", "{add}");
    assert!(lines[1].starts_with("Defect,") && lines[1].ends_with(",5,Open") && lines.len() == 2, "{add}");

    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<String>>();
    let r = json(&tt(&u, &["show", "Defect", "1", "--format", "json"]));
    assert_eq!(keys(&r), ["attachments", "events", "fields", "number", "record_id", "state", "table"]);
    assert_eq!(
        keys(&r["events"][0]),
        ["assign_to", "date", "fields", "hours", "name", "notes", "resulting_state", "user"]
    );
    assert_eq!(
        keys(&r["attachments"][0]),
        ["archive_name", "created", "event_id", "file_name", "record_id", "size", "type"]
    );

    let show = ok(&tt(&u, &["show", "Defect", "1", "--format", "csv"]));
    assert!(show.starts_with("kind,name,value,user,date,resulting_state,notes\n"), "{show}");
    assert!(show.contains("\nfield,Summary,Crash when saving a file with a long name,,,,\n"), "{show}");
    assert!(show.lines().any(|l| l.starts_with("event,Assign,")), "events are kept: {show}");
    assert!(show.lines().any(|l| l.starts_with("attachment,crash.log,")), "{show}");
    assert!(emu.locks().is_empty());
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let emu = emulator();
    let mut child = tt_cmd(&emu.url(), &["list", "Defect", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before tt writes (it logs on first).
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "nothing on stderr: {err}");
    assert!(emu.sessions().is_empty(), "logged off");
}

#[test]
fn server_reports_versions_in_both_profiles() {
    let new = emulator();
    let v = json(&tt(&new.url(), &["server", "--format", "json"]));
    assert_eq!(v["server"]["version"], "known");
    assert!(v["server"]["server"].as_str().unwrap().starts_with("2017"), "{v}");
    assert_eq!(v["bindings"]["name"], testtrack::WSDL.name);
    assert_eq!(v["bindings"]["sha256"], testtrack::WSDL.sha256);
    assert_eq!(v["bindings"]["operations"], testtrack::WSDL.operations);
    assert_eq!(v["missing_on_server"], serde_json::json!([]));

    let old = Emulator::builder().profile(Profile::V2013).start().unwrap();
    let v = json(&tt(&old.url(), &["server", "--format", "json"]));
    assert_eq!(v["server"]["version"], "pre-2017");
    let missing = v["missing_on_server"].as_array().unwrap();
    for name in ["getTTVersionInfo", "getRecordListForTableWithQuery", "getUserForCurrentSession"] {
        assert!(missing.iter().any(|c| c["kind"] == "operation_added" && c["subject"] == name), "{name} listed: {v}");
    }
    assert!(missing.iter().any(|c| c["kind"] == "field_added"), "fields listed: {v}");
    let table = ok(&tt(&old.url(), &["server"]));
    assert!(table.contains("older than Helix ALM 2017") && table.contains("getTTVersionInfo"), "{table}");
    assert!(old.sessions().is_empty() && new.sessions().is_empty());
}

#[test]
fn wsdl_fetch_downloads_what_the_server_serves() {
    for (profile, label) in [(Profile::V2017, "2017"), (Profile::V2013, "2013")] {
        let emu = Emulator::builder().profile(profile).start().unwrap();
        let dir = scratch(&format!("wsdl-{label}"));
        let out = dir.join("site");
        let lock = json(&tt(&emu.url(), &["wsdl", "fetch", "-o", out.to_str().unwrap(), "--format", "json"]));
        let root = lock["root"].as_str().unwrap();
        let fetched = std::fs::read(out.join(root)).unwrap();
        assert!(out.join("wsdl.lock.json").exists());
        // Each profile serves its own WSDL: only 2017's has getTTVersionInfo.
        assert!(
            String::from_utf8_lossy(&fetched).contains("getTTVersionInfo") == (profile == Profile::V2017),
            "{profile:?} serves its own WSDL"
        );
        assert_eq!(lock["documents"][0]["path"], root);
        assert_eq!(lock["documents"][0]["sha256"].as_str().unwrap().len(), 64);
    }
    // The URL is tt's: without one, a usage error.
    let mut c = tt_cmd("", &["wsdl", "fetch", "-o", "/nonexistent"]);
    c.env_remove("TT_URL");
    fails(&c.output().unwrap(), 2, "no server URL");
}

#[test]
fn tls_settings_reach_the_session_and_wsdl_fetch() {
    let emu = emulator();
    let u = emu.url();
    let dir = scratch("tls");
    let missing = dir.join("no-ca.pem");
    fails(&tt(&u, &["--ca-bundle", missing.to_str().unwrap(), "tables"]), 2, "cannot read the CA bundle");
    let out = dir.join("site");
    let args = ["--ca-bundle", missing.to_str().unwrap(), "wsdl", "fetch", "-o", out.to_str().unwrap()];
    fails(&tt(&u, &args), 1, "cannot read the CA bundle");
    // The same from a config profile.
    let cfg = dir.join("config.toml");
    std::fs::write(&cfg, format!("[profiles.emu]\nca_bundle = \"{}\"\n", missing.display())).unwrap();
    let args = ["--config", cfg.to_str().unwrap(), "--profile", "emu", "wsdl", "fetch", "-o", out.to_str().unwrap()];
    fails(&tt(&u, &args), 1, "cannot read the CA bundle");
    assert!(emu.sessions().is_empty());
}
