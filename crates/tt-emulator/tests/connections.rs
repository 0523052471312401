//! Connections per client: keep-alive holds, counted on the emulator's side. Threads that
//! share one client (one connection pool) and call at the same time need one connection
//! each; once they are idle the pool must keep them all, or every burst of calls closes and
//! reopens the surplus.

mod common;

use std::sync::{Arc, Barrier};

use common::*;

/// `threads` threads, each with its own session on `client`, make `rounds` calls in step (a
/// barrier before each), so that all of them are in flight at once.
fn bursts(h: &tt_emulator::EmulatorHandle, client: impl Fn() -> testtrack::Client, threads: usize, rounds: usize) {
    let step = Arc::new(Barrier::new(threads));
    std::thread::scope(|s| {
        for _ in 0..threads {
            let (c, step) = (client(), step.clone());
            s.spawn(move || {
                let session = c.login("Demo", "ada", "ada-secret").expect("ada logs on");
                for _ in 0..rounds {
                    step.wait();
                    let d = session.get_defect(1, "", false).expect("defect 1");
                    assert_eq!(d.defectnumber, Some(1));
                }
                step.wait();
                session.logoff().expect("logoff");
            });
        }
    });
    assert_eq!(h.sessions().len(), 0, "every session logged off");
}

#[test]
fn threads_with_their_own_client_keep_one_connection_each() {
    let h = builder().max_sessions(64).start().unwrap();
    bursts(&h, || client(&h), 16, 10);
    // A login, ten calls and a logoff each, all on the thread's one kept-alive connection.
    assert!(h.connections_accepted() <= 16, "{} connections for 16 clients", h.connections_accepted());
    h.stop();
}

// With ttsoap's ureq agent keeping only 32 idle connections per host, a burst from 64 threads
// closed the extra ones and the next burst reopened them (86 connections seen); the transport
// now keeps 128.
#[test]
fn sixty_four_threads_sharing_one_client_reuse_their_connections() {
    let h = builder().max_sessions(128).start().unwrap();
    let shared = client(&h);
    bursts(&h, || shared.clone(), 64, 10);
    // At most 64 calls are in flight at once, so 64 connections serve them all; more means
    // the pool closed idle connections that the next burst had to open again.
    let accepted = h.connections_accepted();
    assert!(accepted >= 2, "the bursts ran concurrently ({accepted} connections)");
    assert!(accepted <= 64, "{accepted} connections for 64 threads sharing one client");
    h.stop();
}
