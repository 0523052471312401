//! The binary stops on SIGTERM while it is still loading a large seed (the signal handler is
//! installed before the seed is read).
#![cfg(unix)]

#[path = "../../tt-emulator/tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn sigterm_stops_the_binary_while_it_loads_a_large_seed() {
    let dir = std::env::temp_dir().join(format!("tt-emulator-signals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("big.json");
    std::fs::write(&file, common::big_seed_json(200_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tt-emulator"))
        .args(["--listen", "127.0.0.1:0", "--seed"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains("loading the seed"), "{line}");
    let t = Instant::now();
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    // Watchdog only: a loading emulator that ignored the signal would run on for seconds.
    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if t.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("the emulator ignored SIGTERM while loading");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    println!("signals: exited {:.0} ms after SIGTERM", t.elapsed().as_secs_f64() * 1000.0);
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(exit.code(), Some(130), "{exit:?} {rest}");
    assert!(out.is_empty(), "it was serving already: {out}");
    assert!(rest.contains("interrupted while loading"), "{rest}");
}
