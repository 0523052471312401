//! Per-call overhead of our client against the floor, alternating in one process against the
//! keep-alive emulator on loopback:
//!
//! - `typed`: `getDefect` through a session (encode, transport, decode);
//! - `raw`: a POST of the identical request bytes on the same transport (no encode or decode);
//! - `floor`: the same POST on a plain ureq agent with per-phase timeouts and no deadline,
//!   the cheapest way ureq can send it.
//!
//! Each round runs the three in turn and the report gives the median of the per-round ratios,
//! so the machine's speed drifting between seconds does not bias one side. With `strace` on
//! PATH it also counts the client's system calls per call in each mode, each mode in a child
//! process of this bench talking to the emulator in this one.
//!
//! With `valgrind` on PATH it also counts the client's instructions per call in each mode
//! (callgrind, the same child processes run twice with different numbers of calls, so that
//! start-up and login cancel out): a figure that does not depend on what else the machine is
//! doing, for before-and-after comparisons. `BENCH_CALLGRIND=0` skips it.
//!
//! `cargo bench -p ttsoap-tests --bench client_overhead` (`BENCH_RUNS`, `BENCH_CALLS` set the
//! rounds and calls per round). Printed, not asserted.

use std::process::Command;
use std::time::{Duration, Instant};

use testtrack::ops::GetDefect;
use ttsoap::Operation;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The three ways of making the call, each `calls` times.
struct Modes {
    session: testtrack::Session,
    transport: ttsoap::transport::Transport,
    floor: ureq::Agent,
    url: String,
    request: Vec<u8>,
}

impl Modes {
    fn new(url: &str) -> Modes {
        let client = testtrack::Client::new(url).expect("client");
        let session = client.login("Demo", "ada", "ada-secret").expect("login");
        let op = GetDefect { cookie: session.cookie(), defect_number: 1, ..Default::default() };
        let request = ttsoap::envelope::write_request(&op).expect("encode getDefect");
        let transport = session.runtime().client().transport().clone();
        let floor: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_send_request(Some(Duration::from_secs(30)))
            .timeout_recv_response(Some(Duration::from_secs(30)))
            .timeout_recv_body(Some(Duration::from_secs(30)))
            .build()
            .into();
        let url = transport.endpoint().as_str().to_string();
        Modes { session, transport, floor, url, request }
    }

    fn run(&self, mode: &str, calls: usize) -> Duration {
        let start = Instant::now();
        for _ in 0..calls {
            match mode {
                "typed" => {
                    let d = self.session.get_defect(1, "", false).expect("getDefect");
                    std::hint::black_box(d);
                }
                "raw" => {
                    let r = self.transport.post(GetDefect::SOAP_ACTION, &self.request).expect("raw POST");
                    assert_eq!(r.status, 200);
                    std::hint::black_box(r);
                }
                _ => {
                    let r = self
                        .floor
                        .post(&self.url)
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", format!("\"{}\"", GetDefect::SOAP_ACTION))
                        .send(&self.request[..])
                        .expect("floor POST");
                    let body = r.into_body().read_to_vec().expect("body");
                    std::hint::black_box(body);
                }
            }
        }
        start.elapsed()
    }
}

const MODES: [&str; 3] = ["typed", "raw", "floor"];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // A child run for strace: one mode against the parent's emulator.
    if let (Ok(url), Ok(mode)) = (std::env::var("BENCH_URL"), std::env::var("BENCH_ONLY")) {
        let modes = Modes::new(&url);
        modes.run(&mode, 20);
        let calls = env_or("BENCH_CALLS", 2_000);
        println!("{mode}: {calls} calls in {:?}", modes.run(&mode, calls));
        return;
    }
    let emu = tt_emulator::Emulator::builder().rng_seed(1).start().expect("start emulator");
    let modes = Modes::new(&emu.url());
    let (runs, calls) = (env_or("BENCH_RUNS", 15), env_or("BENCH_CALLS", 500));
    for m in MODES {
        modes.run(m, 50);
    }
    let mut rates: Vec<Vec<f64>> = vec![Vec::new(); 3];
    for _ in 0..runs {
        for (i, m) in MODES.iter().enumerate() {
            rates[i].push(calls as f64 / modes.run(m, calls).as_secs_f64());
        }
    }
    let ratio = |a: usize, b: usize| median(rates[a].iter().zip(&rates[b]).map(|(x, y)| x / y).collect());
    println!("getDefect against the emulator, {runs} rounds of {calls} calls per mode, alternating:");
    for (i, m) in MODES.iter().enumerate() {
        println!("  {m:>5}: {:>6.0} calls/s (median)", median(rates[i].clone()));
    }
    println!("  typed/floor {:.2}x   raw/floor {:.2}x   typed/raw {:.2}x", ratio(0, 2), ratio(1, 2), ratio(0, 1));

    count_instructions(&emu.url());
    if Command::new("strace").arg("-V").output().is_err() {
        println!("(strace not found: system calls per call not counted; `apt-get install strace` adds it)");
        return;
    }
    let exe = std::env::current_exe().expect("bench path");
    let strace_calls = 2_000;
    for m in MODES {
        let out = std::env::temp_dir().join(format!("client_overhead-{m}-{}.strace", std::process::id()));
        let status = Command::new("strace")
            .args(["-f", "-c", "-o"])
            .arg(&out)
            .arg(&exe)
            .env("BENCH_URL", emu.url())
            .env("BENCH_ONLY", m)
            .env("BENCH_CALLS", strace_calls.to_string())
            .output();
        let summary = std::fs::read_to_string(&out).unwrap_or_default();
        let _ = std::fs::remove_file(&out);
        // The last line of `strace -c` is "100.00 … total"; its calls column is the fourth.
        let total =
            summary.lines().last().and_then(|l| l.split_whitespace().nth(3)).and_then(|n| n.parse::<f64>().ok());
        match (status, total) {
            (Ok(s), Some(t)) if s.status.success() => {
                let clones = summary
                    .lines()
                    .filter(|l| l.contains("clone"))
                    .filter_map(|l| l.split_whitespace().nth(3)?.parse::<f64>().ok())
                    .fold(0.0, |a, b| a + b);
                println!(
                    "  {m:>5}: {:.1} system calls per call ({:.2} thread clones per call), strace -f -c over {strace_calls} calls",
                    t / (strace_calls + 20) as f64,
                    clones / (strace_calls + 20) as f64
                );
            }
            _ => println!("  {m:>5}: strace run failed"),
        }
    }
}

/// Instructions the client executes per call in each mode, from two callgrind runs of a child
/// process (200 and 1,200 calls): the difference divided by 1,000.
fn count_instructions(url: &str) {
    if std::env::var("BENCH_CALLGRIND").is_ok_and(|v| v == "0") {
        return;
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("(valgrind not found: instructions per call not counted)");
        return;
    }
    let exe = std::env::current_exe().expect("bench path");
    let run = |mode: &str, calls: usize| -> Option<f64> {
        let out = std::env::temp_dir().join(format!("client_overhead-{mode}-{calls}-{}.cg", std::process::id()));
        let status = Command::new("valgrind")
            .args(["--tool=callgrind", "--trace-children=no"])
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(&exe)
            .env("BENCH_URL", url)
            .env("BENCH_ONLY", mode)
            .env("BENCH_CALLS", calls.to_string())
            .output()
            .ok()?;
        let text = std::fs::read_to_string(&out).unwrap_or_default();
        let _ = std::fs::remove_file(&out);
        if !status.status.success() {
            return None;
        }
        // callgrind writes the whole run's count as `summary: N` (older versions: `totals:`).
        text.lines()
            .find_map(|l| l.strip_prefix("summary:").or_else(|| l.strip_prefix("totals:")))
            .and_then(|n| n.trim().parse::<f64>().ok())
    };
    let (few, many) = (200, 1_200);
    for m in MODES {
        match (run(m, few), run(m, many)) {
            (Some(a), Some(b)) => println!(
                "  {m:>5}: {:.0} client instructions per call (callgrind, {many} calls minus {few})",
                (b - a) / (many - few) as f64
            ),
            _ => println!("  {m:>5}: callgrind run failed"),
        }
    }
}
