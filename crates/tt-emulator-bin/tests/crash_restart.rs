//! Durable state under SIGKILL: the `tt-emulator` binary runs with `--state FILE` under a
//! 32-session load (adds, edit+save, attachments) and is killed with SIGKILL at a random
//! moment, 20 times, each time restarted on the same file. Afterwards every add and save a
//! client saw acknowledged is there, and every stored defect is whole: the token in its
//! summary matches its workaround, and its attachments are exactly those of the saves up to
//! the stored one, each holding its own token.
//!
//! `CRASH_SEED=N` replays the kill timings of a run (the seed is printed).
#![cfg(unix)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use testtrack::types::{CDefect, CFileAttachment, CReportedByRecord, CTableColumn};
use ttsoap::Bytes;

const ROUNDS: usize = 20;
const SESSIONS: usize = 32;

/// One add or save, as its client saw it.
#[derive(Debug, Clone)]
struct Op {
    /// The defect's record id (unknown for an add that got no answer).
    record_id: Option<i64>,
    /// The token the add or save wrote (summary `crash TOKEN`, workaround `TOKEN`, and an
    /// attachment `TOKEN.txt` holding `TOKEN`).
    token: String,
    /// The client got the success answer.
    acked: bool,
}

/// The adds and saves of one defect, in order.
#[derive(Debug, Default, Clone)]
struct Chain {
    ops: Vec<Op>,
}

struct Emulator {
    child: Child,
    url: String,
}

fn start(bin: &Path, file: &Path, log: &Path) -> Emulator {
    let err = std::fs::File::create(log).unwrap();
    let mut child = Command::new(bin)
        .args(["--listen", "127.0.0.1:0", "--max-sessions", "64", "--state"])
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(err)
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    if !line.starts_with("http://") {
        let status = child.wait().unwrap();
        panic!("the emulator did not start ({status}): {}", std::fs::read_to_string(log).unwrap_or_default());
    }
    Emulator { child, url: line.trim().to_string() }
}

/// SIGKILL, then reap.
fn kill(mut e: Emulator) {
    e.child.kill().unwrap();
    e.child.wait().unwrap();
}

fn tok(round: usize, thread: usize, n: usize) -> String {
    format!("r{round}t{thread}n{n}")
}

fn attachment(token: &str) -> CFileAttachment {
    CFileAttachment {
        m_str_file_name: Some(format!("{token}.txt")),
        m_p_file_data: Some(Bytes(token.as_bytes().to_vec())),
        ..Default::default()
    }
}

/// One client: adds a defect, saves it twice with new tokens and attachments, again and
/// again, until the emulator is gone.
fn worker(url: String, round: usize, thread: usize, stop: Arc<AtomicBool>) -> Vec<Chain> {
    let mut chains = Vec::new();
    let Ok(s) = testtrack::Client::new(&url).and_then(|c| c.login("Demo", "ada", "ada-secret")) else {
        return chains;
    };
    let mut n = 0;
    'outer: while !stop.load(Ordering::Relaxed) {
        n += 1;
        let token = tok(round, thread, n);
        let new = CDefect {
            summary: Some(format!("crash {token}")),
            workaround: Some(token.clone()),
            reportedbylist: vec![CReportedByRecord {
                foundby: Some("Lovelace, Ada".into()),
                attachmentlist: vec![attachment(&token)],
                ..Default::default()
            }],
            ..Default::default()
        };
        let mut chain = Chain::default();
        let id = match s.add_defect(new) {
            Ok(id) => id,
            Err(_) => {
                chain.ops.push(Op { record_id: None, token, acked: false });
                chains.push(chain);
                break;
            }
        };
        chain.ops.push(Op { record_id: Some(id), token, acked: true });
        for _ in 0..2 {
            n += 1;
            let token = tok(round, thread, n);
            let Ok(mut g) = s.edit_defect_by_record_id(id, false) else {
                chains.push(chain);
                break 'outer;
            };
            g.summary = Some(format!("crash {token}"));
            g.workaround = Some(token.clone());
            g.reportedbylist[0].attachmentlist.push(attachment(&token));
            let acked = g.save().is_ok();
            chain.ops.push(Op { record_id: Some(id), token, acked });
            if !acked {
                chains.push(chain);
                break 'outer;
            }
        }
        chains.push(chain);
    }
    chains
}

/// A small xorshift for the kill timings (reproducible with `CRASH_SEED`).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[derive(Debug, Default)]
struct Counts {
    acked_adds: usize,
    acked_saves: usize,
    found_acked: usize,
    in_flight_appeared: usize,
    in_flight_absent: usize,
    defects_checked: usize,
}

/// Checks the chains against the running emulator.
fn verify(url: &str, chains: &[Chain], counts: &mut Counts, count_ops: bool) {
    let s = testtrack::Client::new(url).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    let cols: Vec<CTableColumn> =
        ["Record ID", "Summary", "Workaround"].iter().map(|c| CTableColumn { name: Some((*c).into()) }).collect();
    let list = s.get_record_list_for_table("Defect", "", cols).unwrap();
    let mut by_id: HashMap<i64, String> = HashMap::new();
    let mut by_token: HashMap<String, i64> = HashMap::new();
    for row in &list.records {
        let v: Vec<String> = row.row.iter().map(|d| d.value.clone().unwrap_or_default()).collect();
        let Some(token) = v[1].strip_prefix("crash ") else { continue };
        // Whole, never half-written: the summary's token is the workaround's.
        assert_eq!(token, v[2], "a defect written in part: {v:?}");
        let id: i64 = v[0].parse().unwrap();
        by_id.insert(id, token.to_string());
        by_token.insert(token.to_string(), id);
        counts.defects_checked += 1;
    }
    for chain in chains {
        let last_acked = chain.ops.iter().rposition(|o| o.acked);
        let id = chain.ops[0].record_id.or_else(|| by_token.get(&chain.ops[0].token).copied());
        let stored = id.and_then(|id| by_id.get(&id));
        let at = stored.and_then(|t| chain.ops.iter().position(|o| &o.token == t));
        match (last_acked, at) {
            (Some(a), Some(i)) => assert!(i >= a, "an acknowledged save was lost: {chain:?}, stored {stored:?}"),
            (Some(_), None) => panic!("an acknowledged defect is gone or holds a foreign token: {chain:?} {stored:?}"),
            (None, Some(_)) | (None, None) => {}
        }
        if count_ops {
            for (k, op) in chain.ops.iter().enumerate() {
                match (op.acked, k == 0) {
                    (true, true) => counts.acked_adds += 1,
                    (true, false) => counts.acked_saves += 1,
                    (false, _) => {}
                }
                if op.acked {
                    counts.found_acked += 1;
                } else if at.is_some_and(|i| i >= k) {
                    counts.in_flight_appeared += 1;
                } else {
                    counts.in_flight_absent += 1;
                }
            }
        }
        // Attachments: exactly one per add or save up to the stored one, each with its token.
        if let (Some(id), Some(i)) = (id, at) {
            let d = s.get_defect_by_record_id(id, true).unwrap();
            let files: Vec<(String, Vec<u8>)> = d.reportedbylist[0]
                .attachmentlist
                .iter()
                .map(|a| (a.m_str_file_name.clone().unwrap_or_default(), a.m_p_file_data.clone().unwrap_or_default().0))
                .collect();
            let want: Vec<(String, Vec<u8>)> =
                chain.ops[..=i].iter().map(|o| (format!("{}.txt", o.token), o.token.as_bytes().to_vec())).collect();
            assert_eq!(files, want, "defect {id}");
        }
    }
    s.logoff().unwrap();
}

#[test]
fn acknowledged_saves_survive_sigkill() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_tt-emulator"));
    let dir = std::env::temp_dir().join(format!("tt-emulator-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (file, log) = (dir.join("state.db"), dir.join("stderr.log"));
    let seed = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1
    });
    println!("crash_restart: CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let mut all: Vec<Chain> = Vec::new();
    let mut counts = Counts::default();
    let mut emu = start(&bin, &file, &log);
    for round in 0..ROUNDS {
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..SESSIONS)
            .map(|t| {
                let (url, stop) = (emu.url.clone(), stop.clone());
                std::thread::spawn(move || worker(url, round, t, stop))
            })
            .collect();
        // Somewhere between the first logons and a few hundred operations.
        std::thread::sleep(Duration::from_millis(30 + rng.next() % 600));
        kill(emu);
        stop.store(true, Ordering::Relaxed);
        let chains: Vec<Chain> = workers.into_iter().flat_map(|w| w.join().unwrap()).collect();
        emu = start(&bin, &file, &log);
        verify(&emu.url, &chains, &mut counts, true);
        all.extend(chains);
    }
    // Everything acknowledged in any round is still there after all the restarts.
    let mut again = Counts::default();
    verify(&emu.url, &all, &mut again, false);
    kill(emu);
    std::fs::remove_dir_all(&dir).unwrap();
    println!(
        "crash_restart: {ROUNDS} SIGKILLs under {SESSIONS} sessions: {} acknowledged adds and {} acknowledged \
         saves, all {} found after restarts; in flight at a kill: {} appeared whole, {} did not appear; \
         {} stored defects checked whole at the end",
        counts.acked_adds,
        counts.acked_saves,
        counts.found_acked,
        counts.in_flight_appeared,
        counts.in_flight_absent,
        again.defects_checked
    );
    assert!(counts.acked_adds + counts.acked_saves > 0, "the load made no progress");
}
