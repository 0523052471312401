//! Sessions and the pool against the fake TestTrack: logoff on drop, `Session Dropped.`
//! handling, automatic re-logon, serialised calls, and many threads sharing a pool.

mod support;

use std::sync::Arc;
use std::time::Duration;

use support::*;
use ttsoap::{Cookie, FaultKind, Session, SessionPool};

#[test]
fn dropping_a_session_logs_off() {
    let tt = FakeTestTrack::start();
    let session = logon(&tt.client()).unwrap();
    let cookie = session.cookie();
    assert!(cookie.is_valid());
    assert_eq!(session.client().endpoint().as_str(), tt.server.cgi_url());
    session.call(GetThing { id: 1, ..Default::default() }).unwrap();
    drop(session);
    let st = tt.state();
    assert_eq!(st.logoffs, vec![cookie.expose()]);
    assert!(st.sessions.is_empty());
}

#[test]
fn explicit_logoff_reports_errors_but_not_session_dropped() {
    let tt = FakeTestTrack::start();
    let client = tt.client();

    let s = logon(&client).unwrap();
    s.logoff().unwrap();
    assert_eq!(tt.state().logoffs.len(), 1);

    // The server already dropped the session: logging off is not an error.
    let s = logon(&client).unwrap();
    tt.drop_session(s.cookie());
    s.logoff().unwrap();

    // Nor on drop (no panic, nothing to see).
    let s = logon(&client).unwrap();
    tt.drop_session(s.cookie());
    drop(s);

    // Other failures are returned by logoff() and only logged by drop.
    tt.state().fail_logoff = true;
    let s = logon(&client).unwrap();
    let err = s.logoff().unwrap_err();
    assert_eq!(err.fault_kind(), Some(FaultKind::DatabaseError));
    let s = logon(&client).unwrap();
    drop(s);
    assert_eq!(tt.state().logoffs.len(), 1);
}

#[test]
fn into_cookie_hands_the_session_on() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let s = logon(&client).unwrap();
    let cookie = s.into_cookie();
    assert!(tt.state().logoffs.is_empty());
    assert!(tt.state().sessions.contains(&cookie.expose()));
    // Resumed elsewhere.
    let resumed = Session::new(client.clone(), cookie, FakeHooks::new());
    assert_eq!(resumed.call(GetThing { id: 4, ..Default::default() }).unwrap().thing.name, "thing 4");
    drop(resumed);
    assert_eq!(tt.state().logoffs, vec![cookie.expose()]);
}

#[test]
fn session_with_an_invalid_cookie_does_not_log_off() {
    let tt = FakeTestTrack::start();
    drop(Session::new(tt.client(), Cookie::new(0), FakeHooks::new()));
    assert!(tt.server.requests().is_empty());
}

#[test]
fn auto_relogon_retries_a_read_only_call_once() {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    assert!(!s.auto_relogon());
    s.set_auto_relogon(true);
    let old = s.cookie();
    tt.drop_session(old);
    let r = s.call(GetThing { id: 2, ..Default::default() }).unwrap();
    assert_eq!(r.thing.name, "thing 2");
    assert_ne!(s.cookie(), old);
    let st = tt.state();
    assert_eq!(st.logons, 2);
    // One failed attempt (rejected before it counted as a call) and one retry.
    assert_eq!(st.calls.iter().filter(|(op, _)| op == "GetThing").count(), 1);
}

#[test]
fn without_auto_relogon_session_dropped_is_returned() {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    tt.drop_session(s.cookie());
    let err = s.call(GetThing { id: 2, ..Default::default() }).unwrap_err();
    assert!(err.is_session_dropped());
    assert_eq!(tt.state().logons, 1);
}

#[test]
fn auto_relogon_never_repeats_a_write() {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    s.set_auto_relogon(true);
    let old = s.cookie();
    tt.drop_session(old);
    let err = s.call(SetThing { id: 1, name: "changed".into(), ..Default::default() }).unwrap_err();
    assert!(err.is_session_dropped());
    assert_eq!(s.cookie(), old);
    assert_eq!(tt.state().logons, 1);
    assert_eq!(tt.name_of(1).as_deref(), Some("thing 1"));
    let edit = edit_thing(&s, 1).unwrap_err();
    assert!(edit.is_session_dropped());
    assert_eq!(tt.state().logons, 1);
}

#[test]
fn failed_relogon_returns_its_error() {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    s.set_auto_relogon(true);
    tt.drop_session(s.cookie());
    tt.state().refuse_logons = true;
    let err = s.call(GetThing { id: 2, ..Default::default() }).unwrap_err();
    assert_eq!(err.fault_kind(), Some(FaultKind::InvalidDatabase));
}

#[test]
fn calls_on_one_session_never_overlap() {
    let tt = FakeTestTrack::start();
    let s = logon(&tt.client()).unwrap();
    tt.state().delay = Duration::from_millis(10);
    std::thread::scope(|scope| {
        for t in 0..2 {
            let s = &s;
            scope.spawn(move || {
                for i in 0..12 {
                    let id = 1 + (t + i) % 5;
                    let r = s.call(GetThing { id, ..Default::default() });
                    assert_eq!(r.unwrap().thing.recordid, id);
                }
            });
        }
    });
    let st = tt.state();
    assert_eq!(st.busy_faults, 0, "the server saw overlapping calls on one cookie");
    assert_eq!(st.calls.len(), 24);
    assert_eq!(st.max_in_flight_total, 1);
}

#[test]
fn the_fake_detects_overlap_without_a_session() {
    // The control for the test above: two raw calls on one cookie do overlap and get
    // "Session busy". The first call sleeps long enough that the second lands inside it.
    let tt = FakeTestTrack::start();
    // One attempt: the default retry policy would repeat the refused call.
    let client = tt.client().with_retry(ttsoap::RetryPolicy::none());
    let s = logon(&client).unwrap();
    let cookie = s.cookie();
    tt.state().delay = Duration::from_millis(400);
    let errors = std::thread::scope(|scope| {
        let first = scope.spawn(|| client.call(&GetThing { cookie, id: 1 }));
        // Wait until the first call is inside the server.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while tt.state().in_flight_total == 0 {
            assert!(std::time::Instant::now() < deadline, "the first call never reached the server");
            std::thread::sleep(Duration::from_millis(2));
        }
        let second = client.call(&GetThing { cookie, id: 2 });
        let first = first.join().unwrap();
        [first.err(), second.err()]
    });
    let busy = errors.iter().flatten().filter(|e| e.fault_kind() == Some(FaultKind::SessionBusy)).count();
    assert_eq!(busy, 1, "{errors:?}");
    tt.state().delay = Duration::ZERO;
}

#[test]
fn pool_shares_four_sessions_between_eight_threads() {
    let tt = FakeTestTrack::start();
    tt.state().delay = Duration::from_millis(3);
    let client = tt.client();
    let pool = SessionPool::new(4, move || logon(&client));
    assert_eq!(pool.size(), 4);
    assert_eq!(pool.open_sessions(), 0);
    std::thread::scope(|scope| {
        for t in 0..8 {
            let pool = &pool;
            scope.spawn(move || {
                for i in 0..10 {
                    let s = pool.get().unwrap();
                    let id = 1 + (t + i) % 5;
                    assert_eq!(s.call(GetThing { id, ..Default::default() }).unwrap().thing.recordid, id);
                }
            });
        }
    });
    {
        let st = tt.state();
        assert_eq!(st.busy_faults, 0);
        assert_eq!(st.calls.len(), 80);
        assert!(st.logons <= 4, "{} logons", st.logons);
        assert!(st.max_in_flight_total <= 4);
        assert_eq!(st.logons, pool.open_sessions());
    }
    assert_eq!(pool.idle_sessions(), pool.open_sessions());
    let opened = pool.open_sessions();
    drop(pool);
    let st = tt.state();
    assert_eq!(st.logoffs.len(), opened);
    assert!(st.sessions.is_empty());
}

#[test]
fn pool_waits_times_out_discards_and_recovers_from_factory_errors() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let pool = SessionPool::new_eager(1, move || logon(&client)).unwrap();
    assert_eq!(pool.open_sessions(), 1);
    assert_eq!(tt.state().logons, 1);

    let held = pool.get().unwrap();
    assert!(pool.get_timeout(Duration::from_millis(30)).unwrap().is_none());
    let first_cookie = held.cookie();
    drop(held);
    let again = pool.get_timeout(Duration::from_millis(30)).unwrap().unwrap();
    assert_eq!(again.cookie(), first_cookie);

    // A broken session is thrown away (and logged off); the next get makes a new one.
    again.discard();
    assert_eq!(pool.open_sessions(), 0);
    assert_eq!(tt.state().logoffs, vec![first_cookie.expose()]);
    tt.state().refuse_logons = true;
    assert!(pool.get().is_err());
    assert_eq!(pool.open_sessions(), 0);
    tt.state().refuse_logons = false;
    let fresh = pool.get().unwrap();
    assert_ne!(fresh.cookie(), first_cookie);
    drop(fresh);

    // Eager creation reports the factory's error.
    tt.state().refuse_logons = true;
    let client = tt.client();
    assert!(SessionPool::new_eager(2, move || logon(&client)).is_err());
}

#[test]
fn session_is_usable_through_an_arc() {
    let tt = FakeTestTrack::start();
    let s = Arc::new(logon(&tt.client()).unwrap());
    let handles: Vec<_> = (0..3)
        .map(|i| {
            let s = s.clone();
            std::thread::spawn(move || s.call(GetThing { id: 1 + i, ..Default::default() }).map(|r| r.thing.recordid))
        })
        .collect();
    let mut ids: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(tt.state().busy_faults, 0);
    drop(s);
    assert_eq!(tt.state().logoffs.len(), 1);
}
