//! Randomized soak of edit locks against the emulator: edit sessions that save, cancel,
//! panic, fail in the closure, fail to save, lose or cut answers on the wire (through a
//! loopback proxy), change the record id, meet a lock held by someone else, and live through a
//! server restart. After every session the emulator's lock table must be empty.
//!
//! `cargo test` runs 300 sessions; `SOAK_ROUNDS=10000 cargo test -p tt-emulator --test soak
//! -- --nocapture` runs the long one. `SOAK_SEED=n` repeats a run (the seed is printed).

mod common;
mod proxy;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use proxy::{Action, Proxy};
use testtrack::client::Session;
use tt_emulator::EmulatorHandle;
use tt_emulator::SplitMix64;
use ttsoap::edit::EditOutcome;
use ttsoap::Error;

/// The injected cases, one per edit session.
const CASES: &[&str] = &[
    "guard save",
    "closure save",
    "closure error",
    "closure panic",
    "guard panic",
    "guard dropped",
    "save refused (23)",
    "save fault injected",
    "edit answer lost",
    "save answer lost",
    "save cut before send",
    "cancel answer cut",
    "record id changed",
    "locked elsewhere",
    "server restart mid-edit",
];

struct World {
    h: EmulatorHandle,
    p: Proxy,
    ada: Session,
    alan: Session,
    /// Defect record ids by number 1..=3.
    ids: Vec<i64>,
}

impl World {
    fn start() -> World {
        let h = common::start();
        let p = Proxy::start(h.addr());
        let (ada, alan) = Self::logon(&h, &p);
        let ids = (1..=3).map(|n| ada.get_defect(n, "", false).unwrap().recordid).collect();
        World { h, p, ada, alan, ids }
    }

    fn logon(h: &EmulatorHandle, p: &Proxy) -> (Session, Session) {
        let ada = testtrack::Client::new(&p.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
        (ada, common::alan(h))
    }
}

fn rounds() -> usize {
    std::env::var("SOAK_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
}

fn seed() -> u64 {
    std::env::var("SOAK_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed_1e55)
}

fn pick<T: Copy>(rng: &mut SplitMix64, items: &[T]) -> T {
    items[(rng.next_u64() % items.len() as u64) as usize]
}

/// Picks a proxy action and counts it under `case`.
fn pick_action(rng: &mut SplitMix64, case: &str, seen: &mut BTreeMap<String, usize>) -> Action {
    let a = pick(rng, &Action::LOSING);
    *seen.entry(format!("{case}: {a:?}")).or_default() += 1;
    a
}

fn summary(round: usize) -> Option<String> {
    Some(format!("soak round {round}"))
}

#[test]
fn edit_sessions_never_leave_a_lock() {
    let (rounds, seed) = (rounds(), seed());
    println!("soak: {rounds} edit sessions, SOAK_SEED={seed}");
    let mut rng = SplitMix64::new(seed);
    let mut w = World::start();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut actions: BTreeMap<String, usize> = BTreeMap::new();
    // Panics are expected here; keep the output readable.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for round in 0..rounds {
        let case = pick(&mut rng, CASES);
        let number = 1 + (rng.next_u64() % 3) as i64;
        let id = w.ids[(number - 1) as usize];
        let by_id = rng.next_u64() & 1 == 0;
        *counts.entry(case).or_default() += 1;
        let outcome =
            catch_unwind(AssertUnwindSafe(|| run_case(&mut w, &mut rng, &mut actions, case, round, number, id, by_id)));
        let result = match outcome {
            Ok(r) => r,
            Err(_) if matches!(case, "closure panic" | "guard panic") => Ok(()),
            Err(p) => {
                std::panic::set_hook(hook);
                let msg =
                    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
                panic!("round {round} ({case}, seed {seed}): {}", msg.unwrap_or_default());
            }
        };
        if let Err(e) = result {
            *errors.entry(kind_of(&e)).or_default() += 1;
        }
        let locks = w.h.locks();
        if !locks.is_empty() {
            std::panic::set_hook(hook);
            panic!("round {round} ({case}, seed {seed}) left locks: {locks:?}");
        }
    }
    std::panic::set_hook(hook);
    w.p.clear_rules();
    assert!(w.h.locks().is_empty());
    println!("soak: injected cases:");
    for (case, n) in &counts {
        println!("  {n:>6}  {case}");
    }
    println!("soak: answers lost, by proxy action:");
    for (what, n) in &actions {
        println!("  {n:>6}  {what}");
    }
    println!("soak: errors returned to the caller:");
    for (kind, n) in &errors {
        println!("  {n:>6}  {kind}");
    }
    assert_eq!(counts.values().sum::<usize>(), rounds);
}

fn kind_of(e: &Error) -> String {
    match e {
        Error::Fault(f) => format!("Fault (detail {})", f.detail.as_deref().unwrap_or("-")),
        Error::LockLost { .. } => "LockLost".into(),
        Error::RecordIdChanged { .. } => "RecordIdChanged".into(),
        Error::LockMayBeHeld { .. } => "LockMayBeHeld".into(),
        Error::Decode(_) => "Decode".into(),
        Error::Connect { .. } => "Connect".into(),
        other => format!("{other:?}").split([' ', '{', '(']).next().unwrap_or("?").to_string(),
    }
}

fn edit<'s>(
    s: &'s Session,
    number: i64,
    id: i64,
    by_id: bool,
) -> Result<ttsoap::EditGuard<'s, testtrack::client::DefectEdit>, Error> {
    if by_id {
        s.edit_defect_by_record_id(id, false)
    } else {
        s.edit_defect(number, "", false)
    }
}

fn edit_op(by_id: bool) -> &'static str {
    if by_id {
        "editDefectByRecordID"
    } else {
        "editDefect"
    }
}

#[allow(clippy::too_many_arguments)]
fn run_case(
    w: &mut World,
    rng: &mut SplitMix64,
    actions: &mut BTreeMap<String, usize>,
    case: &str,
    round: usize,
    number: i64,
    id: i64,
    by_id: bool,
) -> Result<(), Error> {
    let s = &w.ada;
    match case {
        "guard save" => {
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            g.save()
        }
        "closure save" => s.with_defect::<(), Error>(number, "", false, |d| {
            d.summary = summary(round);
            Ok(())
        }),
        "closure error" => {
            let r = s.with_defect_by_record_id(id, false, |d| {
                d.summary = summary(round);
                Err(Error::Config("the caller changed its mind".into()))
            });
            assert!(matches!(r, Err(Error::Config(_))), "{r:?}");
            r
        }
        "closure panic" => s.with_defect(number, "", false, |_| -> Result<(), Error> { panic!("closure panic") }),
        "guard panic" => {
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            panic!("guard panic");
        }
        "guard dropped" => {
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            drop(g);
            Ok(())
        }
        "save refused (23)" => {
            let mut g = edit(s, number, id, by_id)?;
            g.summary = Some(String::new());
            let e = g.save().unwrap_err();
            assert_eq!(e.fault_kind(), Some(ttsoap::FaultKind::ValidationError), "{e:?}");
            Err(e)
        }
        "save fault injected" => {
            let f = pick(rng, &[7, 12, 16]);
            w.h.inject_fault("saveDefect", tt_emulator::faults::fault(f, "injected"), 1);
            let r = s.with_defect::<(), Error>(number, "", false, |d| {
                d.summary = summary(round);
                Ok(())
            });
            assert!(r.as_ref().is_err_and(|e: &Error| e.fault().is_some()), "{r:?}");
            r
        }
        "edit answer lost" => {
            w.p.once(edit_op(by_id), pick_action(rng, case, actions));
            let r = edit(s, number, id, by_id).map(|_| ());
            assert!(r.is_err());
            r
        }
        "save answer lost" => {
            w.p.once("saveDefect", pick_action(rng, case, actions));
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            let r = g.save();
            assert!(matches!(r, Err(Error::LockLost { .. })), "{r:?}");
            r
        }
        "save cut before send" => {
            w.p.once("saveDefect", Action::CutBeforeSend);
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            let r = g.save();
            assert!(matches!(r, Err(Error::Connect { .. })), "{r:?}");
            r
        }
        "cancel answer cut" => {
            w.p.once("cancelSaveDefect", Action::CutAfterSend);
            let g = edit(s, number, id, by_id)?;
            g.cancel()
        }
        "record id changed" => {
            let other = w.ids[(id as usize + 1) % w.ids.len()];
            let r = s.with_defect::<(), Error>(number, "", false, |d| {
                d.recordid = if d.recordid == other { other + 1 } else { other };
                d.summary = summary(round);
                Ok(())
            });
            assert!(matches!(r, Err(Error::RecordIdChanged { .. })), "{r:?}");
            r
        }
        "locked elsewhere" => {
            let held = edit(&w.alan, number, id, by_id)?;
            let o = s.try_with_defect(number, "", false, |_| Ok::<_, Error>(()));
            assert!(matches!(o, EditOutcome::LockedElsewhere(_)), "{o:?}");
            held.cancel()
        }
        "server restart mid-edit" => {
            let mut g = edit(s, number, id, by_id)?;
            g.summary = summary(round);
            // Another cookie seed: a new session must not get the old one's cookie (which the
            // old session's logoff on drop would end).
            let fresh = common::builder().rng_seed(rng.next_u64()).start().unwrap();
            w.p.set_upstream(fresh.addr());
            let old = std::mem::replace(&mut w.h, fresh);
            assert_eq!(old.locks().len(), 1, "the guard's lock, on the old server");
            old.stop();
            // The new server does not know the session: the save and the cancel fault 17.
            let r = g.save();
            assert!(r.as_ref().is_err_and(Error::is_session_dropped), "{r:?}");
            let (ada, alan) = World::logon(&w.h, &w.p);
            w.ada = ada;
            w.alan = alan;
            r
        }
        other => unreachable!("unknown case {other}"),
    }
}
