//! Emulator throughput over loopback HTTP, from 1, 4, 16 and 64 client threads, each with its
//! own session and keep-alive connection. Run with `cargo bench -p tt-emulator --bench
//! throughput`.
//!
//! Figures printed (no assertions: speed is measured, not asserted): calls per second and the
//! mean latency for `getDefect` (the demo's defect 1, with its events and attachments),
//! `getRecordListForTable` (three columns of the demo's defects) and a write-heavy mix
//! (`saveDefect`: each thread edits and saves its own defect; one edit and one save count as
//! one), each in memory and, with the `state` feature, with a state file (every change
//! committed with fsync before its answer):
//! `cargo bench -p tt-emulator --features state --bench throughput`. `BENCH_SECS=5` measures
//! longer per cell (default 2 s); `BENCH_STATE_DIR` puts the state file elsewhere than the
//! temporary directory.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use testtrack::types::{CDefect, CTableColumn};
use tt_emulator::{Emulator, EmulatorHandle};

#[derive(Clone, Copy)]
enum Op {
    GetDefect,
    RecordList,
    SaveDefect,
}

impl Op {
    fn name(self) -> &'static str {
        match self {
            Op::GetDefect => "getDefect",
            Op::RecordList => "getRecordListForTable",
            Op::SaveDefect => "edit+saveDefect",
        }
    }
}

/// Calls per second with `threads` clients for `secs`.
fn measure(h: &EmulatorHandle, op: Op, threads: usize, secs: f64) -> f64 {
    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(Barrier::new(threads + 1));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (url, stop, calls, ready) = (h.url(), stop.clone(), calls.clone(), ready.clone());
            std::thread::spawn(move || {
                let s = testtrack::Client::new(&url).unwrap().login("Demo", "ada", "ada-secret").unwrap();
                let cols: Vec<CTableColumn> =
                    ["Number", "Summary", "Status"].iter().map(|c| CTableColumn { name: Some((*c).into()) }).collect();
                let own = match op {
                    Op::SaveDefect => {
                        let d = CDefect { summary: Some("bench".into()), ..Default::default() };
                        s.add_defect(d).unwrap()
                    }
                    _ => 0,
                };
                ready.wait();
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    match op {
                        Op::GetDefect => {
                            std::hint::black_box(s.get_defect(1, "", false).unwrap());
                        }
                        Op::RecordList => {
                            std::hint::black_box(s.get_record_list_for_table("Defect", "", cols.clone()).unwrap());
                        }
                        Op::SaveDefect => {
                            let mut g = s.edit_defect_by_record_id(own, false).unwrap();
                            g.summary = Some(format!("bench {n}"));
                            g.save().unwrap();
                        }
                    }
                    n += 1;
                }
                calls.fetch_add(n, Ordering::Relaxed);
                s.logoff().unwrap();
            })
        })
        .collect();
    ready.wait();
    let t = Instant::now();
    std::thread::sleep(Duration::from_secs_f64(secs));
    stop.store(true, Ordering::Relaxed);
    let elapsed = t.elapsed().as_secs_f64();
    for w in workers {
        w.join().unwrap();
    }
    calls.load(Ordering::Relaxed) as f64 / elapsed
}

/// One emulator per mode: in memory, and (feature `state`) on a fresh state file.
fn emulators() -> Vec<(&'static str, EmulatorHandle, Option<std::path::PathBuf>)> {
    let builder = || Emulator::builder().max_sessions(256).rng_seed(1);
    #[allow(unused_mut)]
    let mut v = vec![("memory", builder().start().unwrap(), None)];
    #[cfg(feature = "state")]
    {
        let dir = std::env::var_os("BENCH_STATE_DIR").map_or_else(std::env::temp_dir, Into::into);
        let file = dir.join(format!("tt-emulator-bench-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&file);
        v.push(("state", builder().state_file(&file).start().unwrap(), Some(file)));
    }
    #[cfg(not(feature = "state"))]
    println!("(without the state feature: in memory only)");
    v
}

fn main() {
    let secs: f64 = std::env::var("BENCH_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(2.0);
    let emulators = emulators();
    println!(
        "emulator throughput, {secs} s per cell, {} cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("{:<24} {:<8} {:>8} {:>12} {:>14}", "operation", "mode", "threads", "calls/s", "mean latency");
    for op in [Op::GetDefect, Op::RecordList, Op::SaveDefect] {
        for (mode, h, _) in &emulators {
            for threads in [1, 4, 16, 64] {
                let rate = measure(h, op, threads, secs);
                let latency_ms = threads as f64 / rate * 1000.0;
                println!("{:<24} {mode:<8} {threads:>8} {rate:>12.0} {latency_ms:>11.2} ms", op.name());
            }
        }
    }
    for (_, h, file) in emulators {
        h.stop();
        if let Some(f) = file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
            }
        }
    }
}
