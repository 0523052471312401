//! `tt worker` and `tt jobs` against the emulator: two worker processes share a queue; the
//! status endpoint; SIGTERM stops after the job in progress; a second Ctrl-C cancels it; a
//! worker killed with SIGKILL leaves its job to be taken over after the lease.

mod support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use support::*;
use tt_emulator::{Emulator, EmulatorHandle, Seed};
use tt_records::Tracker;

const PROJECT: &str = "Jobs";

/// `n` runs in the run set "Nightly": types unit/ui/gpu by turn, platforms "" and "linux";
/// every third is `gpu`, which no test worker takes.
fn emulator(n: usize) -> EmulatorHandle {
    let demo: serde_json::Value = serde_json::from_str(tt_emulator::seed::DEMO_SEED_JSON).unwrap();
    let records: Vec<_> = (0..n)
        .map(|i| {
            let (ty, platform) = (["unit", "ui", "gpu"][i % 3], ["", "linux"][i % 2]);
            json!({"table": "Test Run",
                   "fields": {"Summary": format!("job {i}"), "Test Run Set": "Nightly", "Created By": "Lovelace, Ada"},
                   "custom": {"Job Type": ty, "Platform": platform}})
        })
        .collect();
    let seed = json!({
        "users": demo["users"],
        "projects": [{
            "name": PROJECT,
            "workflows": {"Test Run": demo["projects"][0]["workflows"]["Test Run"]},
            "custom_fields": {"Test Run": [{"name": "Job Type", "type": "string"}, {"name": "Platform", "type": "string"}]},
            "records": records,
        }],
    });
    Emulator::builder().seed(Seed::from_json(&seed.to_string()).unwrap()).start().expect("start the emulator")
}

fn worker_cmd(url: &str, extra: &[&str], script: &str) -> Command {
    let mut args = vec!["worker", "--run-set", "Nightly", "--job-type-field", "Job Type", "--jobtypes", "unit,ui"];
    args.extend_from_slice(&["--platform", "linux-x86_64", "--poll", "0.05"]);
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--", "sh", "-c", script]);
    let mut c = tt_cmd(url, &args);
    c.env("TT_PROJECT", PROJECT);
    c
}

fn tracker(emu: &EmulatorHandle) -> Tracker {
    Tracker::login(&emu.url(), PROJECT, "ada", "ada-secret").unwrap()
}

fn signal(child: &Child, sig: &str) {
    let s = Command::new("kill").args([sig, &child.id().to_string()]).status().unwrap();
    assert!(s.success());
}

/// Waits until `f` holds (a safety limit only; no timing is asserted).
fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let t0 = Instant::now();
    while !f() {
        assert!(t0.elapsed() < Duration::from_secs(60), "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn two_worker_processes_share_the_queue() {
    const N: usize = 36;
    let emu = emulator(N);
    let dir = scratch("worker-markers");
    let script = format!(
        r#"json=$(cat)
case "$json" in *"\"number\":$TT_JOB_NUMBER,"*) ;; *) exit 9 ;; esac
[ -z "$TT_PASSWORD" ] || exit 8
touch "{}/$TT_JOB_NUMBER.$TT_WORKER"
echo "ran $TT_JOB_NUMBER ($TT_JOB_TYPE) on $TT_WORKER"
[ $((TT_JOB_NUMBER % 4)) -ne 0 ]"#,
        dir.display()
    );
    let children: Vec<Child> = ["a", "b"]
        .iter()
        .map(|name| {
            worker_cmd(
                &emu.url(),
                &["--name", name, "--concurrency", "2", "--exit-when-done", "--format", "json"],
                &script,
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    let mut claimed = 0;
    for c in children {
        let o = c.wait_with_output().unwrap();
        let v = json(&o);
        claimed += v["counts"]["claimed"].as_u64().unwrap();
        assert_eq!(v["workers"].as_array().unwrap().len(), 2);
    }
    let mut runs: HashMap<String, Vec<String>> = HashMap::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        let (n, w) = name.split_once('.').unwrap();
        runs.entry(n.to_string()).or_default().push(w.to_string());
    }
    let tt = tracker(&emu);
    let mut taken = 0;
    for i in 0..N {
        let n = i as i64 + 1;
        let r = tt.get("Test Run", n).unwrap();
        if i % 3 == 2 {
            assert_eq!(r.state(), Some("Not Run"), "gpu run {n} was taken");
            assert!(!runs.contains_key(&n.to_string()));
            continue;
        }
        taken += 1;
        assert_eq!(runs.get(&n.to_string()).map(Vec::len), Some(1), "run {n}: {:?}", runs.get(&n.to_string()));
        let want = if n % 4 == 0 { "Failed" } else { "Passed" };
        assert_eq!(r.state(), Some(want), "run {n}");
        let out = r.attachments().into_iter().find(|a| a.file_name == "stdout.txt").expect("output attached");
        let (_, data) = tt.download("Test Run", n, &out.archive_name.unwrap()).unwrap();
        assert!(String::from_utf8_lossy(&data).starts_with(&format!("ran {n} ")), "{}", String::from_utf8_lossy(&data));
    }
    assert_eq!(claimed, taken);
    // `tt jobs` shows the states.
    let mut c =
        tt_cmd(&emu.url(), &["jobs", "--run-set", "Nightly", "--job-type-field", "Job Type", "--format", "json"]);
    let v = json(&c.env("TT_PROJECT", PROJECT).output().unwrap());
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), N);
    support::documented_shape("jobs", &v);
    assert_eq!(list.iter().filter(|j| j["state"] == "Not Run").count(), N - taken as usize);
    drop(tt);
    emu.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

fn get_status(addr: &str) -> serde_json::Value {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET /status HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    serde_json::from_str(text.split_once("\r\n\r\n").unwrap().1).unwrap()
}

/// Starts a worker with a status address; returns it and the address it printed.
fn with_status(emu: &EmulatorHandle, extra: &[&str], script: &str) -> (Child, String) {
    let mut args = vec!["--status-addr", "127.0.0.1:0"];
    args.extend_from_slice(extra);
    let mut child =
        worker_cmd(&emu.url(), &args, script).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    err.read_line(&mut line).unwrap();
    // Keep reading: the worker writes more (and must not meet a closed pipe).
    std::thread::spawn(move || std::io::copy(&mut err, &mut std::io::sink()));
    let addr = line.trim().trim_start_matches("tt worker: status on http://").trim_end_matches("/status").to_string();
    (child, addr)
}

fn current_job(addr: &str) -> Option<i64> {
    get_status(addr)["workers"][0]["current_job"]["number"].as_i64()
}

#[test]
fn sigterm_stops_after_the_job_in_progress_and_status_is_served() {
    let emu = emulator(6);
    let (child, addr) = with_status(&emu, &["--name", "st"], "sleep 1");
    let mut n = None;
    wait_for("a job in progress", || {
        n = current_job(&addr);
        n.is_some()
    });
    let s = get_status(&addr);
    assert_eq!(s["workers"][0]["name"], "st");
    assert_eq!(s["job_types"], json!(["unit", "ui"]));
    assert_eq!(s["platform"], "linux-x86_64");
    documented_shape("worker", &s);
    signal(&child, "-TERM");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let tt = tracker(&emu);
    let r = tt.get("Test Run", n.unwrap()).unwrap();
    assert_eq!(r.state(), Some("Passed"), "the job in progress was reported");
    let passed = (1..=6).filter(|&i| tt.get("Test Run", i).unwrap().state() == Some("Passed")).count();
    assert_eq!(passed, 1, "no job was started after SIGTERM");
    assert_eq!(emu.sessions().len(), 1, "the worker logged off");
    drop(tt);
    emu.stop();
}

#[test]
fn second_ctrl_c_cancels_and_sigkill_leaves_the_job_to_another_worker() {
    let emu = emulator(6);
    // Twice Ctrl-C: the job is cancelled and reported "interrupted".
    let (child, addr) = with_status(&emu, &["--name", "int"], "sleep 30");
    let mut n = None;
    wait_for("a job in progress", || {
        n = current_job(&addr);
        n.is_some()
    });
    signal(&child, "-INT");
    std::thread::sleep(Duration::from_millis(100));
    signal(&child, "-INT");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let tt = tracker(&emu);
    let r = tt.get("Test Run", n.unwrap()).unwrap();
    assert_eq!(r.state(), Some("Blocked"));
    assert!(r.events().last().unwrap().notes.as_deref().unwrap().contains("failed to run: interrupted"));

    // SIGKILL mid-job: the claim stays until its lease runs out; then another worker runs it.
    let (killed, addr) = with_status(&emu, &["--name", "doomed", "--lease", "1"], "sleep 3");
    let mut k = None;
    wait_for("a job in progress", || {
        k = current_job(&addr);
        k.is_some()
    });
    signal(&killed, "-KILL");
    let _ = killed.wait_with_output();
    let k = k.unwrap();
    let mut c = worker_cmd(&emu.url(), &["--name", "heir", "--exit-when-done", "--format", "json"], "exit 0");
    let v = json(&c.output().unwrap());
    assert_eq!(v["counts"]["lost"], 0);
    let r = tt.get("Test Run", k).unwrap();
    assert_eq!(r.state(), Some("Passed"));
    let claims: Vec<String> = r
        .events()
        .iter()
        .filter_map(|e| e.notes.as_deref().and_then(tt_records::worker::Claim::parse))
        .map(|c| c.worker)
        .collect();
    assert_eq!(claims.first().map(String::as_str), Some("doomed"));
    assert_eq!(claims.last().map(String::as_str), Some("heir"));
    drop(tt);
    emu.stop();
}

#[test]
fn a_worker_that_cannot_log_on_exits_like_any_failed_logon() {
    let emu = emulator(1);
    let mut c = worker_cmd(&emu.url(), &["--exit-when-done"], "exit 0");
    let o = c.env("TT_PASSWORD", "wrong").output().unwrap();
    let (out, err) = text(&o);
    assert_ne!(o.status.code(), Some(0), "{out}{err}");
    let mut bad = tt_cmd(&emu.url(), &["tables"]);
    let b = bad.env("TT_PROJECT", PROJECT).env("TT_PASSWORD", "wrong").output().unwrap();
    assert_eq!(o.status.code(), b.status.code(), "{err}");
    assert!(!err.contains("wrong"), "the password is not shown: {err}");
    emu.stop();
}
