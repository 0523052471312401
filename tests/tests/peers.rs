//! Independent peers against the emulator: Python zeep and PHP's SoapClient load the WSDL the
//! emulator serves, log on, read, edit and save a defect, and log off. These are real,
//! WSDL-driven SOAP stacks written by other people, so they check our WSDL, our rpc/encoded
//! responses and the emulator's lenient reading of their requests.
//!
//! A missing peer (python3 with zeep, php with the soap extension) is skipped with a printed
//! reason, except under CI=true, where `.ci/run` installs them and absence is a failure.

use std::path::PathBuf;
use std::process::Command;

use tt_emulator::Emulator;

fn peers_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("peers")
}

fn available(test: &str, program: &str, probe: &[&str]) -> bool {
    let ok = Command::new(program).args(probe).output().map(|o| o.status.success()).unwrap_or(false);
    if ok {
        return true;
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{test}: `{program} {}` failed; CI must have this peer installed", probe.join(" "));
    }
    println!("skipping {test}: `{program} {}` is not available", probe.join(" "));
    false
}

fn run_peer(program: &str, script: &str, number: i64) -> serde_json::Value {
    let emu = Emulator::builder().rng_seed(7).start().expect("start emulator");
    let out = Command::new(program)
        .arg(peers_dir().join(script))
        .args([emu.wsdl_url().as_str(), "Demo", "ada", &number.to_string()])
        .env("TT_PASSWORD", "ada-secret")
        .output()
        .expect("run peer");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
    assert!(emu.locks().is_empty(), "{script} left a lock behind");
    assert!(emu.sessions().is_empty(), "{script} left a session behind");
    let line = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{script} printed {stdout:?}: {e}"))
}

fn check(v: &serde_json::Value, who: &str, number: i64) {
    assert!(v["projects"].as_array().is_some_and(|p| p.contains(&serde_json::json!("Demo"))), "{v}");
    assert_eq!(v["cookie_ok"], true, "{v}");
    assert!(v["summary_before"].as_str().is_some_and(|s| !s.is_empty()), "{v}");
    assert_eq!(v["save_result"], 0, "{v}");
    assert_eq!(v["summary_after"], format!("edited by {who} {number}"), "{v}");
    assert_eq!(v["number"], number, "{v}");
    assert_eq!(v["logoff"], 0, "{v}");
}

#[test]
fn zeep_logs_on_reads_edits_saves_and_logs_off() {
    if !available("zeep peer", "python3", &["-c", "import zeep"]) {
        return;
    }
    let v = run_peer("python3", "zeep_client.py", 1);
    check(&v, "zeep", 1);
}

#[test]
fn php_soapclient_logs_on_reads_edits_saves_and_logs_off() {
    if !available("php peer", "php", &["-r", "exit(class_exists('SoapClient') ? 0 : 1);"]) {
        return;
    }
    let v = run_peer("php", "php_client.php", 2);
    check(&v, "php", 2);
}
