//! [`Worker`]: the loop that lists waiting runs, claims one, runs its handler on a thread of
//! its own (renewing the lease meanwhile), and reports the outcome.

use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::claim::{self, ServerClock};
use super::config::WorkerConfig;
use super::job::{Job, JobHandler, Outcome};
use super::queue;
use super::status::{CurrentJob, Phase, WorkerStatus};
use crate::error::Result;
use crate::tracker::Tracker;

/// How often the loop looks at its flags while waiting.
const TICK: Duration = Duration::from_millis(50);
/// How long an interrupted handler gets to return its own notes.
const GRACE: Duration = Duration::from_secs(5);
/// Attempts at reporting a result before the job is left to its lease.
const REPORT_TRIES: u32 = 5;

type Login = Box<dyn FnOnce() -> Result<Tracker> + Send>;

enum Source {
    Tracker(Box<Tracker>),
    Login(Login),
}

/// The flags and status a worker shares with its handle.
#[derive(Debug)]
struct Shared {
    stop: AtomicBool,
    interrupt: AtomicBool,
    status: Mutex<WorkerStatus>,
}

impl Shared {
    fn status(&self) -> MutexGuard<'_, WorkerStatus> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Stops or interrupts a worker from another thread, and reads its status.
#[derive(Debug, Clone)]
pub struct Control(Arc<Shared>);

impl Control {
    /// Asks the worker to stop after the job in progress is reported.
    pub fn stop(&self) {
        self.0.stop.store(true, SeqCst);
        let mut s = self.0.status();
        if s.phase != Phase::Stopped {
            s.phase = Phase::Stopping;
        }
    }

    /// Stops the worker and cancels the job in progress, which is reported as failed to run
    /// ("interrupted").
    pub fn interrupt(&self) {
        self.0.interrupt.store(true, SeqCst);
        self.stop();
    }

    /// The worker's status now.
    pub fn status(&self) -> WorkerStatus {
        self.0.status().clone()
    }
}

/// A test-job worker on one session; see the [module docs](crate::worker).
pub struct Worker {
    cfg: WorkerConfig,
    source: Source,
    shared: Arc<Shared>,
}

impl fmt::Debug for Worker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Worker").field("cfg", &self.cfg).finish()
    }
}

/// A worker running on its own thread ([`Worker::start`]).
#[derive(Debug)]
pub struct WorkerHandle {
    control: Control,
    thread: JoinHandle<Result<WorkerStatus>>,
}

impl WorkerHandle {
    /// The worker's status now.
    pub fn status(&self) -> WorkerStatus {
        self.control.status()
    }

    /// A control for other threads.
    pub fn control(&self) -> Control {
        self.control.clone()
    }

    /// True once the worker's loop has ended (stopped, done, or failed).
    pub fn is_finished(&self) -> bool {
        self.thread.is_finished()
    }

    /// Stops the worker and waits: the job in progress is reported first, then the session
    /// logs off. Returns the final status.
    pub fn stop(self) -> Result<WorkerStatus> {
        self.control.stop();
        self.join()
    }

    /// Waits for the worker to end by itself ([`WorkerConfig::exit_when_done`]) or by a
    /// [`Control`].
    pub fn join(self) -> Result<WorkerStatus> {
        match self.thread.join() {
            Ok(r) => r,
            Err(p) => std::panic::resume_unwind(p),
        }
    }
}

fn panic_text(p: &(dyn Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// The handler's thread: jobs in, outcomes out.
struct Runner {
    jobs: Sender<Job>,
    outcomes: Receiver<Outcome>,
}

impl Runner {
    fn spawn<H: JobHandler>(mut handler: H, name: &str) -> std::io::Result<Runner> {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (out_tx, outcomes) = mpsc::channel();
        thread::Builder::new().name(format!("{name} handler")).spawn(move || {
            while let Ok(job) = job_rx.recv() {
                let out = catch_unwind(AssertUnwindSafe(|| handler.run(&job))).unwrap_or_else(|p| {
                    Outcome::failed_to_run(format!("failed to run: the handler panicked: {}", panic_text(&*p)))
                });
                if out_tx.send(out).is_err() {
                    break;
                }
            }
        })?;
        Ok(Runner { jobs, outcomes })
    }
}

impl Worker {
    /// A worker on a logged-on tracker.
    pub fn new(cfg: WorkerConfig, tracker: Tracker) -> Worker {
        Worker::with_source(cfg, Source::Tracker(Box::new(tracker)))
    }

    /// A worker that logs on with `login` when it starts (on its own thread with
    /// [`Worker::start`]), so each worker has its own session.
    pub fn with_login(cfg: WorkerConfig, login: impl FnOnce() -> Result<Tracker> + Send + 'static) -> Worker {
        Worker::with_source(cfg, Source::Login(Box::new(login)))
    }

    fn with_source(cfg: WorkerConfig, source: Source) -> Worker {
        let shared = Arc::new(Shared {
            stop: AtomicBool::new(false),
            interrupt: AtomicBool::new(false),
            status: Mutex::new(WorkerStatus::new(&cfg)),
        });
        Worker { cfg, source, shared }
    }

    /// A control to stop or interrupt [`Worker::run`] from another thread.
    pub fn control(&self) -> Control {
        Control(self.shared.clone())
    }

    /// Starts the worker on a thread of its own.
    pub fn start<H: JobHandler>(self, handler: H) -> std::io::Result<WorkerHandle> {
        let control = self.control();
        let name = format!("worker {}", self.cfg.name);
        let thread = thread::Builder::new().name(name).spawn(move || self.run(handler))?;
        Ok(WorkerHandle { control, thread })
    }

    /// Runs jobs until stopped (a [`Control`]) or, with [`WorkerConfig::exit_when_done`],
    /// until no job it could take is waiting; then logs off. Server errors while looking for
    /// jobs are counted and retried after the poll interval; a logon failure is returned.
    pub fn run<H: JobHandler>(self, handler: H) -> Result<WorkerStatus> {
        let Worker { cfg, source, shared } = self;
        let tracker = match source {
            Source::Tracker(t) => *t,
            Source::Login(f) => match f() {
                Ok(t) => t,
                Err(e) => {
                    shared.status().phase = Phase::Stopped;
                    return Err(e);
                }
            },
        };
        // A dropped session (server restart, idle timeout) logs on again at the next read.
        tracker.session().set_auto_relogon(true);
        let mut l = Loop {
            cfg,
            tracker: &tracker,
            shared: &shared,
            clock: ServerClock::default(),
            handler,
            runner: None,
            held_back: HashMap::new(),
            in_doubt: HashSet::new(),
        };
        l.run();
        let name = l.cfg.name.clone();
        drop(l);
        if let Err(e) = tracker.logoff() {
            log::debug!("{name}: logoff: {e}");
        }
        let mut s = shared.status();
        s.phase = Phase::Stopped;
        s.current_job = None;
        Ok(s.clone())
    }
}

struct Loop<'a, H> {
    cfg: WorkerConfig,
    tracker: &'a Tracker,
    shared: &'a Shared,
    clock: ServerClock,
    handler: H,
    runner: Option<Runner>,
    /// Runs whose result could not be reported, with the end of this worker's lease on each
    /// (server time): left alone until then, as any other worker's claim would be, so that a
    /// result the server refuses does not have its job run again at once.
    held_back: HashMap<i64, i64>,
    /// Runs whose last claim failed without saying whether it was saved.
    in_doubt: HashSet<i64>,
}

impl<H: JobHandler> Loop<'_, H> {
    fn stopping(&self) -> bool {
        self.shared.stop.load(SeqCst)
    }

    fn phase(&self, p: Phase) {
        let mut s = self.shared.status();
        if !(s.phase == Phase::Stopping && p != Phase::Stopped) {
            s.phase = p;
        }
    }

    fn error(&self, what: &str, e: &crate::Error) {
        log::warn!("{}: {what}: {e}", self.cfg.name);
        let mut s = self.shared.status();
        s.counts.errors += 1;
        s.last_error = Some(format!("{what}: {e}"));
    }

    /// After "Session Dropped." (which a change is not retried after), logs on again through
    /// a read-only call; true when the session is back.
    fn relogon_after(&self, e: &crate::Error) -> bool {
        let dropped = matches!(e, crate::Error::Soap(s) if s.is_session_dropped());
        dropped && self.tracker.session().get_user_for_current_session().is_ok()
    }

    /// Sleeps up to `d`, waking early when asked to stop.
    fn pause(&self, d: Duration) {
        let end = Instant::now() + d;
        while !self.stopping() && Instant::now() < end {
            thread::sleep(TICK.min(end.saturating_duration_since(Instant::now())));
        }
    }

    fn run(&mut self) {
        let mut h = DefaultHasher::new();
        self.cfg.name.hash(&mut h);
        let mut turn = h.finish() as usize;
        self.phase(Phase::Idle);
        while !self.stopping() {
            let waiting = match queue::waiting(self.tracker, &self.cfg) {
                Ok(w) => w,
                Err(e) => {
                    self.error("listing jobs", &e);
                    self.pause(self.cfg.poll_interval);
                    continue;
                }
            };
            let mut mine: Vec<i64> =
                waiting.iter().filter(|w| self.cfg.accepts(&w.job_type, &w.platform)).map(|w| w.number).collect();
            if mine.is_empty() && self.cfg.exit_when_done {
                break;
            }
            let free: Vec<i64> =
                waiting.iter().filter(|w| !w.locked && mine.contains(&w.number)).map(|w| w.number).collect();
            mine = free;
            let now = self.clock.now();
            self.held_back.retain(|_, until| *until > now);
            mine.retain(|n| !self.held_back.contains_key(n));
            // Workers start at different places in the list, so they rarely meet on one run.
            if !mine.is_empty() {
                turn = turn.wrapping_add(1);
                let k = turn % mine.len();
                mine.rotate_left(k);
            }
            let mut ran = false;
            for n in mine {
                if self.stopping() {
                    break;
                }
                let claimed = if self.in_doubt.contains(&n) {
                    claim::try_claim_after_doubt(self.tracker, &self.cfg, &self.clock, n)
                } else {
                    claim::try_claim(self.tracker, &self.cfg, &self.clock, n)
                };
                match &claimed {
                    Err(e) if crate::retry::is_ambiguous_error(e) => {
                        self.in_doubt.insert(n);
                    }
                    // Locked: still in doubt (the lost save may hold the lock yet).
                    Ok(Err(claim::Skipped::Locked)) => {}
                    _ => {
                        self.in_doubt.remove(&n);
                    }
                }
                match claimed {
                    Ok(Ok(job)) => {
                        self.job(job);
                        ran = true;
                        break;
                    }
                    Ok(Err(skip)) => log::debug!("{}: run {n} skipped: {skip:?}", self.cfg.name),
                    Err(e) => self.error(&format!("claiming run {n}"), &e),
                }
            }
            if !ran {
                self.pause(self.cfg.poll_interval);
            }
        }
    }

    fn job(&mut self, mut job: Job) {
        {
            let mut s = self.shared.status();
            s.counts.claimed += 1;
            s.current_job = Some(CurrentJob {
                number: job.number,
                summary: job.summary.clone(),
                job_type: job.job_type.clone(),
                lease_until: job.lease_until.clone(),
            });
        }
        self.phase(Phase::Running);
        let outcome = self.execute(&mut job);
        let mut reported = None;
        for attempt in 1..=REPORT_TRIES {
            match claim::report(self.tracker, &self.cfg, &job, &outcome) {
                Ok(r) => {
                    reported = Some(r);
                    break;
                }
                Err(e) => {
                    self.error(&format!("reporting run {} (attempt {attempt})", job.number), &e);
                    if self.relogon_after(&e) {
                        continue;
                    }
                    // Safe to repeat after any doubt: `report` reads the run first and finds a
                    // result whose save reached the server.
                    if e.is_locked() || crate::retry::is_ambiguous_error(&e) {
                        thread::sleep(Duration::from_millis(200 * u64::from(attempt)));
                    } else {
                        break;
                    }
                }
            }
        }
        if reported.is_none() {
            if let Ok(until) = ttsoap::DateTime::parse(&job.lease_until) {
                self.held_back.insert(job.number, until.to_unix());
            }
        }
        let mut s = self.shared.status();
        match reported {
            Some(Some(_)) => s.counts.add(outcome.verdict),
            Some(None) => {
                log::warn!("{}: run {} was taken over before its result was reported", self.cfg.name, job.number);
                s.counts.lost += 1;
            }
            // Not reported: the claim runs out and a worker (this one too) takes the run again.
            None => {}
        }
        s.current_job = None;
        drop(s);
        self.phase(Phase::Idle);
    }

    /// Runs the handler on its thread; renews the lease, enforces the timeout and the interrupt.
    fn execute(&mut self, job: &mut Job) -> Outcome {
        let runner = match self.runner.take() {
            Some(r) => r,
            None => match Runner::spawn(self.handler.clone(), &self.cfg.name) {
                Ok(r) => r,
                Err(e) => {
                    return Outcome::failed_to_run(format!("failed to run: cannot start the handler thread: {e}"))
                }
            },
        };
        if runner.jobs.send(job.clone()).is_err() {
            return Outcome::failed_to_run("failed to run: the handler thread is gone");
        }
        let started = Instant::now();
        let renew_every = (self.cfg.lease / 3).max(Duration::from_millis(100));
        let mut renewed = Instant::now();
        let mut interrupted_at: Option<Instant> = None;
        loop {
            match runner.outcomes.recv_timeout(TICK) {
                Ok(mut out) => {
                    self.runner = Some(runner);
                    if interrupted_at.is_some() {
                        out.verdict = super::events::Verdict::FailedToRun;
                        out.notes = format!("failed to run: interrupted\n{}", out.notes);
                    }
                    return out;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Outcome::failed_to_run("failed to run: the handler thread ended");
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            if let Some(t) = self.cfg.job_timeout {
                if started.elapsed() >= t {
                    job.cancel.cancel();
                    // The runner is left to finish on its own; the next job gets a fresh one.
                    return Outcome::failed_to_run(format!("failed to run: timed out after {} s", t.as_secs_f64()));
                }
            }
            match interrupted_at {
                None if self.shared.interrupt.load(SeqCst) => {
                    job.cancel.cancel();
                    interrupted_at = Some(Instant::now());
                }
                Some(at) if at.elapsed() >= GRACE => {
                    return Outcome::failed_to_run("failed to run: interrupted");
                }
                _ => {}
            }
            if renewed.elapsed() >= renew_every {
                renewed = Instant::now();
                match claim::renew(self.tracker, &self.cfg, &self.clock, job) {
                    Ok(true) => {
                        if let Some(c) = self.shared.status().current_job.as_mut() {
                            c.lease_until = job.lease_until.clone();
                        }
                    }
                    Ok(false) => log::warn!("{}: run {} is no longer ours", self.cfg.name, job.number),
                    Err(e) => {
                        self.error(&format!("renewing the lease of run {}", job.number), &e);
                        self.relogon_after(&e);
                    }
                }
            }
        }
    }
}
