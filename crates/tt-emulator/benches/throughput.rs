//! Emulator throughput over loopback HTTP, from 1, 4, 16 and 64 client threads, each with its
//! own session and keep-alive connection. Run with `cargo bench -p tt-emulator --bench
//! throughput`.
//!
//! Figures printed (no assertions: speed is measured, not asserted): calls per second and the
//! mean latency for `getDefect` (the demo's defect 1, with its events and attachments) and
//! `getRecordListForTable` (three columns of the demo's defects). `BENCH_SECS=5` measures
//! longer per cell (default 2 s).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use testtrack::types::CTableColumn;
use tt_emulator::{Emulator, EmulatorHandle};

#[derive(Clone, Copy)]
enum Op {
    GetDefect,
    RecordList,
}

impl Op {
    fn name(self) -> &'static str {
        match self {
            Op::GetDefect => "getDefect",
            Op::RecordList => "getRecordListForTable",
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

fn main() {
    let secs: f64 = std::env::var("BENCH_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(2.0);
    let h = Emulator::builder().max_sessions(256).rng_seed(1).start().unwrap();
    println!(
        "emulator throughput, {secs} s per cell, {} cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("{:<24} {:>8} {:>12} {:>14}", "operation", "threads", "calls/s", "mean latency");
    for op in [Op::GetDefect, Op::RecordList] {
        for threads in [1, 4, 16, 64] {
            let rate = measure(&h, op, threads, secs);
            let latency_ms = threads as f64 / rate * 1000.0;
            println!("{:<24} {threads:>8} {rate:>12.0} {latency_ms:>11.2} ms", op.name());
        }
    }
    h.stop();
}
