//! 1,000 idle connections plus 300 connections sending their request head one byte at a time
//! do not keep a normal client from logging on, reading a defect and logging off: the server
//! caps requests in flight, not connections, and idle or slow heads hold no request slot.
//! The normal client's times with and without the flood are printed (`--nocapture`), not
//! asserted.
#![cfg(unix)]

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use tt_emulator::EmulatorHandle;

const IDLE: usize = 1000;
const SLOW: usize = 300;

/// Raises the soft limit on open files to `want` (up to the hard limit) and returns it.
fn raise_nofile(want: libc::rlim_t) -> libc::rlim_t {
    let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit only read and write the struct passed.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim), 0);
        if lim.rlim_cur < want {
            lim.rlim_cur = want.min(lim.rlim_max);
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &lim), 0);
        }
    }
    lim.rlim_cur
}

fn logon_read_logoff(h: &EmulatorHandle) -> Duration {
    let t = Instant::now();
    let s = ada(h);
    let d = s.get_defect(1, "", false).unwrap();
    assert_eq!(d.defectnumber, Some(1));
    s.logoff().unwrap();
    t.elapsed()
}

/// True when the server has not closed the connection.
fn still_open(mut s: &TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let mut b = [0u8; 1];
    let open = matches!(s.read(&mut b), Err(e) if e.kind() == ErrorKind::WouldBlock);
    s.set_nonblocking(false).unwrap();
    open
}

#[test]
fn idle_and_slow_header_connections_do_not_starve_a_client() {
    // Both ends of every connection live in this process, plus the client's and the runtime's.
    let need = (2 * (IDLE + SLOW) + 256) as libc::rlim_t;
    let have = raise_nofile(need);
    assert!(have >= need, "RLIMIT_NOFILE is {have}, the test needs {need}");
    let h = start();
    let quiet = logon_read_logoff(&h);

    let idle: Vec<TcpStream> = (0..IDLE).map(|_| TcpStream::connect(h.addr()).unwrap()).collect();
    let slow: Vec<TcpStream> = (0..SLOW).map(|_| TcpStream::connect(h.addr()).unwrap()).collect();
    for s in &slow {
        s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    }
    let head =
        b"POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nHost: slow\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    // A first byte on each, then one byte every 100 ms on each, until the client is done.
    let stop = Arc::new(AtomicBool::new(false));
    let dripper = {
        let stop = stop.clone();
        let mut slow: Vec<TcpStream> = slow.iter().map(|s| s.try_clone().unwrap()).collect();
        std::thread::spawn(move || {
            let mut i = 0;
            while !stop.load(Ordering::SeqCst) && i < head.len() {
                for s in &mut slow {
                    let _ = s.write_all(&head[i..=i]);
                }
                i += 1;
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let flooded = logon_read_logoff(&h);
    stop.store(true, Ordering::SeqCst);
    dripper.join().unwrap();

    // The flood was live while the client ran.
    let open_idle = idle.iter().filter(|s| still_open(s)).count();
    let open_slow = slow.iter().filter(|s| still_open(s)).count();
    assert!(open_idle + open_slow > IDLE, "the flood connections were not held ({open_idle} + {open_slow})");
    println!(
        "flood: logon-read-logoff {:.1} ms quiet, {:.1} ms with {IDLE} idle and {SLOW} slow-header connections \
         ({open_idle} and {open_slow} still open afterwards)",
        quiet.as_secs_f64() * 1000.0,
        flooded.as_secs_f64() * 1000.0
    );
    drop(idle);
    drop(slow);
    h.stop();
}
