//! Test-job workers against the emulator: jobs claimed and reported per second with 1, 4 and
//! 16 workers, and SOAP calls per job (counted from the client's per-call log records).
//!
//! `cargo bench -p tt-records --bench workers` (a measurement, never asserted).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::json;
use tt_emulator::{Emulator, EmulatorHandle, Seed};
use tt_records::worker::{Job, Outcome, Worker, WorkerConfig};
use tt_records::Tracker;

const JOBS: usize = 200;

/// Counts the client's per-call debug records, by operation.
struct Calls {
    total: AtomicU64,
    by_op: Mutex<BTreeMap<String, u64>>,
}

impl log::Log for Calls {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.target() == "ttsoap::client" && m.level() == log::Level::Debug
    }
    fn log(&self, r: &log::Record<'_>) {
        if self.enabled(r.metadata()) {
            self.total.fetch_add(1, Relaxed);
            let text = r.args().to_string();
            let op = text.split(':').next().unwrap_or_default().to_string();
            *self.by_op.lock().unwrap().entry(op).or_default() += 1;
        }
    }
    fn flush(&self) {}
}

static CALLS: Calls = Calls { total: AtomicU64::new(0), by_op: Mutex::new(BTreeMap::new()) };

fn emulator() -> EmulatorHandle {
    let demo: serde_json::Value = serde_json::from_str(tt_emulator::seed::DEMO_SEED_JSON).unwrap();
    let records: Vec<_> = (0..JOBS)
        .map(|i| json!({"table": "Test Run", "fields": {"Summary": format!("job {i}"), "Test Run Set": "Bench", "Type": "Smoke"}}))
        .collect();
    let seed = json!({
        "users": demo["users"],
        "projects": [{"name": "Bench", "dropdowns": {"Test Run": {"Type": ["Smoke"]}},
                      "workflows": {"Test Run": demo["projects"][0]["workflows"]["Test Run"]}, "records": records}],
    });
    Emulator::builder().seed(Seed::from_json(&seed.to_string()).unwrap()).max_sessions(64).start().unwrap()
}

fn main() {
    log::set_logger(&CALLS).unwrap();
    log::set_max_level(log::LevelFilter::Debug);
    println!("| workers | jobs | seconds | jobs/s | SOAP calls/job | by operation (per job) |");
    println!("|---|---|---|---|---|---|");
    for n in [1usize, 4, 16] {
        let emu = emulator();
        CALLS.total.store(0, Relaxed);
        CALLS.by_op.lock().unwrap().clear();
        let t0 = Instant::now();
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let mut cfg = WorkerConfig::new("Bench");
                cfg.name = format!("bench-{i}");
                cfg.platform_field = None;
                cfg.exit_when_done = true;
                cfg.poll_interval = Duration::from_millis(20);
                let url = emu.url();
                Worker::with_login(cfg, move || Tracker::login(&url, "Bench", "ada", "ada-secret"))
                    .start(|_: &Job| Outcome::pass("ok"))
                    .unwrap()
            })
            .collect();
        let reported: u64 = handles.into_iter().map(|h| h.join().unwrap().counts.reported()).sum();
        let secs = t0.elapsed().as_secs_f64();
        let calls = CALLS.total.load(Relaxed) as f64;
        let by_op: Vec<String> = CALLS
            .by_op
            .lock()
            .unwrap()
            .iter()
            .map(|(op, c)| format!("{op} {:.2}", *c as f64 / reported.max(1) as f64))
            .collect();
        println!(
            "| {n} | {reported} | {secs:.2} | {:.1} | {:.2} | {} |",
            reported as f64 / secs,
            calls / reported.max(1) as f64,
            by_op.join(", ")
        );
        emu.stop();
    }
}
