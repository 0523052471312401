//! Every `tt` command through the real binary, against an emulator started in the test.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use tt_records::Tracker;

mod support;
use support::{emulator, fails, json, ok, scratch, text, tt, tt_cmd, TT};

#[test]
fn metadata_commands() {
    let emu = emulator();
    let u = emu.url();
    let p = json(&tt(&u, &["projects", "--format", "json"]));
    assert_eq!(p[0]["name"], "Demo");
    assert!(p[0]["options"].as_array().unwrap().iter().any(|o| o == "TestTrack TCM"));
    let t = json(&tt(&u, &["tables", "--format", "json"]));
    assert!(t.as_array().unwrap().iter().any(|x| x == "Test Case"));
    assert!(ok(&tt(&u, &["tables"])).lines().any(|l| l == "Defect"));
    let c = json(&tt(&u, &["columns", "defect", "--format", "json"]));
    assert!(c.as_array().unwrap().iter().any(|x| x == "Currently Assigned To"));
    let f = json(&tt(&u, &["filters", "Defect", "--format", "json"]));
    assert!(f.as_array().unwrap().iter().any(|x| x == "Open defects"));
    assert!(!f.as_array().unwrap().iter().any(|x| x == "Failed runs"));
    assert!(ok(&tt(&u, &["filters"])).contains("Failed runs"));
    let fields = ok(&tt(&u, &["fields", "Defect"]));
    assert!(fields.contains("Severity Level") && fields.contains("S1, S2, S3"), "{fields}");
    let events = ok(&tt(&u, &["events", "Defect", "--format", "csv"]));
    assert!(events.contains("Verify,\"Closed (Verified), Assigned\""), "{events}");
    fails(&tt(&u, &["columns", "Nope"]), 5, "unknown table 'Nope'");
}

#[test]
fn list_and_show() {
    let emu = emulator();
    let u = emu.url();
    let out = ok(&tt(&u, &["list", "Defect"]));
    assert!(out.starts_with("Number"), "{out}");
    assert!(out.contains("Crash when saving a file with a long name"));
    let rows = json(&tt(
        &u,
        &["list", "Defect", "--filter", "Open defects", "--columns", "Number,Summary", "--format", "json"],
    ));
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["Summary"], "Installer needs a silent mode");
    let csv = ok(&tt(&u, &["list", "Defect", "--columns", "Number,Currently Assigned To", "--format", "csv"]));
    assert!(csv.starts_with("Number,Currently Assigned To\n1,\"Turing, Alan\"\n"), "{csv}");
    // Small pages: the list comes in several requests and in the same order.
    let paged = ok(&tt(&u, &["list", "Defect", "--page-size", "1", "--format", "csv", "--columns", "Number"]));
    assert_eq!(paged, "Number\n1\n2\n3\n4\n");
    let q = json(&tt(&u, &["list", "Defect", "--query", "{'Priority': 'High'}", "--format", "json"]));
    assert_eq!(q.as_array().unwrap().len(), 1);
    fails(&tt(&u, &["list", "Defect", "--columns", "Number,Bogus"]), 7, "unknown field 'Bogus'");
    fails(&tt(&u, &["list", "Defect", "--filter", "No such filter"]), 5, "not found");
    fails(&tt(&u, &["list", "Defect", "--query", "{'Nope': 1}"]), 7, "invalid query");

    let r = json(&tt(&u, &["show", "Defect", "1", "--format", "json"]));
    assert_eq!(r["number"], 1);
    assert_eq!(r["state"], "Assigned");
    assert_eq!(r["fields"]["Severity Level"], "S1");
    assert_eq!(r["fields"]["Platforms"], serde_json::json!(["Windows", "Linux"]));
    assert_eq!(r["events"][0]["name"], "Assign");
    assert_eq!(r["attachments"][0]["file_name"], "crash.log");
    let table = ok(&tt(&u, &["show", "Test Case", "1"]));
    assert!(table.contains("Automation Id") && table.contains("TC-LONGNAME"), "{table}");
    fails(&tt(&u, &["show", "Defect", "99"]), 5, "Defect 99 not found (detail 6)");
    let task = json(&tt(&u, &["list", "Task", "--columns", "Record ID", "--format", "json"]));
    let id = task[0]["Record ID"].as_str().unwrap().to_string();
    assert!(ok(&tt(&u, &["show", "Task", &id])).contains("Write release notes"));
}

#[test]
fn edit_add_and_errors() {
    let emu = emulator();
    let u = emu.url();
    let out = json(&tt(
        &u,
        &[
            "edit",
            "Defect",
            "3",
            "--set",
            "Priority=high",
            "--set",
            "Affected Users=7",
            "--set",
            "platforms=Linux",
            "--format",
            "json",
        ],
    ));
    assert_eq!(out[0]["status"], "saved");
    let r = json(&tt(&u, &["show", "Defect", "3", "--format", "json"]));
    assert_eq!(r["fields"]["Priority"], "High");
    assert_eq!(r["fields"]["Affected Users"], 7);
    assert_eq!(r["fields"]["Platforms"], serde_json::json!(["Linux"]));
    assert!(emu.locks().is_empty(), "no lock is left behind");

    fails(&tt(&u, &["edit", "Defect", "3", "--set", "Colour=red"]), 7, "unknown field 'Colour'");
    fails(&tt(&u, &["edit", "Defect", "3", "--set", "Priority=Urgent"]), 7, "allowed: Immediate, High, Medium, Low");
    fails(&tt(&u, &["edit", "Defect", "3", "--set", "Affected Users=many"]), 7, "expected a whole number");
    fails(&tt(&u, &["edit", "Defect", "3", "--set", "Status=Closed"]), 7, "read-only");
    fails(&tt(&u, &["edit", "Defect", "3", "--set", "Priority"]), 2, "not FIELD=VALUE");
    fails(&tt(&u, &["edit", "Defect", "42", "--set", "Priority=Low"]), 5, "not found");
    assert!(emu.locks().is_empty());

    let added =
        json(&tt(&u, &["add", "Defect", "--set", "Summary=From the CLI", "--set", "Type=Bug", "--format", "json"]));
    assert_eq!(added["number"], 5);
    assert_eq!(added["state"], "Open");
    let tc = ok(&tt(&u, &["add", "Test Case", "--set", "Summary=New case", "--set", "Automation Id=X-1"]));
    assert!(tc.starts_with("added Test Case 3"), "{tc}");
    fails(&tt(&u, &["add", "Defect", "--set", "Type=Bug"]), 7, "detail 23");
    fails(&tt(&u, &["add", "Test Run", "--set", "Summary=x"]), 7, "not supported");
}

#[test]
fn locked_records() {
    let emu = emulator();
    let u = emu.url();
    let other = Tracker::login(&u, "Demo", "alan", "alan-secret").unwrap();
    let held = other.edit("Defect", 2).unwrap();
    fails(
        &tt(&u, &["edit", "Defect", "2", "--set", "Priority=High"]),
        6,
        "Defect 2 is locked by another user (detail 22)",
    );
    fails(&tt(&u, &["event", "Defect", "2", "Comment", "--notes", "hi"]), 6, "detail 22");
    let o = tt(&u, &["edit", "Defect", "2,3", "--set", "Priority=Medium", "--skip-locked", "--format", "json"]);
    let v = json(&o);
    assert_eq!(v[0]["status"], "skipped");
    assert_eq!(v[1]["status"], "saved");
    assert!(text(&o).1.contains("skipped"));
    let o = tt(&u, &["event", "Defect", "2,3", "Comment", "--notes", "ping", "--skip-locked"]);
    let out = ok(&o);
    assert!(out.contains("skipped") && out.contains("saved"), "{out}");
    held.cancel().unwrap();
    let locks = emu.locks();
    assert!(locks.is_empty(), "{locks:?}");
}

#[test]
fn workflow_events() {
    let emu = emulator();
    let u = emu.url();
    let v = json(&tt(
        &u,
        &[
            "event",
            "Defect",
            "3",
            "Fix",
            "--field",
            "Resolution=Code Change",
            "--notes",
            "done",
            "--hours",
            "2",
            "--format",
            "json",
        ],
    ));
    assert_eq!(v[0]["from_state"], "Open");
    assert_eq!(v[0]["state"], "Fixed");
    let r = json(&tt(&u, &["show", "Defect", "3", "--format", "json"]));
    let fix = r["events"].as_array().unwrap().iter().find(|e| e["name"] == "Fix").unwrap().clone();
    assert_eq!(fix["user"], "Lovelace, Ada");
    assert_eq!(fix["fields"]["Resolution"], "Code Change");
    assert_eq!(fix["notes"], "done");
    let out = ok(&tt(&u, &["event", "Defect", "3", "verify", "--state", "Assigned"]));
    assert!(out.contains("Fixed") && out.contains("Assigned"), "{out}");

    // Without rules, the server refuses and the error says so.
    let e = fails(&tt(&u, &["event", "Defect", "4", "Fix"]), 7, "not allowed in the state 'Closed'");
    assert!(e.contains("detail 23"), "{e}");
    fails(&tt(&u, &["event", "Defect", "4", "Teleport"]), 7, "has no event 'Teleport'");
    fails(&tt(&u, &["event", "Defect", "1", "Fix", "--field", "Resolution=Magic"]), 7, "allowed: Code Change");
    fails(&tt(&u, &["event", "Defect", "1", "Fix", "--field", "Mood=ok"]), 7, "unknown field 'Mood'");
    assert!(emu.locks().is_empty());

    // With rules, the refusal comes first and lists exactly the allowed events.
    let dir = scratch("workflow");
    let rules = dir.join("rules.json");
    std::fs::write(
        &rules,
        r#"{"Defect": {"Fix": ["Open", "Assigned"], "Re-Open": ["Fixed", "Closed"], "Verify": ["Fixed"],
            "Assign": [], "Estimate": [], "Close": [], "Force Close": [], "Comment": [], "SCM Update": []}}"#,
    )
    .unwrap();
    let e = fails(
        &tt(&u, &["--workflow", rules.to_str().unwrap(), "event", "Defect", "4", "Fix"]),
        7,
        "not allowed in the state 'Closed' (allowed: Assign, Estimate, Close, Force Close, Re-Open, Comment, SCM Update)",
    );
    assert!(!e.contains("detail"), "refused before asking the server: {e}");
}

#[test]
fn attachments() {
    let emu = emulator();
    let u = emu.url();
    let dir = scratch("attach");
    let file = dir.join("notes.txt");
    std::fs::write(&file, b"line one\nline two\n").unwrap();
    let a = json(&tt(&u, &["attach", "Defect", "2", file.to_str().unwrap(), "--format", "json"]));
    assert_eq!(a["file_name"], "notes.txt");
    assert_eq!(a["size"], 18);
    let r = json(&tt(&u, &["show", "Defect", "2", "--format", "json"]));
    assert!(r["attachments"].as_array().unwrap().iter().any(|x| x["file_name"] == "notes.txt"));
    let got = tt(&u, &["download", "Defect", "2", "notes.txt"]);
    assert_eq!(got.stdout, b"line one\nline two\n");
    let old = tt(&u, &["download", "Defect", "1", "crash.log"]);
    assert_eq!(String::from_utf8_lossy(&ok(&old).into_bytes()), "Segmentation fault at 0xdeadbeef\n");
    fails(&tt(&u, &["download", "Defect", "2", "missing.bin"]), 5, "not found");
    fails(&tt(&u, &["attach", "Defect", "2", dir.join("nope").to_str().unwrap()]), 1, "cannot read");
    assert!(emu.locks().is_empty());
}

#[test]
fn connection_and_authentication_errors() {
    let emu = emulator();
    let u = emu.url();
    let mut c = tt_cmd(&u, &["tables"]);
    c.env("TT_PASSWORD", "wrong");
    fails(&c.output().unwrap(), 3, "Invalid username or password. (detail 5)");
    let mut c = tt_cmd(&u, &["projects"]);
    c.env("TT_PASSWORD", "wrong");
    fails(&c.output().unwrap(), 3, "detail 5");
    let mut c = tt_cmd(&u, &["tables"]);
    c.env("TT_PROJECT", "Nowhere");
    fails(&c.output().unwrap(), 3, "logon failed");
    // A closed port: bind one, note it, and let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    fails(&tt(&format!("http://127.0.0.1:{port}/"), &["tables"]), 4, "cannot connect");
    let mut c = tt_cmd(&u, &["tables"]);
    c.env_remove("TT_PASSWORD");
    fails(&c.output().unwrap(), 2, "no password");
    let mut c = tt_cmd(&u, &["tables"]);
    c.env_remove("TT_URL");
    fails(&c.output().unwrap(), 2, "no server URL");
    fails(&tt(&u, &["show", "Defect", "x"]), 2, "not a record number");
    assert!(emu.sessions().is_empty(), "every tt run logged off");
}

#[test]
fn config_profiles_and_password_file() {
    let emu = emulator();
    let dir = scratch("config");
    let pw = dir.join("pw");
    std::fs::write(&pw, "grace-secret\n").unwrap();
    let cfg = dir.join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "default = \"emu\"\n[profiles.emu]\nurl = \"{}\"\nproject = \"Demo\"\nuser = \"grace\"\npassword_file = \"{}\"\n",
            emu.url(),
            pw.display()
        ),
    )
    .unwrap();
    let mut c = tt_cmd("", &["--config", cfg.to_str().unwrap(), "show", "Defect", "1", "--format", "json"]);
    c.env_remove("TT_URL").env_remove("TT_USER").env_remove("TT_PASSWORD").env_remove("TT_PROJECT");
    let r = json(&c.output().unwrap());
    assert_eq!(r["number"], 1);
    // Flags beat the profile; the environment's password beats the file.
    let mut c = tt_cmd("", &["--config", cfg.to_str().unwrap(), "--user", "alan", "tables"]);
    c.env_remove("TT_URL").env_remove("TT_USER").env("TT_PASSWORD", "alan-secret");
    ok(&c.output().unwrap());
    let mut c = tt_cmd("", &["--config", cfg.to_str().unwrap(), "--profile", "missing", "tables"]);
    c.env_remove("TT_URL");
    fails(&c.output().unwrap(), 2, "no profile 'missing'");
    // The password never shows, not even in the wire trace.
    let o = tt(&emu.url(), &["-vv", "tables"]);
    let (_, err) = text(&o);
    assert!(err.contains("getTableList"), "{err}");
    assert!(!err.contains("ada-secret"), "password in the trace");
    let marker = "ookie xsi:type=\"xsd:long\">";
    let cookies: Vec<&str> =
        err.match_indices(marker).map(|(i, _)| &err[i + marker.len()..i + marker.len() + 3]).collect();
    assert!(cookies.len() >= 2, "cookies appear in the trace: {err}");
    assert!(cookies.iter().all(|c| *c == "***"), "cookie in the trace: {cookies:?}");
}

#[test]
fn a_password_command_reads_a_secret_store() {
    let emu = emulator();
    let url = emu.url();
    let cmd = |args: &[&str]| {
        let mut c = tt_cmd(&url, args);
        c.env_remove("TT_PASSWORD");
        c
    };
    // The first line of the command's output is the password.
    ok(&cmd(&["--password-command", "printf 'ada-secret\\nnot this\\n'", "tables"]).output().unwrap());
    ok(&cmd(&["tables"]).env("TT_PASSWORD_COMMAND", "echo ada-secret").output().unwrap());
    // TT_PASSWORD still comes first.
    ok(&cmd(&["--password-command", "echo wrong", "tables"]).env("TT_PASSWORD", "ada-secret").output().unwrap());
    fails(&cmd(&["--password-command", "echo wrong", "tables"]).output().unwrap(), 3, "");
    // A failing command, or one that prints nothing: a usage error that shows none of its output.
    let err = fails(
        &cmd(&["--password-command", "echo leaked-secret; exit 3", "tables"]).output().unwrap(),
        2,
        "the password command exited with 3",
    );
    assert!(!err.contains("leaked-secret"), "{err}");
    fails(&cmd(&["--password-command", "true", "tables"]).output().unwrap(), 2, "printed no password");
    let (_, err) =
        text(&cmd(&["--password-file", "/nonexistent", "--password-command", "true", "tables"]).output().unwrap());
    assert!(err.contains("cannot be used with"), "{err}");
    // In a profile; a flag of either kind replaces the profile's source.
    let dir = scratch("password-command");
    let cfg = dir.join("config.toml");
    std::fs::write(&cfg, format!("[profiles.emu]\nurl = \"{url}\"\nproject = \"Demo\"\nuser = \"grace\"\npassword_command = \"echo grace-secret\"\n")).unwrap();
    let with_profile = |args: &[&str]| {
        let mut all = vec!["--config", cfg.to_str().unwrap(), "--profile", "emu"];
        all.extend_from_slice(args);
        let mut c = cmd(&all);
        c.env_remove("TT_URL").env_remove("TT_USER").env_remove("TT_PROJECT");
        c
    };
    ok(&with_profile(&["tables"]).output().unwrap());
    let pw = dir.join("pw");
    std::fs::write(&pw, "wrong\n").unwrap();
    fails(&with_profile(&["--password-file", pw.to_str().unwrap(), "tables"]).output().unwrap(), 3, "");
    std::fs::write(&cfg, "[profiles.emu]\npassword_file = \"x\"\npassword_command = \"y\"\n").unwrap();
    fails(&with_profile(&["tables"]).output().unwrap(), 2, "password_file and password_command: keep one");
}

#[test]
fn demo_completions_and_help() {
    let o = Command::new(TT).arg("demo").output().unwrap();
    let out = ok(&o);
    for step in [
        "ProjectLogon",
        "locked by another user (detail 22)",
        "Open -> Fixed",
        "Fixed -> Closed (Verified)",
        "DatabaseLogoff",
    ] {
        assert!(out.contains(step), "demo lacks {step:?}:\n{out}");
    }
    assert!(out.contains("(0 sessions left on the server)"));
    let c = ok(&Command::new(TT).args(["completions", "bash"]).output().unwrap());
    assert!(c.contains("_tt()") || c.contains("complete"), "{c}");
    let h = ok(&Command::new(TT).arg("--help").output().unwrap());
    assert!(h.contains("Exit codes") && h.contains("6  record locked"), "{h}");
}

fn interrupt(pid: u32) {
    let s = Command::new("kill").args(["-INT", &pid.to_string()]).status().unwrap();
    assert!(s.success());
}

#[test]
fn emulator_command_runs_until_ctrl_c() {
    let mut child = Command::new(TT)
        .args(["emulator", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(ok(&tt(&url, &["tables"])).contains("Defect"));
    interrupt(child.id());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn emulator_command_prints_the_demo_logins_and_takes_the_binary_options() {
    let run = || {
        let mut child = Command::new(TT)
            .args(["emulator", "--server-profile", "2013", "--rng-seed", "7", "--max-sessions", "1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        // The URL, then one line per demo login (ada, alan, grace, sam).
        for _ in 0..5 {
            let mut line = String::new();
            out.read_line(&mut line).unwrap();
            lines.push(line.trim().to_string());
        }
        let url = lines[0].clone();
        let client = testtrack::client::Client::new(&url).unwrap();
        let s = client.login("Demo", "ada", "ada-secret").unwrap();
        let cookie = s.cookie().expose();
        // Session limit 1: a second logon is refused (72); the 2013 profile lacks getTTVersionInfo.
        let second = client.login("Demo", "alan", "alan-secret").unwrap_err();
        assert!(s.get_tt_version_info().is_err());
        drop(s);
        interrupt(child.id());
        assert_eq!(child.wait().unwrap().code(), Some(0));
        (lines, cookie, second.fault().and_then(|f| f.detail_code()))
    };
    let (lines, cookie, second) = run();
    assert!(lines[0].starts_with("http://127.0.0.1:"), "{lines:?}");
    assert!(lines.contains(&"login ada / ada-secret (Demo, Sandbox)".to_string()), "{lines:?}");
    assert!(lines.iter().skip(1).all(|l| l.starts_with("login ")), "{lines:?}");
    assert_eq!(second, Some(72));
    // --rng-seed: the same cookie again.
    assert_eq!(run().1, cookie);
}

#[test]
fn emulator_command_keeps_its_state_file() {
    let dir = std::env::temp_dir().join(format!("tt-cli-state-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("world.db");
    // Runs `tt emulator --state FILE`, calls `f` with its URL, stops it; returns the rest of
    // what it printed after the URL.
    let run = |f: &dyn Fn(&testtrack::client::Session)| {
        let mut child = Command::new(TT)
            .args(["emulator", "--state"])
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut url = String::new();
        out.read_line(&mut url).unwrap();
        let s = testtrack::client::Client::new(url.trim()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
        f(&s);
        drop(s);
        interrupt(child.id());
        assert_eq!(child.wait().unwrap().code(), Some(0));
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
        rest
    };
    let first = run(&|s| {
        let d = testtrack::types::CDefect { summary: Some("kept by tt".into()), ..Default::default() };
        s.add_defect(d).unwrap();
    });
    assert!(first.contains("login ada / ada-secret"), "a new file starts from the demo seed: {first}");
    let second = run(&|s| {
        assert_eq!(s.get_defect(0, "kept by tt", false).unwrap().summary.as_deref(), Some("kept by tt"));
    });
    assert!(second.is_empty(), "a reopened file may have other logins than the seed: {second}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ctrl_c_during_an_edit_releases_the_lock() {
    let emu = emulator();
    // The edit call is slow: tt is interrupted while it takes the lock.
    emu.inject_delay("editDefect", Duration::from_millis(1500), 1);
    let child = tt_cmd(&emu.url(), &["edit", "Defect", "3", "--set", "Priority=Low"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once tt has logged on (so its handler is installed) and the slow edit is
    // under way, however slowly the machine starts the process.
    let started = std::time::Instant::now();
    while emu.sessions().is_empty() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(400));
    interrupt(child.id());
    let o = child.wait_with_output().unwrap();
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(130), "{err}");
    assert!(err.contains("released the edit lock on Defect"), "{err}");
    assert!(emu.locks().is_empty(), "{:?}", emu.locks());
    assert!(emu.sessions().is_empty());
    let r = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap().get("Defect", 3).unwrap();
    assert_eq!(r.get("Priority").unwrap().to_string(), "Medium", "the change was not saved");
}

#[path = "../../tt-emulator/tests/proxy/mod.rs"]
mod proxy;

#[test]
fn ctrl_c_during_logon_logs_the_new_session_off() {
    let emu = emulator();
    // The server creates the session at once; its answer (the cookie) is held on the way back,
    // and tt is interrupted while it waits for it.
    let p = proxy::Proxy::start(emu.addr());
    p.once("ProjectLogon", proxy::Action::DelayAnswer(1500));
    let child = tt_cmd(&p.url(), &["tables"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let started = std::time::Instant::now();
    while emu.sessions().is_empty() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(emu.sessions().len(), 1, "the logon reached the server");
    interrupt(child.id());
    let o = child.wait_with_output().unwrap();
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(130), "{err}");
    assert!(!out.contains("Defect"), "the command did not run: {out}");
    assert!(emu.sessions().is_empty(), "the session was logged off: {:?}", emu.sessions());
    assert!(emu.locks().is_empty());
}
