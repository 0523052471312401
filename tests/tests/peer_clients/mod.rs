//! Runs a WSDL-driven client script of `peers/` (zeep, PHP SoapClient) against a server of
//! ours and returns the JSON object it printed last; shared by the generated-server tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use ttsoap_tests::peer_process::{peer_missing, probe};

/// The directory of the peer scripts.
pub fn peers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("peers")
}

/// A WSDL of the third-party corpus in `../shared`.
pub fn corpus_wsdl(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/wsdl-corpus").join(rel)
}

/// True when `../shared` and python3 with zeep are here; otherwise says why (a failure in CI).
pub fn zeep_available(test: &str) -> bool {
    if !ttsoap_tests::shared_available(test) {
        return false;
    }
    probe("python3", &["-c", "import zeep"])
        || peer_missing(test, "`python3` with zeep is not installed (pip install zeep)")
}

/// True when `../shared` and php with the soap extension are here; otherwise says why (a
/// failure in CI).
pub fn php_soap_available(test: &str) -> bool {
    if !ttsoap_tests::shared_available(test) {
        return false;
    }
    probe("php", &["-r", "exit(class_exists('SoapClient') ? 0 : 1);"])
        || peer_missing(test, "`php` with the soap extension is not installed (Debian: php-cli php-soap)")
}

/// Runs `program peers/script args...` with `envs`, fails with its output unless it exits
/// successfully, and parses the last line it printed as JSON.
pub fn run_client(program: &str, script: &str, args: &[&str], envs: &[(&str, &str)]) -> serde_json::Value {
    let out = Command::new(program)
        .arg(peers_dir().join(script))
        .args(args)
        .envs(envs.iter().copied())
        .current_dir(peers_dir())
        .output()
        .unwrap_or_else(|e| panic!("running {program} {script}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed ({}):\n{stdout}\n{stderr}", out.status);
    let line = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{script} printed {stdout:?}: {e}"))
}
