//! Our client against the emulator over loopback keep-alive: `getDefect` round trips per
//! second from 1 and from 8 threads, and Python zeep's rate for the same call in the same run.
//! Run with `cargo bench -p ttsoap-tests --bench emulator_roundtrip`. Printed, not asserted.

use std::process::Command;
use std::time::{Duration, Instant};

use tt_emulator::Emulator;

const CALLS: usize = 2_000;

fn main() {
    let emu = Emulator::builder().rng_seed(1).start().expect("start emulator");
    let client = testtrack::Client::new(&emu.url()).expect("client");

    // One session per thread: calls on one cookie are serialised by design.
    let rate = |threads: usize| -> f64 {
        let sessions: Vec<testtrack::Session> =
            (0..threads).map(|_| client.login("Demo", "ada", "ada-secret").expect("login")).collect();
        let start = Instant::now();
        std::thread::scope(|s| {
            for sess in &sessions {
                s.spawn(move || {
                    for _ in 0..CALLS / threads {
                        sess.get_defect(1, "", false).expect("getDefect");
                    }
                });
            }
        });
        let per_s = (CALLS / threads * threads) as f64 / start.elapsed().as_secs_f64();
        drop(sessions);
        per_s
    };
    // Warm up connections and code paths.
    rate(1);
    let one = rate(1);
    let eight = rate(8);
    println!("ttsoap client -> emulator, getDefect: {one:.0}/s from 1 thread, {eight:.0}/s from 8 threads");

    let zeep_calls = 200;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("peers/zeep_client.py");
    match Command::new("python3")
        .arg(&script)
        .args([emu.wsdl_url().as_str(), "Demo", "ada", "1", &zeep_calls.to_string()])
        .env("TT_PASSWORD", "ada-secret")
        .output()
    {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let v: serde_json::Value = serde_json::from_str(text.lines().last().unwrap_or("{}")).unwrap_or_default();
            let zeep = v["rate"].as_f64().unwrap_or(0.0);
            println!("python zeep -> emulator, getDefect: {zeep:.0}/s from 1 thread");
            if zeep > 0.0 {
                println!("ratio (ours, 1 thread / zeep): {:.1}x", one / zeep);
            }
        }
        Ok(out) => println!("zeep run failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => println!("zeep not available: {e}"),
    }
    std::thread::sleep(Duration::from_millis(10));
}
