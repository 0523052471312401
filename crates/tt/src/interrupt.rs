//! Ctrl-C for commands that log on: the handler releases a held edit lock, logs the session
//! off and exits 130, and it knows where the main thread is, so that no window leaves a
//! session or a lock on the server:
//!
//! - during logon the server may already have created the session while its cookie is on the
//!   way back: the handler waits for the logon to return; the main thread then hands the
//!   session over and stops, and the handler logs it off;
//! - during an edit it waits for the main thread to stop at a safe point (right after the lock
//!   is taken, or before saving) so that it cannot save after the handler decided what to
//!   release;
//! - during the final logoff it waits for the logoff to finish.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::{Duration, Instant};

use anyhow::Context;
use tt_records::{LockEvent, RecordKind, Tracker};

/// How long the handler waits for the main thread at most (a safety net only).
const PATIENCE: Duration = Duration::from_secs(120);

/// Where the main thread is, as far as the server session goes.
enum Phase {
    /// No session: nothing to clean up.
    Idle,
    /// `ProjectLogon` is in flight: a session may exist whose cookie we do not know yet.
    LoggingOn,
    /// Logged on; the handler may use the tracker while the main thread holds it.
    LoggedOn(Weak<Tracker>),
    /// The main thread is logging off.
    LoggingOff,
}

struct State {
    phase: Phase,
    /// Set (under the lock) by the handler.
    interrupted: bool,
}

/// The Ctrl-C protocol's shared state: where the main thread is, and the edit lock it holds.
/// There is one, [`Interrupt::get`], because the handler is process-wide.
pub struct Interrupt {
    state: Mutex<State>,
    /// Set while the main thread is taking, changing or saving an edit lock: the handler then
    /// waits for it to stop (see `parked`) before it looks at the lock.
    editing: AtomicBool,
    /// Set once the main thread has stopped for the handler.
    parked: AtomicBool,
    /// Set by the handler (mirrors `State::interrupted` for the lock-free checks).
    interrupted: AtomicBool,
    /// The edit lock held by `edit`/`event`, for the handler.
    held: Mutex<Option<(RecordKind, i64)>>,
    /// Further sessions (`results upload --sessions`): logged off by the handler too, which
    /// releases their locks.
    extra: Mutex<Vec<(testtrack::Client, ttsoap::Cookie)>>,
}

static INTERRUPT: Interrupt = Interrupt {
    state: Mutex::new(State { phase: Phase::Idle, interrupted: false }),
    editing: AtomicBool::new(false),
    parked: AtomicBool::new(false),
    interrupted: AtomicBool::new(false),
    held: Mutex::new(None),
    extra: Mutex::new(Vec::new()),
};

impl Interrupt {
    /// The process's protocol state.
    pub fn get() -> &'static Interrupt {
        &INTERRUPT
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn set_phase(&self, phase: Phase) {
        let interrupted = {
            let mut s = self.state();
            s.phase = phase;
            s.interrupted
        };
        if interrupted {
            self.park();
        }
    }

    /// Installs the handler. Call once, before logging on.
    pub fn install(&'static self) -> anyhow::Result<()> {
        ctrlc::set_handler(move || self.handle()).context("cannot install the Ctrl-C handler")
    }

    /// Runs `logon` with the handler told that a session may come into being.
    pub fn logging_on<T>(&self, logon: impl FnOnce() -> T) -> T {
        self.set_phase(Phase::LoggingOn);
        logon()
    }

    /// The logon failed: no session.
    pub fn logon_failed(&self) {
        self.set_phase(Phase::Idle);
    }

    /// The logon returned `tracker`'s session. If Ctrl-C came meanwhile, this stops here and
    /// the handler logs it off.
    pub fn logged_on(&self, tracker: &Arc<Tracker>) {
        self.set_phase(Phase::LoggedOn(Arc::downgrade(tracker)));
    }

    /// Logs the session off (the handler waits for it rather than exiting in the middle).
    pub fn log_off(&self, tracker: Arc<Tracker>) {
        self.set_phase(Phase::LoggingOff);
        // The handler may still hold a reference it took before: it logs off itself then.
        if let Ok(t) = Arc::try_unwrap(tracker) {
            if let Err(e) = t.logoff() {
                log::debug!(target: "tt", "logoff: {e}");
            }
        }
        self.set_phase(Phase::Idle);
    }

    /// Another session of this process, for the handler to log off on Ctrl-C. After Ctrl-C
    /// this stops here (the handler logs it off with the others).
    pub fn extra_session(&self, client: &testtrack::Client, cookie: ttsoap::Cookie) {
        self.extra.lock().unwrap_or_else(PoisonError::into_inner).push((client.clone(), cookie));
        self.yield_to_interrupt();
    }

    /// Reports the edit locks `tracker` takes and releases to the handler.
    pub fn track_locks(&'static self, tracker: &Tracker) {
        tracker.on_lock(move |ev| {
            *self.held.lock().unwrap_or_else(PoisonError::into_inner) = match ev {
                LockEvent::Taken { kind, record_id } => Some((*kind, *record_id)),
                LockEvent::Released { .. } => None,
            };
            // A lock just taken after Ctrl-C is not used: the handler releases it.
            if matches!(ev, LockEvent::Taken { .. }) {
                self.yield_to_interrupt();
            }
        });
    }

    /// Runs `f` (one record's edit or event) as an edit the handler waits for.
    pub fn editing<T>(&self, f: impl FnOnce() -> T) -> T {
        // Set before looking at `interrupted` (the handler does the reverse), so that either
        // this thread stops here or the handler waits for it.
        self.editing.store(true, SeqCst);
        self.yield_to_interrupt();
        let out = f();
        self.editing.store(false, SeqCst);
        out
    }

    /// Stops for the handler (which exits the process) when Ctrl-C was pressed.
    pub fn yield_to_interrupt(&self) {
        if self.interrupted.load(SeqCst) {
            self.park();
        }
    }

    fn park(&self) -> ! {
        self.parked.store(true, SeqCst);
        loop {
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn handle(&self) {
        let tracker = {
            let started = Instant::now();
            loop {
                let mut s = self.state();
                s.interrupted = true;
                self.interrupted.store(true, SeqCst);
                match &s.phase {
                    Phase::Idle => break None,
                    Phase::LoggedOn(w) => break w.upgrade(),
                    // Wait for the logon to return (the main thread then hands the session
                    // over and stops) or for the logoff to finish.
                    Phase::LoggingOn | Phase::LoggingOff if started.elapsed() < PATIENCE => {}
                    Phase::LoggingOn | Phase::LoggingOff => break None,
                }
                drop(s);
                std::thread::sleep(Duration::from_millis(10));
            }
        };
        if let Some(t) = tracker {
            // In the middle of an edit, let the main thread reach a point where it stops.
            let started = Instant::now();
            while self.editing.load(SeqCst) && !self.parked.load(SeqCst) && started.elapsed() < PATIENCE {
                std::thread::sleep(Duration::from_millis(10));
            }
            // Calls on a session take turns: this one waits for the call in flight (which may
            // be the edit that takes the lock), so the lock read below is up to date.
            let _ = t.session().get_table_list();
            let held = *self.held.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some((kind, id)) = held {
                match t.release_lock(kind, id) {
                    Ok(()) => eprintln!("tt: interrupted; released the edit lock on {} id:{id}", kind.table_name()),
                    Err(e) => {
                        eprintln!(
                            "tt: interrupted; releasing the edit lock on {} id:{id} failed: {}",
                            kind.table_name(),
                            crate::output::error_line(&e.to_string(), false)
                        )
                    }
                }
            }
            let _ = t.session().database_logoff();
        }
        // Logging off ends the other sessions' calls in flight and releases their locks.
        let extra = std::mem::take(&mut *self.extra.lock().unwrap_or_else(PoisonError::into_inner));
        for (client, cookie) in extra {
            // A call of that session may still be running ("Session busy"): wait for it.
            let started = Instant::now();
            while let Err(e) = client.raw().database_logoff(cookie) {
                if e.fault_kind() != Some(ttsoap::FaultKind::SessionBusy) || started.elapsed() > PATIENCE {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        std::process::exit(crate::exit::code::INTERRUPTED);
    }
}
