//! Edit-lock guards for entities whose save repeats the record's original keys: `saveUser`
//! and `saveCustomer` take (firstName, middleInitials, lastName) before the entity, so the
//! guard keeps the names as they were when the lock was taken.

mod common;

#[test]
fn renaming_a_user_under_a_guard_uses_the_original_names_as_the_key() {
    let h = common::start();
    let s = common::ada(&h);
    let mut g = s.edit_user("Grace", "", "Hopper").expect("lock Grace Hopper");
    let id = g.recordid;
    g.firstname = Some("Amazing Grace".into());
    g.save().expect("saved under the original key");
    assert!(h.locks().is_empty(), "the save released the lock");
    let renamed = s.get_user_by_record_id(id).expect("get by id");
    assert_eq!(renamed.firstname.as_deref(), Some("Amazing Grace"));
    assert!(s.get_user("Grace", "", "Hopper").is_err(), "the old name no longer finds the user");
}

#[test]
fn a_user_guard_dropped_without_save_releases_the_lock() {
    let h = common::start();
    let s = common::ada(&h);
    {
        let mut g = s.edit_user("Grace", "", "Hopper").expect("lock");
        g.lastname = Some("Not saved".into());
        assert_eq!(h.locks().len(), 1);
    }
    assert!(h.locks().is_empty(), "drop cancelled the lock");
    assert_eq!(s.get_user("Grace", "", "Hopper").expect("unchanged").lastname.as_deref(), Some("Hopper"));
}

#[test]
fn a_user_locked_by_someone_else_is_an_outcome_not_an_error() {
    let h = common::start();
    let ada = common::ada(&h);
    let alan = common::alan(&h);
    let _held = ada.edit_user("Grace", "", "Hopper").expect("ada locks");
    let outcome = alan.try_with_user("Grace", "", "Hopper", |u| {
        u.notes = Some("from alan".into());
        Ok::<_, ttsoap::Error>(())
    });
    assert!(outcome.lock_failed(), "{outcome:?}");
}
