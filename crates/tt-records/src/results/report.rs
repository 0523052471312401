//! What an upload did, as counts and a list of what could not be recorded; serialises to
//! JSON for CI.

use serde::Serialize;

/// A result that could not be recorded, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotRecorded {
    /// The test's key (`classname.name`), or empty when the report could not be read there.
    pub test: String,
    /// The report line of the test case.
    pub line: u64,
    /// What went wrong.
    pub reason: String,
}

/// The outcome of an upload. With `dry_run` the counts say what an upload would do and
/// `planned` lists the changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UploadReport {
    /// The run set uploaded into.
    pub run_set: String,
    /// Nothing was changed: a preview.
    pub dry_run: bool,
    /// Results read from the reports.
    pub results: u64,
    /// Test cases created.
    pub created: u64,
    /// Test cases found by key.
    pub found: u64,
    /// Folders created.
    pub folders_created: u64,
    /// Test cases found outside their folder and put in it (an upload cut between creating a
    /// test case and filing it).
    pub refiled: u64,
    /// Test runs generated.
    pub runs: u64,
    /// Runs that already existed in the run set.
    pub runs_found: u64,
    /// Passed results.
    pub passed: u64,
    /// Failed results.
    pub failed: u64,
    /// Results that errored.
    pub errors: u64,
    /// Skipped results.
    pub skipped: u64,
    /// Outcome events recorded.
    pub events: u64,
    /// Outcomes the run already showed (nothing to do).
    pub unchanged: u64,
    /// Attachments added.
    pub attachments: u64,
    /// Links created.
    pub linked: u64,
    /// Links that already existed.
    pub links_found: u64,
    /// Defects filed for failed tests (with [`super::DefectConfig`]).
    pub defects_filed: u64,
    /// Open defects updated because their test failed again in another run set.
    pub defects_updated: u64,
    /// Open defects that already named the run (nothing to do).
    pub defects_found: u64,
    /// Calls redone after reading the state back (a lost answer, a busy session, a lock).
    pub retried: u64,
    /// Sessions that did the work.
    pub sessions: u64,
    /// Results that could not be recorded.
    pub not_recorded: Vec<NotRecorded>,
    /// Problems that do not stop the upload (keys that could not be linked, sessions that
    /// could not be opened).
    pub warnings: Vec<String>,
    /// The reading of the input stopped here (a malformed report); results before it were
    /// uploaded.
    pub input_error: Option<String>,
    /// With `dry_run`: the changes an upload would make, one per line.
    pub planned: Vec<String>,
}

impl UploadReport {
    /// True when every result read was recorded and the input was read to its end.
    pub fn is_complete(&self) -> bool {
        self.not_recorded.is_empty() && self.input_error.is_none()
    }

    /// The report as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    pub(crate) fn merge(&mut self, o: UploadReport) {
        self.created += o.created;
        self.found += o.found;
        self.folders_created += o.folders_created;
        self.refiled += o.refiled;
        self.runs += o.runs;
        self.runs_found += o.runs_found;
        self.passed += o.passed;
        self.failed += o.failed;
        self.errors += o.errors;
        self.skipped += o.skipped;
        self.events += o.events;
        self.unchanged += o.unchanged;
        self.attachments += o.attachments;
        self.linked += o.linked;
        self.links_found += o.links_found;
        self.defects_filed += o.defects_filed;
        self.defects_updated += o.defects_updated;
        self.defects_found += o.defects_found;
        self.retried += o.retried;
        self.not_recorded.extend(o.not_recorded);
        self.warnings.extend(o.warnings);
        self.planned.extend(o.planned);
    }
}
