//! Uploading 10,000 JUnit results into the emulator over loopback HTTP, with 1 and 4
//! sessions, first upload and re-upload. Run with `cargo bench -p tt-records --bench upload`
//! (`BENCH_RESULTS=N` for another size).
//!
//! Printed (no assertions: speed is measured, not asserted): wall time, SOAP calls (counted
//! with the client's exchange hook) per result, and the calls the API needs at least: a new
//! test needs `addTestCase`, `addEntityToFolderByRecordID`, `generateTestRuns`, and for an
//! outcome event `editTestRun` + `saveTestRun`; a re-upload needs the two list calls per
//! batch, plus one folder contents call per folder and batch (is each test case found still in
//! its folder?) and one `getFolder` per folder and upload. The peak resident memory (VmHWM) includes the emulator, which runs in this process.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tt_emulator::Emulator;
use tt_records::results::{JunitReader, Upload, UploadReport};
use tt_records::Tracker;

type Counts = Arc<Mutex<BTreeMap<String, u64>>>;

fn write_report(path: &std::path::Path, n: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, r#"<?xml version="1.0" encoding="UTF-8"?><testsuites name="bench">"#).unwrap();
    let per_class = 100;
    for c in 0..n.div_ceil(per_class) {
        writeln!(f, r#"<testsuite name="com.example.pkg{}.Class{c}Test" tests="{per_class}">"#, c % 10).unwrap();
        for i in 0..per_class.min(n - c * per_class) {
            let cls = format!("com.example.pkg{}.Class{c}Test", c % 10);
            match i % 20 {
                0 => writeln!(
                    f,
                    r#"<testcase classname="{cls}" name="test{i}" time="0.01"><failure message="expected 1" type="AssertionError">at {cls}.test{i}({c}.java:{i})</failure><system-out>log line</system-out></testcase>"#
                ),
                1 => writeln!(f, r#"<testcase classname="{cls}" name="test{i}"><skipped/></testcase>"#),
                _ => writeln!(f, r#"<testcase classname="{cls}" name="test{i}" time="0.001"/>"#),
            }
            .unwrap();
        }
        writeln!(f, "</testsuite>").unwrap();
    }
    writeln!(f, "</testsuites>").unwrap();
}

fn login(url: &str, counts: &Counts) -> tt_records::Result<Tracker> {
    let c = counts.clone();
    let rt = ttsoap::Client::builder(url.to_string())
        .on_exchange(move |e| *c.lock().unwrap().entry(e.operation.clone()).or_default() += 1)
        .build()?;
    let client = testtrack::Client::from_runtime(rt);
    Ok(Tracker::new(client.login("Demo", "ada", "ada-secret")?))
}

fn upload(url: &str, file: &std::path::Path, sessions: usize, counts: &Counts) -> (UploadReport, f64) {
    let tt = login(url, counts).unwrap();
    let start = Instant::now();
    let url2 = url.to_string();
    let c2 = counts.clone();
    let r = Upload::new(&tt)
        .run_set("Build 1")
        .sessions(sessions, move || login(&url2, &c2))
        .run(JunitReader::open(file).unwrap())
        .unwrap();
    (r, start.elapsed().as_secs_f64())
}

fn peak_kib() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

fn main() {
    let n: usize = std::env::var("BENCH_RESULTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let dir = std::env::temp_dir().join(format!("tt-upload-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("junit.xml");
    write_report(&file, n);
    let with_event = (0..n).filter(|i| i % 100 % 20 != 1).count() as f64;
    let min_first = (3.0 * n as f64 + 2.0 * with_event) / n as f64;
    println!("{n} results ({} with an outcome event), batches of 200", with_event as usize);
    println!("| sessions | upload | wall s | results/s | SOAP calls | calls/result | API minimum/result | retried | not recorded |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for sessions in [1, 4] {
        let emu = Emulator::builder().max_sessions(64).start().unwrap();
        let url = emu.url();
        for (label, min) in [("first", min_first), ("again", 2.0 / 200.0)] {
            let counts: Counts = Arc::default();
            let (r, secs) = upload(&url, &file, sessions, &counts);
            let calls: u64 = counts.lock().unwrap().values().sum();
            println!(
                "| {sessions} | {label} | {secs:.2} | {:.0} | {calls} | {:.3} | {min:.3} | {} | {} |",
                n as f64 / secs,
                calls as f64 / n as f64,
                r.retried,
                r.not_recorded.len()
            );
            if std::env::var_os("BENCH_VERBOSE").is_some() {
                println!("  calls by operation: {:?}", counts.lock().unwrap());
            }
        }
        emu.stop();
    }
    println!("peak resident memory (this process, emulator included): {}", peak_kib());
    std::fs::remove_dir_all(&dir).unwrap();
}
