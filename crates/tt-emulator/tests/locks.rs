//! Edit locks: exclusivity (22), save/cancel without the lock (7), expiry, release on save,
//! cancel, logoff and idle drop, and the generated client's edit guards.

mod common;

use std::time::Duration;

use common::*;
use tt_emulator::Table;
use ttsoap::edit::EditAttempt;
use ttsoap::{Error, FaultKind};

#[test]
fn edit_locks_save_releases() {
    let h = start();
    let (a, b) = (ada(&h), alan(&h));
    let mut d = a.edit_defect(1, "", false).unwrap();
    let id = d.recordid;
    let locks = h.locks();
    assert_eq!(locks.len(), 1);
    assert_eq!((locks[0].table, locks[0].record_id, locks[0].cookie), (Table::Defect, id, a.cookie().expose()));
    assert_eq!(locks[0].expires_ms - locks[0].acquired_ms, 15 * 60 * 1000);

    let e = b.edit_defect(1, "", false).map(|_| ()).unwrap_err();
    assert_eq!(code(&e), 22);
    assert!(e.is_record_locked());
    assert!(matches!(b.try_edit_defect_by_record_id(id, false).unwrap(), EditAttempt::LockedElsewhere(_)));
    assert_eq!(fault_code(b.delete_defect_by_record_id(id)), 22);
    assert_eq!(fault_code(b.save_defect((*d).clone())), 7, "saving without the lock");
    assert_eq!(fault_code(b.cancel_save_defect(id)), 7, "cancelling without the lock");
    // Reading is fine while locked.
    assert_eq!(b.get_defect_by_record_id(id, false).unwrap().recordid, id);

    d.summary = Some("Crash when saving (triaged)".into());
    d.save().unwrap();
    assert!(h.locks().is_empty());
    assert_eq!(b.get_defect(1, "", false).unwrap().summary.as_deref(), Some("Crash when saving (triaged)"));
    // A second save after the lock is gone faults 7.
    let again = a.get_defect(1, "", false).unwrap();
    assert_eq!(fault_code(a.save_defect(again)), 7);
    // Now the other session can edit.
    b.edit_defect(1, "", false).unwrap().cancel().unwrap();
    assert!(h.locks().is_empty());
}

#[test]
fn cancel_and_guard_drop_release() {
    let h = start();
    let a = ada(&h);
    let d = a.edit_defect(2, "", false).unwrap();
    assert_eq!(h.locks().len(), 1);
    drop(d);
    assert!(h.locks().is_empty(), "dropping the guard cancels");
    let raw = a.edit_defect_by_record_id(a.get_defect(2, "", false).unwrap().recordid, false).unwrap();
    let id = raw.recordid;
    let _ = std::mem::ManuallyDrop::new(raw); // keep the server-side lock
    assert_eq!(a.cancel_save_defect(id).unwrap(), 0);
    assert_eq!(fault_code(a.cancel_save_defect(id)), 7);
    // The owner may edit again; that renews the lock.
    let g1 = a.edit_defect(2, "", false).unwrap();
    let first = h.locks()[0].expires_ms;
    h.advance_clock(Duration::from_secs(60));
    let g2 = a.edit_defect(2, "", false).unwrap();
    assert_eq!(h.locks()[0].expires_ms, first + 60_000);
    std::mem::forget(g1);
    g2.cancel().unwrap();
}

#[test]
fn locks_expire_after_15_minutes() {
    let h = start();
    let (a, b) = (ada(&h), alan(&h));
    let d = a.edit_defect(3, "", false).unwrap();
    let stale = (*d).clone();
    std::mem::forget(d);
    h.advance_clock(Duration::from_secs(14 * 60));
    b.get_table_list().unwrap();
    a.get_table_list().unwrap();
    assert_eq!(fault_code(b.edit_defect(3, "", false).map(|_| ())), 22);
    h.advance_clock(Duration::from_secs(61));
    assert!(h.locks().is_empty());
    let mut taken = b.edit_defect(3, "", false).unwrap();
    assert_eq!(fault_code(a.save_defect(stale.clone())), 7, "the former owner lost the lock");
    taken.summary = Some("Taken over".into());
    taken.save().unwrap();
    // Without anybody taking it over, an expired lock still cannot be saved.
    let d = a.edit_defect(3, "", false).unwrap();
    let mine = (*d).clone();
    std::mem::forget(d);
    h.advance_clock(Duration::from_secs(15 * 60 + 1));
    a.get_table_list().unwrap();
    let e = a.save_defect(mine).unwrap_err();
    assert_eq!(e.fault_kind(), Some(FaultKind::EditRecordNotFound));
}

#[test]
fn guard_save_after_expiry_is_lock_lost() {
    let h = start();
    let a = ada(&h);
    let mut d = a.edit_defect(1, "", false).unwrap();
    h.advance_clock(Duration::from_secs(16 * 60));
    a.get_table_list().unwrap();
    d.summary = Some("late".into());
    let e = d.save().unwrap_err();
    assert!(matches!(e, Error::LockLost { .. }), "{e:?}");
}

#[test]
fn logoff_and_idle_drop_release_locks() {
    let h = start();
    let (a, b) = (ada(&h), alan(&h));
    std::mem::forget(a.edit_defect(1, "", false).unwrap());
    std::mem::forget(a.edit_test_case(1, "", false).unwrap());
    assert_eq!(h.locks().len(), 2);
    a.logoff().unwrap();
    assert!(h.locks().is_empty());
    b.edit_defect(1, "", false).unwrap().cancel().unwrap();

    let c = ada(&h);
    std::mem::forget(c.edit_defect(2, "", false).unwrap());
    h.advance_clock(Duration::from_secs(10 * 60));
    b.get_table_list().unwrap();
    h.advance_clock(Duration::from_secs(25 * 60));
    b.get_table_list().unwrap();
    // c has been idle 35 minutes: its session is dropped and its lock released, even though
    // the lock itself would have expired at 15 minutes anyway.
    assert_eq!(fault_code(c.get_table_list()), 17);
    assert!(h.locks().is_empty());
}

#[test]
fn a_failed_save_keeps_the_lock() {
    let h = start();
    let a = ada(&h);
    let d = a.edit_defect(1, "", false).unwrap();
    let mut bad = (*d).clone();
    std::mem::forget(d);
    bad.priority = Some("Whenever".into());
    assert_eq!(fault_code(a.save_defect(bad.clone())), 23);
    assert_eq!(h.locks().len(), 1, "validation failure keeps the lock");
    bad.priority = Some("low".into());
    assert_eq!(a.save_defect(bad).unwrap(), 0);
    assert!(h.locks().is_empty());
    assert_eq!(a.get_defect(1, "", false).unwrap().priority.as_deref(), Some("Low"));
}

#[test]
fn with_closure_saves_or_cancels() {
    let h = start();
    let a = ada(&h);
    let old = a.with_defect(2, "", false, |d| -> Result<_, Error> { Ok(d.reference.replace("REF-2".into())) }).unwrap();
    assert_eq!(old, None);
    assert_eq!(a.get_defect(2, "", false).unwrap().reference.as_deref(), Some("REF-2"));
    let r: Result<(), Error> = a.with_defect(2, "", false, |_| Err(Error::Config("nope".into())));
    assert!(r.is_err());
    assert!(h.locks().is_empty());
}

#[test]
fn locks_on_other_tables() {
    let h = start();
    let (a, b) = (ada(&h), alan(&h));
    let tc = a.edit_test_case(1, "", false).unwrap();
    assert_eq!(fault_code(b.edit_test_case(1, "", false).map(|_| ())), 22);
    tc.cancel().unwrap();
    let task = a.edit_task("Write release notes").unwrap();
    assert_eq!(fault_code(b.edit_task("Write release notes").map(|_| ())), 22);
    task.save().unwrap();
    let u = a.edit_user("Grace", "", "Hopper").unwrap();
    assert_eq!(fault_code(b.edit_user("Grace", "", "Hopper").map(|_| ())), 22);
    a.cancel_save_user(u.recordid).unwrap();
    assert!(h.locks().is_empty());
}
