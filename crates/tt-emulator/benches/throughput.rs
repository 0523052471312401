//! Emulator throughput over loopback HTTP, from 1, 4, 16 and 64 client threads, each with its
//! own session and keep-alive connection (its own client, unless `BENCH_SHARED_CLIENT=1`). Run with `cargo bench -p tt-emulator --bench
//! throughput`.
//!
//! Figures printed (no assertions: speed is measured, not asserted): calls per second and the
//! mean latency for `getDefect` (the demo's defect 1, with its events and attachments),
//! `getRecordListForTable` (three columns of the demo's defects) and a write-heavy mix
//! (`saveDefect`: each thread edits and saves its own defect; one edit and one save count as
//! one), each in memory and, with the `state` feature, with a state file (every change
//! committed with fsync before its answer):
//! `cargo bench -p tt-emulator --features state --bench throughput`.
//!
//! The thread counts of one operation and mode are measured in `BENCH_ROUNDS` rounds (default
//! 3), the order alternating from round to round (1, 4, 16, 64, then 64, 16, 4, 1, ...), so a
//! machine whose load drifts affects every count alike; each round's 64/16 ratio is printed,
//! then the median and spread of every cell. Besides the rate, each cell shows where the CPU
//! went, per call, read from the kernel's per-thread accounting (`/proc/thread-self/schedstat`,
//! Linux only): in the emulator's threads (`srv µs`) and in the client threads (`cli µs`), and
//! the emulator's context switches per call (`srv cs`) and the time its threads spent runnable
//! but waiting for a CPU, per call (`srv wait`, µs); then the cores the whole bench kept busy
//! (`cores`) and the cores the machine left idle (`idle`), from `/proc/self/stat` and
//! `/proc/stat`: on a shared machine a rate falls with the CPU the others leave, not only with
//! the cost per call, so the 64/16 ratio is also given per core-second the bench used.
//!
//! `BENCH_SECS=5` measures longer per cell (default 2 s); `BENCH_OPS=getDefect,list,save`
//! picks operations; `BENCH_THREADS=16,64` picks thread counts; `BENCH_STATE_DIR` puts the state file elsewhere than the temporary
//! directory; `BENCH_SHARED_CLIENT=1` has all threads share one client (one connection pool),
//! each with its own session. `conn/1k` is the TCP connections the emulator accepted during a
//! cell per 1000 calls: 0 while keep-alive holds, above 0 when a pool closes and reopens.
//!
//! On Linux the whole run is then repeated in a child process with one glibc malloc arena per
//! thread (`GLIBC_TUNABLES=glibc.malloc.arena_max=...`): glibc makes at most 8 arenas per core,
//! so past that threads share arenas and wait for each other's `malloc`, which is most of the
//! fall from 16 to 64 threads on a small machine. `BENCH_MALLOC=default` or `per-thread` runs
//! only one of the two.

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

    fn key(self) -> &'static str {
        match self {
            Op::GetDefect => "getDefect",
            Op::RecordList => "list",
            Op::SaveDefect => "save",
        }
    }
}

/// CPU time (ns) and context switches of one thread so far, from the kernel's accounting.
#[derive(Debug, Clone, Copy, Default)]
struct Usage {
    cpu_ns: u64,
    /// Time spent runnable but waiting for a CPU.
    wait_ns: u64,
    switches: u64,
}

impl std::ops::Sub for Usage {
    type Output = Usage;
    fn sub(self, o: Usage) -> Usage {
        Usage {
            cpu_ns: self.cpu_ns.saturating_sub(o.cpu_ns),
            wait_ns: self.wait_ns.saturating_sub(o.wait_ns),
            switches: self.switches.saturating_sub(o.switches),
        }
    }
}

impl std::ops::AddAssign for Usage {
    fn add_assign(&mut self, o: Usage) {
        self.cpu_ns += o.cpu_ns;
        self.wait_ns += o.wait_ns;
        self.switches += o.switches;
    }
}

/// The usage of the thread at `/proc/.../task/<tid>` (zero where /proc is missing).
fn usage_of(dir: &str) -> Usage {
    let sched = std::fs::read_to_string(format!("{dir}/schedstat")).unwrap_or_default();
    let field = |i| sched.split_whitespace().nth(i).and_then(|v| v.parse().ok()).unwrap_or(0);
    let (cpu_ns, wait_ns) = (field(0), field(1));
    let switches = std::fs::read_to_string(format!("{dir}/status"))
        .map(|s| {
            s.lines()
                .filter(|l| l.starts_with("voluntary_ctxt_switches") || l.starts_with("nonvoluntary_ctxt_switches"))
                .filter_map(|l| l.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
                .sum()
        })
        .unwrap_or(0);
    Usage { cpu_ns, wait_ns, switches }
}

/// Clock ticks the whole machine has been idle, and this process's CPU ticks (user + system).
fn ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let idle = stat
        .lines()
        .next()
        .map(|l| l.split_whitespace().skip(4).take(2).filter_map(|v| v.parse::<u64>().ok()).sum())
        .unwrap_or(0);
    let own = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces): utime and stime are 12th and 13th.
    let rest = own.rsplit_once(')').map_or("", |(_, r)| r);
    let cpu = rest.split_whitespace().skip(11).take(2).filter_map(|v| v.parse::<u64>().ok()).sum();
    (idle, cpu)
}

/// Usage of every live emulator thread (names starting `tt-emulator`), by thread id.
fn server_threads() -> Vec<(String, Usage)> {
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else { return Vec::new() };
    dir.filter_map(Result::ok)
        .filter_map(|e| {
            let path = e.path().display().to_string();
            let comm = std::fs::read_to_string(format!("{path}/comm")).ok()?;
            comm.starts_with("tt-emulator").then(|| (e.file_name().to_string_lossy().into_owned(), usage_of(&path)))
        })
        .collect()
}

/// Emulator usage between two snapshots (threads that started in between count from zero).
fn server_delta(before: &[(String, Usage)], after: &[(String, Usage)]) -> Usage {
    let mut total = Usage::default();
    for (tid, u) in after {
        let base = before.iter().find(|(t, _)| t == tid).map_or(Usage::default(), |(_, b)| *b);
        total += *u - base;
    }
    total
}

/// One cell: calls per second, and CPU per call of the emulator and of the clients.
#[derive(Debug, Clone, Copy)]
struct Cell {
    rate: f64,
    server_us: f64,
    client_us: f64,
    server_switches: f64,
    /// Time the emulator's threads waited for a CPU, per call.
    server_wait_us: f64,
    /// TCP connections the emulator accepted during the measurement, per 1000 calls
    /// (keep-alive working: 0).
    new_conns: f64,
    /// Cores this process kept busy, and cores the machine left idle, on average.
    own_cores: f64,
    idle_cores: f64,
}

/// Measures `op` with `threads` clients for `secs`.
fn measure(h: &EmulatorHandle, op: Op, threads: usize, secs: f64, shared: bool) -> Cell {
    let one = testtrack::Client::new(&h.url()).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicU64::new(0));
    let client_ns = Arc::new(AtomicU64::new(0));
    let start = Arc::new(Barrier::new(threads + 1));
    let end = Arc::new(Barrier::new(threads + 1));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (url, stop, calls, client_ns) = (h.url(), stop.clone(), calls.clone(), client_ns.clone());
            let (start, end, one) = (start.clone(), end.clone(), one.clone());
            std::thread::Builder::new()
                .name("bench-client".into())
                .spawn(move || {
                    let client = if shared { one } else { testtrack::Client::new(&url).unwrap() };
                    let s = client.login("Demo", "ada", "ada-secret").unwrap();
                    let cols: Vec<CTableColumn> = ["Number", "Summary", "Status"]
                        .iter()
                        .map(|c| CTableColumn { name: Some((*c).into()) })
                        .collect();
                    let own = match op {
                        Op::SaveDefect => {
                            let d = CDefect { summary: Some("bench".into()), ..Default::default() };
                            s.add_defect(d).unwrap()
                        }
                        _ => 0,
                    };
                    start.wait();
                    let before = usage_of("/proc/thread-self");
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
                    let used = usage_of("/proc/thread-self") - before;
                    calls.fetch_add(n, Ordering::Relaxed);
                    client_ns.fetch_add(used.cpu_ns, Ordering::Relaxed);
                    end.wait();
                    s.logoff().unwrap();
                })
                .unwrap()
        })
        .collect();
    start.wait();
    let conns_before = h.connections_accepted();
    let server_before = server_threads();
    let ticks_before = ticks();
    let t = Instant::now();
    std::thread::sleep(Duration::from_secs_f64(secs));
    stop.store(true, Ordering::Relaxed);
    end.wait();
    let elapsed = t.elapsed().as_secs_f64();
    let conns = h.connections_accepted() - conns_before;
    let ticks_after = ticks();
    let server = server_delta(&server_before, &server_threads());
    for w in workers {
        w.join().unwrap();
    }
    let n = calls.load(Ordering::Relaxed).max(1) as f64;
    Cell {
        rate: n / elapsed,
        server_us: server.cpu_ns as f64 / n / 1000.0,
        client_us: client_ns.load(Ordering::Relaxed) as f64 / n / 1000.0,
        server_switches: server.switches as f64 / n,
        server_wait_us: server.wait_ns as f64 / n / 1000.0,
        new_conns: conns as f64 / n * 1000.0,
        own_cores: ticks_after.1.saturating_sub(ticks_before.1) as f64 / 100.0 / elapsed,
        idle_cores: ticks_after.0.saturating_sub(ticks_before.0) as f64 / 100.0 / elapsed,
    }
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

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len().is_multiple_of(2) {
        (v[m - 1] + v[m]) / 2.0
    } else {
        v[m]
    }
}

fn main() {
    let secs: f64 = std::env::var("BENCH_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(2.0);
    let shared = std::env::var_os("BENCH_SHARED_CLIENT").is_some_and(|v| v == "1");
    let rounds: usize = std::env::var("BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let wanted = std::env::var("BENCH_OPS").unwrap_or_else(|_| "getDefect,list,save".into());
    let threads: Vec<usize> = std::env::var("BENCH_THREADS")
        .unwrap_or_else(|_| "1,4,16,64".into())
        .split(',')
        .filter_map(|t| t.trim().parse().ok())
        .collect();
    let (i16, i64) = (threads.iter().position(|&t| t == 16), threads.iter().position(|&t| t == 64));
    let malloc = std::env::var("BENCH_MALLOC").unwrap_or_else(|_| "both".into());
    if malloc == "per-thread" && std::env::var_os(ARENAS_SET).is_none() {
        return per_thread_arenas(&threads);
    }
    let emulators = emulators();
    println!(
        "emulator throughput, {secs} s per cell, {rounds} rounds alternating the thread order, {} cores, {}; malloc arenas: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        if shared { "all threads sharing one client" } else { "a client per thread" },
        if std::env::var_os(ARENAS_SET).is_some() { "one per thread" } else { "glibc's default" }
    );
    let ops = [Op::GetDefect, Op::RecordList, Op::SaveDefect];
    for op in ops.into_iter().filter(|o| wanted.split(',').any(|w| w.trim() == o.key())) {
        for (mode, h, _) in &emulators {
            let mut cells: Vec<Vec<Cell>> = vec![Vec::new(); threads.len()];
            for round in 0..rounds {
                let order: Vec<usize> =
                    if round % 2 == 0 { (0..threads.len()).collect() } else { (0..threads.len()).rev().collect() };
                let mut line = Vec::new();
                for i in order {
                    let c = measure(h, op, threads[i], secs, shared);
                    line.push(format!("{}t {:.0}/s", threads[i], c.rate));
                    cells[i].push(c);
                }
                let ratio = match (i16, i64) {
                    (Some(a), Some(b)) => format!("; 64/16 = {:.3}", cells[b][round].rate / cells[a][round].rate),
                    _ => String::new(),
                };
                println!("  {} {mode} round {}: {}{ratio}", op.name(), round + 1, line.join(", "));
            }
            println!(
                "{:<22} {:<7} {:>7} {:>9} {:>15} {:>9} {:>8} {:>8} {:>7} {:>9} {:>8} {:>6} {:>6}",
                "operation",
                "mode",
                "threads",
                "calls/s",
                "min..max",
                "latency",
                "srv µs",
                "cli µs",
                "srv cs",
                "srv wait",
                "conn/1k",
                "cores",
                "idle"
            );
            for (i, n) in threads.iter().enumerate() {
                let c = &cells[i];
                let mut rates: Vec<f64> = c.iter().map(|x| x.rate).collect();
                let rate = median(&mut rates);
                let (lo, hi) = (rates[0], rates[rates.len() - 1]);
                let srv = median(&mut c.iter().map(|x| x.server_us).collect::<Vec<_>>());
                let cli = median(&mut c.iter().map(|x| x.client_us).collect::<Vec<_>>());
                let cs = median(&mut c.iter().map(|x| x.server_switches).collect::<Vec<_>>());
                let wait = median(&mut c.iter().map(|x| x.server_wait_us).collect::<Vec<_>>());
                let own = median(&mut c.iter().map(|x| x.own_cores).collect::<Vec<_>>());
                let idle = median(&mut c.iter().map(|x| x.idle_cores).collect::<Vec<_>>());
                let conns = median(&mut c.iter().map(|x| x.new_conns).collect::<Vec<_>>());
                println!(
                    "{:<22} {mode:<7} {n:>7} {rate:>9.0} {:>15} {:>6.2} ms {srv:>8.1} {cli:>8.1} {cs:>7.2} {wait:>9.1} {conns:>8.1} {own:>6.2} {idle:>6.2}",
                    op.name(),
                    format!("{lo:.0}..{hi:.0}"),
                    *n as f64 / rate * 1000.0
                );
            }
            if let (Some(a), Some(b)) = (i16, i64) {
                let mut ratios: Vec<f64> = (0..rounds).map(|r| cells[b][r].rate / cells[a][r].rate).collect();
                let m = median(&mut ratios);
                let per_cpu = |c: &Cell| c.rate / c.own_cores.max(0.01);
                let mut norm: Vec<f64> = (0..rounds).map(|r| per_cpu(&cells[b][r]) / per_cpu(&cells[a][r])).collect();
                let n = median(&mut norm);
                println!(
                    "{} {mode}: 64/16 threads median {m:.3} (rounds {:.3}..{:.3}); per core-second used {n:.3} ({:.3}..{:.3})",
                    op.name(),
                    ratios[0],
                    ratios[ratios.len() - 1],
                    norm[0],
                    norm[norm.len() - 1]
                );
            }
            println!();
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
    if malloc == "both" && std::env::var_os(ARENAS_SET).is_none() {
        per_thread_arenas(&threads);
    }
}

/// Set in the child that runs with one malloc arena per thread.
const ARENAS_SET: &str = "BENCH_ARENAS_PER_THREAD";

/// Runs this bench again in a child process whose glibc gives every thread its own malloc
/// arena (a tunable read only at process start, hence the child); its report follows this one.
fn per_thread_arenas(threads: &[usize]) {
    if !cfg!(all(target_os = "linux", target_env = "gnu")) {
        println!("(not glibc: the run with one malloc arena per thread is skipped)");
        return;
    }
    // The client threads, the emulator's threads and a margin.
    let arenas = threads.iter().max().copied().unwrap_or(64) * 2 + 16;
    let exe = std::env::current_exe().expect("bench path");
    let status = std::process::Command::new(exe)
        .env("GLIBC_TUNABLES", format!("glibc.malloc.arena_max={arenas}"))
        .env(ARENAS_SET, "1")
        .status();
    if !status.as_ref().is_ok_and(|s| s.success()) {
        println!("(the run with one malloc arena per thread failed: {status:?})");
    }
}
