//! The binary prints its URL, serves, stops on SIGTERM and refuses bad arguments.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn the_binary_prints_its_url_and_stops_on_sigterm() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tt-emulator"))
        .args(["--listen", "127.0.0.1:0", "--rng-seed", "1", "--profile", "2017"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    let url = first.trim();
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with("/scripts/ttsoapcgi.exe"), "{url}");
    let c = testtrack::Client::new(url).unwrap();
    assert_eq!(c.get_database_list().unwrap().len(), 2);
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(std::time::Instant::now() < deadline, "the emulator did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{exit:?}");
    let bad = Command::new(env!("CARGO_BIN_EXE_tt-emulator")).args(["--profile", "1999"]).output().unwrap();
    assert!(!bad.status.success());
}
