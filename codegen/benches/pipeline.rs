//! Generator speed on our TestTrack WSDL: load (quick-xml) + model + emit (quote) + format
//! (prettyplease), each stage timed separately. Run with
//! `cargo bench -p ttsoap-codegen --bench pipeline`. Figures are printed, not asserted.

use std::path::Path;
use std::time::{Duration, Instant};

use ttsoap_codegen::emit::{emit, EmitOptions};
use ttsoap_codegen::{load, LoadOptions};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let wsdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi.wsdl");
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    let opts = LoadOptions::default();
    let model = load(&wsdl, &opts).expect("load");
    let mut loads = Vec::new();
    let mut emits = Vec::new();
    let mut totals = Vec::new();
    let mut lines = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let m = load(&wsdl, &opts).expect("load");
        let t1 = Instant::now();
        let out = emit(&m, &EmitOptions::default()).expect("emit");
        let t2 = Instant::now();
        lines = out.files().iter().map(|(_, s)| s.lines().count()).sum::<usize>();
        loads.push(t1 - t0);
        emits.push(t2 - t1);
        totals.push(t2 - t0);
    }
    let ops = model.primary_binding().map(|b| b.operations.len()).unwrap_or(0);
    println!(
        "wsdl/ttsoapcgi.wsdl ({ops} operations, {} types): load+model {:.1} ms, emit+format {:.1} ms, total {:.1} ms (median of {runs}); {lines} lines of Rust",
        model.types.len(),
        median(loads).as_secs_f64() * 1e3,
        median(emits).as_secs_f64() * 1e3,
        median(totals).as_secs_f64() * 1e3,
    );
}
