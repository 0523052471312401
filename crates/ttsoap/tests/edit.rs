//! Edit-lock guards against the fake TestTrack's lock table: every way out of an edit
//! leaves no lock behind.

mod support;

use std::panic::{catch_unwind, AssertUnwindSafe};

use support::*;
use ttsoap::edit::{try_with_edit, with_edit, EditAttempt, EditGuard, EditOutcome};
use ttsoap::{Error, FaultKind, Session};

fn setup() -> (FakeTestTrack, Session) {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    (tt, s)
}

#[test]
fn guard_saves() {
    let (tt, s) = setup();
    let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 1).unwrap());
    assert_eq!(g.record_id(), 1);
    assert_eq!(tt.locks().get(&1), Some(&s.cookie().expose()));
    g.name = "renamed".into();
    assert_eq!(g.name, "renamed");
    g.save().unwrap();
    assert!(tt.locks().is_empty());
    assert_eq!(tt.name_of(1).as_deref(), Some("renamed"));
    assert_eq!(tt.state().cancels, 0);
}

#[test]
fn guard_cancels() {
    let (tt, s) = setup();
    let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 2).unwrap());
    g.name = "never saved".into();
    g.cancel().unwrap();
    assert!(tt.locks().is_empty());
    assert_eq!(tt.name_of(2).as_deref(), Some("thing 2"));
    assert_eq!(tt.state().cancels, 1);
}

#[test]
fn dropping_the_guard_cancels() {
    let (tt, s) = setup();
    {
        let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 3).unwrap());
        g.name = "dropped".into();
        assert_eq!(tt.locks().len(), 1);
    }
    assert!(tt.locks().is_empty());
    assert_eq!(tt.state().cancels, 1);
    assert_eq!(tt.name_of(3).as_deref(), Some("thing 3"));
}

fn rename_then_fail(s: &Session) -> Result<(), Error> {
    let mut g = EditGuard::<ThingEdit>::new(s, edit_thing(s, 4)?);
    g.name = "half done".into();
    // Something fails before the save: `?` returns early and the guard drops.
    s.call(GetThing { id: 404, ..Default::default() })?;
    g.save()
}

#[test]
fn early_return_cancels() {
    let (tt, s) = setup();
    let err = rename_then_fail(&s).unwrap_err();
    assert!(err.is_not_found());
    assert!(tt.locks().is_empty());
    assert_eq!(tt.name_of(4).as_deref(), Some("thing 4"));
}

#[test]
fn panic_with_a_guard_cancels() {
    let (tt, s) = setup();
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 5).unwrap());
        g.name = "boom".into();
        panic!("bug while editing");
    }));
    assert!(r.is_err());
    assert!(tt.locks().is_empty());
    assert_eq!(tt.name_of(5).as_deref(), Some("thing 5"));
}

#[test]
fn with_edit_saves_on_ok() {
    let (tt, s) = setup();
    let old = with_edit::<ThingEdit, _, Error>(
        &s,
        |s| edit_thing(s, 1),
        |t| Ok(std::mem::replace(&mut t.name, "via closure".into())),
    )
    .unwrap();
    assert_eq!(old, "thing 1");
    assert_eq!(tt.name_of(1).as_deref(), Some("via closure"));
    assert!(tt.locks().is_empty());
}

#[derive(Debug)]
enum AppError {
    Soap(Error),
    Refused(&'static str),
}

impl From<Error> for AppError {
    fn from(e: Error) -> Self {
        AppError::Soap(e)
    }
}

#[test]
fn with_edit_cancels_on_err_and_returns_it() {
    let (tt, s) = setup();
    let r = with_edit::<ThingEdit, (), AppError>(
        &s,
        |s| edit_thing(s, 2),
        |t| {
            t.name = "not wanted".into();
            Err(AppError::Refused("changed my mind"))
        },
    );
    assert!(matches!(r, Err(AppError::Refused("changed my mind"))));
    assert!(tt.locks().is_empty());
    assert_eq!(tt.state().cancels, 1);
    assert_eq!(tt.name_of(2).as_deref(), Some("thing 2"));
    // An edit that fails is the closure's error type too.
    let r = with_edit::<ThingEdit, (), AppError>(&s, |s| edit_thing(s, 77), |_| Ok(()));
    assert!(matches!(r, Err(AppError::Soap(ref e)) if e.is_not_found()), "{r:?}");
}

#[test]
fn with_edit_cancels_on_panic_and_unwinds() {
    let (tt, s) = setup();
    let r = catch_unwind(AssertUnwindSafe(|| {
        with_edit::<ThingEdit, (), Error>(
            &s,
            |s| edit_thing(s, 3),
            |t| {
                t.name = "panicking".into();
                panic!("closure panicked");
            },
        )
    }));
    let payload = r.unwrap_err();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"closure panicked"));
    assert!(tt.locks().is_empty());
    assert_eq!(tt.state().cancels, 1);
    assert_eq!(tt.name_of(3).as_deref(), Some("thing 3"));
    // The session is still usable.
    assert_eq!(s.call(GetThing { id: 3, ..Default::default() }).unwrap().thing.name, "thing 3");
}

#[test]
fn failed_save_cancels_and_returns_the_error() {
    let (tt, s) = setup();
    let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 1).unwrap());
    g.name.clear(); // the server refuses an empty name (detail 23) and keeps the lock
    let err = g.save().unwrap_err();
    assert_eq!(err.fault_kind(), Some(FaultKind::ValidationError));
    assert!(tt.locks().is_empty(), "the guard should have cancelled after the failed save");
    assert_eq!(tt.state().cancels, 1);

    let r = with_edit::<ThingEdit, (), Error>(
        &s,
        |s| edit_thing(s, 1),
        |t| {
            t.name.clear();
            Ok(())
        },
    );
    assert_eq!(r.unwrap_err().fault_kind(), Some(FaultKind::ValidationError));
    assert!(tt.locks().is_empty());
}

#[test]
fn save_after_the_lock_was_lost_is_lock_lost() {
    let (tt, s) = setup();
    let mut g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 4).unwrap());
    g.name = "too late".into();
    tt.expire_lock(4);
    match g.save() {
        Err(Error::LockLost { entity, record_id, reason }) => {
            assert_eq!(entity, "Thing");
            assert_eq!(record_id, 4);
            assert!(reason.contains("Edit record not found"), "{reason}");
        }
        other => panic!("expected LockLost, got {other:?}"),
    }
    assert_eq!(tt.name_of(4).as_deref(), Some("thing 4"));

    let r = with_edit::<ThingEdit, (), Error>(
        &s,
        |s| edit_thing(s, 4),
        |t| {
            t.name = "also too late".into();
            tt.expire_lock(4);
            Ok(())
        },
    );
    assert!(matches!(r, Err(Error::LockLost { record_id: 4, .. })), "{r:?}");
    let outcome = try_with_edit::<ThingEdit, (), Error>(
        &s,
        |s| edit_thing(s, 4),
        |_| {
            tt.expire_lock(4);
            Ok(())
        },
    );
    assert!(matches!(outcome, EditOutcome::SaveFailed(Error::LockLost { .. })), "{outcome:?}");
    assert!(outcome.has_lock() && !outcome.was_saved() && !outcome.lock_failed());
}

#[test]
fn cancel_after_the_lock_expired_is_fine() {
    let (tt, s) = setup();
    let g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 5).unwrap());
    tt.expire_lock(5);
    g.cancel().unwrap();
    // And dropping one whose lock expired does not panic.
    let g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 5).unwrap());
    tt.expire_lock(5);
    drop(g);
}

#[test]
fn lock_held_by_another_session_is_an_outcome() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let alice = logon(&client).unwrap();
    let bob = logon(&client).unwrap();
    let g = EditGuard::<ThingEdit>::new(&alice, edit_thing(&alice, 2).unwrap());

    // The attempt form.
    let attempt = EditGuard::<ThingEdit>::try_new(&bob, edit_thing(&bob, 2)).unwrap();
    assert!(attempt.lock_failed());
    match attempt {
        EditAttempt::LockedElsewhere(f) => {
            assert_eq!(f.kind(), FaultKind::RecordLocked);
            assert_eq!(f.detail.as_deref(), Some("22"));
        }
        EditAttempt::Locked(_) => panic!("bob cannot hold alice's lock"),
    }
    // As an error it is the fault.
    let err = EditGuard::<ThingEdit>::try_new(&bob, edit_thing(&bob, 2)).unwrap().into_result().unwrap_err();
    assert!(err.is_record_locked());
    // Other edit errors stay errors.
    assert!(EditGuard::<ThingEdit>::try_new(&bob, edit_thing(&bob, 99)).unwrap_err().is_not_found());

    // The closure form.
    let mut ran = false;
    let outcome = try_with_edit::<ThingEdit, (), Error>(
        &bob,
        |s| edit_thing(s, 2),
        |_| {
            ran = true;
            Ok(())
        },
    );
    assert!(!ran);
    assert!(outcome.lock_failed());
    assert!(!outcome.has_lock());
    assert!(!outcome.was_saved());
    assert!(matches!(outcome, EditOutcome::LockedElsewhere(ref f) if f.kind() == FaultKind::RecordLocked));
    assert!(outcome.into_result().unwrap_err().is_record_locked());
    // with_edit reports it as an error.
    let r = with_edit::<ThingEdit, (), Error>(&bob, |s| edit_thing(s, 2), |_| Ok(()));
    assert!(r.unwrap_err().is_record_locked());
    assert_eq!(tt.locks().get(&2), Some(&alice.cookie().expose()));

    // Once alice saves, bob gets it.
    g.save().unwrap();
    let outcome = try_with_edit::<ThingEdit, _, Error>(
        &bob,
        |s| edit_thing(s, 2),
        |t| {
            t.name = "bob's".into();
            Ok(t.recordid)
        },
    );
    assert!(outcome.was_saved() && outcome.has_lock() && !outcome.lock_failed());
    assert_eq!(outcome.saved(), Some(2));
    assert_eq!(tt.name_of(2).as_deref(), Some("bob's"));
    assert!(tt.locks().is_empty());
}

#[test]
fn try_with_edit_other_outcomes() {
    let (tt, s) = setup();
    let outcome = try_with_edit::<ThingEdit, (), Error>(&s, |s| edit_thing(s, 99), |_| Ok(()));
    assert!(matches!(outcome, EditOutcome::Failed(ref e) if e.is_not_found()), "{outcome:?}");
    assert!(!outcome.has_lock() && !outcome.lock_failed());

    let outcome = try_with_edit::<ThingEdit, (), &str>(&s, |s| edit_thing(s, 1), |_| Err("no thanks"));
    assert!(matches!(outcome, EditOutcome::Cancelled("no thanks")));
    assert!(outcome.has_lock() && !outcome.was_saved());
    assert!(tt.locks().is_empty());
}

#[test]
fn leaked_lock_stays_until_logoff() {
    let (tt, s) = setup();
    let g = EditGuard::<ThingEdit>::new(&s, edit_thing(&s, 1).unwrap());
    let entity = g.leak_lock();
    assert_eq!(entity.recordid, 1);
    assert_eq!(tt.locks().len(), 1);
    drop(s); // logoff releases the session's locks on this server
    assert!(tt.locks().is_empty());
}
