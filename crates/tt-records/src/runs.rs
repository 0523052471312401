//! Test runs: generated from a test case into a test run set (`generateTestRuns`); the only
//! way TestTrack makes them.

use testtrack::types::AnyCItemToTrack;

use crate::error::{record_error, Result};
use crate::record::RecordKey;
use crate::tracker::Tracker;

impl Tracker {
    /// Generates test runs for a test case (by number or record id) in the test run set
    /// `run_set` (`generateTestRuns`, no test variants). Returns the record ids of the runs
    /// the server made. Not idempotent: every call makes new runs (the uploader looks for a
    /// run in the set first).
    pub fn generate_runs(&self, test_case: impl Into<RecordKey>, run_set: &str) -> Result<Vec<i64>> {
        let key = test_case.into();
        let id = match key {
            RecordKey::Id(i) => i,
            k => self.get("Test Case", k)?.record_id(),
        };
        let items = self
            .session()
            .generate_test_runs(id, Vec::new(), run_set)
            .map_err(|e| record_error(e, "Test Case", &key.to_string()))?;
        Ok(items
            .into_iter()
            .filter_map(|i| match i {
                AnyCItemToTrack::CTestRun(r) => Some(r.recordid),
                _ => None,
            })
            .collect())
    }
}
