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
