//! Edit locks when something goes wrong on the wire or in the caller's hands: an `editX`
//! answer that is lost after the server took the lock, a guard whose record id was changed,
//! and saves that fail. Every case must leave the emulator's lock table empty.

mod common;
mod proxy;

use proxy::{Action, Proxy};
use testtrack::client::Session;
use tt_emulator::EmulatorHandle;
use ttsoap::{Error, FaultKind};

fn through_proxy(h: &EmulatorHandle) -> (Proxy, Session) {
    let p = Proxy::start(h.addr());
    let s = testtrack::Client::new(&p.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    p.take_seen();
    (p, s)
}

fn cancels(seen: &[String]) -> usize {
    seen.iter().filter(|o| o.starts_with("cancelSave")).count()
}

#[test]
fn a_lost_edit_answer_releases_the_lock() {
    let h = common::start();
    let (p, s) = through_proxy(&h);
    let id = s.get_defect(1, "", false).unwrap().recordid;
    for action in Action::LOSING {
        // By number: the record id is looked up to cancel.
        p.once("editDefect", action);
        let e = s.edit_defect(1, "", false).map(|_| ()).unwrap_err();
        assert!(e.fault().is_none(), "{action:?}: {e}");
        assert!(h.locks().is_empty(), "{action:?}: editDefect left {:?}", h.locks());
        assert_eq!(cancels(&p.take_seen()), 1, "{action:?}");
        // By record id.
        p.once("editDefectByRecordID", action);
        assert!(s.edit_defect_by_record_id(id, false).is_err(), "{action:?}");
        assert!(h.locks().is_empty(), "{action:?}: editDefectByRecordID left {:?}", h.locks());
        // The closure forms go through the same path; the closure never runs.
        p.once("editDefect", action);
        let r = s.with_defect(1, "", false, |_| -> Result<(), Error> { panic!("no entity was decoded") });
        assert!(r.is_err());
        p.once("editTestCase", action);
        let outcome = s.try_with_test_case(1, "", false, |_| Ok::<_, Error>(()));
        assert!(matches!(outcome, ttsoap::edit::EditOutcome::Failed(_)), "{action:?}: {outcome:?}");
        assert!(h.locks().is_empty(), "{action:?}: left {:?}", h.locks());
        p.take_seen();
    }
    // The record is editable again at once, by anyone.
    common::alan(&h).edit_defect(1, "", false).unwrap().cancel().unwrap();
}

#[test]
fn a_lost_edit_answer_for_entities_named_otherwise_releases_the_lock() {
    let h = common::start();
    let (p, s) = through_proxy(&h);
    p.once("editUser", Action::TextInRecordId);
    assert!(s.edit_user("Grace", "", "Hopper").is_err());
    p.once("editFolder", Action::Truncate);
    assert!(s.edit_folder("/Public").is_err());
    assert!(h.locks().is_empty(), "left {:?}", h.locks());
}

#[test]
fn an_edit_that_never_took_the_lock_sends_no_cancel() {
    let h = common::start();
    let (p, s) = through_proxy(&h);
    let alan = common::alan(&h);
    let held = alan.edit_defect(1, "", false).unwrap();
    // Locked by another user: a fault answer, so we hold nothing and cancel nothing.
    let e = s.edit_defect(1, "", false).map(|_| ()).unwrap_err();
    assert_eq!(e.fault_kind(), Some(FaultKind::RecordLocked));
    assert_eq!(cancels(&p.take_seen()), 0);
    assert_eq!(h.locks().len(), 1, "alan's lock is untouched");
    held.cancel().unwrap();
    // A record that does not exist: a fault too.
    assert!(s.edit_defect(999, "", false).unwrap_err().is_not_found());
    assert_eq!(cancels(&p.take_seen()), 0);
}

#[test]
fn an_edit_cut_before_it_reached_the_server_leaves_nothing() {
    let h = common::start();
    let (p, s) = through_proxy(&h);
    p.once("editDefect", Action::CutBeforeSend);
    assert!(s.edit_defect(1, "", false).is_err());
    // The client cannot tell this from an answer lost on the way back: it cancels, and the
    // server answers 7 (nothing to release), which is not an error.
    assert!(h.locks().is_empty());
    s.edit_defect(1, "", false).unwrap().cancel().unwrap();
}

#[test]
fn changing_the_record_id_in_a_guard_is_refused_and_the_locked_record_released() {
    let h = common::start();
    let s = common::ada(&h);
    let other = s.get_defect(2, "", false).unwrap();
    let mut g = s.edit_defect(1, "", false).unwrap();
    let locked = g.recordid;
    g.recordid = other.recordid;
    g.summary = Some("written to the wrong record".into());
    match g.save() {
        Err(Error::RecordIdChanged { entity, locked: l, found }) => {
            assert_eq!((entity, l, found), ("Defect", locked, other.recordid));
        }
        r => panic!("expected RecordIdChanged, got {r:?}"),
    }
    assert!(h.locks().is_empty(), "the original lock is released: {:?}", h.locks());
    assert_ne!(s.get_defect(2, "", false).unwrap().summary.as_deref(), Some("written to the wrong record"));

    // Replacing the whole entity inside the closure.
    let r = s.with_defect(1, "", false, |d| {
        *d = other.clone();
        Ok::<_, Error>(())
    });
    assert!(matches!(r, Err(Error::RecordIdChanged { .. })), "{r:?}");
    assert!(h.locks().is_empty(), "{:?}", h.locks());
    let outcome = s.try_with_defect(1, "", false, |d| {
        d.recordid += 1;
        Ok::<_, Error>(())
    });
    assert!(matches!(outcome, ttsoap::edit::EditOutcome::SaveFailed(Error::RecordIdChanged { .. })), "{outcome:?}");
    assert!(h.locks().is_empty(), "{:?}", h.locks());
}

#[test]
fn a_failed_save_always_cancels_and_lock_lost_needs_the_servers_word() {
    let h = common::start();
    let s = common::ada(&h);
    // The save answers 7 although the lock is held: the guard still cancels, and since the
    // cancel succeeds the lock was not lost.
    h.inject_fault("saveDefect", tt_emulator::faults::edit_record_not_found(), 1);
    let mut g = s.edit_defect(1, "", false).unwrap();
    g.summary = Some("x".into());
    let e = g.save().unwrap_err();
    assert_eq!(e.fault_kind(), Some(FaultKind::EditRecordNotFound), "{e:?}");
    assert!(h.locks().is_empty(), "{:?}", h.locks());

    // Another failure: cancelled, the save's error returned.
    h.inject_fault("saveDefect", tt_emulator::faults::fault(16, "General error"), 1);
    let e = s.with_defect(1, "", false, |_| Ok::<_, Error>(())).unwrap_err();
    assert_eq!(e.fault_kind(), Some(FaultKind::GeneralError));
    assert!(h.locks().is_empty());

    // The lock really expired: save and cancel both answer 7, so it is LockLost.
    h.set_lock_timeout(std::time::Duration::from_secs(1));
    let g = s.edit_defect(1, "", false).unwrap();
    h.advance_clock(std::time::Duration::from_secs(2));
    assert!(matches!(g.save(), Err(Error::LockLost { entity: "Defect", .. })));
    assert!(h.locks().is_empty());
}

#[test]
fn a_lost_save_answer_is_reported_by_what_the_cancel_finds() {
    let h = common::start();
    let (p, s) = through_proxy(&h);
    // The save reached the server and released the lock; the answer was lost. The cancel
    // answers 7: the lock is gone (the save may have been applied).
    p.once("saveDefect", Action::Truncate);
    let mut g = s.edit_defect(1, "", false).unwrap();
    g.summary = Some("saved, answer lost".into());
    assert!(matches!(g.save(), Err(Error::LockLost { .. })));
    assert!(h.locks().is_empty());
    // The save never reached the server: the cancel releases the lock and the transport
    // error is returned.
    p.once("saveDefect", Action::CutBeforeSend);
    let mut g = s.edit_defect(1, "", false).unwrap();
    g.summary = Some("never sent".into());
    let e = g.save().unwrap_err();
    assert!(!matches!(e, Error::LockLost { .. } | Error::Fault(_)), "{e:?}");
    assert!(h.locks().is_empty());
    assert_eq!(s.get_defect(1, "", false).unwrap().summary.as_deref(), Some("saved, answer lost"));
}
