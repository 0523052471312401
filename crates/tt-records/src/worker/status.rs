//! [`WorkerStatus`]: what a worker is doing, as JSON for other tools.

use serde::Serialize;

use super::config::WorkerConfig;
use super::events::Verdict;

/// What the worker is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Logging on.
    Starting,
    /// Looking for jobs, or waiting for one.
    Idle,
    /// Running a job.
    Running,
    /// Asked to stop; finishing the job in progress.
    Stopping,
    /// Stopped and logged off.
    Stopped,
}

/// Counters since the worker started.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Jobs claimed.
    pub claimed: u64,
    /// Reported passed.
    pub passed: u64,
    /// Reported failed.
    pub failed: u64,
    /// Reported blocked.
    pub blocked: u64,
    /// Reported "failed to run" (panic, timeout, killed, interrupted).
    pub failed_to_run: u64,
    /// Jobs whose claim was taken over before the result could be reported (not reported).
    pub lost: u64,
    /// Server errors seen (the worker went on).
    pub errors: u64,
}

impl Counts {
    pub(crate) fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Pass => self.passed += 1,
            Verdict::Fail => self.failed += 1,
            Verdict::Block => self.blocked += 1,
            Verdict::FailedToRun => self.failed_to_run += 1,
        }
    }

    /// Jobs reported with a result.
    pub fn reported(&self) -> u64 {
        self.passed + self.failed + self.blocked + self.failed_to_run
    }
}

/// The job in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurrentJob {
    /// The run's number.
    pub number: i64,
    /// Its summary.
    pub summary: String,
    /// Its job type.
    pub job_type: String,
    /// The lease end (RFC 3339, server time).
    pub lease_until: String,
}

/// A worker's status: `{"name", "run_set", "job_types", "platform", "phase", "current_job",
/// "counts", "last_error"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkerStatus {
    /// The worker's name.
    pub name: String,
    /// The run set it takes jobs from.
    pub run_set: String,
    /// The job types it takes (empty: any).
    pub job_types: Vec<String>,
    /// Its platform.
    pub platform: String,
    /// What it is doing.
    pub phase: Phase,
    /// The job in progress.
    pub current_job: Option<CurrentJob>,
    /// Counters.
    pub counts: Counts,
    /// The last server error, if any.
    pub last_error: Option<String>,
}

impl WorkerStatus {
    pub(crate) fn new(cfg: &WorkerConfig) -> WorkerStatus {
        WorkerStatus {
            name: cfg.name.clone(),
            run_set: cfg.run_set.clone(),
            job_types: cfg.job_types.clone(),
            platform: cfg.platform.clone(),
            phase: Phase::Starting,
            current_job: None,
            counts: Counts::default(),
            last_error: None,
        }
    }
}
