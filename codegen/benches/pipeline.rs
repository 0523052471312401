//! Generator speed: load (quick-xml) + model, then emit (quote) + format (prettyplease and
//! the direct printer), each stage timed separately, on our TestTrack WSDL and on a synthetic
//! WSDL in the shape of VMware's vim25 (4,000 types in deep extension chains, choices,
//! enumerations, arrays, 600 operations; written by `cargo xtask synth-wsdl`, whose generator
//! this bench includes). Run with `cargo bench -p ttsoap-codegen --bench pipeline`
//! (`BENCH_RUNS=N` for the number of runs; `BENCH_WSDL=a.wsdl:b.wsdl` adds other WSDL files).
//! Figures are printed, not asserted; the machine may be shared, so the wall-clock medians come
//! with the process CPU time of each stage.

use std::path::Path;
use std::time::{Duration, Instant};

use ttsoap_codegen::emit::{emit, EmitOptions};
use ttsoap_codegen::{load, LoadOptions};

#[path = "../../xtask/src/synth.rs"]
#[allow(dead_code)]
mod synth;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// CPU time of this process so far (user + system), from /proc/self/stat; zero elsewhere.
fn cpu() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return Duration::ZERO };
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    // Fields 14 and 15 (utime, stime) are the 12th and 13th after the command name; the
    // kernel's USER_HZ is 100 on Linux.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

fn bench(label: &str, wsdl: &Path, runs: usize) {
    let opts = LoadOptions::default();
    let model = load(wsdl, &opts).expect("load");
    let (mut loads, mut emits, mut load_cpu, mut emit_cpu) = (Vec::new(), Vec::new(), Duration::ZERO, Duration::ZERO);
    let mut lines = 0;
    for _ in 0..runs {
        let (t0, c0) = (Instant::now(), cpu());
        let m = load(wsdl, &opts).expect("load");
        let (t1, c1) = (Instant::now(), cpu());
        let out = emit(&m, &EmitOptions::default()).expect("emit");
        let (t2, c2) = (Instant::now(), cpu());
        lines = out.files().iter().map(|(_, s)| s.lines().count()).sum::<usize>();
        loads.push(t1 - t0);
        emits.push(t2 - t1);
        load_cpu += c1 - c0;
        emit_cpu += c2 - c1;
    }
    let ops = model.primary_binding().map(|b| b.operations.len()).unwrap_or(0);
    let (l, e) = (median(loads).as_secs_f64(), median(emits).as_secs_f64());
    println!(
        "{label} ({ops} operations, {} types): load+model {:.1} ms, emit+format {:.1} ms (median of {runs}), \
         emit/load {:.2}x; CPU per run: load+model {:.1} ms, emit+format {:.1} ms; {lines} lines of Rust",
        model.types.len(),
        l * 1e3,
        e * 1e3,
        e / l,
        load_cpu.as_secs_f64() * 1e3 / runs as f64,
        emit_cpu.as_secs_f64() * 1e3 / runs as f64,
    );
}

fn main() {
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    let tt = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi.wsdl");
    bench("wsdl/ttsoapcgi.wsdl", &tt, runs);
    for extra in std::env::var("BENCH_WSDL").unwrap_or_default().split(':').filter(|s| !s.is_empty()) {
        bench(extra, Path::new(extra), runs);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("synth");
    std::fs::create_dir_all(&dir).expect("target tmp dir");
    let synth = dir.join("synth-4000-600.wsdl");
    std::fs::write(&synth, synth::synth_wsdl(4000, Some(600))).expect("write the synthetic WSDL");
    bench("synthetic vim25-shaped WSDL", &synth, runs.min(5));
}
