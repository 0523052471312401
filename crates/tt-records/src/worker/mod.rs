//! Test jobs on TestTrack: workers that take test runs by capability, run them and report,
//! coordinated through the server alone (no scheduler of our own).
//!
//! # Model
//!
//! - **A job is a test run** in a run set ([`WorkerConfig::run_set`], the `Test Run Set`
//!   column) in the state that means "not run yet" ([`ResultEvents::not_run_state`], `Not
//!   Run`). Its job type and platform come from fields the site names
//!   ([`WorkerConfig::job_type_field`], default the standard `Type`;
//!   [`WorkerConfig::platform_field`], default a custom field `Platform`, or none). A worker
//!   takes only jobs whose type is in its list and whose platform fits its own
//!   ([`platform_matches`]; the worker's platform is `os-arch` from [`std::env::consts`],
//!   overridable).
//! - **Claiming is exactly-once through TestTrack**: under the run's edit lock the worker
//!   checks that the run is still "not run" and that no lease holds on it, then appends the
//!   claim event ([`ResultEvents::claim`], default `Comment`, which changes no state) with the
//!   notes `claimed by <worker> until <lease end, RFC 3339>`, assigning the run to the
//!   worker's user when the event assigns, and saves, which releases the lock. A competing
//!   worker meets the lock (detail 22) or the claim and moves on. The claim in force is the
//!   newest claim event after the last event of another name ([`Claim::current`]), so a
//!   result or a `Re-Run` ends it. After a claim whose answer was lost (a timeout), the
//!   worker takes that run again at once if the claim was saved after all
//!   ([`try_claim_after_doubt`]), rather than waiting out its own lease.
//! - **Leases**: the worker renews its lease every third of [`WorkerConfig::lease`] while the
//!   handler runs; a claim whose lease ran out (its worker died) is taken over like a free
//!   run, and the run is run once more. Lease ends are in the server's time: the claim event
//!   is sent without a date so that the server stamps it, and each worker keeps the offset
//!   between that stamp and its own clock ([`ServerClock`]; before its first claim a worker
//!   takes the server's clock to agree with its own).
//! - **Results**: the handler's [`Outcome`] becomes the pass/fail/block event
//!   ([`ResultEvents`]) with its notes, its files attached to that event, saved under the
//!   lock after checking the claim in force is still this worker's (a worker whose claim was
//!   taken over reports nothing: counted `lost`). A report that failed without saying whether
//!   it reached the server (a timeout, a restart, a busy session) is tried again, and finds
//!   its own result on the run when the first save did happen. A result the server refuses
//!   (a fault) is not reported: that worker leaves the run alone until its lease ends, and
//!   then it is run again like any run whose claim ran out. A handler that panics or
//!   times out, or whose job is interrupted, gives [`Verdict::FailedToRun`] (default event
//!   `Block`, notes `failed to run: …`); a worker that dies leaves a claim that runs out. No
//!   job is lost.
//!
//! # Use
//!
//! ```no_run
//! use tt_records::worker::{Outcome, Worker, WorkerConfig};
//! use tt_records::Tracker;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut cfg = WorkerConfig::new("Nightly");
//! cfg.job_types = vec!["unit".into(), "ui".into()];
//! let worker = Worker::with_login(cfg, || Tracker::login("http://tt:8080/", "Demo", "ci", "secret"));
//! let handle = worker.start(|job: &tt_records::worker::Job| Outcome::pass(format!("ran {}", job.summary)))?;
//! println!("{}", serde_json::to_string(&handle.status())?);
//! let last = handle.stop()?; // after the job in progress is reported; logs off
//! println!("{} passed", last.counts.passed);
//! # Ok(()) }
//! ```
//!
//! SOAP calls per job: the list of waiting runs (1), the claim (edit, save, read back: 3)
//! and the result (edit, save: 2), plus edit and save per lease renewal.

mod claim;
mod config;
mod events;
mod job;
mod queue;
mod runner;
mod status;

pub use claim::{renew, report, try_claim, try_claim_after_doubt, Claim, ServerClock, Skipped};
pub use config::{default_name, detect_platform, platform_matches, WorkerConfig};
pub use events::{ResultEvents, Verdict};
pub use job::{Artifact, Cancel, Job, JobHandler, Outcome};
pub use queue::{list, waiting, JobInfo, Waiting};
pub use runner::{Control, Worker, WorkerHandle};
pub use status::{Counts, CurrentJob, Phase, WorkerStatus};
