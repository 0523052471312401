//! Load: 32 concurrent sessions doing 500 mixed operations each (get, list, edit+save with
//! contention on a few hot records). Checked by counts, not times: no lost update (every
//! successful save's increment is there), no deadlock (a watchdog), no lock or session left
//! behind. The throughput is printed (run with `--nocapture` to see it), not asserted.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use common::*;
use testtrack::types::CTableColumn;
use ttsoap::edit::EditAttempt;

const SESSIONS: usize = 32;
const OPS: usize = 500;
const HOT: i64 = 4; // defects 1..=4

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

struct Done(mpsc::Sender<usize>, usize);

impl Drop for Done {
    fn drop(&mut self) {
        let _ = self.0.send(self.1);
    }
}

#[derive(Default)]
struct Counts {
    gets: AtomicU64,
    lists: AtomicU64,
    saves: AtomicU64,
    cancels: AtomicU64,
    contended: AtomicU64,
    calls: AtomicU64,
    per_defect: [AtomicU64; HOT as usize],
}

#[test]
fn thirty_two_sessions_five_hundred_ops_each() {
    let h = builder().max_sessions(SESSIONS).start().unwrap();
    let base: Vec<i64> = {
        let s = ada(&h);
        (1..=HOT).map(|n| s.get_defect(n, "", false).unwrap().storypoints.unwrap_or(0)).collect()
    };
    let counts = Arc::new(Counts::default());
    let (done_tx, done_rx) = mpsc::channel();
    let started = Instant::now();
    let users = [("ada", "ada-secret"), ("alan", "alan-secret"), ("grace", "grace-secret")];
    let mut threads = Vec::new();
    for t in 0..SESSIONS {
        let (url, counts, done) = (h.url(), counts.clone(), done_tx.clone());
        let (user, pw) = users[t % users.len()];
        threads.push(std::thread::spawn(move || {
            // Reports the end of this session even if it panics, so the watchdog never waits
            // for a thread that is gone.
            let _done = Done(done, t);
            let c = testtrack::Client::new(&url).unwrap();
            let s = c.login("Demo", user, pw).unwrap();
            counts.calls.fetch_add(2, Ordering::Relaxed);
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (t as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
            for _ in 0..OPS {
                let n = rng.below(HOT as u64) as i64 + 1;
                match rng.below(10) {
                    0..=3 => {
                        let d = s.get_defect(n, "", false).unwrap();
                        assert_eq!(d.defectnumber, Some(n));
                        counts.gets.fetch_add(1, Ordering::Relaxed);
                        counts.calls.fetch_add(1, Ordering::Relaxed);
                    }
                    4..=5 => {
                        let cols = vec![
                            CTableColumn { name: Some("Number".into()) },
                            CTableColumn { name: Some("Story Points".into()) },
                            CTableColumn { name: Some("Is Locked".into()) },
                        ];
                        let l = s.get_record_list_for_table("Defect", "", cols).unwrap();
                        assert_eq!(l.records.len(), HOT as usize);
                        counts.lists.fetch_add(1, Ordering::Relaxed);
                        counts.calls.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {
                        counts.calls.fetch_add(1, Ordering::Relaxed);
                        match s.try_edit_defect(n, "", false).unwrap() {
                            EditAttempt::Locked(mut d) => {
                                counts.calls.fetch_add(1, Ordering::Relaxed);
                                if rng.below(20) == 0 {
                                    d.cancel().unwrap();
                                    counts.cancels.fetch_add(1, Ordering::Relaxed);
                                } else {
                                    d.storypoints = Some(d.storypoints.unwrap_or(0) + 1);
                                    d.reference = Some(format!("t{t}"));
                                    d.save().unwrap();
                                    counts.saves.fetch_add(1, Ordering::Relaxed);
                                    counts.per_defect[(n - 1) as usize].fetch_add(1, Ordering::Relaxed);
                                }
                            }
                            EditAttempt::LockedElsewhere(f) => {
                                assert_eq!(f.detail_code(), Some(22));
                                counts.contended.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                }
            }
            s.logoff().unwrap();
            counts.calls.fetch_add(1, Ordering::Relaxed);
        }));
    }
    drop(done_tx);
    // Watchdog: every session must finish; a deadlock fails the test instead of hanging it.
    for _ in 0..SESSIONS {
        done_rx.recv_timeout(Duration::from_secs(240)).expect("a session did not finish: deadlock?");
    }
    for t in threads {
        t.join().expect("a session thread panicked");
    }
    let elapsed = started.elapsed();

    let c = &counts;
    let ops = c.gets.load(Ordering::Relaxed)
        + c.lists.load(Ordering::Relaxed)
        + c.saves.load(Ordering::Relaxed)
        + c.cancels.load(Ordering::Relaxed)
        + c.contended.load(Ordering::Relaxed);
    assert_eq!(ops, (SESSIONS * OPS) as u64, "every operation was done");
    assert!(c.saves.load(Ordering::Relaxed) > 0 && c.contended.load(Ordering::Relaxed) > 0, "there was contention");
    // No lost update: each successful save incremented its defect once.
    let s = ada(&h);
    for n in 1..=HOT {
        let got = s.get_defect(n, "", false).unwrap().storypoints.unwrap_or(0);
        let saved = c.per_defect[(n - 1) as usize].load(Ordering::Relaxed) as i64;
        assert_eq!(got, base[(n - 1) as usize] + saved, "defect {n}: lost updates");
    }
    s.logoff().unwrap();
    assert!(h.locks().is_empty(), "locks left behind: {:?}", h.locks());
    assert!(h.sessions().is_empty(), "sessions left behind");
    let calls = c.calls.load(Ordering::Relaxed);
    println!(
        "load: {SESSIONS} sessions x {OPS} ops = {ops} ops ({} gets, {} lists, {} saves, {} cancels, {} contended) \
         in {:.2} s: {:.0} ops/s, {:.0} SOAP calls/s",
        c.gets.load(Ordering::Relaxed),
        c.lists.load(Ordering::Relaxed),
        c.saves.load(Ordering::Relaxed),
        c.cancels.load(Ordering::Relaxed),
        c.contended.load(Ordering::Relaxed),
        elapsed.as_secs_f64(),
        ops as f64 / elapsed.as_secs_f64(),
        calls as f64 / elapsed.as_secs_f64(),
    );
}
