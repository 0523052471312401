//! [`ResultEvents`]: which workflow events and states mean "not run yet", "claimed", "passed",
//! "failed", "blocked" and "failed to run" on a site's test runs. Kept apart from the worker
//! so that other result reporters can share it.

use serde::{Deserialize, Serialize};

/// The test-run workflow names a reporter uses. The defaults are TestTrack's default test-run
/// workflow (states Not Run, Passed, Failed, Blocked; events Pass, Fail, Block, Re-Run,
/// Comment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResultEvents {
    /// The state of a run that has not been run yet.
    pub not_run_state: String,
    /// The event for a passed run.
    pub pass: String,
    /// The event for a failed run.
    pub fail: String,
    /// The event for a run that could not be carried out (a missing prerequisite).
    pub block: String,
    /// The event for a run whose handler panicked, timed out, was killed or interrupted.
    pub failed_to_run: String,
    /// The event that puts a run back to "not run".
    pub rerun: String,
    /// The event that records a claim; it should not change the state (default `Comment`).
    pub claim: String,
}

impl Default for ResultEvents {
    fn default() -> Self {
        ResultEvents {
            not_run_state: "Not Run".into(),
            pass: "Pass".into(),
            fail: "Fail".into(),
            block: "Block".into(),
            failed_to_run: "Block".into(),
            rerun: "Re-Run".into(),
            claim: "Comment".into(),
        }
    }
}

/// What a run came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The test passed.
    Pass,
    /// The test failed.
    Fail,
    /// The test could not be carried out.
    Block,
    /// The handler did not come to a verdict (panic, timeout, killed, interrupted).
    FailedToRun,
}

impl ResultEvents {
    /// The event that reports `verdict`.
    pub fn event_for(&self, verdict: Verdict) -> &str {
        match verdict {
            Verdict::Pass => &self.pass,
            Verdict::Fail => &self.fail,
            Verdict::Block => &self.block,
            Verdict::FailedToRun => &self.failed_to_run,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_partial_json() {
        let e: ResultEvents = serde_json::from_str(r#"{"failed_to_run": "Fail"}"#).unwrap();
        assert_eq!(e.event_for(Verdict::FailedToRun), "Fail");
        assert_eq!(e.event_for(Verdict::Pass), "Pass");
        assert_eq!(e.not_run_state, "Not Run");
        assert_eq!(e.claim, "Comment");
    }
}
