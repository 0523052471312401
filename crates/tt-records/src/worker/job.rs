//! [`Job`] (a claimed test run), [`Outcome`] (what its handler says) and [`JobHandler`].

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;

use super::events::Verdict;

/// Set when the job should stop (a second Ctrl-C, or the worker's timeout); handlers that
/// run long should look at it and return.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// True once the job was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    pub(crate) fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// A test run this worker has claimed: what a handler needs to run it. Serializes to the JSON
/// the CLI writes on a command's standard input.
#[derive(Debug, Clone, Serialize)]
pub struct Job {
    /// The run's record id.
    pub record_id: i64,
    /// The run's number.
    pub number: i64,
    /// The run's summary.
    pub summary: String,
    /// The run set.
    pub run_set: String,
    /// The job type (the configured field's value).
    pub job_type: String,
    /// The job's platform (empty when the site has no platform field).
    pub platform: String,
    /// Every field of the run by display name, as text.
    pub fields: BTreeMap<String, String>,
    /// The worker that claimed it.
    pub worker: String,
    /// The claim's lease end (RFC 3339, server time).
    pub lease_until: String,
    /// Set when the job should stop.
    #[serde(skip)]
    pub cancel: Cancel,
}

/// A file to attach to the run with its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// The file name.
    pub file_name: String,
    /// The contents.
    pub data: Vec<u8>,
}

/// What a handler reports: a verdict, notes, and files (debug output, logs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Passed, failed, blocked or failed to run.
    pub verdict: Verdict,
    /// The notes of the result event.
    pub notes: String,
    /// Files attached to the result event.
    pub attachments: Vec<Artifact>,
}

impl Outcome {
    fn new(verdict: Verdict, notes: impl Into<String>) -> Outcome {
        Outcome { verdict, notes: notes.into(), attachments: Vec::new() }
    }

    /// Passed.
    pub fn pass(notes: impl Into<String>) -> Outcome {
        Outcome::new(Verdict::Pass, notes)
    }

    /// Failed.
    pub fn fail(notes: impl Into<String>) -> Outcome {
        Outcome::new(Verdict::Fail, notes)
    }

    /// Blocked (could not be carried out).
    pub fn block(notes: impl Into<String>) -> Outcome {
        Outcome::new(Verdict::Block, notes)
    }

    /// The handler could not run the job (the notes say why).
    pub fn failed_to_run(notes: impl Into<String>) -> Outcome {
        Outcome::new(Verdict::FailedToRun, notes)
    }

    /// Adds a file.
    pub fn attach(mut self, file_name: impl Into<String>, data: impl Into<Vec<u8>>) -> Outcome {
        self.attachments.push(Artifact { file_name: file_name.into(), data: data.into() });
        self
    }
}

/// Runs jobs. A worker keeps one handler and calls it once per job on a thread of its own; a
/// panic becomes a "failed to run" outcome. After a timeout the stuck handler is abandoned
/// and the worker goes on with a clone of the one it was given, hence `Clone`.
pub trait JobHandler: Send + Clone + 'static {
    /// Runs one job.
    fn run(&mut self, job: &Job) -> Outcome;
}

impl<F> JobHandler for F
where
    F: FnMut(&Job) -> Outcome + Send + Clone + 'static,
{
    fn run(&mut self, job: &Job) -> Outcome {
        self(job)
    }
}
