//! Test-job workers against the emulator: many workers share one queue of test runs; every
//! job they can take is run once and reported; mismatches are never taken; expired leases
//! are taken over; `stop` waits for the job in progress.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use tt_emulator::{Emulator, EmulatorHandle, Seed};
use tt_records::worker::{
    try_claim, try_claim_after_doubt, Claim, Job, Outcome, ServerClock, Skipped, Verdict, Worker, WorkerConfig,
};
use tt_records::{RecordKey, Tracker};

const PROJECT: &str = "Jobs";
const RUN_SET: &str = "Nightly";

/// A job of the seed: (type, platform).
fn job_kind(i: usize) -> (&'static str, &'static str) {
    let types = ["unit", "ui", "perf", "gpu"];
    let platforms = ["linux-x86_64", "windows-x86_64", "", "linux", "macos-aarch64"];
    (types[i % 4], platforms[(i / 4) % 5])
}

/// The demo's users and test-run workflow, a project with the custom test-run fields
/// "Job Type" and "Platform", and `n` runs in the run set (plus two in another set).
fn seed(n: usize) -> Seed {
    let demo: serde_json::Value = serde_json::from_str(tt_emulator::seed::DEMO_SEED_JSON).unwrap();
    let workflow = demo["projects"][0]["workflows"]["Test Run"].clone();
    let mut records = Vec::new();
    for i in 0..n {
        let (ty, platform) = job_kind(i);
        records.push(json!({
            "table": "Test Run",
            "fields": {"Summary": format!("job {i} {ty} {platform}"), "Test Run Set": RUN_SET, "Created By": "Lovelace, Ada"},
            "custom": {"Job Type": ty, "Platform": platform},
        }));
    }
    for i in 0..2 {
        records.push(json!({
            "table": "Test Run",
            "fields": {"Summary": format!("other set {i}"), "Test Run Set": "Weekly", "Created By": "Lovelace, Ada"},
            "custom": {"Job Type": "unit", "Platform": "linux"},
        }));
    }
    let users = demo["users"].clone();
    let v = json!({
        "users": users,
        "projects": [{
            "name": PROJECT,
            "workflows": {"Test Run": workflow},
            "custom_fields": {"Test Run": [
                {"name": "Job Type", "type": "string"},
                {"name": "Platform", "type": "string"},
            ]},
            "records": records,
        }],
    });
    Seed::from_json(&v.to_string()).unwrap()
}

fn emulator(n: usize) -> EmulatorHandle {
    Emulator::builder().seed(seed(n)).max_sessions(64).start().expect("start the emulator")
}

fn login(emu: &EmulatorHandle) -> Tracker {
    Tracker::login(&emu.url(), PROJECT, "ada", "ada-secret").expect("log on")
}

fn config(name: &str, types: &[&str], platform: &str) -> WorkerConfig {
    let mut c = WorkerConfig::new(RUN_SET);
    c.name = name.to_string();
    c.job_types = types.iter().map(|t| t.to_string()).collect();
    c.job_type_field = "Job Type".into();
    c.platform = platform.into();
    c.poll_interval = Duration::from_millis(50);
    c
}

/// The verdict the test handler gives run `number`.
fn verdict_for(number: i64) -> Verdict {
    match number {
        n if n % 11 == 0 => Verdict::FailedToRun, // the handler panics
        n if n % 5 == 0 => Verdict::Fail,
        n if n % 7 == 0 => Verdict::Block,
        _ => Verdict::Pass,
    }
}

type Calls = Arc<Mutex<HashMap<i64, Vec<String>>>>;

fn handler(
    calls: Calls,
    platform: &'static str,
    types: &'static [&'static str],
) -> impl FnMut(&Job) -> Outcome + Clone + Send {
    move |job: &Job| {
        calls.lock().unwrap().entry(job.number).or_default().push(job.worker.clone());
        assert!(types.contains(&job.job_type.as_str()), "{} took a {} job", job.worker, job.job_type);
        assert!(tt_records::worker::platform_matches(&job.platform, platform));
        match verdict_for(job.number) {
            Verdict::FailedToRun => panic!("handler exploded on run {}", job.number),
            Verdict::Fail => Outcome::fail(format!("run {} failed", job.number))
                .attach("debug.log", format!("tail of run {}", job.number)),
            Verdict::Block => Outcome::block("no device"),
            Verdict::Pass => Outcome::pass("ok"),
        }
    }
}

#[test]
fn eight_workers_share_one_queue() {
    const N: usize = 200;
    let emu = emulator(N);
    let calls: Calls = Arc::default();
    let fleet: [(&str, &'static [&'static str], &'static str); 8] = [
        ("w1", &["unit", "ui"], "linux-x86_64"),
        ("w2", &["unit", "ui"], "linux-x86_64"),
        ("w3", &["perf"], "linux-x86_64"),
        ("w4", &["unit", "perf"], "windows-x86_64"),
        ("w5", &["ui"], "windows-x86_64"),
        ("w6", &["unit", "ui", "perf"], "windows-x86_64"),
        ("w7", &["unit"], "linux-x86_64"),
        ("w8", &["ui", "perf"], "linux-aarch64"),
    ];
    let mut handles = Vec::new();
    for (name, types, platform) in fleet {
        let mut cfg = config(name, types, platform);
        cfg.exit_when_done = true;
        let url = emu.url();
        let w = Worker::with_login(cfg, move || Tracker::login(&url, PROJECT, "ada", "ada-secret"));
        handles.push(w.start(handler(calls.clone(), platform, types)).unwrap());
    }
    let finals: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    let takeable = |i: usize| {
        let (ty, p) = job_kind(i);
        fleet
            .iter()
            .any(|(_, types, platform)| types.contains(&ty) && tt_records::worker::platform_matches(p, platform))
    };
    let tt = login(&emu);
    let calls = calls.lock().unwrap();
    let mut expected_reported = 0;
    for i in 0..N {
        let number = i as i64 + 1;
        let r = tt.get("Test Run", number).unwrap();
        if takeable(i) {
            expected_reported += 1;
            let who = calls.get(&number).unwrap_or_else(|| panic!("run {number} ({:?}) was never run", job_kind(i)));
            assert_eq!(who.len(), 1, "run {number} ran {} times: {who:?}", who.len());
            let want = match verdict_for(number) {
                Verdict::Pass => "Passed",
                Verdict::Fail => "Failed",
                Verdict::Block | Verdict::FailedToRun => "Blocked",
            };
            assert_eq!(r.state(), Some(want), "run {number}");
            let events = r.events();
            let last = events.last().unwrap();
            assert_eq!(Claim::current(&events[..events.len() - 1], "Comment").unwrap().worker, who[0]);
            if verdict_for(number) == Verdict::FailedToRun {
                assert!(last.notes.as_deref().unwrap().contains("failed to run: the handler panicked"), "{last:?}");
            }
            if verdict_for(number) == Verdict::Fail {
                let a = r.attachments();
                assert_eq!(a.iter().filter(|a| a.file_name == "debug.log").count(), 1, "run {number}");
            }
        } else {
            assert!(!calls.contains_key(&number), "run {number} ({:?}) fits no worker but ran", job_kind(i));
            assert_eq!(r.state(), Some("Not Run"));
            assert!(r.events().is_empty(), "run {number} was claimed: {:?}", r.events());
        }
    }
    assert!(expected_reported > N / 2, "the seed should give most jobs to somebody");
    let reported: u64 = finals.iter().map(|s| s.counts.reported()).sum();
    let claimed: u64 = finals.iter().map(|s| s.counts.claimed).sum();
    assert_eq!(reported, expected_reported as u64);
    assert_eq!(claimed, expected_reported as u64);
    assert!(finals.iter().all(|s| s.counts.lost == 0 && s.current_job.is_none()));
    // Runs of another run set are not jobs.
    let other = tt.get("Test Run", N as i64 + 1).unwrap();
    assert_eq!(other.state(), Some("Not Run"));
    assert!(other.events().is_empty());
    // Every session logged off.
    assert_eq!(emu.sessions().len(), 1);
    drop(tt);
    emu.stop();
}

#[test]
fn an_expired_claim_is_taken_over_and_run_once_more() {
    let emu = emulator(4);
    let tt = login(&emu);
    // A worker claims run 1 (unit, linux-x86_64) with a short lease and dies. The lease is
    // kept in whole seconds, so a 1-second lease taken late in a second could expire before
    // the check below on a loaded machine: 5 seconds leaves room.
    let mut dead = config("dead", &["unit"], "linux-x86_64");
    dead.lease = Duration::from_secs(5);
    let job = try_claim(&tt, &dead, &ServerClock::default(), 1).unwrap().expect("claimed");
    assert_eq!(job.number, 1);
    drop(tt); // logs off: no lock is left, only the claim
    let calls: Calls = Arc::default();
    let mut cfg = config("heir", &["unit"], "linux-x86_64");
    cfg.exit_when_done = true;
    // While the lease holds, the run is not taken.
    let live = login(&emu);
    let skipped = try_claim(&live, &cfg, &ServerClock::default(), 1).unwrap().unwrap_err();
    assert!(matches!(skipped, tt_records::worker::Skipped::Claimed(ref c) if c.worker == "dead"), "{skipped:?}");
    std::thread::sleep(Duration::from_millis(6100));
    let status = Worker::new(cfg, live).run(handler(calls.clone(), "linux-x86_64", &["unit"])).unwrap();
    assert_eq!(calls.lock().unwrap().get(&1).map(Vec::len), Some(1));
    assert_eq!(status.counts.claimed, 1);
    let tt = login(&emu);
    let r = tt.get("Test Run", 1).unwrap();
    assert_eq!(r.state(), Some("Passed"));
    let claims: Vec<String> =
        r.events().iter().filter_map(|e| e.notes.as_deref().and_then(Claim::parse)).map(|c| c.worker).collect();
    assert_eq!(claims, ["dead", "heir"]);
    drop(tt);
    emu.stop();
}

#[test]
fn stop_returns_after_the_job_in_progress_is_reported() {
    let emu = emulator(8);
    let started = Arc::new(AtomicBool::new(false));
    let s2 = started.clone();
    let h = move |job: &Job| {
        s2.store(true, SeqCst);
        std::thread::sleep(Duration::from_millis(700));
        Outcome::pass(format!("slow {}", job.number))
    };
    let cfg = config("slow", &["unit", "ui", "perf"], "linux-x86_64");
    let handle = Worker::new(cfg, login(&emu)).start(h).unwrap();
    let t0 = Instant::now();
    while !started.load(SeqCst) {
        assert!(t0.elapsed() < Duration::from_secs(30), "no job started");
        std::thread::sleep(Duration::from_millis(10));
    }
    let running = handle.status();
    let current = running.current_job.clone().expect("a job in progress");
    let status = handle.stop().unwrap();
    assert_eq!(status.counts.claimed, 1, "stopped after the first job");
    assert_eq!(status.counts.passed, 1);
    assert!(status.current_job.is_none());
    assert_eq!(serde_json::to_value(&status).unwrap()["phase"], "stopped");
    let tt = login(&emu);
    let r = tt.get("Test Run", RecordKey::Number(current.number)).unwrap();
    assert_eq!(r.state(), Some("Passed"));
    // It logged off: only the checking session is left.
    assert_eq!(emu.sessions().len(), 1);
    drop(tt);
    emu.stop();
}

#[test]
fn a_timed_out_handler_is_reported_failed_to_run_and_the_worker_goes_on() {
    let emu = emulator(4);
    let calls: Calls = Arc::default();
    let c2 = calls.clone();
    let h = move |job: &Job| {
        let first = {
            let mut c = c2.lock().unwrap();
            c.entry(job.number).or_default().push(job.worker.clone());
            c.len() == 1
        };
        if first {
            while !job.cancel.is_cancelled() {
                std::thread::sleep(Duration::from_millis(10));
            }
            return Outcome::pass("cancelled, but says pass");
        }
        Outcome::pass("quick")
    };
    // Of the first four runs (unit, ui, perf, gpu; all linux-x86_64) this worker takes 1 and 2.
    let mut cfg = config("t", &["unit", "ui"], "linux-x86_64");
    cfg.job_timeout = Some(Duration::from_millis(300));
    cfg.exit_when_done = true;
    let status = Worker::new(cfg, login(&emu)).run(h).unwrap();
    assert_eq!(status.counts.failed_to_run, 1);
    assert_eq!(status.counts.passed, 1);
    let tt = login(&emu);
    let states: Vec<_> = (1..=2).map(|n| tt.get("Test Run", n).unwrap()).collect();
    let timed_out = states.iter().find(|r| r.state() == Some("Blocked")).expect("one blocked");
    assert!(timed_out.events().last().unwrap().notes.as_deref().unwrap().contains("timed out"));
    assert!(states.iter().any(|r| r.state() == Some("Passed")));
    drop(tt);
    emu.stop();
}

#[test]
fn a_result_is_reported_after_the_session_was_dropped_mid_job() {
    let emu = emulator(4);
    let release = Arc::new(AtomicBool::new(false));
    let started = Arc::new(AtomicBool::new(false));
    let (r2, s2) = (release.clone(), started.clone());
    let h = move |_: &Job| {
        s2.store(true, SeqCst);
        while !r2.load(SeqCst) {
            std::thread::sleep(Duration::from_millis(10));
        }
        Outcome::pass("after a long night")
    };
    let mut cfg = config("sleepy", &["unit"], "linux-x86_64");
    cfg.exit_when_done = true;
    let url = emu.url();
    let handle = Worker::with_login(cfg, move || Tracker::login(&url, PROJECT, "ada", "ada-secret")).start(h).unwrap();
    let t0 = Instant::now();
    while !started.load(SeqCst) {
        assert!(t0.elapsed() < Duration::from_secs(30), "no job started");
        std::thread::sleep(Duration::from_millis(10));
    }
    // The server drops the idle session (30 minutes of its time) while the job runs.
    emu.advance_clock(Duration::from_secs(31 * 60));
    release.store(true, SeqCst);
    let status = handle.join().unwrap();
    assert_eq!(status.counts.passed, 1, "{status:?}");
    assert!(status.counts.errors >= 1, "the dropped session was seen: {status:?}");
    let tt = login(&emu);
    assert_eq!(tt.get("Test Run", 1).unwrap().state(), Some("Passed"));
    drop(tt);
    emu.stop();
}

/// The result's save reaches the server but its answer does not reach the worker (held past
/// the client's timeout): the worker's second attempt finds its own result on the run and
/// counts it once, as passed, neither saving it twice nor calling it taken over.
#[test]
fn a_result_whose_answer_was_lost_is_counted_once() {
    let emu = Arc::new(emulator(4));
    let e2 = emu.clone();
    let h = move |_: &Job| {
        // The next saveTestRun is the report's.
        e2.inject_delay("saveTestRun", Duration::from_millis(2500), 1);
        Outcome::pass("answer lost")
    };
    let mut cfg = config("lossy", &["unit"], "linux-x86_64");
    cfg.exit_when_done = true;
    let log_on = impatient(emu.url(), Duration::from_secs(1));
    let status = Worker::with_login(cfg, log_on).start(h).unwrap().join().unwrap();
    assert!(status.counts.errors >= 1, "the timeout was seen: {status:?}");
    assert_eq!((status.counts.passed, status.counts.lost), (1, 0), "{status:?}");
    let tt = login(&emu);
    let run = tt.get("Test Run", 1).unwrap();
    assert_eq!(run.state(), Some("Passed"));
    let results: Vec<_> = run.events().iter().filter(|e| e.name == "Pass").map(|e| e.notes.clone()).collect();
    assert_eq!(results, vec![Some("answer lost".to_string())], "one result event");
    drop(tt);
    Arc::try_unwrap(emu).expect("the worker has ended").stop();
}

/// A worker whose session answers within `timeout`, on the emulator at `url`.
fn impatient(url: String, timeout: Duration) -> impl FnOnce() -> tt_records::Result<Tracker> + Send + 'static {
    move || {
        let client = ttsoap::Client::builder(url).timeout(timeout).build()?;
        Ok(Tracker::new(testtrack::Client::from_runtime(client).login(PROJECT, "ada", "ada-secret")?))
    }
}

/// Waits for a worker to end; after `limit` it is stopped (and the caller's assertions say
/// what it had not done), so a worker that would poll on forever fails the test, not hangs it.
fn join_within(handle: tt_records::worker::WorkerHandle, limit: Duration) -> tt_records::worker::WorkerStatus {
    let t0 = Instant::now();
    while !handle.is_finished() && t0.elapsed() < limit {
        std::thread::sleep(Duration::from_millis(20));
    }
    if !handle.is_finished() {
        handle.control().stop();
    }
    handle.join().unwrap()
}

/// The claims on `run`: (worker, lease end) in order, and the server's time of each.
fn claims_on(tt: &Tracker, run: i64) -> Vec<(Claim, i64)> {
    let r = tt.get("Test Run", run).unwrap();
    r.events()
        .iter()
        .filter_map(|e| {
            let c = e.notes.as_deref().and_then(Claim::parse)?;
            Some((c, ttsoap::DateTime::parse(e.date.as_deref()?).ok()?.to_unix()))
        })
        .collect()
}

#[test]
fn only_a_claim_in_doubt_is_taken_again_by_its_own_worker() {
    let emu = emulator(4);
    let tt = login(&emu);
    let clock = ServerClock::default();
    let w = config("w", &["unit"], "linux-x86_64");
    let job = try_claim(&tt, &w, &clock, 1).unwrap().expect("claimed");
    // A worker that knows of no lost answer (another process under the same name, a second
    // look) does not take a run its name holds...
    let again = try_claim(&tt, &w, &clock, 1).unwrap().unwrap_err();
    assert!(matches!(again, Skipped::Claimed(ref c) if c.worker == "w"), "{again:?}");
    // ...nor does any other worker after a doubt of its own...
    let other = config("other", &["unit"], "linux-x86_64");
    let theirs = try_claim_after_doubt(&tt, &other, &clock, 1).unwrap().unwrap_err();
    assert!(matches!(theirs, Skipped::Claimed(ref c) if c.worker == "w"), "{theirs:?}");
    // ...while the worker whose claim answer was lost takes it under a fresh claim.
    let retaken = try_claim_after_doubt(&tt, &w, &clock, 1).unwrap().expect("taken again");
    assert_eq!((retaken.record_id, retaken.worker.as_str()), (job.record_id, "w"));
    let workers: Vec<String> = claims_on(&tt, 1).into_iter().map(|(c, _)| c.worker).collect();
    assert_eq!(workers, ["w", "w"]);
    drop(tt);
    emu.stop();
}

#[test]
fn a_claim_whose_answer_was_lost_is_taken_again_at_once() {
    let emu = emulator(4);
    // The first saveTestRun is the claim's: it reaches the server 2.5 s after a 1 s timeout.
    emu.inject_delay("saveTestRun", Duration::from_millis(2500), 1);
    let calls: Calls = Arc::default();
    let mut cfg = config("lossy", &["unit"], "linux-x86_64");
    cfg.exit_when_done = true;
    // Without taking its own claim again, the worker would wait out this lease.
    cfg.lease = Duration::from_secs(3600);
    let worker = Worker::with_login(cfg, impatient(emu.url(), Duration::from_secs(1)));
    let handle = worker.start(handler(calls.clone(), "linux-x86_64", &["unit"])).unwrap();
    let status = join_within(handle, Duration::from_secs(60));
    assert!(status.counts.errors >= 1, "the timeout was seen: {status:?}");
    assert_eq!(calls.lock().unwrap().get(&1).map(Vec::len), Some(1), "the job ran once");
    assert_eq!((status.counts.claimed, status.counts.passed, status.counts.lost), (1, 1, 0), "{status:?}");
    let tt = login(&emu);
    assert_eq!(tt.get("Test Run", 1).unwrap().state(), Some("Passed"));
    let workers: Vec<String> = claims_on(&tt, 1).into_iter().map(|(c, _)| c.worker).collect();
    assert_eq!(workers, ["lossy", "lossy"], "the lost claim and the one the job ran under");
    drop(tt);
    emu.stop();
}

#[test]
fn a_job_whose_result_the_server_refused_waits_out_its_lease() {
    let emu = Arc::new(emulator(4));
    let e2 = emu.clone();
    let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let c2 = calls.clone();
    let h = move |_: &Job| {
        if c2.fetch_add(1, SeqCst) == 0 {
            // The next saveTestRun is the first report's: refused for good (not retried).
            e2.inject_fault("saveTestRun", tt_emulator::faults::fault(16, "General error"), 1);
        }
        Outcome::pass("second time lucky")
    };
    let mut cfg = config("refused", &["unit"], "linux-x86_64");
    cfg.exit_when_done = true;
    cfg.lease = Duration::from_secs(4);
    let url = emu.url();
    let handle = Worker::with_login(cfg, move || Tracker::login(&url, PROJECT, "ada", "ada-secret")).start(h).unwrap();
    let status = join_within(handle, Duration::from_secs(60));
    assert_eq!(calls.load(SeqCst), 2, "run again once its lease ran out: {status:?}");
    assert_eq!((status.counts.passed, status.counts.lost), (1, 0), "{status:?}");
    assert!(status.counts.errors >= 1, "{status:?}");
    let tt = login(&emu);
    let claims = claims_on(&tt, 1);
    assert_eq!(claims.len(), 2, "{claims:?}");
    // In server time, whole seconds: the second claim came when the first lease had run out
    // (the worker's estimate of the server's clock may be a second off), not at once.
    let (first, second_at) = (&claims[0].0, claims[1].1);
    assert!(second_at >= first.until - 1, "claimed again at {second_at}, lease until {}", first.until);
    let passes = tt.get("Test Run", 1).unwrap().events().iter().filter(|e| e.name == "Pass").count();
    assert_eq!(passes, 1);
    drop(tt);
    Arc::try_unwrap(emu).expect("the worker has ended").stop();
}

/// The server restarts (same state file, same address) while four workers are busy: every
/// job still ends with exactly one result, as its handler decided, and none is run twice.
#[test]
fn a_server_restart_mid_run_loses_no_result() {
    const N: usize = 48;
    let dir = std::env::temp_dir().join(format!("tt-worker-restart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let state = dir.join("state.sqlite");
    let _ = std::fs::remove_file(&state);
    let start = |addr: Option<std::net::SocketAddr>| {
        let mut b = Emulator::builder().seed(seed(N)).max_sessions(64).state_file(&state);
        if let Some(addr) = addr {
            b = b.listen(addr);
        }
        b.start().expect("start the emulator")
    };
    let emu = start(None);
    let addr = emu.addr();
    let url = emu.url();
    let calls: Calls = Arc::default();
    let types: &'static [&'static str] = &["unit", "ui", "perf", "gpu"];
    let mut handles = Vec::new();
    for name in ["r1", "r2", "r3", "r4"] {
        let mut cfg = config(name, types, "linux-x86_64");
        cfg.exit_when_done = true;
        let url = url.clone();
        let calls = calls.clone();
        let h = move |job: &Job| {
            calls.lock().unwrap().entry(job.number).or_default().push(job.worker.clone());
            std::thread::sleep(Duration::from_millis(30));
            match verdict_for(job.number) {
                Verdict::Fail => Outcome::fail("failed"),
                Verdict::Block | Verdict::FailedToRun => Outcome::block("no device"),
                Verdict::Pass => Outcome::pass("ok"),
            }
        };
        handles.push(
            Worker::with_login(cfg, move || Tracker::login(&url, PROJECT, "ada", "ada-secret")).start(h).unwrap(),
        );
    }
    // Restart once a third of the jobs have been handed out.
    let t0 = Instant::now();
    while calls.lock().unwrap().len() < N / 3 {
        assert!(t0.elapsed() < Duration::from_secs(60), "the workers did not start");
        std::thread::sleep(Duration::from_millis(5));
    }
    emu.stop();
    std::thread::sleep(Duration::from_millis(300));
    let emu = start(Some(addr));
    let finals: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    let takeable = |i: usize| tt_records::worker::platform_matches(job_kind(i).1, "linux-x86_64");
    let tt = login(&emu);
    let calls = calls.lock().unwrap();
    for i in (0..N).filter(|&i| takeable(i)) {
        let number = i as i64 + 1;
        let who = calls.get(&number).unwrap_or_else(|| panic!("run {number} was never run"));
        assert_eq!(who.len(), 1, "run {number} ran {} times: {who:?}", who.len());
        let r = tt.get("Test Run", number).unwrap();
        let want = match verdict_for(number) {
            Verdict::Pass => "Passed",
            Verdict::Fail => "Failed",
            Verdict::Block | Verdict::FailedToRun => "Blocked",
        };
        assert_eq!(r.state(), Some(want), "run {number}");
        let results = r.events().iter().filter(|e| e.name != "Comment").count();
        assert_eq!(results, 1, "run {number}: {:?}", r.events());
    }
    assert!(finals.iter().all(|s| s.counts.lost == 0), "{finals:?}");
    drop(tt);
    emu.stop();
    let _ = std::fs::remove_dir_all(&dir);
}
