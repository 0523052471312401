//! Helpers shared by the `tt` binary tests: an emulator, a scratch directory, `tt` run with the
//! connection in the environment, and checks of its exit code and output.
#![allow(dead_code)] // each test binary uses its own subset

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use tt_emulator::{Emulator, EmulatorHandle};

/// The `tt` binary under test.
pub const TT: &str = env!("CARGO_BIN_EXE_tt");

/// A default emulator on loopback.
pub fn emulator() -> EmulatorHandle {
    Emulator::builder().start().expect("start the emulator")
}

/// A scratch directory for this test process.
pub fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tt-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `tt` with the connection in the environment and no config file.
pub fn tt_cmd(url: &str, args: &[&str]) -> Command {
    let home = scratch("home");
    let mut c = Command::new(TT);
    c.args(args)
        .env("TT_URL", url)
        .env("TT_PROJECT", "Demo")
        .env("TT_USER", "ada")
        .env("TT_PASSWORD", "ada-secret")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("TT_CONFIG")
        .env_remove("TT_PROFILE")
        .env_remove("TT_WORKFLOW")
        .stdin(Stdio::null());
    c
}

/// Runs `tt` (see [`tt_cmd`]).
pub fn tt(url: &str, args: &[&str]) -> Output {
    tt_cmd(url, args).output().expect("run tt")
}

/// Standard output and standard error as text.
pub fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// Asserts exit code 0; the standard output.
#[track_caller]
pub fn ok(o: &Output) -> String {
    let (out, err) = text(o);
    assert_eq!(o.status.code(), Some(0), "stdout: {out}\nstderr: {err}");
    out
}

/// Asserts `code` and a single error line containing `needle`; the standard error.
#[track_caller]
pub fn fails(o: &Output, code: i32, needle: &str) -> String {
    let (out, err) = text(o);
    assert_eq!(o.status.code(), Some(code), "stdout: {out}\nstderr: {err}");
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one error line: {err}");
    err
}

/// The standard output of a successful run as JSON.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&ok(o)).expect("JSON output")
}

/// Asserts that every key of `v` (an object, or the first item of an array) and of its nested
/// objects is named in the `tt --help` output shapes entry of `command`, so that the documented
/// shape cannot fall behind the real one.
#[track_caller]
pub fn documented_shape(command: &str, v: &serde_json::Value) {
    let help = include_str!("../../src/help-output.txt");
    let start = help
        .lines()
        .position(|l| {
            let rest = l.strip_prefix("  ").and_then(|r| r.strip_prefix(command));
            rest.is_some_and(|r| r.starts_with(' ') && r.trim_start().starts_with(['{', '[']))
        })
        .unwrap_or_else(|| panic!("no entry for `{command}` in help-output.txt"));
    let entry: Vec<&str> = help
        .lines()
        .skip(start)
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with("   "))
        .map(|(_, l)| l)
        .collect();
    let entry = entry.join("\n");
    fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    out.push(k.clone());
                    keys(x, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().take(1).for_each(|x| keys(x, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    keys(v, &mut found);
    assert!(!found.is_empty(), "`{command}` printed no keys: {v}");
    for k in found {
        assert!(
            entry.contains(&format!("\"{k}\"")),
            "`{command}` prints \"{k}\", which its documented shape lacks:\n{entry}"
        );
    }
}
